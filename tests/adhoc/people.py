"""The applicants the ad hoc tests use (not a test module): the shared ones of tests.strategies."""

from __future__ import annotations

from tests.strategies import NIK_SITI, person, siti

__all__ = ["NIK_SITI", "person", "siti"]
