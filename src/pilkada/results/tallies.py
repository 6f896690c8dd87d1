"""The totals one election is decided on: :class:`Tally` and :func:`tally`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import attrs

from pilkada.boundary import COUNT_LIMIT, as_count, as_enum, as_items
from pilkada.errors import PilkadaTypeError, PilkadaValueError
from pilkada.regions import AreaLevel, ElectionKind, RegionCode, as_code
from pilkada.results.fields import INT64_MIN, check_progress, form_count, form_votes
from pilkada.results.recap import Recap, recap_table, recapitulate, region_codes
from pilkada.results.records import TpsResults
from pilkada.wilayah import is_known

__all__ = ["REGION_LEVEL", "SPREAD_LEVEL", "Tally", "as_election", "tally"]

#: The areas whose spread of support breaks a tie at the top (Pasal 107(2), 109(2)).
SPREAD_LEVEL: Final = {
    ElectionKind.GUBERNUR: AreaLevel.KABUPATEN_KOTA,
    ElectionKind.BUPATI: AreaLevel.KECAMATAN,
    ElectionKind.WALI_KOTA: AreaLevel.KECAMATAN,
}
#: The level of the region that holds each election.
REGION_LEVEL: Final = {
    ElectionKind.GUBERNUR: AreaLevel.PROVINSI,
    ElectionKind.BUPATI: AreaLevel.KABUPATEN_KOTA,
    ElectionKind.WALI_KOTA: AreaLevel.KABUPATEN_KOTA,
}


def as_election(value: object) -> ElectionKind:
    """An :class:`~pilkada.regions.ElectionKind`, or its name or value (``"bupati"``)."""
    return as_enum("election", value, ElectionKind)


def _area_votes(rows: Iterable[Iterable[int]]) -> tuple[tuple[int, ...], ...]:
    checked = []
    for i, row in enumerate(as_items("areas", rows)):
        items = as_items(f"areas[{i}]", row)
        # Plain ints in range pass at once; any other value takes the one count check.
        if not all(type(v) is int and INT64_MIN <= v <= COUNT_LIMIT for v in items):
            items = tuple(form_count(f"areas[{i}][{k}]", v) for k, v in enumerate(items))
        checked.append(items)
    return tuple(checked)


def _dotted(digits: str) -> str:
    """A code's digits as :class:`~pilkada.regions.RegionCode` shows them."""
    parts = (digits[:2], digits[2:4], digits[4:6], digits[6:10], digits[10:13])
    return ".".join(part for part in parts if part)


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return as_items("area_codes", values, str)


def _kolom_kosong(value: object) -> int | None:
    return None if value is None else as_count("kolom_kosong", value)


def _optional_count(value: object) -> int | None:
    return None if value is None else as_count("count", value)


def _count(value: object) -> int:
    return as_count("anomalies", value)


@attrs.frozen(kw_only=True)
class Tally:
    """An election's totals, and each pair's votes in the areas a tie is settled by.

    Attributes:
        votes: Each pair's valid votes, by nomor urut.
        kolom_kosong: The kolom kosong's votes where one pair stands, else ``None``.
        region: The region holding the election (needed to apply Jakarta's rule).
        areas: Each pair's votes in each kecamatan (bupati, wali kota) or kab/kota
            (governor), for the Pasal 107(2) / 109(2) tie-break; empty if unknown.
        area_codes: The codes of those areas, if known.
        valid_recorded: The valid votes as the forms total them (``None``: as the votes add
            up). Shares are taken over it: it differs from the votes' sum only on anomalous
            data, which makes the outcome provisional.
        anomalies: How many anomalies the count has.
        tps_reported, tps_expected: The TPS whose result is in, and those expected
            (``None``: not known).
    """

    votes: tuple[int, ...] = attrs.field(converter=form_votes)
    kolom_kosong: int | None = attrs.field(default=None, converter=_kolom_kosong)
    region: RegionCode | None = attrs.field(
        default=None, converter=attrs.converters.optional(as_code)
    )
    areas: tuple[tuple[int, ...], ...] = attrs.field(default=(), converter=_area_votes)
    area_codes: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    valid_recorded: int | None = attrs.field(default=None, converter=_optional_count)
    anomalies: int = attrs.field(default=0, converter=_count)
    tps_reported: int | None = attrs.field(default=None, converter=_optional_count)
    tps_expected: int | None = attrs.field(default=None, converter=_optional_count)

    def __attrs_post_init__(self) -> None:
        if not self.votes:
            raise PilkadaValueError("votes", (), "no pairs", "the votes of one pair or more")
        if self.kolom_kosong is not None and len(self.votes) != 1:
            raise PilkadaValueError(
                "kolom_kosong",
                self.kolom_kosong,
                f"a kolom kosong with {len(self.votes)} pairs",
                "a kolom kosong only where a single pair stands (UU 10/2016 Pasal 54C)",
            )
        check_progress(self.tps_reported, self.tps_expected)
        for i, row in enumerate(self.areas):
            if len(row) != len(self.votes):
                raise PilkadaValueError(
                    f"areas[{i}]", row, f"{len(row)} counts", f"{len(self.votes)}, one per pair"
                )
        for values, field in ((self.votes, "votes"), *((r, "areas") for r in self.areas)):
            if min(values) < 0:
                raise PilkadaValueError(
                    field, values, "a negative vote count", "counts of 0 or more"
                )

    @property
    def valid(self) -> int:
        """Valid votes: every pair's, and the kolom kosong's."""
        return sum(self.votes) + (self.kolom_kosong or 0)

    @property
    def base(self) -> int:
        """The valid votes shares are taken over: as recorded, else as the votes add up."""
        return self.valid if self.valid_recorded is None else self.valid_recorded

    @property
    def missing(self) -> int:
        """Expected TPS whose result is not in (0 when not known)."""
        if self.tps_expected is None or self.tps_reported is None:
            return 0
        return max(self.tps_expected - self.tps_reported, 0)


def _region(recap: Recap, election: ElectionKind) -> RegionCode:
    """The one region at the election's level that the recap lies in, holding the election."""
    region_level = REGION_LEVEL[election]
    regions = region_codes(recap, region_level)
    # A region no table lists is a typo in a TPS code: reported as an anomaly, left out here.
    listed = {code for code in regions if is_known(code)}
    regions = listed or regions
    if recap.level.depth < region_level.depth or len(regions) != 1:
        raise PilkadaValueError(
            "results",
            sorted(regions)[:5],
            f"the results span {len(regions)} {region_level.value} regions"
            if len(regions) > 1
            else f"a {recap.level.value} recap spans several regions",
            f"the results of one {region_level.value}: a file that mixes contests is refused; "
            "decide each region apart",
        )
    region = RegionCode.parse(regions.pop(), known=False)
    if election not in region.elections:
        raise PilkadaValueError(
            "election",
            election.value,
            f"{region.level.value} {region} holds no {election.value} election",
            f"one of {[e.value for e in region.elections]}"
            if region.elections
            else "a region that holds this election",
        )
    return region


def tally(results: TpsResults | Recap, *, election: ElectionKind | str) -> Tally:
    """The totals of one election, with each pair's votes per spread area (for a tie).

    The results must lie in one region at the election's level (a province for a governor,
    one kab/kota otherwise) that holds that election. ``election`` is an
    :class:`~pilkada.regions.ElectionKind`, or its name or value.

    Raises:
        PilkadaTypeError: ``results`` or ``election`` of another type.
        PilkadaValueError: the results span several regions, or the region holds no such
            election (DIY's governor, Jakarta's administrative kota, a kota's bupati).
    """
    election = as_election(election)
    unit = SPREAD_LEVEL[election]
    if isinstance(results, TpsResults):
        results = recapitulate(results, level=unit)
    if not isinstance(results, Recap):
        raise PilkadaTypeError(
            "results", results, f"got {type(results).__name__}", "TpsResults, a Recap or a Tally"
        )
    if not len(results):
        raise PilkadaValueError("results", 0, "no results", "the results of one election")
    region = _region(results, election)
    anomalies = len(results.anomalies)
    if len(results.within(region)) != len(results):
        results = results.within(region)
    total = results.total
    pairs = total.pairs
    areas: tuple[tuple[int, ...], ...] = ()
    codes: tuple[str, ...] = ()
    if results.level.depth >= unit.depth:
        spread = results if results.level is unit else recapitulate(results, level=unit)
        table = recap_table(spread)  # read by column: no row objects for thousands of areas
        areas = table.votes_by_row(pairs)
        codes = tuple(map(_dotted, table.codes))
    return Tally(
        votes=total.votes[:pairs],
        kolom_kosong=total.kolom_kosong if pairs == 1 else None,
        region=region,
        areas=areas,
        area_codes=codes,
        valid_recorded=max(total.valid, 0),
        anomalies=anomalies,
        tps_reported=total.tps_reported,
        tps_expected=total.tps_expected,
    )
