"""Tables of results, recapitulations and outcomes: ``to_html()`` and ``to_pandas()``."""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final

from pilkada import presentation
from pilkada.display.optional import require
from pilkada.display.table import (
    CERTAINTY_LABELS,
    Column,
    Row,
    Table,
    pick,
)
from pilkada.errors import PilkadaTypeError, shown
from pilkada.i18n import DEFAULT_LOCALE, format_number, lang_of
from pilkada.law import Certainty
from pilkada.regions import RegionCode
from pilkada.results import (
    FIELD_NAMES,
    RECAP_BASIS,
    Outcome,
    Recap,
    RecapRow,
    TieBreak,
    TpsResults,
    Verdict,
)

if TYPE_CHECKING:
    import pandas as pd

__all__: list[str] = []

# -- results -----------------------------------------------------------------------------------

#: The count columns of a result or recap row: (name, Indonesian, English, shown in HTML).
_COUNTS: Final = (
    ("dpt", "DPT", "DPT", True),
    ("dptb", "DPTb", "DPTb", True),
    ("voters_dpt", "Pengguna DPT", "DPT voters", False),
    ("voters_dptb", "Pengguna DPTb", "DPTb voters", False),
    ("voters_dpk", "Pengguna DPK", "DPK voters", False),
)


def _recap_columns(recap: Recap, total: RecapRow | None) -> tuple[Column, ...]:
    slots = max((len(row.votes) for row in _first(recap)), default=1)
    show_kk = total is not None and (total.kolom_kosong != 0 or min(r.pairs for r in recap) == 1)
    return (
        Column("area", "Wilayah", "Area"),
        Column("name", "Nama", "Name"),
        Column("level", "Tingkat", "Level", "enum", show=False),
        Column("tps", "TPS", "TPS", "int"),
        Column("pairs", "Paslon", "Pairs", "int", show=False),
        *(Column(name, id_, en, "int", show=shown) for name, id_, en, shown in _COUNTS),
        Column("voters", "Pengguna hak pilih", "Voters", "int"),
        Column("turnout", "Partisipasi", "Turnout", "share"),
        Column("ballots_used", "Surat suara digunakan", "Ballots used", "int", show=False),
        *(Column(f"votes_{k}", f"Paslon {k}", f"Pair {k}", "int") for k in range(1, slots + 1)),
        Column("kolom_kosong", "Kolom kosong", "Empty box", "int", show=show_kk),
        Column("valid", "Suara sah", "Valid", "int"),
        Column("invalid", "Suara tidak sah", "Invalid", "int"),
        Column("anomalies", "Anomali", "Anomalies", "int"),
    )


def _recap_notes(recap: Recap, lang: str) -> list[str]:
    """The first ten anomalies (and how many more), then the legal basis."""
    notes = []
    anomalies = recap.anomalies
    if anomalies:
        notes.append(
            pick(lang, "Anomali ({}):", "Anomalies ({}):").format(
                format_number(len(anomalies), locale=lang)
            )
        )
        notes += [a.message(locale=lang) for a in anomalies[:10]]
        if len(anomalies) > 10:
            notes.append(
                pick(lang, "… dan {} lainnya.", "… and {} more.").format(
                    format_number(len(anomalies) - 10, locale=lang)
                )
            )
    notes.append(
        pick(lang, "Dasar hukum: ", "Legal basis: ")
        + RECAP_BASIS.cite(locale=lang)
        + pick(lang, " (sementara)", " (provisional)")
    )
    return notes


def _recap_table(recap: Recap, lang: str) -> Table:
    total = recap.total if len(recap) else None
    rows = tuple(Row(_recap_values(row)) for row in recap)
    footer: tuple[Row, ...] = ()
    lines = []
    if total is not None:
        values = _recap_values(total)
        values["area"] = pick(lang, "Jumlah", "Total")
        footer = (Row(values),)
        lines.append(
            pick(lang, "{} wilayah, {} TPS", "{} areas, {} TPS").format(
                format_number(len(recap), locale=lang), format_number(total.tps, locale=lang)
            )
        )
    level = recap.level.label(lang)
    return Table(
        columns=_recap_columns(recap, total),
        rows=rows,
        footer=footer,
        title=pick(lang, f"Rekapitulasi tingkat {level}", f"Recapitulation by {level}"),
        lines=tuple(lines),
        notes=tuple(_recap_notes(recap, lang)),
    )


def _first(recap: Recap) -> Iterable[Any]:
    # Every row of a recap has the same number of vote slots; reading one is enough.
    return recap[:1]


def _recap_values(row: Any) -> dict[str, object]:  # noqa: ANN401 (a RecapRow)
    values: dict[str, object] = {
        "area": str(row.area),
        "name": row.area.name,  # from the region table; None for a code it does not list
        "level": row.level,
        "tps": row.tps,
        "pairs": row.pairs,
        "dpt": row.dpt,
        "dptb": row.dptb,
        "voters_dpt": row.voters_dpt,
        "voters_dptb": row.voters_dptb,
        "voters_dpk": row.voters_dpk,
        "voters": row.voters,
        "turnout": row.turnout,
        "ballots_used": row.ballots_used,
        "kolom_kosong": row.kolom_kosong,
        "valid": row.valid,
        "invalid": row.invalid,
        "anomalies": len(row.anomalies),
    }
    values.update({f"votes_{k}": v for k, v in enumerate(row.votes, start=1)})
    return values


def recap_html(recap: Recap, *, locale: str = DEFAULT_LOCALE, max_rows: int | None = 60) -> str:
    """:meth:`Recap.to_html`."""
    if max_rows is not None and (isinstance(max_rows, bool) or not isinstance(max_rows, int)):
        problem = f"got {type(max_rows).__name__} {shown(max_rows)}"
        raise PilkadaTypeError("max_rows", max_rows, problem, "an int, or None for every row")
    lang = locale
    return _recap_table(recap, lang).html(lang=lang, max_rows=max_rows)


def recap_frame(recap: Recap) -> pd.DataFrame:
    """:meth:`Recap.to_pandas`."""
    return _recap_table(recap, "id").frame(feature="Recap.to_pandas()")


def results_frame(results: TpsResults) -> pd.DataFrame:
    """:meth:`TpsResults.to_pandas`: one row per TPS, built column by column."""
    pandas = require("pandas", "pandas", feature="TpsResults.to_pandas()")

    codes = [str(RegionCode.parse(c, known=False)) for c in results.codes]
    data: dict[str, Any] = {"tps": pandas.Series(codes)}
    columns = results.to_numpy()  # read-only int64 arrays: copied once, column by column
    for name in FIELD_NAMES:  # the record fields, in the CSV order
        data[name] = pandas.Series(columns[name].copy(), dtype="int64")
    for k, votes in enumerate(columns["votes"], start=1):
        data[f"votes_{k}"] = pandas.Series(votes.copy(), dtype="int64")
    frame: pd.DataFrame = pandas.DataFrame(data)
    return frame


# -- outcomes ----------------------------------------------------------------------------------

_RULE_EN: Final = {
    "PLURALITY": "most votes",
    "SINGLE_PAIR": "a single pair against the empty box",
    "JAKARTA_MAJORITY": "more than 50% of valid votes (Jakarta)",
}
_VERDICT_EN: Final = {
    "ELECTED": "elected",
    "RUNOFF": "second round",
    "REPEAT": "election repeated",
    "TIE": "tie",
}


_OUTCOME_COLUMNS: Final = (
    Column("candidate", "Paslon", "Candidate", data=False),
    Column("pair", "Nomor urut", "Pair", "int", show=False, nullable=True),
    Column("kolom_kosong", "Kolom kosong", "Empty box", "bool", show=False),
    Column("votes", "Suara", "Votes", "int"),
    Column("share", "Persentase", "Share", "share"),
    Column("status", "Keterangan", "Result", data=False),
    Column("elected", "Terpilih", "Elected", "bool", show=False),
    Column("runoff", "Putaran kedua", "Second round", "bool", show=False),
    Column("tied", "Seri", "Tied", "bool", show=False),
)


def _provisional(lang: str) -> str:
    return CERTAINTY_LABELS[lang_of(lang)][Certainty.PROVISIONAL]


def _status(outcome: Outcome, pair: int, lang: str) -> str:
    english = lang_of(lang) == "en"
    if outcome.verdict is Verdict.ELECTED and outcome.elected == pair:
        word = "elected" if english else Verdict.ELECTED.value
    elif pair in outcome.runoff:
        word = "second round" if english else Verdict.RUNOFF.value
    elif pair in outcome.tied:
        word = "tied" if english else Verdict.TIE.value
    else:
        return ""
    return f"{word} ({_provisional(lang)})" if outcome.certainty is Certainty.PROVISIONAL else word


def _outcome_rows(outcome: Outcome, lang: str) -> list[Row]:
    valid = outcome.valid
    provisional = outcome.certainty is Certainty.PROVISIONAL
    rows = []
    for pair, votes in zip(outcome.ballot_numbers, outcome.votes, strict=True):
        elected = outcome.verdict is Verdict.ELECTED and outcome.elected == pair
        values = {
            "candidate": pick(lang, f"Nomor urut {pair}", f"Pair no. {pair}"),
            "pair": pair,
            "kolom_kosong": False,
            "votes": votes,
            "share": Fraction(votes, valid) if valid else Fraction(0),
            "status": _status(outcome, pair, lang),
            "elected": elected,
            "runoff": pair in outcome.runoff,
            "tied": pair in outcome.tied,
        }
        rows.append(
            Row(values, strong=elected, provisional=provisional and outcome.elected == pair)
        )
    if outcome.kolom_kosong is not None:
        votes = outcome.kolom_kosong
        values = {
            "candidate": pick(lang, "Kolom kosong", "Empty box"),
            "pair": None,
            "kolom_kosong": True,
            "votes": votes,
            "share": Fraction(votes, valid) if valid else Fraction(0),
            "status": "",
            "elected": False,
            "runoff": False,
            "tied": False,
        }
        rows.append(Row(values))
    return rows


def _outcome_lines(outcome: Outcome, lang: str) -> list[str]:
    english = lang_of(lang) == "en"
    rule = _RULE_EN[outcome.rule.name] if english else outcome.rule.value
    verdict = _VERDICT_EN[outcome.verdict.name] if english else outcome.verdict.value
    if outcome.certainty is Certainty.PROVISIONAL:
        verdict += f" ({_provisional(lang)})"
    lines = []
    if outcome.region is not None:
        lines.append(pick(lang, "Wilayah: ", "Region: ") + str(outcome.region))
    lines.append(pick(lang, "Aturan: ", "Rule: ") + rule)
    lines.append(pick(lang, "Putusan: ", "Verdict: ") + verdict)
    return lines


def _tie_break_note(tie_break: TieBreak, lang: str) -> str:
    won = ", ".join(
        f"{pair}: {format_number(n, locale=lang)}"
        for pair, n in zip(tie_break.tied, tie_break.areas_won, strict=True)
    )
    unit = tie_break.unit.label(lang)
    if tie_break.decided_by is None:
        return pick(
            lang,
            f"Seri tidak terpecahkan oleh sebaran dukungan (sementara); wilayah "
            f"({unit}) yang dimenangkan: {won}.",
            f"The spread of support did not break the tie (provisional); areas "
            f"({unit}) won: {won}.",
        )
    return pick(
        lang,
        f"Seri dipecah menurut sebaran dukungan (sementara); wilayah "
        f"({unit}) yang dimenangkan: {won}.",
        f"The tie was broken by the spread of support (provisional); areas ({unit}) won: {won}.",
    )


def _outcome_table(outcome: Outcome, lang: str) -> Table:
    valid = outcome.valid
    footer = Row(
        {
            "candidate": pick(lang, "Suara sah", "Valid votes"),
            "votes": valid,
            "share": Fraction(1) if valid else None,
        }
    )
    bases = [outcome.basis, *outcome.also]
    notes = [
        outcome.message(locale=lang),
        pick(lang, "Dasar hukum: ", "Legal basis: ")
        + "; ".join(b.cite(locale=lang) for b in bases),
    ]
    if outcome.tie_break is not None:
        notes.append(_tie_break_note(outcome.tie_break, lang))
    return Table(
        columns=_OUTCOME_COLUMNS,
        rows=tuple(_outcome_rows(outcome, lang)),
        footer=(footer,),
        title=outcome.election.label(lang),
        lines=tuple(_outcome_lines(outcome, lang)),
        notes=tuple(notes),
    )


def outcome_html(outcome: Outcome, *, locale: str = DEFAULT_LOCALE) -> str:
    """:meth:`Outcome.to_html`."""
    lang = locale
    return _outcome_table(outcome, lang).html(lang=lang)


def outcome_frame(outcome: Outcome) -> pd.DataFrame:
    """:meth:`Outcome.to_pandas`."""
    return _outcome_table(outcome, "id").frame(feature="Outcome.to_pandas()")


presentation.frame.register(TpsResults)(results_frame)
presentation.html.register(Recap)(recap_html)
presentation.frame.register(Recap)(recap_frame)
presentation.html.register(Outcome)(outcome_html)
presentation.frame.register(Outcome)(outcome_frame)
