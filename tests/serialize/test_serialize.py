"""Serialisation: every public type to plain data and JSON and back, exactly; errors with paths."""

from __future__ import annotations

import datetime as dt
import enum
import json
import string
from fractions import Fraction

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pilkada
from pilkada import (
    DEFAULT_RULES,
    PEMILU_TAHAPAN_20_BULAN,
    PILKADA_2024,
    AdhocBody,
    AdhocBodyKind,
    AfterEvent,
    AreaLevel,
    Bracket,
    Certainty,
    Dated,
    Deadline,
    DisputeCase,
    DisputeKind,
    ElectionKind,
    Event,
    External,
    FundingKind,
    FundingSource,
    GrantAgreement,
    Grantee,
    Grantor,
    LedgerEntry,
    LegalBasis,
    Member,
    OversightForm,
    OversightLog,
    OversightRecord,
    Payment,
    Period,
    PilkadaError,
    PilkadaParseError,
    PilkadaTypeError,
    PilkadaValueError,
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
    StaffingPlan,
    Stage,
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
    from_dict,
    from_json,
    independent_support_required,
    json_schema,
    party_nomination_threshold,
    plan_staffing,
    recapitulate,
    to_dict,
    to_json,
)
from tests.strategies import (
    dates,
    ledgers,
    legal_bases,
    legal_bases_with_extras,
    person,
    result_sets,
    rupiahs,
    schedules,
    siti,
)

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
    result = pilkada.Tally(votes=votes, kolom_kosong=kolom, region=RegionCode(region), areas=areas)
    return decide(result, election=election)


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


def _part_of_whole() -> tuple[st.SearchStrategy[int], st.SearchStrategy[int]]:
    """A whole (at least 1) and a part of it, drawn as two strategies sharing one draw."""
    pair = st.shared(positive.flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n))))
    return pair.map(lambda p: p[0]), pair.map(lambda p: p[1])


def _grant_status(pair: tuple[GrantAgreement, dt.date]) -> pilkada.GrantStatus:
    agreement, day = pair
    return agreement.status(on=max(day, agreement.signed_on))


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
        check_dispute, levels, positive, *_part_of_whole(), on=st.none()
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
    pilkada.GrantStatus: ledgers().map(_grant_status),
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
        *reversed(_part_of_whole()),
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
    Recap: recaps(),
    RecapRow: recaps().filter(len).map(lambda r: r[0]),
    Region: st.sampled_from(list(pilkada.PROVINCES.items())).map(
        lambda p: Region(
            code=RegionCode(p[0] + "01"),
            name="Kab. Contoh",
            parent=Region(code=RegionCode(p[0]), name=p[1], parent=None),
        )
    ),
    RegionCode: region_codes.map(RegionCode),
    RowError: st.builds(
        RowError, line=st.integers(1, 10**6), column=texts, value=texts, problem=texts
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
    pilkada.TrancheStatus: ledgers().map(_grant_status).map(lambda s: s.tranches[0]),
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
    pilkada.WithinStage: st.sampled_from(
        [r for r in DEFAULT_RULES if type(r).__name__ == "WithinStage"]
    ),
}


def public_classes() -> list[type]:
    """Every class of the public API with data to save: no enums, errors or protocols."""
    found = []
    for name in pilkada.__all__:
        value = getattr(pilkada, name)
        if (
            isinstance(value, type)
            and not issubclass(value, (enum.Enum, BaseException))
            and name != "Rule"  # a Protocol: its classes are listed one by one
        ):
            found.append(value)
    return found


def test_every_public_class_has_a_strategy():
    assert sorted(c.__name__ for c in public_classes()) == sorted(c.__name__ for c in STRATEGIES)


def _same(a: object, b: object) -> bool:
    if isinstance(a, (TpsResults, Recap)):
        same_level = not isinstance(a, Recap) or a.level is b.level  # type: ignore[union-attr]
        return type(a) is type(b) and list(a) == list(b) and same_level  # type: ignore[call-overload]
    return a == b


@pytest.mark.parametrize("cls", list(STRATEGIES), ids=lambda c: c.__name__)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.filter_too_much,
                                                                 HealthCheck.too_slow])  # fmt: skip
@given(data=st.data())
def test_round_trip_is_exact(cls, data):
    obj = data.draw(STRATEGIES[cls])
    assert isinstance(obj, cls)
    plain = to_dict(obj)
    text = to_json(obj)
    assert json.loads(text) == plain  # the data is JSON as it is: no objects left inside
    target = Dated[int] if cls is Dated else cls
    assert _same(from_dict(target, plain), obj)
    assert _same(from_json(target, text), obj)
    assert to_dict(from_dict(target, plain)) == plain


@pytest.mark.parametrize("cls", list(STRATEGIES), ids=lambda c: c.__name__)
@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.filter_too_much,
                                                                 HealthCheck.too_slow])  # fmt: skip
@given(data=st.data())
def test_data_validates_against_the_schema(cls, data):
    schema = json_schema(Dated[int] if cls is Dated else cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(to_dict(data.draw(STRATEGIES[cls])), schema,
                        cls=jsonschema.Draft202012Validator)  # fmt: skip


# -- the shape of the data -----------------------------------------------------------------------


def test_the_conventions():
    agreement = GrantAgreement(
        grantor=Grantor(RegionLevel.KABUPATEN, "Blora"),
        amount=Rupiah(34_905_207_000),
        signed_on=D(2023, 11, 10),
    )
    data = to_dict(agreement)
    assert data == {
        "grantor": {"level": "KABUPATEN", "name": "Blora"},
        "grantee": "KPU",
        "amount": "34905207000.00",
        "signed_on": "2023-11-10",
        "schedule": "PILKADA_2024",
        "number": None,
        "funding": [],
        "payment": "TRANCHES",
        "ledger": [],
        "pengusulan_on": None,
        "cuti_bersama_off": False,
    }
    tranche = to_dict(agreement.tranches[0])
    assert tranche == {
        "number": 1,
        "share": "2/5",
        "total": "34905207000.00",
        "amount": "13962082800.00",
        "due": "2023-11-30",
        "basis": tranche["basis"],
        "single": False,
    }
    # Permendagri 41/2020 has an effective date of its own: a citation could not carry it.
    assert tranche["basis"]["amended_by"] == [
        {"citation": "Permendagri 41/2020", "effective": "2020-06-15"}
    ]
    assert tranche["basis"]["instrument"] == "PERMENDAGRI"
    assert to_dict(PILKADA_2024.basis) == str(PILKADA_2024.basis)
    assert to_dict(RegionCode("3316")) == "3316"
    assert to_dict(Rupiah("0.5")) == "0.50"


def test_a_schedule_has_the_shape_of_a_schedule_file():
    data = to_dict(PILKADA_2024)
    assert data["voting_day"] == "2024-11-27"
    assert data["stages"]["KAMPANYE"]["start"] == "2024-09-25"
    assert from_dict(Schedule, data) == PILKADA_2024
    assert from_dict(Schedule, "PILKADA_2024") is PILKADA_2024


def test_a_custom_schedule_inside_an_agreement_is_written_whole():
    schedule = PILKADA_2024.derived_from(D(2029, 11, 28))
    agreement = GrantAgreement(amount=Rupiah(100), signed_on=D(2028, 1, 2), schedule=schedule)
    data = to_dict(agreement)
    assert data["schedule"]["voting_day"] == "2029-11-28"
    assert from_dict(GrantAgreement, data) == agreement


def test_moments_keep_their_time():
    case = ViolationCase.laporan(
        reporter=Reporter.PEMILIH, known_on=D(2024, 11, 20), filed_on=D(2024, 11, 21)
    ).register(D(2024, 11, 21))
    decided = case.decide(dt.datetime(2024, 11, 23, 14, 30), violation=True,
                          category=ViolationCategory.ADMINISTRASI)  # fmt: skip
    data = to_dict(decided)
    assert ["DIPUTUS", "2024-11-23T14:30:00"] in data["milestones"]
    assert ["DILAPORKAN", "2024-11-21"] in data["milestones"]
    assert from_dict(ViolationCase, data) == decided


def test_a_recap_and_a_tps_batch():
    batch = TpsResults.from_records(
        TpsResult(tps=code, pairs=2, dpt=300, dptb=0, voters_dpt=200, voters_dptb=0,
                  voters_dpk=0, ballots_used=200, votes=(120, 78), kolom_kosong=0, valid=198,
                  invalid=2)
        for code in ("3316012001001", "3316012001002", "3316022001001")
    )  # fmt: skip
    data = to_dict(batch)
    assert [row["tps"] for row in data] == ["3316012001001", "3316012001002", "3316022001001"]
    recap = recapitulate(batch, level=AreaLevel.KECAMATAN)
    back = from_dict(Recap, to_dict(recap))
    assert back.level is AreaLevel.KECAMATAN
    assert list(back) == list(recap)
    assert back.total == recap.total
    assert list(recapitulate(back, level=AreaLevel.KABUPATEN_KOTA)) == list(
        recapitulate(batch, level=AreaLevel.KABUPATEN_KOTA)
    )


# -- bad data: the path to the value, the rule it breaks ----------------------------------------


@pytest.fixture
def blora_data():
    agreement = GrantAgreement(
        grantor=Grantor(RegionLevel.KABUPATEN, "Blora"),
        amount=Rupiah(34_905_207_000),
        signed_on=D(2023, 11, 10),
    ).with_transfer(D(2023, 11, 29), Rupiah(13_962_082_800))
    return to_dict(agreement.with_transfer(D(2024, 6, 1), Rupiah(100)))


@pytest.mark.parametrize(
    ("change", "error", "path", "words"),
    [
        (lambda d: d["ledger"][1].update(amount=13.5), PilkadaTypeError, "$.ledger[1].amount",
         "float"),
        (lambda d: d["ledger"][1].update(amount="-5"), PilkadaValueError, "$.ledger[1].amount",
         "not a positive amount"),
        (lambda d: d["ledger"][1].update(amount="1.005"), PilkadaValueError,
         "$.ledger[1].amount", "decimal string"),
        (lambda d: d["ledger"][0].update(on="2023-11-01"), PilkadaValueError, "$.ledger[0].on",
         "before the NPHD was signed"),
        (lambda d: d["ledger"][1].update(kind="TRANSFERS"), PilkadaValueError,
         "$.ledger[1].kind", "did you mean 'TRANSFER'"),
        (lambda d: d["ledger"][1].pop("on"), PilkadaValueError, "$.ledger[1].on", "missing"),
        (lambda d: d.update(grantee="kpu"), PilkadaValueError, "$.grantee", "Grantee"),
        (lambda d: d.update(signed_on="10-11-2023"), PilkadaValueError, "$.signed_on", "ISO"),
        (lambda d: d.update(signed_on="2023-02-30"), PilkadaValueError, "$.signed_on", "ISO"),
        (lambda d: d.update(amont="1"), PilkadaValueError, "$.amont", "unknown key"),
        (lambda d: d["grantor"].update(name=" "), PilkadaValueError, "$.grantor.name",
         "no name"),
        (lambda d: d["grantor"].update(level=2), PilkadaValueError, "$.grantor.level",
         "RegionLevel"),
        (lambda d: d.update(cuti_bersama_off="yes"), PilkadaValueError, "$.cuti_bersama_off",
         "true or false"),
        (lambda d: d.update(funding=[{"kind": "APBD", "fiscal_year": "2024", "amount": "1"}]),
         PilkadaValueError, "$.funding[0].fiscal_year", "whole number"),
        (lambda d: d.update(schedule="PILKADA_2029"), PilkadaValueError, "$.schedule",
         "PILKADA_2024"),
        (lambda d: d.update(schedule={"name": "x", "voting_day": "2024-11-27",
                                      "stages": {"KAMPANYE": {"start": "2024-09-25",
                                                              "end": "2024-09-01"}}}),
         PilkadaValueError, "$.schedule.stages.KAMPANYE.end", "before it starts"),
    ],
)  # fmt: skip
def test_bad_data_names_its_path(blora_data, change, error, path, words):
    change(blora_data)
    with pytest.raises(error) as caught:
        from_dict(GrantAgreement, blora_data)
    assert caught.value.field == path
    assert words in str(caught.value)
    assert str(caught.value).startswith(f"{path}: ")


def test_several_problems_are_counted(blora_data):
    blora_data["grantee"] = "?"
    blora_data["ledger"][0]["amount"] = 1.5
    blora_data["ledger"][1]["on"] = "?"
    with pytest.raises(PilkadaError) as caught:
        from_dict(GrantAgreement, blora_data)
    assert caught.value.field == "$.grantee"
    assert "and 2 more problem(s): $.ledger[0].amount, $.ledger[1].on" in str(caught.value)


def test_a_bad_top_level_value():
    with pytest.raises(PilkadaValueError) as caught:
        from_dict(GrantAgreement, [1, 2])
    assert caught.value.field == "$"
    with pytest.raises(PilkadaValueError, match=r"^\$: got str 'x5'"):
        from_dict(Rupiah, "x5")


def test_bad_json_is_a_parse_error():
    with pytest.raises(PilkadaParseError, match="not a JSON document"):
        from_json(Rupiah, "{")


def test_to_dict_refuses_foreign_objects():
    with pytest.raises(PilkadaTypeError, match="a type pilkada defines"):
        to_dict(object())


def test_a_fraction_and_a_datetime_must_be_strings():
    with pytest.raises(PilkadaTypeError, match=r"\$\.share"):
        from_dict(Bracket, {"above": 0, "up_to": None, "share": 0.1})
    assert from_dict(Bracket, {"above": 0, "up_to": None, "share": "1/10"}).share == Fraction(1, 10)


def test_import_pilkada_does_not_load_cattrs_until_asked():
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    code = (
        "import sys, pilkada; assert 'cattrs' not in sys.modules; "
        "pilkada.to_dict(pilkada.Rupiah(1)); assert 'cattrs' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_schema_describes_the_shapes():
    schema = json_schema(GrantAgreement)
    agreement = schema["$defs"]["GrantAgreement"]
    assert agreement["required"] == ["amount", "signed_on"]
    assert agreement["additionalProperties"] is False
    assert schema["$defs"]["Grantee"]["enum"] == ["KPU", "BAWASLU", "POLRI", "TNI"]
    assert "Naskah Perjanjian Hibah Daerah" in agreement["description"]
    validator = jsonschema.Draft202012Validator(schema)
    assert not validator.is_valid({"amount": 1.5, "signed_on": "2023-11-10"})
    assert not validator.is_valid({"amount": "1", "signed_on": "2023-11-10", "x": 1})
    assert validator.is_valid({"amount": "1", "signed_on": "2023-11-10"})
    with pytest.raises(PilkadaTypeError, match="no JSON shape"):
        json_schema(dict)


def test_an_empty_batch():
    empty = TpsResults.from_records([])
    assert len(empty) == 0
    assert to_dict(empty) == []
    assert list(from_dict(TpsResults, [])) == []
    assert list(recapitulate(empty, level=AreaLevel.KECAMATAN)) == []


# -- what the review found: every bad value is a PilkadaError at its path ----------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


@pytest.mark.parametrize(
    "cls",
    [GrantAgreement, Schedule, ViolationCase, pilkada.Outcome, TpsResults, Recap, OversightLog,
     pilkada.Tally, LegalBasis, pilkada.StaffingPlan],
    ids=lambda c: c.__name__,
)  # fmt: skip
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_garbage_is_refused_with_a_pilkada_error(cls, data):
    plain = to_dict(data.draw(STRATEGIES[cls]))
    garbage = data.draw(json_values)
    if isinstance(plain, dict) and plain and data.draw(st.booleans()):
        plain[data.draw(st.sampled_from(sorted(plain)))] = garbage
    elif isinstance(plain, list) and plain and isinstance(plain[0], dict):
        plain[0][data.draw(st.sampled_from(sorted(plain[0])))] = garbage
    else:
        plain = garbage
    error = None
    try:
        from_dict(cls, plain)
    except PilkadaError as refused:  # anything else fails the test
        error = refused
    if error is not None:
        assert error.field.startswith("$")
        assert "Error:" not in str(error)  # no Python exception leaking into the message


@pytest.mark.parametrize(
    ("cls", "data", "path", "words"),
    [
        (pilkada.Tally, {"votes": [1], "area_codes": "3316"}, "$.area_codes", "a list"),
        (OversightLog, {"records": {}}, "$.records", "a list"),
        (TpsResults, {}, "$", "a list"),
        (TpsResults, None, "$", "a list"),
        (Rupiah, "\u0663", "$", "decimal string"),  # an Arabic-Indic three
        (RegionCode, "\u0663\u0663", "$", "not a region code"),
        (ScheduleEntry, {"key": []}, "$.key", "a stage or step name"),
    ],
)
def test_near_misses_are_refused_at_their_path(cls, data, path, words):
    with pytest.raises(PilkadaError) as caught:
        from_dict(cls, data)
    assert caught.value.field == path
    assert words in str(caught.value)


def test_a_moment_with_an_offset_round_trips():
    wib = dt.timezone(dt.timedelta(hours=7))
    case = ViolationCase.laporan(
        reporter=Reporter.PEMILIH, known_on=D(2024, 11, 20), filed_on=D(2024, 11, 21)
    ).register(D(2024, 11, 21))
    decided = case.decide(dt.datetime(2024, 11, 23, 14, 30, tzinfo=wib), violation=False)
    assert ["DIPUTUS", "2024-11-23T14:30:00+07:00"] in to_dict(decided)["milestones"]
    assert from_json(ViolationCase, to_json(decided)) == decided


def test_a_generic_class_needs_its_parameter():
    with pytest.raises(PilkadaTypeError, match=r"Dated\[int\]"):
        from_dict(Dated, {})


def test_deep_json_is_a_parse_error():
    with pytest.raises(PilkadaParseError, match="nested too deep"):
        from_json(Rupiah, "[" * 100_000)


def test_to_dict_takes_one_pilkada_object():
    with pytest.raises(PilkadaTypeError):
        to_dict([Rupiah(1)])


def test_an_outcome_must_be_one_decide_could_give():
    plain = to_dict(decide(pilkada.Tally(votes=[120, 80]), election=ElectionKind.BUPATI))
    assert plain["elected"] == 1
    for change, field in (
        ({"elected": 7}, "elected"),
        ({"elected": 2}, "elected"),
        ({"verdict": "TIE"}, "verdict"),
        ({"tied": [1, 1]}, "tied"),
    ):
        with pytest.raises(PilkadaValueError) as caught:
            from_dict(pilkada.Outcome, {**plain, **change})
        assert caught.value.field == f"$.{field}"  # fmt: skip


def test_a_schedule_writes_certainty_by_name_and_reads_both():
    data = to_dict(PILKADA_2024)
    assert data["stages"]["PENETAPAN_CALON_TERPILIH"]["certainty"] == "PROVISIONAL"
    data["stages"]["PENETAPAN_CALON_TERPILIH"]["certainty"] = "provisional"
    assert from_dict(Schedule, data) == PILKADA_2024


# -- hardening: documents that are not text, numbers too long to read ---------------------------


@pytest.mark.parametrize("document", [5, None, 1.5, ["{}"]])
def test_from_json_refuses_a_document_that_is_not_text(document: object) -> None:
    with pytest.raises(pilkada.PilkadaTypeError) as caught:
        pilkada.from_json(Rupiah, document)  # type: ignore[arg-type]
    assert caught.value.field == "text"
    assert caught.value.value == document
    assert caught.value.rule == "a JSON document as str or bytes"


def test_from_json_refuses_a_number_too_long_to_read() -> None:
    text = "1" * 5000
    with pytest.raises(pilkada.PilkadaParseError) as caught:
        pilkada.from_json(Rupiah, text)
    assert caught.value.field == "$"
    assert caught.value.value == text
    assert caught.value.rule.startswith("numbers of at most 4,300 digits")


def test_from_dict_refuses_an_int_too_long_to_show() -> None:
    huge = 10**5000
    with pytest.raises(pilkada.PilkadaError) as caught:
        pilkada.from_dict(Schedule, {"name": "x", "voting_day": huge})
    assert caught.value.field == "$.voting_day"
    assert caught.value.value == huge
    assert "<an int of 5001 digits>" in str(caught.value)
