"""``adhoc``: the ad hoc bodies and members an area needs, with the honorarium budget."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from pilkada.adhoc import AdhocBodyKind, Organiser, StaffingPlan, honorarium_rates, plan_staffing
from pilkada.cli.common import Output, citation, count_type, document, plain, t, table
from pilkada.cli.errors import options
from pilkada.cli.parser import About, Parser, command_parser

if TYPE_CHECKING:
    from pilkada.cli.parser import Subparsers

__all__ = ["ABOUT", "add_parser", "run"]

ABOUT = About(
    name="adhoc",
    help="badan ad hoc dan honorarium / ad hoc bodies, members and honorarium",
    description=(
        "Jumlah badan ad hoc (PPK, PPS, KPPS, Pantarlih dan pengawas Bawaslu) dan anggotanya "
        "untuk suatu wilayah, dengan anggaran honorarium.",
        "The ad hoc bodies (PPK, PPS, KPPS, Pantarlih and the Bawaslu supervisors) and members "
        "an area needs, with the honorarium budget.",
    ),
    examples=(
        "python -m pilkada adhoc --kecamatan 16 --desa 295 --tps 1200",
        "python -m pilkada adhoc --kecamatan 16 --desa 295 --tps 1200 --pemilih-per-tps 450",
    ),
)

#: The bodies KPU pays, whose honoraria are recorded (Bawaslu's are not).
_PAID = frozenset(kind for kind in AdhocBodyKind if kind.organiser is Organiser.KPU)


def add_parser(subparsers: Subparsers, lang: str) -> Parser:
    """The ``adhoc`` parser: ``--kecamatan``, ``--desa``, ``--tps``, ``--pemilih-per-tps``."""
    parser = command_parser(subparsers, ABOUT, lang)
    count = count_type(lang)
    for name in ("kecamatan", "desa", "tps"):
        parser.add_argument(
            f"--{name}", type=count, required=True, metavar="N", help=f"the number of {name}"
        )
    parser.add_argument(
        "--pemilih-per-tps",
        type=count,
        metavar="N",
        help="voters of each TPS (more than 400 means two Pantarlih)",
    )
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> Output:
    """The bodies as a table or a JSON document; always status 0."""
    lang: str = args.lang
    with options(
        kecamatan="--kecamatan",
        desa="--desa",
        tps="--tps",
        voters_per_tps="--pemilih-per-tps",
        factor="--kecamatan/--desa/--tps",
    ):
        plan = plan_staffing(
            kecamatan=args.kecamatan,
            desa=args.desa,
            tps=args.tps,
            voters_per_tps=args.pemilih_per_tps,
        )
        plan.honorarium_term()  # the largest sum: refused here if the area is absurdly large
    note = t(
        lang,
        "Honorarium badan ad hoc Bawaslu tidak tercatat; masa kerja (bulan) bersifat sementara.",
        "Bawaslu's ad hoc honoraria are not recorded; the term months are provisional.",
    )
    if args.json:
        return document(args, _json(plan, args.pemilih_per_tps, note, lang)), 0
    basis = t(lang, "Dasar tarif", "Rates")
    return [*_table(plan, lang), "", note, f"{basis}: {honorarium_rates().basis}"], 0


def _json(plan: StaffingPlan, voters: int | None, note: str, lang: str) -> dict[str, Any]:
    return {
        "kecamatan": plan.kecamatan,
        "desa": plan.desa,
        "tps": plan.tps,
        "voters_per_tps": voters,
        "bodies": [_body_json(plan, kind, lang) for kind in AdhocBodyKind],
        "members_kpu": plan.total(Organiser.KPU),
        "members_bawaslu": plan.total(Organiser.BAWASLU),
        "members": plan.total(),
        "monthly": plain(plan.honorarium_monthly()),
        "term": plain(plan.honorarium_term()),
        "rates_basis": citation(honorarium_rates().basis),
        "note": note,
    }


def _body_json(plan: StaffingPlan, kind: AdhocBodyKind, lang: str) -> dict[str, Any]:
    paid = kind in _PAID
    return {
        "kind": plain(kind),
        "name": kind.label(locale=lang),
        "organiser": plain(kind.organiser),
        "bodies": plan.bodies(kind),
        "members": plan.members(kind),
        "monthly": plain(plan.honorarium_monthly(kind)) if paid else None,
        "term_months": plan.term_months(kind) if paid else None,
        "term": plain(plan.honorarium_term(kind)) if paid else None,
    }


def _table(plan: StaffingPlan, lang: str) -> list[str]:
    head = (
        ("Badan", "Jumlah", "Anggota", "Honor/bulan", "Bulan", "Honor masa kerja")
        if lang == "id"
        else ("Body", "Bodies", "Members", "Monthly", "Months", "Term")
    )
    rows: list[tuple[str, ...]] = [head]
    for kind in AdhocBodyKind:
        money = (
            (
                plan.honorarium_monthly(kind).format(locale=lang),
                str(plan.term_months(kind)),
                plan.honorarium_term(kind).format(locale=lang),
            )
            if kind in _PAID
            else ("–", "", "")
        )
        rows.append(
            (kind.label(locale=lang), str(plan.bodies(kind)), str(plan.members(kind)), *money)
        )
    rows.append(
        (
            t(lang, "Jumlah", "Total"),
            "",
            str(plan.total()),
            plan.honorarium_monthly().format(locale=lang),
            "",
            plan.honorarium_term().format(locale=lang),
        )
    )
    return table(rows, limits=(20, 8, 10, 24, 6, 26))
