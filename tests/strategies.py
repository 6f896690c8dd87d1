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

import pilkada
from pilkada import (
    DEFAULT_RULES,
    PEMILU_TAHAPAN_20_BULAN,
    PILKADA_2024,
    AdhocBody,
    AdhocBodyKind,
    AfterEvent,
    Applicant,
    AreaLevel,
    Bracket,
    Certainty,
    Dated,
    Deadline,
    DisputeCase,
    DisputeKind,
    Education,
    ElectionKind,
    Event,
    External,
    FundingKind,
    FundingSource,
    GrantAgreement,
    Grantee,
    Grantor,
    Instrument,
    LedgerEntry,
    LedgerKind,
    LegalBasis,
    Member,
    OversightForm,
    OversightLog,
    OversightRecord,
    Payment,
    Period,
    PilkadaError,
    Provisional,
    Recap,
    RecapRow,
    Region,
    RegionCode,
    RegionLevel,
    Reporter,
    Role,
    RowError,
    Rupiah,
    Schedule,
    ScheduleEntry,
    Sex,
    SirekapCount,
    StaffingPlan,
    Stage,
    Step,
    SupervisorLevel,
    TpsResult,
    TpsResults,
    ViolationCase,
    ViolationCategory,
    adhoc_timeline,
    check_candidate_age,
    check_dispute,
    check_eligibility,
    check_independent_support,
    check_nomination,
    deadline_rules,
    decide,
    dispute_threshold,
    independent_support_required,
    party_nomination_threshold,
    plan_staffing,
    read_sirekap,
    recapitulate,
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


# -- a strategy for every public type -------------------------------------------------------------

D = dt.date
texts = st.text(alphabet=string.ascii_letters + " -/.,'éÖ<&\"", max_size=20)
moments = st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2030, 1, 1))
counts = st.integers(min_value=0, max_value=10**7)
positive = st.integers(min_value=1, max_value=10**7)
levels = st.sampled_from(list(RegionLevel))

# -- a strategy for every public type -------------------------------------------------------------


@st.composite
def agreements(draw: st.DrawFn) -> GrantAgreement:
    agreement, _ = draw(ledgers())
    grantor = draw(st.none() | st.builds(Grantor, levels, texts.filter(str.strip)))
    funding = draw(
        st.lists(
            st.builds(
                FundingSource,
                kind=st.sampled_from(list(FundingKind)),
                fiscal_year=st.integers(2000, 2100),
                amount=rupiahs.filter(lambda r: r > Rupiah(0)),
            ),
            max_size=3,
        )
    )
    schedule = draw(st.sampled_from([PILKADA_2024, PILKADA_2024.derived_from(D(2029, 11, 28))]))
    changes = {"grantor": grantor, "funding": funding, "schedule": schedule}
    changes["grantee"] = draw(st.sampled_from(list(Grantee)))
    changes["number"] = draw(st.none() | texts)
    changes["cuti_bersama_off"] = draw(st.booleans())
    if agreement.amount >= Rupiah("0.02"):
        changes["payment"] = draw(st.sampled_from(list(Payment)))
    if draw(st.booleans()):
        changes["pengusulan_on"] = agreement.signed_on + dt.timedelta(draw(st.integers(0, 900)))
    return attrs.evolve(agreement, **changes)


@st.composite
def tps_batches(draw: st.DrawFn) -> TpsResults:
    return TpsResults.from_records(draw(result_sets()))


@st.composite
def recaps(draw: st.DrawFn) -> Recap:
    batch = draw(tps_batches())
    levels = [AreaLevel.DESA, AreaLevel.KECAMATAN, AreaLevel.KABUPATEN_KOTA, AreaLevel.PROVINSI]
    return recapitulate(batch, level=draw(st.sampled_from(levels)))


@st.composite
def outcomes(draw: st.DrawFn, *, tie: bool = False) -> pilkada.Outcome:
    pairs = draw(st.integers(2 if tie else 1, 4))
    votes = draw(st.lists(counts, min_size=pairs, max_size=pairs))
    if tie:
        votes[1] = votes[0] = max(votes)
    kolom = draw(counts) if pairs == 1 else None
    region = draw(st.sampled_from(["31", "33", "3316", "3171"]))
    election = ElectionKind.GUBERNUR if len(region) == 2 else ElectionKind.BUPATI
    if region == "3171":
        region, election = "3171", ElectionKind.WALI_KOTA
    areas = draw(st.lists(st.lists(counts, min_size=pairs, max_size=pairs), min_size=1, max_size=3))
    why = draw(st.none() | provisionals())  # an anomalous or incomplete count, sometimes
    result = pilkada.Tally(
        votes=votes,
        kolom_kosong=kolom,
        region=RegionCode(region),
        areas=areas,
        anomalies=0 if why is None else why.anomalies,
        tps_reported=None if why is None else why.tps_reported,
        tps_expected=None if why is None else why.tps_expected,
    )
    numbers = draw(st.none() | st.permutations(range(1, pairs + 2)).map(lambda n: n[:pairs]))
    return decide(result, election=election, numbers=numbers)


@st.composite
def tallies(draw: st.DrawFn) -> pilkada.Tally:
    pairs = draw(st.integers(1, 4))
    votes = draw(st.lists(counts, min_size=pairs, max_size=pairs))
    areas = draw(st.lists(st.lists(counts, min_size=pairs, max_size=pairs), max_size=3))
    codes = tuple(f"3316{n:02d}" for n in range(1, len(areas) + 1)) if draw(st.booleans()) else ()
    return pilkada.Tally(
        votes=votes,
        kolom_kosong=draw(counts) if pairs == 1 else None,
        region=draw(st.none() | st.just(RegionCode("3316"))),
        areas=areas,
        area_codes=codes,
        anomalies=draw(st.integers(0, 3)),
        **draw(
            st.sampled_from(
                [{}, {"tps_reported": 5, "tps_expected": 5}, {"tps_reported": 4, "tps_expected": 6}]
            )
        ),
    )


@st.composite
def applicants(draw: st.DrawFn) -> pilkada.Applicant:
    base = draw(st.sampled_from([siti(), person("Budi", pilkada.Sex.LAKI_LAKI, 3)]))
    return attrs.evolve(
        base,
        name=draw(texts.filter(str.strip)),
        party_member=draw(st.booleans()),
        terms_served=draw(st.integers(0, 3)),
        citizen=draw(st.booleans()),
        healthy=draw(st.booleans()),
    )


@st.composite
def cases(draw: st.DrawFn) -> ViolationCase:
    known = draw(st.dates(min_value=D(2023, 1, 1), max_value=D(2026, 1, 1)))
    filed = known + dt.timedelta(draw(st.integers(0, 10)))
    case = ViolationCase.laporan(
        reporter=draw(st.sampled_from(list(Reporter))),
        known_on=known,
        filed_on=filed,
        category=draw(st.none() | st.sampled_from(list(ViolationCategory))),
        summary=draw(texts),
    )
    if case.on_time and draw(st.booleans()):
        case = case.register(filed)
        if draw(st.booleans()):
            at = dt.datetime.combine(filed, dt.time(9)) + dt.timedelta(days=1)
            category = case.category or ViolationCategory.ADMINISTRASI
            case = case.decide(at, violation=draw(st.booleans()), category=category)
    return case


records = st.builds(
    OversightRecord,
    form=st.sampled_from(list(OversightForm)),
    level=st.sampled_from(list(SupervisorLevel)),
    on=dates,
    stage=st.none() | st.sampled_from(list(Stage)),
    place=texts,
    finding=texts,
    count=st.integers(1, 1000),
)
disputes = st.builds(
    DisputeCase.apply, st.sampled_from(list(DisputeKind)), st.dates(D(2023, 1, 1), D(2026, 1, 1))
)
region_codes = st.sampled_from(["33", "3316", "331601", "3316012001", "3316012001001", "3171"])
thresholds = st.builds(
    party_nomination_threshold,
    level=levels,
    dpt=positive,
    on=st.sampled_from([D(2024, 9, 1), D(2021, 1, 1)]),
)


def part_of_whole() -> tuple[st.SearchStrategy[int], st.SearchStrategy[int]]:
    """A whole (at least 1) and a part of it, drawn as two strategies sharing one draw."""
    pair = st.shared(positive.flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n))))
    return pair.map(lambda p: p[0]), pair.map(lambda p: p[1])


def grant_status(pair: tuple[GrantAgreement, dt.date]) -> pilkada.GrantStatus:
    agreement, day = pair
    return agreement.status(on=max(day, agreement.signed_on))


_TIMELINES = (
    pilkada.result_timeline("31", "NO_CASE"),
    pilkada.result_timeline("33.16", "DISMISSED", ruling_on="2025-02-04"),
    pilkada.result_timeline("12.08", "PSU", ruling_on="2025-02-24", psu_days=60),
)


STRATEGIES: dict[type, st.SearchStrategy[object]] = {
    AdhocBody: st.builds(
        AdhocBody,
        kind=st.just(AdhocBodyKind.PPS),
        area=st.just("3316012001"),
        members=st.just(
            [
                Member(applicant=person("A", pilkada.Sex.PEREMPUAN, 1), role=Role.KETUA),
                Member(applicant=person("B", pilkada.Sex.LAKI_LAKI, 2), role=Role.ANGGOTA),
            ]
        ),
        voters=st.none() | counts,
    ),
    AfterEvent: st.builds(
        AfterEvent, st.sampled_from([*Event, *Stage]), st.integers(0, 300), st.booleans()
    ),
    pilkada.AgeCheck: st.builds(
        check_candidate_age,
        st.dates(D(1940, 1, 1), D(2010, 1, 1)),
        st.sampled_from(list(ElectionKind)),
    ),
    pilkada.Aligned: st.sampled_from([r for r in DEFAULT_RULES if type(r).__name__ == "Aligned"]),
    pilkada.Anomaly: tps_batches().map(lambda b: b.validate()).filter(bool).map(lambda a: a[0]),
    pilkada.Applicant: applicants(),
    pilkada.BodyWindow: st.sampled_from(adhoc_timeline(PILKADA_2024)),
    Bracket: thresholds.filter(lambda t: t.bracket is not None).map(lambda t: t.bracket),
    pilkada.CaseDeadline: cases().map(lambda c: c.deadlines()).filter(bool).map(lambda d: d[-1]),
    Dated: st.builds(
        Dated,
        value=st.integers(),
        effective=dates,
        basis=legal_bases(),
        certainty=st.sampled_from(list(Certainty)),
        ended=st.none(),
        note=texts,
    ),
    Deadline: st.builds(Deadline, dates),
    pilkada.DeadlineRule: st.sampled_from(deadline_rules()),
    DisputeCase: disputes,
    pilkada.DisputeCheck: st.builds(
        check_dispute, levels, positive, *part_of_whole(), on=st.none()
    ),
    pilkada.DisputeThreshold: st.builds(dispute_threshold, levels, positive),
    External: st.builds(External, texts, texts),
    pilkada.Finding: applicants()
    .map(lambda a: check_eligibility(a, AdhocBodyKind.KPPS, on=D(2024, 10, 1)))
    .filter(bool)
    .map(lambda f: f[0]),
    FundingSource: st.builds(
        FundingSource,
        kind=st.sampled_from(list(FundingKind)),
        fiscal_year=st.integers(2000, 2100),
        amount=rupiahs.filter(lambda r: r > Rupiah(0)),
    ),
    GrantAgreement: agreements(),
    pilkada.GrantStatus: ledgers().map(grant_status),
    Grantor: st.builds(Grantor, levels, texts.filter(str.strip)),
    pilkada.IndependentSupport: st.builds(independent_support_required, levels, positive),
    pilkada.IndependentSupportCheck: st.builds(
        check_independent_support,
        st.dictionaries(st.sampled_from(["01", "02", "03"]), counts, min_size=1),
        level=levels,
        dpt=counts.map(lambda n: n + 1),
        total_areas=st.integers(3, 30),
    ),
    LedgerEntry: ledgers().map(lambda p: p[0].ledger).filter(bool).map(lambda led: led[0]),
    LegalBasis: legal_bases_with_extras(),
    Member: st.builds(Member, applicant=applicants(), role=st.sampled_from(list(Role))),
    pilkada.NoLaterThan: st.sampled_from(
        [r for r in (*DEFAULT_RULES, PEMILU_TAHAPAN_20_BULAN) if type(r).__name__ == "NoLaterThan"]
    ),
    pilkada.NominationCheck: st.builds(
        check_nomination,
        *reversed(part_of_whole()),
        level=levels,
        dpt=positive,
        on=st.just(D(2024, 9, 1)),
    ),
    pilkada.NominationThreshold: thresholds,
    pilkada.Outcome: outcomes(),
    OversightLog: st.builds(
        OversightLog,
        records=st.lists(records, max_size=3),
        cases=st.lists(cases(), max_size=1),
        disputes=st.lists(disputes, max_size=2),
    ),
    OversightRecord: records,
    Period: st.tuples(dates, st.integers(0, 400)).map(
        lambda p: Period(p[0], p[0] + dt.timedelta(p[1]))
    ),
    pilkada.Precedes: st.sampled_from([r for r in DEFAULT_RULES if type(r).__name__ == "Precedes"]),
    pilkada.Provisional: provisionals(),
    Recap: recaps(),
    RecapRow: recaps().filter(len).map(lambda r: r[0]),
    Region: st.sampled_from(list(pilkada.PROVINCES.items())).map(
        lambda p: Region(
            code=RegionCode.parse(p[0] + "01", known=False),
            name="Kab. Contoh",
            parent=Region(code=RegionCode(p[0]), name=p[1], parent=None),
        )
    ),
    RegionCode: region_codes.map(RegionCode),
    RowError: st.builds(
        RowError,
        line=st.integers(1, 10**6),
        column=texts,
        value=texts,
        problem=texts.filter(str.strip),
    ),
    Rupiah: rupiahs,
    Schedule: schedules(),
    ScheduleEntry: schedules().filter(len).map(lambda s: next(iter(s))),
    StaffingPlan: st.tuples(st.integers(1, 500), st.integers(1, 20), st.integers(1, 30)).map(
        lambda n: plan_staffing(kecamatan=n[0], desa=n[0] * n[1], tps=n[0] * n[1] * n[2])
    ),
    pilkada.Tally: tallies(),
    pilkada.TieBreak: outcomes(tie=True)
    .filter(lambda o: o.tie_break is not None)
    .map(lambda o: o.tie_break),
    TpsResult: result_sets().map(lambda rs: rs[0]),
    TpsResults: tps_batches(),
    pilkada.Tranche: agreements().map(lambda a: a.tranches[-1]),
    pilkada.TrancheStatus: ledgers().map(grant_status).map(lambda s: s.tranches[0]),
    pilkada.Violation: st.just(
        Schedule.from_dict(
            {
                "name": "rusak",
                "voting_day": "2024-11-27",
                "stages": {"KAMPANYE": {"start": "2024-09-25", "end": "2024-11-26"}},
            }
        ).validate()[0]
    ),
    ViolationCase: cases(),
    pilkada.PilkadaWindow: st.dates(dt.date(2025, 7, 1), dt.date(2090, 1, 1)).map(
        lambda day: pilkada.next_pilkada_window(day, day)
    ),
    pilkada.ResultTimeline: st.sampled_from(_TIMELINES),
    pilkada.ResultStep: st.sampled_from([step for t in _TIMELINES for step in t.steps]),
    pilkada.WithinStage: st.sampled_from(
        [r for r in DEFAULT_RULES if type(r).__name__ == "WithinStage"]
    ),
    pilkada.SirekapCount: sirekap_counts(),
    **dana_strategies(),
}


# -- hostile values: what a fuzzer feeds every public callable and loader ------------------------

#: Values no public callable may choke on: each gives a PilkadaError or a valid result.
HOSTILE: tuple[object, ...] = (
    None, object(), True, False, 0, 1, -1, 7, 2**63 - 1, 2**63, -(2**63) - 1, 10**5000,
    1.5, float("nan"), float("inf"), Decimal("NaN"), Decimal("1e999999"), Decimal("0.001"),
    Fraction(1, 3), Fraction(-1, 2), "", " ", "x", "\x00", "\u0663", "2024-11-27", "2024-02-30",
    "27/11/2024", "9" * 5000, "PROVINSI", "kabupaten", "HH:mm", b"\xff", bytearray(b"1"), [],
    [1, 2], [None], [[1, 2], [3]], {}, {"a": 1}, {"01": 5}, (1,), set(), frozenset({1}), range(3),
    dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2024, 11, 27),
    dt.datetime(2024, 11, 27, 13, 0), dt.datetime(2024, 11, 27, tzinfo=dt.UTC),
    dt.timedelta(days=1), RegionLevel.PROVINSI, Stage.KAMPANYE, Rupiah(1), Certainty.OFFICIAL,
)  # fmt: skip

#: Hostile values, and drawn ones around them (any int, any text, any date).
hostile = st.one_of(
    st.sampled_from(HOSTILE),
    st.integers(),
    st.text(max_size=12),
    st.dates(),
    st.lists(st.integers(-5, 5), max_size=4),
)

#: A JSON value, as a corrupted document may hold one.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


def leaf_paths(data: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """The path (keys and indexes) of every value in plain data, containers included."""
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += leaf_paths(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += leaf_paths(value, (*path, index))
    return found


def replaced(data: object, path: tuple[object, ...], value: object) -> object:
    """A copy of plain ``data`` with the value at ``path`` replaced."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        return {**data, head: replaced(data[head], rest, value)}
    assert isinstance(data, list)
    assert isinstance(head, int)
    copy = list(data)
    copy[head] = replaced(copy[head], rest, value)
    return copy


def at(data: object, path: tuple[object, ...]) -> object:
    """The value at ``path`` in plain data."""
    for step in path:
        data = data[step]  # type: ignore[index]
    return data


def nudged(value: object) -> list[object]:
    """Values one small step from ``value``: an int by one, a text by one character, ..."""
    if isinstance(value, bool):
        return [not value]
    if isinstance(value, int):
        return [value + 1, value - 1, -value - 1]
    if isinstance(value, str):
        return [value + "1", value[:-1], value.upper(), value.replace("1", "2") or "0"]
    if isinstance(value, list):
        return [value[:-1], [*value, value[-1]] if value else [0]]
    if isinstance(value, dict):
        return [{k: v for k, v in value.items() if k != next(iter(value), None)}]
    return [None]


@st.composite
def balanced_recap_rows(draw: st.DrawFn) -> RecapRow:
    """The recap row of a desa whose every TPS balances: a row with no anomaly."""
    pairs = draw(st.integers(2, 3))
    results = [
        tps(
            f"33.16.01.2001.{n:03d}",
            tuple(draw(st.lists(st.integers(0, 90), min_size=pairs, max_size=pairs))),
        )
        for n in range(1, draw(st.integers(1, 4)) + 1)
    ]
    return recapitulate(results, level=AreaLevel.DESA)[0]
