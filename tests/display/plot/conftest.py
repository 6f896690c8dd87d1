"""The figures several picture tests read, drawn once per module."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from pilkada import PILKADA_2024
from tests.display.plot.figures import ON, TODAY, drawn, paid_blora

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@pytest.fixture(scope="module")
def schedule_id() -> Figure:
    return drawn(PILKADA_2024.plot(today=TODAY))


@pytest.fixture(scope="module")
def schedule_en() -> Figure:
    return drawn(PILKADA_2024.plot(today=TODAY, locale="en"))


@pytest.fixture(scope="module")
def agreement_id() -> Figure:
    return drawn(paid_blora().plot(on=ON))
