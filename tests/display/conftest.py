"""Fixtures of the display tests."""

from __future__ import annotations

import pytest

from pilkada.results import TpsResults
from tests.display.samples import FORMS


@pytest.fixture(scope="module")
def batch() -> TpsResults:
    return TpsResults.from_records(FORMS)
