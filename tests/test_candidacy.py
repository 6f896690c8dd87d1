from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilkada import (
    PILKADA_2024,
    Certainty,
    ElectionKind,
    Instrument,
    LegalBasis,
    Period,
    PilkadaError,
    PilkadaTypeError,
    PilkadaValueError,
    RegionLevel,
    Schedule,
    ScheduleEntry,
    Stage,
)
from pilkada.candidacy import (
    FILING_BASIS,
    Bracket,
    _all_versions,
    _tables_from_dict,
    check_candidate_age,
    check_dispute,
    check_independent_support,
    check_nomination,
    dispute_filing_deadline,
    dispute_max_gap,
    dispute_threshold,
    independent_support_required,
    minimum_age,
    party_nomination_threshold,
)

D = dt.date
P = RegionLevel.PROVINSI
KAB = RegionLevel.KABUPATEN
KOTA = RegionLevel.KOTA
LEVELS = [P, KAB, KOTA]
MK_60_DAY = D(2024, 8, 20)
UU_10_DAY = D(2016, 7, 1)
pct = Fraction  # pct(17, 200) is 8.5 %

# The bracket boundaries every table shares (domain.md §13): province 2 M / 6 M / 12 M,
# kabupaten/kota 250 k / 500 k / 1 M; the share of each bracket per table.
BOUNDS = {P: (2_000_000, 6_000_000, 12_000_000), KAB: (250_000, 500_000, 1_000_000)}
BOUNDS[KOTA] = BOUNDS[KAB]
SUPPORT = (pct(10, 100), pct(85, 1000), pct(75, 1000), pct(65, 1000))
DISPUTE = (pct(2, 100), pct(15, 1000), pct(1, 100), pct(5, 1000))


def boundary_cases(shares):
    """(level, count, share) on both sides of every boundary, and the extremes."""
    cases = []
    for level in LEVELS:
        bounds = BOUNDS[level]
        cases.append((level, 1, shares[0]))
        for index, bound in enumerate(bounds):
            cases.append((level, bound, shares[index]))
            cases.append((level, bound + 1, shares[index + 1]))
        cases.append((level, 10**9, shares[-1]))
    return cases


# -- tables: every bracket on both sides of every boundary -------------------------------------


@pytest.mark.parametrize(("level", "dpt", "share"), boundary_cases(SUPPORT))
def test_party_threshold_brackets(level, dpt, share):
    threshold = party_nomination_threshold(level, dpt)
    assert threshold.vote_share == share
    assert threshold.seat_share is None
    assert dpt in threshold.bracket
    assert str(threshold.basis) == "Putusan MK 60/PUU-XXII/2024"
    assert threshold.basis.effective == MK_60_DAY


@pytest.mark.parametrize(("level", "dpt", "share"), boundary_cases(SUPPORT))
def test_independent_support_brackets(level, dpt, share):
    need = independent_support_required(level, dpt)
    assert need.share == share
    assert need.minimum == -(-share.numerator * dpt // share.denominator)
    ayat = "1" if level is P else "2"
    assert str(need.basis) == f"UU 10/2016 Pasal 41 ayat ({ayat})"


@pytest.mark.parametrize(("level", "population", "share"), boundary_cases(DISPUTE))
def test_dispute_brackets(level, population, share):
    threshold = dispute_threshold(level, population)
    assert threshold.share == share
    ayat = "1" if level is P else "2"
    assert str(threshold.basis) == f"UU 10/2016 Pasal 158 ayat ({ayat})"


def test_issue_example_exactly_250000_needs_10_percent():
    assert party_nomination_threshold(KAB, 250_000).vote_share == pct(1, 10)
    assert party_nomination_threshold(KAB, 250_001).vote_share == pct(17, 200)


def test_election_kind_reads_as_its_level():
    for kind in ElectionKind:
        assert party_nomination_threshold(kind, 300_000) == party_nomination_threshold(
            kind.level, 300_000
        )
        assert dispute_threshold(kind, 300_000) == dispute_threshold(kind.level, 300_000)
    assert minimum_age(P) == minimum_age(ElectionKind.GUBERNUR) == 30


def test_bracket_labels():
    assert party_nomination_threshold(KAB, 300_000).bracket.label() == (
        "lebih dari 250.000 sampai dengan 500.000"
    )
    assert party_nomination_threshold(P, 1).bracket.label("en") == "up to 2,000,000"
    assert party_nomination_threshold(KAB, 1_000_001).bracket.label() == "lebih dari 1.000.000"


# -- dated lookups -----------------------------------------------------------------------------


def test_mk_60_day_before_and_day_of():
    before = party_nomination_threshold(KAB, 250_001, on=D(2024, 8, 19))
    assert (before.seat_share, before.vote_share, before.bracket) == (pct(1, 5), pct(1, 4), None)
    assert str(before.basis) == "UU 10/2016 Pasal 40 ayat (1)"
    assert before.effective == UU_10_DAY
    on_the_day = party_nomination_threshold(KAB, 250_001, on=MK_60_DAY)
    assert (on_the_day.seat_share, on_the_day.vote_share) == (None, pct(17, 200))
    assert on_the_day.effective == MK_60_DAY
    assert party_nomination_threshold(KAB, 250_001) == on_the_day  # default: the latest


def test_old_rule_needs_no_dpt_new_rule_does():
    assert party_nomination_threshold(P, on=D(2020, 1, 1)).vote_share == pct(1, 4)
    with pytest.raises(PilkadaValueError, match="depends on the region's DPT") as info:
        party_nomination_threshold(P, on=MK_60_DAY)
    assert info.value.field == "dpt"


@pytest.mark.parametrize(
    "lookup",
    [
        lambda on: party_nomination_threshold(KAB, 100, on=on),
        lambda on: independent_support_required(KAB, 100, on=on),
        lambda on: dispute_threshold(KAB, 100, on=on),
        lambda on: minimum_age(KAB, on=on),
    ],
)
def test_before_any_rule_is_an_error_not_a_guess(lookup):
    assert lookup(UU_10_DAY) is not None
    with pytest.raises(PilkadaValueError, match="was in force on 2016-06-30") as info:
        lookup(D(2016, 6, 30))
    assert info.value.field == "on"
    with pytest.raises(PilkadaTypeError):
        lookup(dt.datetime(2024, 8, 20, 12, 0))


def test_every_version_carries_a_legal_basis():
    versions = [v for v in _all_versions() if not isinstance(v.value, str)]
    assert len(versions) == 5
    for version in versions:
        assert isinstance(version.basis, LegalBasis)
        assert version.basis.instrument in (Instrument.UU, Instrument.PUTUSAN_MK)
        assert version.effective >= UU_10_DAY
        assert version.certainty is Certainty.OFFICIAL
        if version.basis.instrument is Instrument.PUTUSAN_MK:
            assert version.basis.effective == version.effective == MK_60_DAY


# -- party nomination: the exact bar --------------------------------------------------------------


def test_coalition_exactly_on_the_bar_passes_one_vote_below_fails():
    on_bar = check_nomination(8_500, 100_000, level=KOTA, dpt=400_000)
    assert (on_bar.votes_needed, on_bar.vote_margin, on_bar.may_nominate) == (8_500, 0, True)
    assert on_bar.findings() == []
    below = check_nomination(8_499, 100_000, level=KOTA, dpt=400_000)
    assert (below.vote_margin, below.may_nominate) == (-1, False)
    [finding] = below.findings()
    assert finding.rule == "AMBANG_BATAS_PENCALONAN"
    assert finding.basis == on_bar.threshold.basis
    assert finding.message().endswith("adalah 8.500 suara: kurang 1 suara.")
    assert finding.message(locale="en").endswith("is 8,500 votes: 1 short.")


def test_votes_needed_rounds_a_fraction_of_a_vote_up():
    # 8.5 % of 123,457 = 10,493.845: 10,493 votes is below 8.5 %, 10,494 is not.
    check = check_nomination(10_494, 123_457, level=KAB, dpt=300_000)
    assert (check.votes_needed, check.vote_margin) == (10_494, 0)
    assert check_nomination(10_493, 123_457, level=KAB, dpt=300_000).may_nominate is False


@given(
    total=st.integers(1, 10**8),
    dpt=st.integers(1, 2 * 10**7),
    level=st.sampled_from(LEVELS),
)
def test_votes_needed_is_the_least_count_reaching_the_share(total, dpt, level):
    threshold = party_nomination_threshold(level, dpt)
    needed = threshold.votes_needed(total)
    assert Fraction(needed, total) >= threshold.vote_share
    assert needed == 0 or Fraction(needed - 1, total) < threshold.vote_share
    if needed <= total:
        assert check_nomination(needed, total, level=level, dpt=dpt).may_nominate
    if needed >= 1:
        assert not check_nomination(needed - 1, total, level=level, dpt=dpt).may_nominate


def test_old_rule_seats_or_votes():
    before = D(2024, 8, 19)
    by_seats = check_nomination(
        10_000, 100_000, level=KAB, seats=9, total_seats=45, on=before
    )  # 20 % of 45 seats = 9
    assert (by_seats.seats_needed, by_seats.passes_by_seats, by_seats.passes_by_votes) == (
        9,
        True,
        False,
    )
    assert by_seats.may_nominate
    assert by_seats.findings() == []
    short = check_nomination(24_999, 100_000, level=KAB, seats=8, total_seats=45, on=before)
    assert (short.seat_margin, short.vote_margin, short.may_nominate) == (-1, -1, False)
    assert "8 kursi (perlu 9)" in short.findings()[0].message()
    by_votes = check_nomination(25_000, 100_000, level=KAB, on=before)
    assert by_votes.may_nominate
    assert by_votes.passes_by_seats is None
    # From MK 60 on seats no longer count.
    after = check_nomination(1_000, 100_000, level=KAB, dpt=100_000, seats=45, total_seats=45)
    assert after.seats_needed is None
    assert after.may_nominate is False


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"coalition_votes": -1}, "coalition_votes"),
        ({"coalition_votes": True}, "coalition_votes"),
        ({"coalition_votes": 10.0}, "coalition_votes"),
        ({"coalition_votes": 100_001}, "coalition_votes"),
        ({"total_valid_votes": 0}, "total_valid_votes"),
        ({"total_valid_votes": 1e5}, "total_valid_votes"),
        ({"dpt": 0}, "dpt"),
        ({"dpt": -5}, "dpt"),
        ({"dpt": 2.5e5}, "dpt"),
        ({"dpt": False}, "dpt"),
        ({"level": "kabupaten"}, "level"),
        ({"seats": 3}, "total_seats"),
        ({"seats": 31, "total_seats": 30}, "seats"),
    ],
)
def test_check_nomination_refuses_bad_input(kwargs, field):
    args = {"coalition_votes": 10, "total_valid_votes": 100_000, "level": KAB, "dpt": 250_000}
    args |= kwargs
    with pytest.raises(PilkadaError) as info:
        check_nomination(args.pop("coalition_votes"), args.pop("total_valid_votes"), **args)
    assert info.value.field == field


def test_nomination_summary_in_both_languages():
    check = check_nomination(12_345, 100_000, level=KOTA, dpt=1_000_001)
    assert check.summary() == (
        "12.345 dari 100.000 suara sah; ambang batas paling sedikit 6,5% suara sah (DPT lebih "
        "dari 1.000.000): 6.500 suara (lebih 5.845 suara): memenuhi syarat."
    )
    assert check.summary("en").endswith("6,500 votes (5,845 above): may nominate.")
    assert check.share == Fraction(12_345, 100_000)


# -- monotone thresholds -------------------------------------------------------------------------


@given(
    level=st.sampled_from(LEVELS),
    smaller=st.integers(1, 3 * 10**7),
    extra=st.integers(0, 3 * 10**7),
)
def test_thresholds_never_increase_as_the_region_grows(level, smaller, extra):
    larger = smaller + extra
    assert (
        party_nomination_threshold(level, larger).vote_share
        <= party_nomination_threshold(level, smaller).vote_share
    )
    assert (
        independent_support_required(level, larger).share
        <= independent_support_required(level, smaller).share
    )
    assert dispute_threshold(level, larger).share <= dispute_threshold(level, smaller).share


@given(level=st.sampled_from(LEVELS), count=st.integers(1, 10**9))
def test_each_count_falls_in_exactly_one_bracket(level, count):
    rows = [
        b
        for b in (
            party_nomination_threshold(level, n).bracket
            for n in (1, *BOUNDS[level], BOUNDS[level][-1] + 1)
        )
        if count in b
    ]
    assert len(set(rows)) == 1


# -- independent candidates ----------------------------------------------------------------------


def test_dki_jakarta_2024_independent_requirement():
    # Keputusan KPU DKI Jakarta 47/2024: 618,968 supporters in 4 kabupaten/kota (inews.id,
    # republika); 7.5 % of the Pemilu 2024 DPT of DKI Jakarta (8.25 million) rounded up.
    need = independent_support_required(P, 8_252_897)
    assert (need.share, need.minimum) == (pct(3, 40), 618_968)
    assert need.areas_needed(6) == 4
    assert need.spread_unit == "kabupaten/kota"
    assert need.spread_certainty is Certainty.OFFICIAL
    assert str(need.spread_basis) == "UU 10/2016 Pasal 41 ayat (1) huruf e"


def test_a_fraction_of_a_person_is_a_whole_person():
    assert independent_support_required(KAB, 10).minimum == 1  # 10 % of 10 = 1
    assert independent_support_required(KAB, 11).minimum == 2  # 1.1 -> 2
    assert independent_support_required(P, 8_214_007).minimum == 616_051  # 616,050.525


def test_kecamatan_spread_is_provisional_and_says_why():
    need = independent_support_required(ElectionKind.BUPATI, 300_000)
    assert need.spread_unit == "kecamatan"
    assert need.spread_certainty is Certainty.PROVISIONAL
    assert "garbles" in need.spread_note
    assert str(need.spread_basis) == "UU 10/2016 Pasal 41 ayat (2) huruf e"


@pytest.mark.parametrize(
    ("total_areas", "needed"), [(1, 1), (2, 2), (3, 2), (4, 3), (6, 4), (7, 4), (38, 20)]
)
def test_more_than_half_of_the_areas(total_areas, needed):
    assert independent_support_required(P, 1_000).areas_needed(total_areas) == needed


def test_check_independent_support_reports_both_conditions():
    need = independent_support_required(KOTA, 100_000)  # 10 000 supporters
    both = check_independent_support(
        {"A": 5_000, "B": 4_999, "C": 0}, level=KOTA, dpt=100_000, total_areas=5
    )
    assert (both.supporters, both.support_margin, both.meets_count) == (9_999, -1, False)
    assert (both.areas_with_support, both.areas_needed, both.meets_spread) == (2, 3, False)
    count, spread = both.findings()
    assert count.rule == "DUKUNGAN_PERSEORANGAN_KURANG"
    assert count.basis == need.basis
    assert "kurang 1 dari syarat paling sedikit 10% dari DPT 100.000" in count.message()
    assert spread.rule == "SEBARAN_DUKUNGAN_KURANG"
    assert spread.basis == need.spread_basis
    assert "2 dari 5 kecamatan" in spread.message()
    assert "sementara" in spread.message()
    assert "provisional" in spread.message(locale="en")
    ok = check_independent_support(
        {"A": 5_000, "B": 4_000, "C": 1_000}, level=KOTA, dpt=100_000, total_areas=5
    )
    assert ok.eligible
    assert ok.findings() == []


@pytest.mark.parametrize(
    ("supporters", "total_areas"),
    [
        ({"A": -1}, 3),
        ({"A": 1.5}, 3),
        ({"A": True}, 3),
        ({"": 1}, 3),
        ({"A": 1, "B": 1}, 1),
        ([("A", 1)], 3),
        ({"A": 1}, 0),
    ],
)
def test_check_independent_support_refuses_bad_input(supporters, total_areas):
    with pytest.raises(PilkadaError):
        check_independent_support(supporters, level=P, dpt=1_000, total_areas=total_areas)


# -- candidate age -----------------------------------------------------------------------------


def test_age_is_counted_at_penetapan_paslon_2024():
    assert PILKADA_2024[Stage.PENETAPAN_PASLON].start == D(2024, 9, 22)
    turns_25 = check_candidate_age(D(1999, 9, 22), ElectionKind.BUPATI)
    assert (turns_25.counted_on, turns_25.age, turns_25.eligible) == (D(2024, 9, 22), 25, True)
    assert turns_25.findings() == []
    assert str(turns_25.basis) == "UU 10/2016 Pasal 7 ayat (2) huruf e"
    assert str(turns_25.counted_basis) == "Putusan MK 70/PUU-XXII/2024"
    day_late = check_candidate_age(D(1999, 9, 23), ElectionKind.WALI_KOTA)
    assert (day_late.age, day_late.minimum, day_late.eligible) == (24, 25, False)
    assert day_late.reaches_minimum_on == D(2024, 9, 23)
    [finding] = day_late.findings()
    assert finding.rule == "USIA_CALON"
    assert finding.dates == (D(2024, 9, 22), D(2024, 9, 23))
    assert "Pemilihan Wali Kota dan Wakil Wali Kota adalah 25 tahun" in finding.message()


@pytest.mark.parametrize(("born", "eligible"), [(D(1994, 9, 22), True), (D(1994, 9, 23), False)])
def test_governor_minimum_is_30(born, eligible):
    assert check_candidate_age(born, ElectionKind.GUBERNUR).eligible is eligible
    assert check_candidate_age(born, P).election is ElectionKind.GUBERNUR


def test_leap_day_birthday_is_reached_on_1_march():
    schedule = _schedule_with_penetapan(D(2025, 2, 28))
    assert check_candidate_age(D(2000, 2, 29), KAB, schedule).age == 24
    check = check_candidate_age(D(2000, 2, 29), KAB, _schedule_with_penetapan(D(2025, 3, 1)))
    assert (check.age, check.eligible, check.reaches_minimum_on) == (25, True, D(2025, 3, 1))


def _schedule_with_penetapan(day):
    entries = [
        ScheduleEntry(key=Stage.PENETAPAN_PASLON, when=Period.day(day)),
    ]
    return Schedule(name="contoh", voting_day=day + dt.timedelta(days=66), entries=entries)


def test_the_counting_day_rule_is_dated():
    # Pilkada 2020: penetapan 23 September 2020, under PKPU 9/2020 (from 1 September 2020)
    pilkada_2020 = check_candidate_age(
        D(1995, 9, 23), KAB, _schedule_with_penetapan(D(2020, 9, 23))
    )
    assert (pilkada_2020.age, pilkada_2020.eligible) == (25, True)
    assert str(pilkada_2020.counted_basis) == "PKPU 9/2020 Pasal 4 ayat (1) huruf d"
    last_day = check_candidate_age(D(1990, 1, 1), KAB, _schedule_with_penetapan(D(2024, 5, 28)))
    assert str(last_day.counted_basis) == "PKPU 9/2020 Pasal 4 ayat (1) huruf d"
    # Putusan MA 23 P/HUM/2024 counted age at the pelantikan, which a schedule does not date
    for day in (D(2024, 5, 29), D(2024, 8, 19)):
        with pytest.raises(PilkadaValueError, match="pelantikan") as info:
            check_candidate_age(D(1990, 1, 1), KAB, _schedule_with_penetapan(day))
        assert "23 P/HUM/2024" in str(info.value)
    mk_70 = check_candidate_age(D(1990, 1, 1), KAB, _schedule_with_penetapan(D(2024, 8, 20)))
    assert str(mk_70.counted_basis) == "Putusan MK 70/PUU-XXII/2024"
    # before PKPU 9/2020 no rule is recorded: an error, not a guess
    with pytest.raises(PilkadaValueError, match="was in force on 2020-08-31"):
        check_candidate_age(D(1990, 1, 1), KAB, _schedule_with_penetapan(D(2020, 8, 31)))


def test_age_needs_a_dated_penetapan_and_a_birth_before_it():
    empty = Schedule(name="kosong", voting_day=D(2025, 8, 27), entries=[])
    with pytest.raises(PilkadaValueError, match="does not date the penetapan"):
        check_candidate_age(D(1990, 1, 1), KAB, empty)
    with pytest.raises(PilkadaValueError) as info:
        check_candidate_age(D(2024, 9, 23), KAB)
    assert info.value.field == "birth_date"
    with pytest.raises(PilkadaTypeError):
        check_candidate_age(dt.datetime(1990, 1, 1, 0, 0), KAB)
    with pytest.raises(PilkadaTypeError):
        check_candidate_age(D(1990, 1, 1), KAB, schedule="PILKADA_2024")


@given(born=st.dates(min_value=D(1900, 1, 1), max_value=D(2024, 9, 22)))
def test_age_matches_the_anniversary(born):
    check = check_candidate_age(born, ElectionKind.BUPATI)
    assert check.eligible is (check.reaches_minimum_on <= check.counted_on)


# -- disputes ------------------------------------------------------------------------------------


def test_mk_figures_jawa_timur_2024_and_banyuwangi_2020():
    # Putusan MK 265/PHPU.GUB-XXIII/2025: 0.5 % x 20,732,592 = 103,662.96 -> "103.663 suara";
    # the gap of 5,449,070 is over the bar.
    jatim = check_dispute(P, 41_000_000, 20_732_592, 5_449_070)
    assert (jatim.max_gap, jatim.within_bar) == (103_663, False)
    # Putusan MK 87/PHP.BUP-XIX/2021: 0.5 % x 836,960 = 4,184.8 -> "4.185 suara".
    assert dispute_max_gap(KAB, 1_700_000, 836_960) == 4_185


def test_max_gap_rounds_half_up():
    assert dispute_max_gap(KAB, 100_000, 120_010) == 2_400  # 2 % = 2,400.2
    assert dispute_max_gap(KAB, 100_000, 120_025) == 2_401  # 2,400.5
    assert dispute_max_gap(KAB, 100_000, 120_040) == 2_401  # 2,400.8
    assert dispute_max_gap(KAB, 100_000, 1) == 0


def test_issue_cli_example():
    check = check_dispute(KAB, 410_000, 120_000, 2_500)
    assert (check.max_gap, check.margin, check.within_bar) == (1_800, -700, False)
    [finding] = check.findings()
    assert finding.rule == "SELISIH_SUARA_PASAL_158"
    assert str(finding.basis) == "UU 10/2016 Pasal 158 ayat (2)"
    assert "melebihi batas 1.800 suara sebanyak 700 suara" in finding.message()
    assert "mengesampingkan" in finding.message()
    assert "set the Pasal 158 bar" in finding.message(locale="en")


@given(
    level=st.sampled_from(LEVELS),
    population=st.integers(1, 6 * 10**7),
    valid_votes=st.integers(1, 4 * 10**7),
)
def test_limit_passes_one_vote_above_fails(level, population, valid_votes):
    limit = dispute_max_gap(level, population, valid_votes)
    at_limit = check_dispute(level, population, valid_votes, limit)
    assert at_limit.within_bar
    assert at_limit.margin == 0
    assert at_limit.findings() == []
    if limit < valid_votes:
        over = check_dispute(level, population, valid_votes, limit + 1)
        assert not over.within_bar
        assert over.margin == -1
        assert len(over.findings()) == 1
    exact = dispute_threshold(level, population).exact_limit(valid_votes)
    assert abs(limit - exact) <= Fraction(1, 2)


def test_decided_by_rounding_flags_the_gap_between_the_exact_and_the_rounded_limit():
    # 0.5 % of 20,732,592 = 103,662.96: a gap of 103,663 passes as the MK writes it, but is
    # above the exact limit.
    edge = check_dispute(P, 41_000_000, 20_732_592, 103_663)
    assert edge.within_bar
    assert edge.decided_by_rounding
    assert not check_dispute(P, 41_000_000, 20_732_592, 103_662).decided_by_rounding
    assert not check_dispute(KAB, 410_000, 120_000, 1_800).decided_by_rounding


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((KAB, 0, 100, 1), "population"),
        ((KAB, 410_000.0, 100, 1), "population"),
        ((KAB, 410_000, 0, 0), "valid_votes"),
        ((KAB, 410_000, True, 0), "valid_votes"),
        ((KAB, 410_000, 100, -1), "gap"),
        ((KAB, 410_000, 100, 1.5), "gap"),
        ((KAB, 410_000, 100, 101), "gap"),
        (("Kabupaten", 410_000, 100, 1), "level"),
    ],
)
def test_check_dispute_refuses_bad_input(args, field):
    with pytest.raises(PilkadaError) as info:
        check_dispute(*args)
    assert info.value.field == field


def test_dispute_summary_and_note_in_english():
    check = check_dispute(KOTA, 600_000, 200_000, 1_000)
    assert check.summary("en") == (
        "Largest gap at most 1% of the total valid votes for a population of more than 500,000 "
        "up to 1,000,000: 2,000 of 200,000 valid votes; a gap of 1,000 votes is within the bar "
        "(1,000 votes to spare)."
    )
    assert check.gap_share == Fraction(1, 200)
    assert "2024" in check.note()


# -- filing deadline -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("announced", "deadline"),
    [
        (D(2024, 12, 2), D(2024, 12, 4)),  # Kuansing: Monday -> Wednesday (riaupos)
        (D(2024, 12, 3), D(2024, 12, 5)),  # Kampar, Rohul, Rohil: Tuesday -> Thursday
        (D(2024, 12, 4), D(2024, 12, 6)),  # Pekanbaru, Dumai: Wednesday -> Friday
        (D(2024, 12, 5), D(2024, 12, 9)),  # Siak: Thursday -> Monday
        (D(2024, 12, 6), D(2024, 12, 10)),  # Riau province: Friday -> Tuesday
        (D(2024, 12, 8), D(2024, 12, 11)),  # DKI Jakarta: Sunday -> Wednesday
    ],
)
def test_filing_deadline_counts_the_announcement_day(announced, deadline):
    assert dispute_filing_deadline(announced).day == deadline
    assert dispute_filing_deadline(announced).met_by(deadline)
    assert not dispute_filing_deadline(announced).met_by(deadline + dt.timedelta(days=1))


def test_filing_deadline_over_christmas_and_cuti_bersama():
    # 25 Dec 2024 is a holiday; 26 Dec is cuti bersama (a working day unless said otherwise).
    assert dispute_filing_deadline(D(2024, 12, 24)).day == D(2024, 12, 27)
    assert dispute_filing_deadline(D(2024, 12, 24), cuti_bersama_off=True).day == D(2024, 12, 30)
    assert str(FILING_BASIS) == "UU 10/2016 Pasal 157 ayat (5)"
    with pytest.raises(PilkadaTypeError):
        dispute_filing_deadline("2024-12-06")
    with pytest.raises(PilkadaTypeError):
        dispute_filing_deadline(D(2024, 12, 6), cuti_bersama_off=1)


# -- the data file -------------------------------------------------------------------------------


def _valid_data():
    brackets = [{"up_to": 10, "percent": "2"}, {"percent": "1"}]
    level = {"basis": "UU 10/2016 Pasal 158", "brackets": brackets}
    row = {"effective": D(2016, 7, 1), "provinsi": level, "kabupaten_kota": level}
    return {
        "party_nomination": [row],
        "independent_support": [row],
        "dispute": [row],
        "candidate_age": [
            {
                "effective": D(2016, 7, 1),
                "basis": "UU 10/2016 Pasal 7",
                "gubernur": 30,
                "bupati_wali_kota": 25,
            }
        ],
        "age_counted": [
            {"effective": D(2020, 9, 1), "basis": "PKPU 9/2020 Pasal 4", "at": "penetapan"}
        ],
    }


def test_data_checks_accept_a_minimal_table():
    tables = _tables_from_dict(_valid_data())
    assert set(tables) == {
        "party_nomination", "independent_support", "dispute", "candidate_age", "age_counted"
    }  # fmt: skip


def test_data_checks_refuse_an_unknown_counting_day():
    data = _valid_data()
    data["age_counted"] = [dict(data["age_counted"][0], at="pendaftaran")]
    with pytest.raises(PilkadaValueError, match="unknown day") as info:
        _tables_from_dict(data)
    assert info.value.field == "thresholds.toml: age_counted[0].at"


@pytest.mark.parametrize(
    ("brackets", "problem"),
    [
        ([{"up_to": 10, "percent": "1"}, {"percent": "2"}], "shares that fall"),
        ([{"up_to": 10, "percent": "2"}, {"up_to": 20, "percent": "1"}], "only the last"),
        ([{"percent": "2"}, {"percent": "1"}], "only the last"),
        ([{"up_to": 10, "percent": 2}, {"percent": "1"}], "must be a string"),
        ([{"up_to": 10, "percent": "abc"}, {"percent": "1"}], "cannot read"),
        ([{"up_to": 10, "percent": "0"}, {"percent": "0"}], "not a share"),
        ([], "no brackets"),
    ],
)
def test_data_checks_refuse_inconsistent_tables(brackets, problem):
    data = _valid_data()
    data["dispute"] = [
        {
            "effective": D(2016, 7, 1),
            "provinsi": {"basis": "UU 10/2016 Pasal 158", "brackets": brackets},
            "kabupaten_kota": data["dispute"][0]["kabupaten_kota"],
        }
    ]
    with pytest.raises(PilkadaValueError, match=problem) as info:
        _tables_from_dict(data)
    assert info.value.field.startswith("thresholds.toml: dispute[0].provinsi.brackets")


def test_bracket_validates_itself():
    with pytest.raises(PilkadaValueError):
        Bracket(above=10, up_to=10, share=Fraction(1, 2))
    with pytest.raises(PilkadaValueError):
        Bracket(above=0, up_to=None, share=Fraction(3, 2))
    row = Bracket(above=0, up_to=None, share=Fraction(1, 2))
    assert 5 in row
    assert True not in row
    assert 0 not in row
    assert attrs.evolve(row, up_to=5).label("en") == "up to 5"


def test_data_checks_refuse_an_unknown_certainty():
    data = _valid_data()
    data["dispute"] = [dict(data["dispute"][0], certainty="rumoured")]
    with pytest.raises(PilkadaValueError, match="unknown certainty 'rumoured'"):
        _tables_from_dict(data)
