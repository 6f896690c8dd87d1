"""MkDocs hooks for the pilkada site (``hooks:`` in mkdocs.yml); not part of the package.

* :func:`on_files` adds two kinds of generated file to the site: ``rules.md``, written by
  :func:`rules_markdown` from the rule objects and data files of :mod:`pilkada` at build time
  (so the page cannot drift from the code), and the plots of ``docs/gen_images.py`` under
  ``img/``.
* :class:`DoctestFences` is a griffe extension (``extensions:`` of the mkdocstrings handler):
  it fences the bare ``>>>`` examples of the docstrings as ``pycon`` code, so the API
  reference shows them as code instead of reading their output as Markdown.

``tests/test_docs.py`` imports this file by path and checks :func:`rules_markdown`.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import logging
import re
import tempfile
from collections.abc import Iterable, Iterator
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

import griffe

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    from pilkada import Dated, LegalBasis
    from pilkada.rules import Aligned, NoLaterThan, Precedes, WithinStage

    Rule = Aligned | NoLaterThan | Precedes | WithinStage

log = logging.getLogger("mkdocs.hooks.pilkada")

#: The generated page's path in the site.
RULES_PAGE = "rules.md"
#: Where the plots go in the site; docs/pictures.md links to them.
IMAGE_DIR = "img"


# -- Markdown helpers --------------------------------------------------------------------------

_ESCAPE = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|#"})


def _text(value: object) -> str:
    """``value`` as table-cell text: Markdown syntax escaped, on one line."""
    return " ".join(str(value).split()).translate(_ESCAPE)


def _code(value: str) -> str:
    return f"`{value}`"


#: Every basis cited on the page by its rendered text: the day it took effect (where the basis
#: records it) and the earliest day any of its uses was last checked. Filled by :class:`_Bases`.
_CITED: dict[str, tuple[dt.date | None, dt.date | None]] = {}
#: Columns that already say when a row's rule is in force.
_WHEN_COLUMNS = {"when", "in force", "in force from"}


def _table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> list[str]:
    """A Markdown table, with when each basis took effect and was last checked.

    A table with a ``basis`` column gets the day each basis took effect (unless a column
    already says when the rule is in force) and the day it was last checked.
    """
    header = list(header)
    rows = [list(row) for row in rows]
    if "basis" in header:
        at = header.index("basis")
        extra = ["checked"] if _WHEN_COLUMNS & set(header) else ["effective", "checked"]
        header[at + 1 : at + 1] = extra
        for row in rows:
            effective, checked = _CITED.get(row[at], (None, None))
            cells = [_day(effective) or "—", _day(checked) or "—"][-len(extra) :]
            row[at + 1 : at + 1] = cells
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def _percent(share: Fraction) -> str:
    """The share as the law writes it (40%, 6,5%), through Babel: the fewest decimals exact."""
    from pilkada import format_percent  # noqa: PLC0415 (imported when the page is built)

    decimals = next((n for n in range(4) if (share * 100 * 10**n).denominator == 1), 2)
    return format_percent(share, decimals=decimals, locale="en")


def _day(day: dt.date | None) -> str:
    return "" if day is None else day.isoformat()


class _Bases:
    """Renders legal bases and remembers every instrument cited, for the closing table."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str, int], LegalBasis] = {}

    def __call__(self, basis: LegalBasis | None) -> str:
        if basis is None:
            return "—"
        for cited in (basis, *basis.amended_by):
            key = (cited.instrument.name, cited.number, cited.year)
            if key not in self.seen or (cited.title and not self.seen[key].title):
                self.seen[key] = cited
        text = _text(basis)
        _, checked = _CITED.get(text, (None, basis.checked))
        if checked is None or (basis.checked is not None and basis.checked < checked):
            checked = basis.checked
        _CITED[text] = (basis.effective, checked)
        return text


# -- the sections ------------------------------------------------------------------------------


def _intro() -> list[str]:
    import pilkada  # noqa: PLC0415 (imported when the page is built, not when mkdocs starts)

    return [
        "# Every rule and its legal basis",
        "",
        "!!! note",
        "",
        f"    This page is generated when the site is built, from pilkada {pilkada.__version__}:",
        "    from the rule objects, constants and data files (`src/pilkada/data/*.toml`) the",
        "    library applies, so it cannot drift from the code. The guides explain the rules;",
        "    this page lists them.",
        "",
        "**Certainty** says how a rule or date is known: *official* (as the regulation or the",
        "deciding body published it), *derived* (computed by a rule from other dates) or",
        "*provisional* (reported but not confirmed against the legal text, or sources that",
        "disagree); see [`Certainty`][pilkada.law.Certainty]. A provisional rule's findings are",
        "questions to check, not findings to publish. Where the library records no certainty",
        "for a family of rules, the column says so (—).",
        "",
        "**Checked** is the day the basis was last checked against its sources",
        "([`LegalBasis.checked`][pilkada.law.LegalBasis]); **effective** the day it took effect",
        "where the basis records it. Asked about a day after the last check, pilkada still",
        "answers, but as *provisional* and with a note naming that day (see",
        "[the legal basis guide](legal-basis.md#how-fresh-the-law-is)). Every rule and dated",
        f"value the library ships was checked on or before {pilkada.CHECKED_THROUGH.isoformat()}.",
        "",
    ]


def _stages(cite: _Bases) -> list[str]:
    from pilkada import Stage  # noqa: PLC0415

    rows = [
        [_code(stage.name), _text(stage.name_id), _text(stage.name_en), cite(stage.basis)]
        for stage in Stage
    ]
    return [
        "## The stages of a Pilkada",
        "",
        "The stages in legal order, with the provision that lists each one "
        "([`Stage`][pilkada.stages.Stage]).",
        "",
        *_table(["stage", "name", "in English", "basis"], rows),
    ]


def _rule_subject(rule: Rule) -> str:
    subject = "The stages"
    for attribute in ("key", "later", "step"):
        key = getattr(rule, attribute, None)
        if key is not None:
            subject = key.name_en
            break
    return f"{subject}: must {rule.requirement_en}."


def _date_rules(cite: _Bases) -> list[str]:
    from pilkada import DEFAULT_RULES, PEMILU_TAHAPAN_20_BULAN  # noqa: PLC0415

    def rows(rules: Iterable[Rule]) -> Iterator[list[str]]:
        for rule in rules:
            kind = type(rule).__name__
            yield [
                _code(rule.code),
                f"[`{kind}`][pilkada.rules.{kind}]",
                _text(_rule_subject(rule)),
                cite(rule.basis),
                rule.certainty.value,
            ]

    header = ["code", "kind", "rule", "basis", "certainty"]
    return [
        "## Schedule date rules",
        "",
        "[`Schedule.validate()`][pilkada.schedule.Schedule.validate] applies "
        "`pilkada.DEFAULT_RULES`, in this order. `URUTAN_TAHAPAN` is the "
        "code of every ordering rule.",
        "",
        *_table(header, rows(DEFAULT_RULES)),
        "The Pemilu rule `pilkada.PEMILU_TAHAPAN_20_BULAN` is "
        "not a Pilkada rule and is not in `DEFAULT_RULES`; pass it to `validate(rules=[...])` "
        "for a Pemilu schedule.",
        "",
        *_table(header, rows([PEMILU_TAHAPAN_20_BULAN])),
    ]


def _schedule_2024(cite: _Bases) -> list[str]:
    from pilkada import PILKADA_2024  # noqa: PLC0415

    rows = []
    for entry in PILKADA_2024:
        where = "; ".join(part for part in (entry.source, entry.note) if part)
        rows.append(
            [
                _code(entry.key.name),
                _text(entry.key.name_en),
                _text(entry.when.format(locale="en")),
                entry.certainty.value,
                cite(PILKADA_2024.basis_of(entry)),
                _text(where),
            ]
        )
    return [
        "## The 2024 schedule",
        "",
        f"`PILKADA_2024` ({_text(PILKADA_2024.name)}, voting day "
        f"{PILKADA_2024.voting_day.isoformat()}): every entry with the basis of its date, its "
        "certainty, and where it was read (`src/pilkada/data/pilkada_2024.toml`).",
        "",
        *_table(["entry", "name", "when", "certainty", "basis", "source and note"], rows),
    ]


def _adhoc(cite: _Bases) -> list[str]:
    from pilkada import (  # noqa: PLC0415
        PILKADA_2024,
        AdhocBodyKind,
        Organiser,
        Requirement,
        adhoc_timeline,
        honorarium_rates,
    )
    from pilkada import adhoc as module  # noqa: PLC0415

    windows = {window.kind: window for window in adhoc_timeline(PILKADA_2024)}
    kinds = []
    for kind in AdhocBodyKind:
        window = windows[kind]
        # The age's certainty is not public API; the kind's private record holds it.
        age_certainty = kind._info.age_certainty.value
        formed = _day(window.formed_by) or "no day computed"
        dissolved = _day(window.dissolved_by) or "no day computed"
        kinds.append(
            [
                _code(kind.name),
                _text(kind.name_id),
                str(kind.members),
                _text(kind.formed_by),
                f"{kind.min_age} ({age_certainty})",
                cite(kind.basis),
                f"{formed} / {dissolved} ({window.certainty.value})",
                cite(window.basis),
                _text(window.note),
            ]
        )
    bases = {Organiser.KPU: module.KPU_REQUIREMENTS, Organiser.BAWASLU: module.BAWASLU_REQUIREMENTS}
    requirements = [
        [
            _code(requirement.name),
            _text(requirement.value),
            cite(bases[Organiser.KPU]),
            cite(bases[Organiser.BAWASLU]),
        ]
        for requirement in Requirement
    ]
    rates = honorarium_rates()
    return [
        "## Ad hoc bodies",
        "",
        "Each kind of body ([`AdhocBodyKind`][pilkada.adhoc.AdhocBodyKind]) with its size, the "
        "minimum age of its members (and how sure it is), and the days "
        "[`adhoc_timeline`][pilkada.adhoc.adhoc_timeline] computes for the 2024 voting day from "
        "the schedule's date rules.",
        "",
        *_table(
            [
                "kind",
                "name",
                "members",
                "formed by",
                "minimum age",
                "basis",
                "formed / dissolved by, 2024",
                "basis of the days",
                "note",
            ],
            kinds,
        ),
        "### Eligibility",
        "",
        "[`check_eligibility`][pilkada.adhoc.check_eligibility] reports each unmet requirement "
        "with its [`Requirement`][pilkada.adhoc.Requirement] code, citing the requirements of "
        f"the body's organiser. Someone who left a party is eligible {module.PARTY_YEARS} years "
        f"later; the least education is {module.MIN_EDUCATION.name}. The `TERMS` requirement is "
        "checked for KPU bodies only.",
        "",
        *_table(["requirement", "code value", "KPU bodies", "Bawaslu bodies"], requirements),
        "### Honorarium",
        "",
        "The monthly honorarium of the KPU bodies "
        "([`honorarium_rates`][pilkada.adhoc.honorarium_rates]), in force from "
        f"{rates.effective.isoformat()}, {rates.certainty.value}.",
        "",
        *_table(
            ["post", "per month", "basis"],
            ([_code(post), _text(rate), cite(rates.basis)] for post, rate in rates.value.items()),
        ),
    ]


def _grants(cite: _Bases) -> list[str]:
    from pilkada import GrantAgreement, Grantor, Payment, RegionLevel, Rupiah  # noqa: PLC0415
    from pilkada import grants as module  # noqa: PLC0415

    # The tranches come from an agreement, so the shares and bases are the ones the code uses.
    sample = {
        "grantor": Grantor(RegionLevel.KABUPATEN, "Contoh"),
        "amount": Rupiah(1_000_000),
        "signed_on": dt.date(2023, 11, 10),
    }
    two = GrantAgreement(**sample).tranches
    single = GrantAgreement(**sample, payment=Payment.SINGLE).tranches[0]
    days, months = module.WORKING_DAYS_AFTER_SIGNING, module.MONTHS_BEFORE_VOTING
    rows = [
        [
            "tahap I",
            _text(
                f"{_percent(two[0].share)} of the grant, no later than {days} working days "
                "after the NPHD is signed"
            ),
            cite(two[0].basis),
        ],
        [
            "tahap II",
            _text(
                f"{_percent(two[1].share)} of the grant, no later than {months} months before "
                "voting day"
            ),
            cite(two[1].basis),
        ],
        [
            "single payment",
            _text(
                f"{_percent(single.share)} of the grant, no later than {days} working days after "
                "the NPHD is signed"
            ),
            cite(single.basis),
        ],
        [
            "who funds",
            "a province funds its governor election, a kabupaten or kota its bupati or wali "
            "kota election",
            cite(module.FUNDING_BASIS),
        ],
        [
            "sisa dana",
            _text(
                f"unspent funds go back no later than {module.SISA_DANA_MONTHS} months after "
                "the pengusulan pengesahan pengangkatan calon terpilih"
            ),
            cite(module.SISA_DANA_BASIS),
        ],
    ]
    rows += [
        [
            "signing deadline",
            _text(
                f"for voting day {voting.isoformat()}: the NPHD is signed no later than "
                f"{deadline.isoformat()}"
            ),
            cite(module.SIGNING_DEADLINE_BASIS),
        ]
        for voting, deadline in sorted(module.SIGNING_DEADLINES.items())
    ]
    # Each row's certainty is its rule's in GRANT_RULES (the signing deadlines share one).
    codes = ["WORKING_DAYS_AFTER_SIGNING", "MONTHS_BEFORE_VOTING", "SINGLE_PAYMENT", "FUNDING"]
    codes += ["SISA_DANA_MONTHS"] + ["SIGNING_DEADLINES"] * (len(rows) - 5)
    certainty = [module.grant_rule(code).certainty.value for code in codes]
    return [
        "## Grant agreements (NPHD)",
        "",
        "The rules [`GrantAgreement`][pilkada.grants.GrantAgreement] applies "
        "(`src/pilkada/grants/`), each listed with its sources in `pilkada.grants.GRANT_RULES`.",
        "",
        *_table(
            ["rule", "what", "basis", "certainty"],
            ([*row, c] for row, c in zip(rows, certainty, strict=True)),
        ),
    ]


def _brackets(table: Any) -> str:  # noqa: ANN401 (a pilkada.candidacy.data.TierRule)
    return "<br>".join(_text(f"{row.label('en')}: {_percent(row.share)}") for row in table.brackets)


def _candidacy(cite: _Bases) -> list[str]:
    from pilkada import candidacy as module  # noqa: PLC0415

    # Every dated version of the tables of data/thresholds.toml, as every lookup reads them.
    tables = module.threshold_versions()
    rows: list[list[str]] = []

    def add(
        rule: str, version: Dated[Any], until: dt.date | None, what: str, basis: LegalBasis
    ) -> None:
        period = f"from {version.effective.isoformat()}"
        if until is not None:
            period = f"{version.effective.isoformat()} to {until.isoformat()}"
        rows.append([rule, period, what, cite(basis), version.certainty.value, _text(version.note)])

    levels = (("provinsi", "provinces"), ("kabupaten_kota", "kabupaten and kota"))
    names = {
        "party_nomination": "party and coalition nomination",
        "independent_support": "independent candidates' support",
        "candidate_age": "minimum age",
        "age_counted": "day the age is counted",
        "dispute": "largest vote gap the MK hears (Pasal 158)",
    }
    for name, versions in tables.items():
        ordered = sorted(versions, key=lambda version: version.effective)
        for index, version in enumerate(ordered):
            until = version.ended
            if index + 1 < len(ordered):
                before_next = ordered[index + 1].effective - dt.timedelta(days=1)
                until = before_next if until is None else min(until, before_next)
            label, value = _text(names.get(name, name)), version.value
            if hasattr(value, "seat_share"):
                what = (
                    f"{_percent(value.seat_share)} of DPRD seats or "
                    f"{_percent(value.vote_share)} of valid votes"
                )
                add(label, version, until, _text(what), value.basis)
            elif hasattr(value, "provinsi"):
                for attribute, level in levels:
                    table = getattr(value, attribute)
                    add(f"{label}, {level}", version, until, _brackets(table), table.basis)
                    if table.spread_basis is not None:
                        rows[-1][2] += "<br>" + _text(
                            f"spread: {table.spread_note} ({table.spread_certainty.value}; "
                            f"{table.spread_basis})"
                        )
            elif hasattr(value, "gubernur"):
                what = f"{value.gubernur} for governor, {value.bupati_wali_kota} for bupati and "
                what += "wali kota"
                add(label, version, until, _text(what), value.basis)
            else:
                add(label, version, until, _text(f"counted at the {value}"), version.basis)
    rows.append(
        [
            "filing a dispute",
            "",
            _text(
                f"within {module.FILING_WORKING_DAYS} working days of the announcement of the "
                "result"
            ),
            cite(module.FILING_BASIS),
            "—",
            "",
        ]
    )
    return [
        "## Candidacy and disputes",
        "",
        "The dated tables of `src/pilkada/data/thresholds.toml` (one row per version and level; "
        "a bracket is inclusive at its upper bound), and the filing deadline. The MK writes the "
        "largest gap as whole votes, rounded half up; that rounding is "
        f"{module.GAP_ROUNDING_CERTAINTY.value} (see [`dispute_max_gap`]"
        "[pilkada.candidacy.dispute_max_gap]).",
        "",
        *_table(["rule", "in force", "what", "basis", "certainty", "note"], rows),
    ]


def _winners(cite: _Bases) -> list[str]:
    from pilkada import ElectionKind, Tally, decide  # noqa: PLC0415

    # The winner rules are code paths of decide(), not objects: each row decides a small
    # tally that takes one path, so the rule, basis and certainty are the ones decide() gives.
    tied = Tally(votes=(300, 300), areas=((100, 90), (101, 90), (99, 120)))
    cases = (
        ("bupati or wali kota", Tally(votes=(2, 1)), ElectionKind.BUPATI),
        ("governor", Tally(votes=(2, 1)), ElectionKind.GUBERNUR),
        ("a tie at the top, settled by the spread of support", tied, ElectionKind.BUPATI),
        ("one pair, more than 50 %", Tally(votes=(2,), kolom_kosong=1), ElectionKind.BUPATI),
        ("one pair, 50 % or less", Tally(votes=(1,), kolom_kosong=1), ElectionKind.BUPATI),
        (
            "Jakarta's governor, more than 50 %",
            Tally(votes=(3, 1), region="31"),
            ElectionKind.GUBERNUR,
        ),
        (
            "Jakarta's governor, no majority",
            Tally(votes=(5, 3, 2), region="31"),
            ElectionKind.GUBERNUR,
        ),
    )
    rows = []
    for case, tally, election in cases:
        outcome = decide(tally, election=election)
        also = "; ".join(cite(basis) for basis in outcome.also)
        rows.append(
            [
                _text(case),
                _text(outcome.rule.value),
                _text(outcome.verdict.value),
                cite(outcome.basis),
                also,
                outcome.certainty.value,
            ]
        )
    return [
        "## Winner rules",
        "",
        "The rules [`decide`][pilkada.results.decide] applies to the totals of an election.",
        "",
        *_table(["case", "rule", "verdict", "basis", "also", "certainty"], rows),
    ]


_UNITS = {"HARI": "days", "HARI_KERJA": "working days", "JAM": "hours"}


def _oversight(cite: _Bases) -> list[str]:
    from pilkada import apk_quota, deadline_rules  # noqa: PLC0415

    rows = []
    for rule in deadline_rules():
        note = rule.text_en
        if rule.extension_of:
            note += f" (extends {rule.extension_of})"
        if rule.unit_note:
            note += f". {rule.unit_note}"
        rows.append(
            [
                _code(rule.code),
                _text(rule.anchor.value),
                _text(rule.done_by.value),
                f"{rule.amount} {_UNITS[rule.unit.name]}",
                _text(rule.path),
                cite(rule.basis),
                rule.certainty.value,
                _day(rule.effective),
                _text(note),
            ]
        )
    quota = apk_quota(kecamatan=1, desa=1)
    return [
        "## Bawaslu deadlines",
        "",
        "[`deadline_rules()`][pilkada.oversight.deadline_rules], from "
        '`src/pilkada/data/oversight.toml`. "Paling lama N hari" includes the N-th day; a rule '
        "applies to cases whose anchor falls on or after the day its instrument took effect.",
        "",
        *_table(
            [
                "code",
                "counted from",
                "met by",
                "deadline",
                "cases",
                "basis",
                "certainty",
                "in force from",
                "rule",
            ],
            rows,
        ),
        "### Campaign props (APK)",
        "",
        "[`apk_quota`][pilkada.oversight.apk_quota]: the props the KPU facilitates for each pair "
        "and what a pair may add.",
        "",
        *_table(
            ["rule", "in force from", "basis", "certainty", "source"],
            [
                [
                    "APK quota",
                    quota.effective.isoformat(),
                    cite(quota.basis),
                    quota.certainty.value,
                    _text(quota.note),
                ]
            ],
        ),
    ]


def _dana(cite: _Bases) -> list[str]:
    from pilkada import PILKADA_2024, JenisPenyumbang  # noqa: PLC0415
    from pilkada.dana import rules  # noqa: PLC0415

    caps = [
        [
            _code(v.value.jenis.name),
            _text(v.value.jumlah.format()),
            _day(v.effective),
            cite(v.basis),
            v.certainty.value,
            _text(v.note),
        ]
        for jenis in JenisPenyumbang
        for v in rules.cap_versions(jenis)
    ]
    deadlines = []
    for version in rules.tenggat_rules():
        rule = version.value
        due = "—"
        if rule.anchor in rules.ANCHORS:
            due = _day(rules.tenggat(rule.code, PILKADA_2024).due)
        deadlines.append(
            [
                _code(rule.code),
                _text(rule.anchor.value),
                str(rule.days),
                due,
                cite(version.basis),
                version.certainty.value,
                _day(version.effective),
                _text(rule.text_en),
                _code(rule.sanksi) if rule.sanksi else "—",
            ]
        )
    sanctions = [
        [
            _code(v.value.code),
            _day(v.effective),
            cite(v.basis),
            v.certainty.value,
            _text(v.value.text_en + (f". {v.note}" if v.note else "")),
        ]
        for v in rules.sanksi_rules()
    ]
    principles = [
        [_code(p.code), cite(p.basis), p.certainty.value, _text(p.text_en)] for p in rules.PRINSIP
    ]
    return [
        "## Campaign finance (dana kampanye)",
        "",
        "[`DanaKampanye`][pilkada.dana.DanaKampanye], from `src/pilkada/data/dana_kampanye.toml`. "
        'A cap is "paling banyak" (the cap itself is allowed); a deadline "paling lambat" (the '
        "last day is on time) and counts from the campaign stage of the account's schedule.",
        "",
        "### Caps on donations (cumulative per donor)",
        "",
        *_table(["code", "cap", "in force from", "basis", "certainty", "note"], caps),
        "### Deadlines",
        "",
        *_table(
            [
                "code",
                "counted from",
                "days",
                "2024",
                "basis",
                "certainty",
                "in force from",
                "rule",
                "sanction",
            ],
            deadlines,
        ),
        "### Sanctions",
        "",
        *_table(["code", "in force from", "basis", "certainty", "sanction"], sanctions),
        "### Rules of the statute the findings apply",
        "",
        *_table(["code", "basis", "certainty", "rule"], principles),
    ]


def _instruments(cite: _Bases) -> list[str]:
    from pilkada import Instrument  # noqa: PLC0415

    order = list(Instrument)

    def key(basis: LegalBasis) -> tuple[int, int, tuple[int, ...], str]:
        numbers = tuple(int(part) for part in re.findall(r"\d+", basis.number))
        return (order.index(basis.instrument), basis.year, numbers, basis.number)

    bases = sorted(cite.seen.values(), key=key)
    header = ["instrument", "kind", "title"]
    with_url = any(basis.url for basis in bases)
    rows = []
    for basis in bases:
        row = [
            _text(f"{basis.instrument.value} {basis.number}/{basis.year}"),
            _text(basis.instrument.name_id),
            _text(basis.title),
        ]
        rows.append([*row, f"<{basis.url}>" if basis.url else ""] if with_url else row)
    return [
        "## Instruments cited",
        "",
        "Every instrument cited on this page, with its subject where the library records it "
        "([`Instrument`][pilkada.law.Instrument]).",
        "",
        *_table([*header, "text"] if with_url else header, rows),
    ]


def _after_count(cite: _Bases) -> list[str]:
    from pilkada import RepeatedVote, result_timeline  # noqa: PLC0415
    from pilkada.candidacy import aftermath  # noqa: PLC0415
    from pilkada.schedule import next_cycle, repeat  # noqa: PLC0415

    # The steps of a 2024 result with no case before the Court, as result_timeline() gives them.
    steps = result_timeline("33.16", "NO_CASE").steps
    rows = [
        [_text(step.name_en), _text(step.when), cite(step.basis), step.certainty.value]
        for step in steps
    ]
    penetapan = [
        [f"penetapan calon terpilih: {v.value} days", v.effective.isoformat(), cite(v.basis),
         v.certainty.value]
        for v in aftermath.PENETAPAN_DAYS
    ]  # fmt: skip
    repeats = [
        [_text(kind.value), _text(kind.trigger("en")), cite(kind.basis), kind.certainty.value]
        for kind in RepeatedVote
    ]
    repeats.append(
        [
            "re-election after a kolom kosong win",
            f"within {repeat.REELECTION_WITHIN_MONTHS} months of voting day",
            cite(repeat.REELECTION_BASIS),
            "official",
        ]
    )
    windows = [
        [
            "the next Pilkada",
            f"{v.value.min_months} to {v.value.max_months} months after the national "
            f"winners take office, from {v.effective.isoformat()}",
            cite(v.basis),
            v.certainty.value,
        ]
        for v in next_cycle.NEXT_PILKADA_RULE
    ]
    return [
        "## After the count",
        "",
        "When a 2024 result is final and its winners take office "
        "([`result_timeline`][pilkada.result_timeline], a region with no case before the "
        "Court), the versions of the penetapan deadline, the repeated votes "
        "([`RepeatedVote`][pilkada.RepeatedVote]) and the next Pilkada's window "
        "([`next_pilkada_window`][pilkada.next_pilkada_window]).",
        "",
        *_table(["step", "day (2024)", "basis", "certainty"], rows),
        *_table(["rule", "in force from", "basis", "certainty"], penetapan),
        *_table(["vote", "when", "basis", "certainty"], [*repeats, *windows]),
    ]


def _results(cite: _Bases) -> list[str]:
    from pilkada.results.checks import BALANCES, COUNTING_BASIS  # noqa: PLC0415
    from pilkada.results.recap import RECAP_BASIS  # noqa: PLC0415
    from pilkada.wilayah import REGION_TABLES  # noqa: PLC0415

    checks = [
        [f"`{rule.kind.name}`", _text(rule.message_en.format(found="x", expected="y")),
         cite(COUNTING_BASIS), "provisional"]
        for rule in BALANCES
    ]  # fmt: skip
    checks.append(["recapitulation", "sums, tier by tier", cite(RECAP_BASIS), "provisional"])
    tables = [
        [f"table {t.key}", _text(t.note), t.effective.isoformat(), cite(t.basis),
         t.certainty.value]
        for t in REGION_TABLES
    ]  # fmt: skip
    return [
        "## Counting checks and region tables",
        "",
        "The balances a PPK checks on each C.Hasil (an anomaly when broken), and the "
        "Kemendagri region tables a code is looked up in, by the day each is used from.",
        "",
        *_table(["check", "rule", "basis", "certainty"], checks),
        *_table(["table", "what", "in force from", "basis", "certainty"], tables),
    ]


def rules_markdown() -> str:
    """The Markdown of the rules page, generated from the rules :mod:`pilkada` applies."""
    _CITED.clear()
    cite = _Bases()
    lines = _intro()
    sections = (_stages, _date_rules, _schedule_2024, _adhoc, _grants, _candidacy, _winners)
    for section in (*sections, _after_count, _results, _oversight, _dana, _instruments):
        lines += section(cite)
    return "\n".join(lines)


# -- the plots ---------------------------------------------------------------------------------


def images(docs_dir: Path) -> dict[str, bytes]:
    """The plots of ``docs_dir/gen_images.py`` by file name; none while the script is missing."""
    script = docs_dir / "gen_images.py"
    if not script.exists():
        log.info("pilkada: %s does not exist; no plots", script)
        return {}
    spec = importlib.util.spec_from_file_location("pilkada_docs_gen_images", script)
    if spec is None or spec.loader is None:  # pragma: no cover - a .py file always has a loader
        raise ImportError(script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with tempfile.TemporaryDirectory() as directory:
        written = module.write_images(Path(directory))
        return {Path(path).name: Path(path).read_bytes() for path in written}


# -- MkDocs events -----------------------------------------------------------------------------


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated rules page and the plots to the site's files."""
    from mkdocs.structure.files import File  # noqa: PLC0415

    generated = {RULES_PAGE: rules_markdown().encode()}
    for name, content in images(Path(config.docs_dir)).items():
        generated[f"{IMAGE_DIR}/{name}"] = content
    for uri, content in generated.items():
        existing = files.get_file_from_path(uri)
        if existing is not None:
            log.warning("pilkada: docs/%s is generated; the file in docs/ is ignored", uri)
            files.remove(existing)
        files.append(File.generated(config, uri, content=content))
    return files


# -- griffe: doctest examples as code ----------------------------------------------------------


#: A Sphinx cross-reference role such as :class:`~pilkada.Rupiah`.
_ROLE = re.compile(r":(?:attr|class|data|exc|func|meth|mod|obj):`(~?)([^`]+)`")


def _plain_role(match: re.Match[str]) -> str:
    target = match[2]
    return f"`{target.rsplit('.', 1)[-1] if match[1] else target}`"


def fence_doctests(text: str) -> str:
    """Wrap each bare ``>>>`` example of a docstring in a ``pycon`` code fence.

    An example runs from its first ``>>>`` line to the next blank line, as doctest reads it.
    Outside the examples, Sphinx roles become plain code: the ``:class:`` prefix goes, and
    ``~pilkada.Rupiah`` shows as ``Rupiah``, as Sphinx would show it.
    """
    lines = text.split("\n")
    out: list[str] = []
    fenced = False
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.lstrip()
        if stripped.startswith("```"):
            fenced = not fenced
        elif not fenced and (stripped.startswith(">>> ") or stripped == ">>>"):
            indent = line[: len(line) - len(stripped)]
            if out and out[-1].strip():
                out.append("")
            out.append(f"{indent}```pycon")
            while index < len(lines) and lines[index].strip():
                out.append(lines[index])
                index += 1
            out.append(f"{indent}```")
            continue
        out.append(line if fenced else _ROLE.sub(_plain_role, line))
        index += 1
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence the ``>>>`` examples of every docstring, and plain its roles, before rendering."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: object) -> None:
        """Rewrite ``obj``'s docstring with :func:`fence_doctests`."""
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
