"""Hypothesis strategies and sample records shared by the test modules.

The one module tests share: no test module imports another.
"""

from __future__ import annotations

import datetime as dt
import string
from array import array
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import attrs
from hypothesis import strategies as st

from pilkada import (
    AfterEvent,
    Applicant,
    Certainty,
    Deadline,
    DisputeCase,
    DisputeKind,
    Education,
    Event,
    External,
    GrantAgreement,
    Grantee,
    Grantor,
    Instrument,
    LedgerKind,
    LegalBasis,
    OversightForm,
    OversightLog,
    OversightRecord,
    Period,
    PilkadaError,
    Provisional,
    RegionLevel,
    Reporter,
    Rupiah,
    Schedule,
    ScheduleEntry,
    Sex,
    SirekapCount,
    Stage,
    Step,
    SupervisorLevel,
    TpsResult,
    ViolationCase,
    read_sirekap,
)
from pilkada.money import LIMIT
from pilkada.results.fields import FIELDS

MAX_SEN = int(LIMIT) * 100 - 1

#: Any amount the type can hold, biased towards the sizes budgets have.
sen_values = st.one_of(
    st.integers(min_value=-MAX_SEN, max_value=MAX_SEN),
    st.integers(min_value=0, max_value=10**16),
    st.integers(min_value=0, max_value=10**4),
)
rupiahs = sen_values.map(Rupiah.from_sen)
non_negative_rupiahs = sen_values.map(abs).map(Rupiah.from_sen)
whole_rupiahs = st.integers(min_value=-(int(LIMIT) - 1), max_value=int(LIMIT) - 1).map(Rupiah)

weight_values = st.one_of(
    st.integers(min_value=0, max_value=10**6),
    st.decimals(min_value=0, max_value=1000, places=3, allow_nan=False, allow_infinity=False),
    st.fractions(min_value=0, max_value=100, max_denominator=1000),
)


@st.composite
def weight_lists(draw: st.DrawFn) -> list[int | Decimal | Fraction]:
    """One to twelve weights, at least one of them positive."""
    weights = draw(st.lists(weight_values, min_size=1, max_size=12))
    if all(w == 0 for w in weights):
        weights[draw(st.integers(0, len(weights) - 1))] = draw(st.integers(1, 100))
    return weights


dates = st.dates(min_value=dt.date(1945, 8, 17), max_value=dt.date(2100, 12, 31))

_instruments = st.builds(
    LegalBasis,
    st.sampled_from(list(Instrument)),
    st.from_regex(r"[1-9][0-9]{0,3}(/[A-Z]{2,3}-[IVX]{1,5})?", fullmatch=True),
    st.integers(1945, 2100),
)


@st.composite
def legal_bases(draw: st.DrawFn) -> LegalBasis:
    """A legal basis of any instrument, with or without article, annex and amendments."""
    base = draw(_instruments)
    pasal = draw(st.none() | st.from_regex(r"[1-9][0-9]{0,2}[A-Z]?", fullmatch=True))
    ayat = huruf = None
    if pasal is not None:
        ayat = draw(st.none() | st.from_regex(r"[1-9][0-9]?", fullmatch=True))
        huruf = draw(st.none() | st.sampled_from(["a", "b", "k", "aa"]))
    return attrs.evolve(
        base,
        pasal=pasal,
        ayat=ayat,
        huruf=huruf,
        lampiran=draw(st.booleans()),
        amended_by=tuple(draw(st.lists(_instruments, max_size=3))),
    )


def _with_extras(draw: st.DrawFn, basis: LegalBasis) -> LegalBasis:
    return attrs.evolve(
        basis,
        title=draw(st.sampled_from(["", "Pemilihan Gubernur, Bupati, dan Wali Kota"])),
        url=draw(st.sampled_from([None, "https://jdih.kpu.go.id/"])),
        effective=draw(st.none() | dates),
    )


@st.composite
def legal_bases_with_extras(draw: st.DrawFn) -> LegalBasis:
    """A legal basis that may carry a title, URL and effective date, and so may its amendments
    (which a citation cannot say: they are written with all their fields)."""
    basis = draw(legal_bases())
    amended = tuple(_with_extras(draw, a) if draw(st.booleans()) else a for a in basis.amended_by)
    return _with_extras(draw, attrs.evolve(basis, amended_by=amended))


# -- sample records shared by test modules (no test module imports another) -------------------

#: Blora, a woman born 1 July 2007 (day 01 + 40).
NIK_SITI = "3316014107070001"


def siti(**changes: object) -> Applicant:
    """An applicant eligible for every ad hoc body in Blora in 2024, with ``changes``."""
    fields: dict[str, object] = {
        "nik": NIK_SITI,
        "name": "Siti",
        "birth_date": dt.date(2007, 7, 1),
        "sex": Sex.PEREMPUAN,
        "education": Education.SMA,
        "domicile": "33.16.01.2001",
    } | changes
    return Applicant(**fields)  # type: ignore[arg-type]


def person(name: str, sex: Sex, day: int) -> Applicant:
    """An adult applicant from Blora born on ``day`` July 1990."""
    encoded = day + 40 if sex is Sex.PEREMPUAN else day
    return Applicant(
        nik=f"331601{encoded:02d}0790{day:04d}",
        name=name,
        birth_date=dt.date(1990, 7, day),
        sex=sex,
        education=Education.D4_S1,
        domicile="3316012001",
    )


def batang_log() -> OversightLog:
    """The Bawaslu Batang oversight figures of seed 001, as a list of records."""
    day = dt.date(2024, 2, 1)
    records = [
        OversightRecord(form=OversightForm.FORM_PENCEGAHAN, level=SupervisorLevel.PKD, on=day)
        for _ in range(7_000)
    ]
    records += [
        OversightRecord(
            form=OversightForm.SURAT_IMBAUAN, level=SupervisorLevel.BAWASLU_KABUPATEN_KOTA, on=day
        )
        for _ in range(943)
    ]
    records += [
        OversightRecord(form=OversightForm.FORM_A, level=SupervisorLevel.PENGAWAS_TPS, on=day)
        for _ in range(15_014)
    ]
    records += [
        OversightRecord(
            form=OversightForm.BERITA_ACARA,
            level=SupervisorLevel.PANWASLU_KECAMATAN,
            on=dt.date(2024, 2, 11),
            count=count,
        )
        for count in (10_000, 12_000, 860)
    ]
    cases = [ViolationCase.temuan(found_on=day) for _ in range(16)]
    cases += [
        ViolationCase.laporan(reporter=Reporter.PEMILIH, known_on=day, filed_on=day).register(day)
    ]
    cases += [
        ViolationCase.laporan(
            reporter=Reporter.PEMILIH, known_on=day, filed_on=dt.date(2024, 2, 12)
        ).register(dt.date(2024, 2, 12))
        for _ in range(2)
    ]
    disputes = [DisputeCase.apply(DisputeKind.PSAP, day) for _ in range(3)]
    return OversightLog(records=records, cases=cases, disputes=disputes)


# -- schedules -------------------------------------------------------------------------------

#: Days a schedule may hold, with room for 90-day periods.
days = st.dates(min_value=dt.date(1945, 1, 1), max_value=dt.date(2100, 9, 1))
texts = st.text(alphabet=string.ascii_letters + " -/", max_size=20)


@st.composite
def whens(draw: st.DrawFn) -> Period | Deadline | AfterEvent | External:
    """Any kind of *when* a schedule entry may have."""
    kind = draw(st.sampled_from(["period", "deadline", "after", "external"]))
    if kind == "period":
        start = draw(days)
        return Period(start, start + dt.timedelta(days=draw(st.integers(0, 90))))
    if kind == "deadline":
        return Deadline(draw(days))
    if kind == "after":
        anchor = draw(st.sampled_from([*Event, *Stage]))
        return AfterEvent(anchor, draw(st.integers(0, 30)), draw(st.booleans()))
    return External(draw(texts), draw(texts))


@st.composite
def schedules(draw: st.DrawFn) -> Schedule:
    """A schedule of up to 12 entries of any kind, with or without bases."""
    keys = draw(st.lists(st.sampled_from([*Stage, *Step]), unique=True, max_size=12))
    entries = [
        ScheduleEntry(
            key=key,
            when=draw(whens()),
            certainty=draw(st.sampled_from(list(Certainty))),
            basis=draw(st.none() | legal_bases_with_extras()),
            source=draw(texts),
            note=draw(texts),
        )
        for key in keys
    ]
    return Schedule(
        name=draw(texts.filter(str.strip)),
        voting_day=draw(days),
        entries=entries,
        basis=draw(st.none() | legal_bases_with_extras()),
    )


# -- grants and results ----------------------------------------------------------------------


def blora(**changes: object) -> GrantAgreement:
    """The Blora 2024 grant agreement (seed 000), with ``changes``."""
    fields: dict[str, object] = {
        "grantor": Grantor(RegionLevel.KABUPATEN, "Blora"),
        "grantee": Grantee.KPU,
        "amount": Rupiah(34_905_207_000),
        "signed_on": dt.date(2023, 11, 10),
    } | changes
    return GrantAgreement(**fields)  # type: ignore[arg-type]


@st.composite
def ledgers(draw: st.DrawFn) -> tuple[GrantAgreement, dt.date]:
    """A Blora agreement after up to eight ledger lines, some refused, and a day to look."""
    total = draw(st.integers(min_value=2, max_value=10**12))
    agreement = blora(amount=Rupiah.from_sen(total))
    day = agreement.signed_on
    for _ in range(draw(st.integers(0, 8))):
        day += dt.timedelta(days=draw(st.integers(0, 60)))
        kind = draw(st.sampled_from(list(LedgerKind)))
        sen = draw(st.integers(min_value=-5, max_value=total))
        before = agreement.ledger
        try:
            if kind is LedgerKind.TRANSFER:
                agreement = agreement.with_transfer(day, Rupiah.from_sen(sen))
            elif kind is LedgerKind.SPENDING:
                agreement = agreement.with_spending(day, Rupiah.from_sen(sen))
            else:
                agreement = agreement.with_refund(day, Rupiah.from_sen(sen))
        except PilkadaError:
            assert agreement.ledger == before
    return agreement, draw(st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date(2026, 1, 1)))


# -- results -----------------------------------------------------------------------------------


def tps(code: str, votes: tuple[int, ...], *, kk: int = 0, invalid: int = 2, dpt: int = 300,
        pairs: int | None = None, **over: int) -> TpsResult:  # fmt: skip
    """A balanced C.Hasil for ``votes``, with any field changed by ``over``."""
    valid = sum(votes) + kk
    voters = valid + invalid
    fields = {
        "dpt": dpt, "dptb": 2, "voters_dpt": voters - 1, "voters_dptb": 1, "voters_dpk": 0,
        "ballots_used": voters, "valid": valid, "invalid": invalid,
    }  # fmt: skip
    fields.update(over)
    return TpsResult(tps=code, pairs=len(votes) if pairs is None else pairs, votes=votes,
                     kolom_kosong=kk, **fields)  # fmt: skip


#: A small kabupaten (33.16): two kecamatan, three desa, five TPS, three pairs.
KAB = [
    tps("33.16.01.2001.001", (100, 80, 20)),
    tps("33.16.01.2001.002", (90, 95, 15)),
    tps("33.16.01.2002.001", (50, 40, 10)),
    tps("33.16.02.2001.001", (60, 70, 30)),
    tps("33.16.02.2001.002", (10, 20, 5)),
]


@st.composite
def result_sets(draw: st.DrawFn) -> list[TpsResult]:
    """Up to 40 TPS in two provinces, a few kab/kota, kecamatan and desa; any numbers."""
    codes = draw(st.lists(
        st.tuples(st.sampled_from(["33", "34"]), st.sampled_from(["01", "71"]),
                  st.sampled_from(["01", "02"]), st.sampled_from(["2001", "1002"]),
                  st.integers(1, 4)),
        min_size=1, max_size=40, unique=True,
    ))  # fmt: skip
    count = st.integers(-3, 500)
    out = []
    for prov, kab, kec, desa, n in codes:
        votes = tuple(draw(st.lists(count, min_size=3, max_size=3)))
        numbers = draw(st.lists(count, min_size=8, max_size=8))
        out.append(TpsResult(
            tps=f"{prov}{kab}{kec}{desa}{n:03d}", pairs=draw(st.integers(1, 3)), votes=votes,
            dpt=numbers[0], dptb=numbers[1], voters_dpt=numbers[2], voters_dptb=numbers[3],
            voters_dpk=numbers[4], ballots_used=numbers[5], valid=numbers[6],
            invalid=numbers[7], kolom_kosong=draw(count),
        ))  # fmt: skip
    return out


#: Any number a form's int64 column can hold, biased to the edges of the packed fast path:
#: negative numbers, 2**40 (the first value not packed) and the int64 limits.
form_numbers = st.one_of(
    st.integers(0, 600),
    st.integers(-3, -1),
    st.sampled_from([2**40 - 1, 2**40, 2**40 + 1, 2**62, 2**63 - 1, -(2**63)]),
    st.integers(-(2**63), 2**63 - 1),
)


@st.composite
def tps_columns(draw: st.DrawFn) -> tuple[list[array[int]], list[array[int]], list[int]]:
    """The columns of a batch (fields in ``FIELDS`` order, then votes) and group bounds.

    Most columns hold small counts, some any int64, so that the packed and the exact paths
    are both taken, side by side.
    """
    n = draw(st.integers(1, 30))
    slots = draw(st.integers(1, 4))
    wild = draw(st.booleans())
    numbers = form_numbers if wild else st.integers(0, 600)

    def column(values: st.SearchStrategy[int]) -> array[int]:
        return array("q", draw(st.lists(values, min_size=n, max_size=n)))

    pairs = array("q", sorted(draw(st.lists(st.integers(1, slots), min_size=n, max_size=n))))
    fields = [pairs, *(column(numbers) for _ in range(len(FIELDS) - 1))]
    votes = [column(numbers) for _ in range(slots)]
    cuts = draw(st.sets(st.integers(1, n - 1), max_size=n - 1)) if n > 1 else set()
    return fields, votes, [0, *sorted(cuts), n]


# -- campaign finance (dana kampanye) ----------------------------------------------------------

_dana_days = st.dates(min_value=dt.date(2024, 8, 1), max_value=dt.date(2024, 12, 31))
_dana_amounts = st.integers(min_value=1, max_value=10**12).map(Rupiah.from_sen)
_dana_text = st.text(alphabet=string.ascii_letters + " .-", max_size=12)


@st.composite
def dana_accounts(draw: st.DrawFn) -> object:
    """A campaign account of the 2024 Pilkada: a few donors, spending, transfers and reports."""
    from pilkada.dana import (  # noqa: PLC0415 (the strategy alone needs the package)
        BentukSumbangan,
        DanaKampanye,
        JenisLaporan,
        JenisPenyumbang,
        LaporanDana,
        Pengeluaran,
        Penyumbang,
        SetoranKasNegara,
        Sumbangan,
    )

    donors = [
        Penyumbang(
            jenis=draw(st.sampled_from(list(JenisPenyumbang))),
            nama=f"Penyumbang {n}",
            identitas=draw(st.sampled_from(["", f"ID-{n}"])),
        )
        for n in range(draw(st.integers(1, 4)))
    ]
    receipts = draw(st.lists(st.builds(
        Sumbangan, penyumbang=st.sampled_from(donors), on=_dana_days, jumlah=_dana_amounts,
        bentuk=st.sampled_from(list(BentukSumbangan)), bukti=_dana_text, uraian=_dana_text,
    ), max_size=12))  # fmt: skip
    spending = draw(st.lists(st.builds(
        Pengeluaran, on=_dana_days, jumlah=_dana_amounts,
        bentuk=st.sampled_from(list(BentukSumbangan)), uraian=_dana_text,
    ), max_size=8))  # fmt: skip
    transfers = draw(st.lists(st.builds(SetoranKasNegara, on=_dana_days, jumlah=_dana_amounts),
                              max_size=3))  # fmt: skip
    reports = draw(st.lists(st.builds(
        LaporanDana, jenis=st.sampled_from(list(JenisLaporan)), on=_dana_days,
        sumbangan=st.none() | st.lists(_dana_text.filter(lambda t: t.strip() and ";" not in t)
                                       .map(str.strip), max_size=3).map(tuple),
    ), max_size=4))  # fmt: skip
    return DanaKampanye(
        pasangan="Paslon " + draw(st.sampled_from(["1", "2", "3"])),
        rkdk_dibuka=draw(st.none() | _dana_days),
        batas_pengeluaran=draw(st.none() | _dana_amounts),
        sumbangan=receipts,
        pengeluaran=spending,
        setoran=transfers,
        laporan=reports,
    )


def dana_findings() -> list[object]:
    """One finding of every kind, from an account that breaks every campaign finance rule."""
    from pilkada.dana import DanaKampanye, Penyumbang  # noqa: PLC0415

    budi = Penyumbang(jenis="perseorangan", nama="Budi", identitas="3316010101800001")
    dana = (
        DanaKampanye(pasangan="Paslon 1", rkdk_dibuka="2024-09-20", batas_pengeluaran=Rupiah(1_000))
        .with_sumbangan(budi, "2024-10-01", Rupiah(80_000_000), bukti="S-1")
        .with_sumbangan(Penyumbang(jenis="asing", nama="X"), "2024-10-02", Rupiah(5))
        .with_pengeluaran("2024-09-19", Rupiah(2_000))
        .with_laporan("LPSDK", "2024-10-24", [])
        .with_laporan("LPPDK", "2024-11-25")
    )
    return list(dana.findings())


def dana_strategies() -> dict[type, st.SearchStrategy[object]]:
    """A strategy for every public class of :mod:`pilkada.dana` (for the serialisation tests)."""
    from pilkada import dana  # noqa: PLC0415

    accounts = dana_accounts()
    found = dana_findings()
    strategies: dict[type, st.SearchStrategy[object]] = {
        dana.DanaKampanye: accounts,
        dana.Sumbangan: accounts.filter(lambda d: d.sumbangan).map(lambda d: d.sumbangan[0]),
        dana.Penyumbang: accounts.filter(lambda d: d.sumbangan)
        .map(lambda d: d.sumbangan[-1].penyumbang),
        dana.Pengeluaran: accounts.filter(lambda d: d.pengeluaran)
        .map(lambda d: d.pengeluaran[0]),
        dana.SetoranKasNegara: accounts.filter(lambda d: d.setoran).map(lambda d: d.setoran[0]),
        dana.LaporanDana: accounts.filter(lambda d: d.laporan).map(lambda d: d.laporan[0]),
        dana.StatusDana: st.tuples(accounts, _dana_days).map(lambda p: p[0].status(on=p[1])),
        dana.TemuanDana: st.builds(
            dana.TemuanDana, message_id=texts.filter(str.strip),
            message_en=texts.filter(str.strip), basis=legal_bases(), on=st.none() | _dana_days,
        ),
    }  # fmt: skip
    for kind in {type(f) for f in found}:
        strategies[kind] = st.sampled_from([f for f in found if type(f) is kind])
    return strategies


# -- what a count can say: provisional outcomes, Sirekap ---------------------------------------

#: KPU's public Sirekap files of Jawa Tengah and Blora (provenance: the README there).
SIREKAP_SAMPLE = Path(__file__).parent / "data" / "sirekap"


@st.composite
def provisionals(draw: st.DrawFn) -> Provisional:
    """Why an outcome is provisional: anomalies, TPS missing, or both."""
    expected = draw(st.none() | st.integers(1, 10**6))
    reported = None if expected is None else draw(st.integers(0, expected))
    complete = expected is None or reported == expected
    anomalies = draw(st.integers(1 if complete else 0, 10**4))
    return Provisional(anomalies=anomalies, tps_reported=reported, tps_expected=expected)


def sirekap_counts() -> st.SearchStrategy[SirekapCount]:
    """The Sirekap sample files that read as a count (not the province's many contests)."""
    files = ("pkwkp/33/33.json", "pkwkp/33/3316.json", "pkwkk/33/3316.json")
    return st.sampled_from(files).map(lambda name: read_sirekap(SIREKAP_SAMPLE / name))
