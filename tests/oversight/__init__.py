"""Oversight tests: shared names; the Batang log is the shared one of tests.strategies."""

from __future__ import annotations

import datetime as dt

from pilkada import deadline_rules
from tests.strategies import batang_log

__all__ = ["DAY", "RULES", "D", "T", "batang_log"]

D = dt.date
T = dt.datetime
DAY = D(2024, 1, 1)
RULES = {rule.code: rule for rule in deadline_rules()}
