"""Each public method of the results engine given ``object()`` for an argument: a
PilkadaError, or a valid result; never an AttributeError or a bare TypeError."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pilkada.errors import PilkadaError, PilkadaTypeError
from pilkada.regions import RegionCode
from pilkada.results import decide, recapitulate
from pilkada.results.recap import Recap
from pilkada.results.records import TpsResults
from tests.strategies import KAB

BAD = object()
BATCH = TpsResults.from_records(KAB)
RECAP = recapitulate(BATCH, level="kecamatan")
ROW = RECAP[0]
OUTCOME = decide(BATCH, election="bupati")
CODE = RegionCode("33.16.01")

CALLS: dict[str, Callable[[], object]] = {
    "TpsResults.column": lambda: BATCH.column(BAD),  # type: ignore[arg-type]
    "TpsResults.from_records": lambda: TpsResults.from_records(BAD),  # type: ignore[arg-type]
    "TpsResults.from_records[0]": lambda: TpsResults.from_records([BAD]),  # type: ignore[list-item]
    "Recap.row": lambda: RECAP.row(BAD),  # type: ignore[arg-type]
    "Recap.within": lambda: RECAP.within(BAD),  # type: ignore[arg-type]
    "Recap.from_rows.level": lambda: Recap.from_rows(BAD, list(RECAP)),  # type: ignore[arg-type]
    "Recap.from_rows.rows": lambda: Recap.from_rows(RECAP.level, BAD),  # type: ignore[arg-type]
    "Recap.to_html.locale": lambda: RECAP.to_html(locale=BAD),  # type: ignore[arg-type]
    "Recap.to_html.max_rows": lambda: RECAP.to_html(max_rows=BAD),
    "RecapRow.turnout_text.decimals": lambda: ROW.turnout_text(decimals=BAD),  # type: ignore[arg-type]
    "RecapRow.turnout_text.locale": lambda: ROW.turnout_text(locale=BAD),  # type: ignore[arg-type]
    "Outcome.share": lambda: OUTCOME.share(BAD),  # type: ignore[arg-type]
    "Outcome.message.locale": lambda: OUTCOME.message(locale=BAD),  # type: ignore[arg-type]
    "Outcome.to_html.locale": lambda: OUTCOME.to_html(locale=BAD),  # type: ignore[arg-type]
    "RegionCode": lambda: RegionCode(BAD),  # type: ignore[arg-type]
    "RegionCode.parse.text": lambda: RegionCode.parse(BAD),  # type: ignore[arg-type]
    "RegionCode.parse.level": lambda: RegionCode.parse("33.16", level=BAD),  # type: ignore[arg-type]
    "RegionCode.parse.within": lambda: RegionCode.parse("33.16", within=BAD),  # type: ignore[arg-type]
    "RegionCode.up_to": lambda: CODE.up_to(BAD),  # type: ignore[arg-type]
    "RegionCode.child.suffix": lambda: CODE.child(BAD),  # type: ignore[arg-type]
    "RegionCode.child.level": lambda: CODE.child("2001", level=BAD),  # type: ignore[arg-type]
    "RegionCode.is_within": lambda: CODE.is_within(BAD),  # type: ignore[arg-type]
    "recapitulate.results": lambda: recapitulate(BAD, level="desa"),  # type: ignore[arg-type]
    "recapitulate.level": lambda: recapitulate(BATCH, level=BAD),  # type: ignore[arg-type]
    "decide.results": lambda: decide(BAD, election="bupati"),  # type: ignore[arg-type]
    "decide.election": lambda: decide(BATCH, election=BAD),  # type: ignore[arg-type]
}


FIXED = {
    "Outcome.share": ("pair", "a pair's nomor urut, an int"),
    "TpsResults.column": ("field", "a field name"),
    "Recap.to_html.max_rows": ("max_rows", "an int, or None for every row"),
}


@pytest.mark.parametrize("name", sorted(FIXED))
def test_the_methods_that_failed_name_the_argument(name):
    with pytest.raises(PilkadaTypeError) as info:
        CALLS[name]()
    assert (info.value.field, info.value.value, info.value.rule) == (
        *FIXED[name][:1],
        BAD,
        FIXED[name][1],
    )


@pytest.mark.parametrize("name", sorted(CALLS))
def test_an_object_argument_is_a_pilkada_error_or_a_valid_result(name):
    error: PilkadaError | None = None
    try:
        CALLS[name]()
    except PilkadaError as exc:
        error = exc
    assert error is None or (error.field and error.rule)
