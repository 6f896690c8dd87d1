"""KPU's public Sirekap results (the JSON a watchdog downloads) read as a :class:`Recap`.

The public endpoint (``sirekappilkada-obj-data.kpu.go.id/pilkada/hhcw/<kind>/<region>.json``)
publishes, for one area, each child area's votes by candidate id and its progress: the TPS
expected (``progres.total``) and those whose form is in (``progres.progres``). A separate file
(``paslon/<kind>.json``) names the candidates of each contest, with their nomor urut; in a
single-pair contest the kolom kosong is listed there as a candidate too.

:func:`read_sirekap` reads both into a :class:`SirekapCount`: its :attr:`~SirekapCount.recap`
has one row per child area with its votes and its ``tps_reported`` / ``tps_expected``, so
that :func:`~pilkada.results.decide` decides it (provisionally while TPS are missing) and it
can be compared with the official recapitulation. The endpoint gives no DPT, voter or invalid
counts: those fields are 0 in the recap, and ``valid`` is the sum of the votes.

See ``docs/results.md`` for an example on KPU's sample files.
"""

from __future__ import annotations

import datetime as dt
import json
from array import array
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

import attrs

from pilkada.boundary import COUNT_LIMIT, as_count, as_items, as_path
from pilkada.errors import PilkadaValueError, instance_of
from pilkada.regions import AreaLevel, ElectionKind, RegionCode
from pilkada.results.fields import FIELD_NAMES
from pilkada.results.outcome import Outcome
from pilkada.results.recap import Recap
from pilkada.results.winner import decide

__all__ = ["KINDS", "SirekapCount", "read_sirekap"]

#: Sirekap's contest kinds: ``pkwkp`` the governor, ``pkwkk`` the bupati / wali kota.
KINDS: Final = {"pkwkp": ElectionKind.GUBERNUR, "pkwkk": ElectionKind.BUPATI}
_LEVELS: Final = {2: AreaLevel.PROVINSI, 4: AreaLevel.KABUPATEN_KOTA, 6: AreaLevel.KECAMATAN}


def _kind(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    instance_of(str)(instance, attribute, value)  # a dict or list is not looked up: unhashable
    if value not in KINDS:
        raise PilkadaValueError(
            attribute.name, value, "not a Sirekap contest kind", "pkwkp or pkwkk"
        )


def _names(value: object) -> tuple[str, ...]:
    return tuple(as_items("names", value, str))


def _numbers(value: object) -> tuple[int, ...]:
    return tuple(as_count(f"numbers[{i}]", n) for i, n in enumerate(as_items("numbers", value)))


def _kolom_kosong(value: object) -> int | None:
    return None if value is None else as_count("kolom_kosong", value)


def _reported(value: object) -> int:
    return as_count("tps_reported", value)


def _expected(value: object) -> int:
    return as_count("tps_expected", value)


@attrs.frozen(kw_only=True)
class SirekapCount:
    """One Sirekap results file: the contest, the candidates, the recap with its progress.

    Attributes:
        kind: ``pkwkp`` (governor) or ``pkwkk`` (bupati / wali kota).
        area: The area the file covers (a province or a kab/kota).
        contest: The region holding the election (the province, or the kab/kota).
        election: The election.
        snapshot: When KPU published the data (``ts``, WIB).
        names: Each pair's name, in nomor urut order.
        numbers: Each pair's nomor urut (the kolom kosong left out).
        kolom_kosong: The kolom kosong's nomor urut in a single-pair contest, else ``None``.
        recap: One row per child area, with its votes and TPS progress.
        tps_reported, tps_expected: The progress of the whole area, as Sirekap states it.
    """

    kind: str = attrs.field(validator=_kind)
    area: RegionCode = attrs.field(validator=instance_of(RegionCode))
    contest: RegionCode = attrs.field(validator=instance_of(RegionCode))
    election: ElectionKind = attrs.field(validator=instance_of(ElectionKind))
    snapshot: dt.datetime | None = attrs.field(
        validator=attrs.validators.optional(instance_of(dt.datetime))
    )
    names: tuple[str, ...] = attrs.field(converter=_names)
    numbers: tuple[int, ...] = attrs.field(converter=_numbers)
    kolom_kosong: int | None = attrs.field(converter=_kolom_kosong)
    recap: Recap = attrs.field(validator=instance_of(Recap))
    tps_reported: int = attrs.field(converter=_reported)
    tps_expected: int = attrs.field(converter=_expected)

    def __attrs_post_init__(self) -> None:
        if len(self.names) != len(self.numbers) or not self.numbers:
            raise PilkadaValueError(
                "numbers", self.numbers, f"{len(self.numbers)} numbers for {len(self.names)} "
                "names", "a nomor urut for each pair named",
            )  # fmt: skip
        if self.tps_reported > self.tps_expected:
            raise PilkadaValueError(
                "tps_reported", self.tps_reported, f"more than the {self.tps_expected} expected",
                "0 <= tps_reported <= tps_expected",
            )  # fmt: skip

    @property
    def share_in(self) -> float:
        """The share of the expected TPS whose result is in (for display)."""
        return self.tps_reported / self.tps_expected if self.tps_expected else 0.0

    def decide(self, *, incomplete: str = "provisional") -> Outcome:
        """The outcome on this count; provisional while TPS are missing.

        Raises:
            PilkadaValueError: the file covers only part of the contest (a kab/kota of a
                governor election).
        """
        if self.area != self.contest:
            raise PilkadaValueError(
                "area",
                str(self.area),
                f"the file covers {self.area.name or self.area} only, part of the "
                f"{self.election.value} election of {self.contest.name or self.contest}",
                f"the file of the whole contest ({self.kind}/{self.contest.digits[:2]}/"
                f"{self.contest.digits}.json)",
            )
        return decide(
            self.recap, election=self.election, numbers=self.numbers, incomplete=incomplete
        )


def _fail(path: Path, problem: str, rule: str, value: object = None) -> PilkadaValueError:
    return PilkadaValueError(str(path), value, problem, rule)


def _load(path: Path) -> Any:  # noqa: ANN401 - JSON of any shape, checked by the caller
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(path, f"cannot read it as JSON ({exc})", "a Sirekap JSON file") from None


def read_sirekap(path: str | Path, *, paslon: str | Path | None = None) -> SirekapCount:
    """Read a Sirekap results file and its candidates.

    ``path`` is ``.../<kind>/<prov>/<region>.json`` (``pkwkk/33/3316.json``); the kind and
    the area are read from it. ``paslon`` is the candidates file; by default
    ``<root>/paslon/<kind>.json`` next to the ``<kind>`` folder.

    Raises:
        PilkadaValueError: a file that cannot be read, or not of Sirekap's shape; a contest
            the candidates file does not list; a child area outside the file's area.
    """
    path = Path(as_path("path", path))
    paslon = None if paslon is None else as_path("paslon", paslon)
    kind, area = path.parent.parent.name, path.stem
    if kind not in KINDS or not area.isdigit() or len(area) not in _LEVELS:
        raise _fail(
            path, "not a Sirekap results path", "<pkwkp|pkwkk>/<prov>/<region>.json", str(path)
        )
    paslon_path = Path(paslon) if paslon else path.parent.parent.parent / "paslon" / f"{kind}.json"
    data, candidates = _load(path), _load(paslon_path)
    code = RegionCode.parse(area, known=False)
    contest = code.up_to(AreaLevel.PROVINSI) if kind == "pkwkp" else None
    table = _table_of(path, data)
    if contest is None:  # bupati / wali kota: the file is one kab/kota, or the province's
        if len(area) != 4:
            raise _fail(path, "a province file holds many contests", "one kab/kota file", area)
        contest = code
    listed = candidates.get(contest.digits) if isinstance(candidates, Mapping) else None
    if not isinstance(listed, Mapping) or not listed:
        raise _fail(paslon_path, f"no candidates for {contest}", "the contest's paslon", None)
    ordered = _candidates(paslon_path, listed)
    empty = [c for c in ordered if c[1].upper().startswith("KOLOM KOSONG")]
    pairs = [c for c in ordered if c not in empty]
    election = KINDS[kind] if kind == "pkwkp" or not contest.is_kota else ElectionKind.WALI_KOTA
    ids = [cid for cid, _, _ in pairs]
    recap = _recap(path, table, ids, empty[0][0] if empty else None, _LEVELS[len(area) + 2])
    progress = _progress(path, _progress_of(data))
    return SirekapCount(
        kind=kind,
        area=code,
        contest=contest,
        election=election,
        snapshot=_snapshot(path, data.get("ts")),
        names=tuple(name for _, name, _ in pairs),
        numbers=tuple(number for _, _, number in pairs),
        kolom_kosong=empty[0][2] if empty else None,
        recap=recap,
        tps_reported=progress[0],
        tps_expected=progress[1],
    )


_CANDIDATE: Final = "an object with nama (text) and nomor_urut (a whole number)"


def _candidates(path: Path, listed: Mapping[Any, Any]) -> list[tuple[str, str, int]]:
    """The contest's candidates as ``(id, name, ballot number)``, by ballot number."""
    found = []
    for cid, entry in listed.items():
        number = entry.get("nomor_urut") if isinstance(entry, Mapping) else None
        if isinstance(number, str) and number.isascii() and number.isdigit() and len(number) < 19:
            number = int(number)
        name = _mapping(entry, "nama")
        if isinstance(number, bool) or not isinstance(number, int) or not isinstance(name, str):
            raise _fail(path, f"candidate {cid} without a name or ballot number", _CANDIDATE, entry)
        found.append((str(cid), name, number))
    return sorted(found, key=lambda candidate: candidate[2])


def _mapping(data: object, key: str) -> object:
    """``data[key]`` when ``data`` is a JSON object holding it, else ``None``."""
    return data.get(key) if isinstance(data, Mapping) else None


def _progress_of(data: object) -> object:
    """The progress object: at the top (``progres``), or in the chart of ``tungsura``."""
    return _mapping(data, "progres") or _mapping(
        _mapping(_mapping(data, "tungsura"), "chart"), "progres"
    )


def _table_of(path: Path, data: object) -> Mapping[str, Any]:
    table = _mapping(_mapping(data, "tungsura"), "table")
    if not isinstance(table, Mapping) or not table:
        raise _fail(path, "no tungsura.table", "a Sirekap hhcw results file")
    return table


def _progress(path: Path, progress: object) -> tuple[int, int]:
    if not isinstance(progress, Mapping):
        raise _fail(path, "no progres", "progres with total and progres", progress)
    done, total = progress.get("progres"), progress.get("total")
    if (
        isinstance(done, bool)
        or isinstance(total, bool)
        or not (isinstance(done, int) and isinstance(total, int))
        or not 0 <= done <= total <= COUNT_LIMIT
    ):
        raise _fail(path, "a progress that is not 0 <= progres <= total", "TPS counts", progress)
    return done, total


def _snapshot(path: Path, text: object) -> dt.datetime | None:
    """The time of the snapshot (``ts``), ``None`` when the file gives none."""
    if text is None or text == "":
        return None
    try:
        return dt.datetime.fromisoformat(str(text))
    except ValueError:
        raise _fail(path, f"a snapshot time {text!r}", "ts as 2024-11-28 10:15:04", text) from None


def _recap(
    path: Path, table: Mapping[str, Any], ids: list[str], empty: str | None, level: AreaLevel
) -> Recap:
    codes = sorted(table)
    n = len(codes)
    width = len(ids)
    votes = [array("q", [0] * n) for _ in range(width)]
    kolom = array("q", [0] * n)
    reported, expected = [], []
    for i, child in enumerate(codes):
        row = table[child]
        if len(child) != level.code_length or not child.isdigit() or not isinstance(row, Mapping):
            raise _fail(path, f"child area {child!r} of another shape", f"a {level.value} code")
        for k, cid in enumerate(ids):
            votes[k][i] = _votes(path, child, row.get(cid))
        if empty is not None:
            kolom[i] = _votes(path, child, row.get(empty))
        done, total = _progress(path, row.get("progres"))
        reported.append(done)
        expected.append(total)
    sums = [sum(v[i] for v in votes) + kolom[i] for i in range(n)]
    if any(total > COUNT_LIMIT for total in sums):
        raise _fail(path, "valid votes beyond 2**63 - 1", "a whole number of votes", max(sums))
    valid = array("q", sums)
    columns = []
    for name in FIELD_NAMES:
        if name == "pairs":
            columns.append(array("q", [max(width, 1)] * n))
        elif name == "valid":
            columns.append(valid)
        elif name == "kolom_kosong":
            columns.append(kolom)
        else:
            columns.append(array("q", [0] * n))
    from pilkada.results.kernels import table_of_rows  # noqa: PLC0415 (NumPy, when used)

    t = table_of_rows(
        list(codes),
        level.code_length,
        [list(c) for c in columns],
        [list(v) for v in votes or [array("q", [0] * n)]],
        reported,
    )
    return Recap(level, t, (), (reported, expected))


def _votes(path: Path, child: str, value: object) -> int:
    if value is None:  # no form in yet for the area: no votes
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= COUNT_LIMIT:
        raise _fail(path, f"votes {value!r} in {child}", "a whole number of votes", value)
    return value
