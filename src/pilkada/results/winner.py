"""The rules that name the winner: :func:`decide`, with the legal basis of each verdict."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction
from functools import partial
from typing import Final

import attrs

from pilkada import sources
from pilkada.boundary import as_count, as_items
from pilkada.errors import PilkadaValueError
from pilkada.law import Certainty, LegalBasis
from pilkada.regions import JAKARTA_BASIS, JAKARTA_DKJ_BASIS, AreaLevel, ElectionKind, SpecialStatus
from pilkada.results.outcome import Outcome, Provisional, TieBreak
from pilkada.results.recap import Recap
from pilkada.results.records import TpsResults
from pilkada.results.tallies import SPREAD_LEVEL, Tally, as_election, tally
from pilkada.results.verdicts import Verdict, WinnerRule
from pilkada.schedule.repeat import REELECTION_BASIS

__all__ = [
    "JAKARTA_RUNOFF",
    "KOLOM_KOSONG",
    "PLURALITY_GUBERNUR",
    "PLURALITY_KAB_KOTA",
    "SINGLE_PAIR_ELECTED",
    "SINGLE_PAIR_REPEAT",
    "SPREAD_GUBERNUR",
    "SPREAD_KAB_KOTA",
    "decide",
]


def _uu10(pasal: str, ayat: str) -> LegalBasis:
    return sources.UU_10_2016.provision(pasal=pasal, ayat=ayat)


PLURALITY_KAB_KOTA: Final = _uu10("107", "1")
SPREAD_KAB_KOTA: Final = _uu10("107", "2")
PLURALITY_GUBERNUR: Final = _uu10("109", "1")
SPREAD_GUBERNUR: Final = _uu10("109", "2")
KOLOM_KOSONG: Final = _uu10("54C", "1")
SINGLE_PAIR_ELECTED: Final = _uu10("54D", "1")
SINGLE_PAIR_REPEAT: Final = tuple(_uu10("54D", ayat) for ayat in ("2", "3", "4"))
#: UU 29/2007 Pasal 11 ayat (2), in force for the 2024 vote; UU 2/2024 Pasal 10 ayat (3)
#: repeats it once that law is in force (see :data:`pilkada.regions.JAKARTA_BASIS`).
JAKARTA_RUNOFF: Final = attrs.evolve(JAKARTA_BASIS, ayat="2")
JAKARTA_DKJ_RUNOFF: Final = attrs.evolve(JAKARTA_DKJ_BASIS, ayat="3")

#: An Outcome of the tally decided: ``(rule, verdict, basis, **the rest)``.
_Make = Callable[..., Outcome]


def decide(
    results: TpsResults | Recap | Tally,
    *,
    election: ElectionKind | str,
    numbers: Sequence[int] | None = None,
    incomplete: str = "provisional",
) -> Outcome:
    """Apply the winner rule of ``election`` to the results of one region.

    * One pair against the kolom kosong: elected with more than 50 % of the valid votes
      (UU 10/2016 Pasal 54D ayat (1)); otherwise the election is repeated, within one year of
      voting day (ayat (3) as read by Putusan MK 126/PUU-XXII/2024; the day:
      :func:`~pilkada.reelection_deadline`), and a penjabat is appointed (ayat (2)-(4)).
    * Jakarta's governor: more than 50 % of the valid votes wins; otherwise the top two meet
      in a second round (UU 29/2007 Pasal 11 ayat (1)-(2); UU 2/2024 Pasal 10 ayat (2)-(3),
      which repeats it, is cited beside it).
    * Otherwise the most votes win (UU 10/2016 Pasal 107 ayat (1), Pasal 109 ayat (1)); a tie
      at the top goes to the more evenly spread support (ayat (2)): see :class:`TieBreak`.

    "More than 50 %" is compared exactly: 50 % is not enough, 50 % plus one vote is. Every
    share is of the valid votes as the forms total them (``Outcome.valid``).
    ``election`` is an :class:`~pilkada.regions.ElectionKind`, or its name or value.
    ``numbers`` gives each pair's nomor urut in the order of the vote columns (a single pair
    is often number 2, the kolom kosong number 1); by default 1, 2, 3...

    A count with anomalies, or with expected TPS whose result is not in, decides only
    provisionally: the outcome's ``provisional`` says why and its certainty is
    ``PROVISIONAL`` (``incomplete="provisional"``, the default); with ``incomplete="refuse"``
    it raises instead.

    Raises:
        PilkadaTypeError: ``results`` or ``election`` of another type.
        PilkadaValueError: see :func:`tally`; or a tie at the top with no per-area votes
            to break it (pass results at kecamatan or kab/kota level, or finer).
    """
    election = as_election(election)
    t = results if isinstance(results, Tally) else tally(results, election=election)
    provisional = _provisional(t, incomplete)
    make: _Make = partial(_outcome, t, election, _numbers(numbers, len(t.votes)), provisional)
    if t.kolom_kosong is not None:
        # "lebih dari 50%": compared in whole votes, 2 * votes > valid.
        if 2 * t.votes[0] > t.base:
            return make(
                WinnerRule.SINGLE_PAIR, Verdict.ELECTED, SINGLE_PAIR_ELECTED, elected=1,
                also=(KOLOM_KOSONG,),
            )  # fmt: skip
        return make(
            WinnerRule.SINGLE_PAIR, Verdict.REPEAT, SINGLE_PAIR_REPEAT[0],
            also=(*SINGLE_PAIR_REPEAT[1:], REELECTION_BASIS),
        )  # fmt: skip
    ranked = sorted(range(1, len(t.votes) + 1), key=lambda p: -t.votes[p - 1])
    jakarta = t.region is not None and t.region.special is SpecialStatus.JAKARTA
    if election is ElectionKind.GUBERNUR and jakarta:
        return _jakarta(make, t.votes, ranked, t.base)
    return _plurality(make, t, election, ranked)


def _numbers(numbers: Sequence[int] | None, pairs: int) -> tuple[int, ...]:
    if numbers is None:
        return ()
    given = tuple(as_items("numbers", numbers))
    for i, number in enumerate(given):
        as_count(f"numbers[{i}]", number)
    if len(given) != pairs or len(set(given)) != pairs or 0 in given:
        raise PilkadaValueError(
            "numbers",
            given,
            f"{len(given)} numbers for {pairs} pair(s)",
            "a nomor urut each, from 1",
        )
    return given


def _provisional(t: Tally, incomplete: str) -> Provisional | None:
    if incomplete not in ("provisional", "refuse"):
        raise PilkadaValueError(
            "incomplete", incomplete, "unknown choice", "'provisional' or 'refuse'"
        )
    if not t.anomalies and not t.missing:
        return None
    found = Provisional(
        anomalies=t.anomalies, tps_reported=t.tps_reported, tps_expected=t.tps_expected
    )
    if incomplete == "refuse":
        raise PilkadaValueError(
            "results",
            found.reasons(locale="en"),
            "the count is anomalous or incomplete",
            "a complete count without anomalies, or incomplete='provisional'",
        )
    return found


def _outcome(
    t: Tally,
    election: ElectionKind,
    numbers: tuple[int, ...],
    provisional: Provisional | None,
    rule: WinnerRule,
    verdict: Verdict,
    basis: LegalBasis,
    *,
    elected: int | None = None,
    runoff: tuple[int, ...] = (),
    tied: tuple[int, ...] = (),
    tie_break: TieBreak | None = None,
    also: tuple[LegalBasis, ...] = (),
    certainty: Certainty = Certainty.OFFICIAL,
) -> Outcome:
    # Pairs are decided by position (1, 2, 3...; 0 is the single pair) and named by number.
    number = numbers.__getitem__ if numbers else (lambda i: i + 1)

    def named(pairs: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(number(p - 1) for p in pairs)

    if elected is not None:
        elected = number(elected - 1)
    if tie_break is not None:  # the tie break names its pairs by number too, in order
        tie_break = _renamed(tie_break, named(tie_break.tied))
    return Outcome(
        election=election,
        region=t.region,
        rule=rule,
        verdict=verdict,
        elected=elected,
        runoff=named(runoff),
        tied=named(tied),
        votes=t.votes,
        kolom_kosong=t.kolom_kosong,
        valid=t.base,
        tie_break=tie_break,
        basis=basis,
        also=also,
        certainty=Certainty.PROVISIONAL if provisional is not None else certainty,
        numbers=numbers,
        provisional=provisional,
    )


def _renamed(brk: TieBreak, numbers: tuple[int, ...]) -> TieBreak:
    """``brk`` with its pairs named by ``numbers`` (one per tied pair), in number order."""
    order = sorted(range(len(numbers)), key=numbers.__getitem__)
    deviation = brk.deviation
    return attrs.evolve(
        brk,
        tied=tuple(numbers[k] for k in order),
        areas_won=tuple(brk.areas_won[k] for k in order),
        deviation=None if deviation is None else tuple(deviation[k] for k in order),
    )


def _plurality(make: _Make, t: Tally, election: ElectionKind, ranked: list[int]) -> Outcome:
    governor = election is ElectionKind.GUBERNUR
    plurality = PLURALITY_GUBERNUR if governor else PLURALITY_KAB_KOTA
    spread_basis = SPREAD_GUBERNUR if governor else SPREAD_KAB_KOTA
    top = t.votes[ranked[0] - 1]
    leaders = tuple(sorted(p for p in ranked if t.votes[p - 1] == top))
    if len(leaders) == 1:
        return make(WinnerRule.PLURALITY, Verdict.ELECTED, plurality, elected=leaders[0])
    if not t.areas:
        raise PilkadaValueError(
            "results",
            leaders,
            f"pairs {leaders} are tied and no per-area votes were given",
            f"the votes per {SPREAD_LEVEL[election].value} ({spread_basis})",
        )
    brk, winner = _break_tie(leaders, t.areas, SPREAD_LEVEL[election])
    return make(
        WinnerRule.PLURALITY,
        Verdict.TIE if winner is None else Verdict.ELECTED,
        spread_basis,
        elected=winner,
        tied=leaders if winner is None else (),
        tie_break=brk,
        also=(plurality,),
        certainty=Certainty.PROVISIONAL,
    )


def _jakarta(make: _Make, votes: tuple[int, ...], ranked: list[int], valid: int) -> Outcome:
    top = votes[ranked[0] - 1]
    if 2 * top > valid:
        return make(
            WinnerRule.JAKARTA_MAJORITY,
            Verdict.ELECTED,
            JAKARTA_BASIS,
            elected=ranked[0],
            also=(JAKARTA_DKJ_BASIS,),
        )
    if len(votes) < 2:
        raise PilkadaValueError(
            "votes",
            votes,
            "one pair without a kolom kosong count",
            "two pairs or more, or a kolom kosong count",
        )
    second = votes[ranked[1] - 1]
    if len(votes) > 2 and votes[ranked[2] - 1] == second:
        # UU 29/2007 Pasal 11 ayat (2) names "the top two"; it says nothing of a tie for
        # second place (or for first among three), so none is guessed.
        return make(
            WinnerRule.JAKARTA_MAJORITY,
            Verdict.TIE,
            JAKARTA_RUNOFF,
            runoff=tuple(p for p in ranked if votes[p - 1] > second),
            tied=tuple(sorted(p for p in ranked if votes[p - 1] == second)),
            certainty=Certainty.PROVISIONAL,
            also=(JAKARTA_DKJ_RUNOFF,),
        )
    return make(
        WinnerRule.JAKARTA_MAJORITY,
        Verdict.RUNOFF,
        JAKARTA_RUNOFF,
        runoff=tuple(sorted(ranked[:2])),
        also=(JAKARTA_BASIS, JAKARTA_DKJ_RUNOFF),
    )


def _break_tie(
    leaders: tuple[int, ...], areas: tuple[tuple[int, ...], ...], unit: AreaLevel
) -> tuple[TieBreak, int | None]:
    won = dict.fromkeys(leaders, 0)
    for row in areas:
        best = max(row)
        winners = [p for p, v in enumerate(row, start=1) if v == best]
        if best > 0 and len(winners) == 1 and winners[0] in won:
            won[winners[0]] += 1
    areas_won = tuple(won[p] for p in leaders)
    most = max(areas_won)
    contenders = [p for p in leaders if won[p] == most]
    if len(contenders) == 1:
        brk = TieBreak(
            unit=unit, tied=leaders, areas_won=areas_won, deviation=None, decided_by="areas_won"
        )
        return brk, contenders[0]
    weights = [sum(row) for row in areas]
    whole = sum(weights)
    deviation: dict[int, Fraction] = {}
    for p in leaders:
        total = sum(row[p - 1] for row in areas)
        d = Fraction(0)
        if total and whole:
            for row, w in zip(areas, weights, strict=True):
                if w:
                    expected = Fraction(total * w, whole)
                    d += (row[p - 1] - expected) ** 2 / expected
        deviation[p] = d
    # Only the pairs level on areas won go on to the second measure.
    least = min(deviation[p] for p in contenders)
    evenest = [p for p in contenders if deviation[p] == least]
    winner = evenest[0] if len(evenest) == 1 else None
    brk = TieBreak(
        unit=unit,
        tied=leaders,
        areas_won=areas_won,
        deviation=tuple(deviation[p] for p in leaders),
        decided_by="deviation" if winner is not None else None,
    )
    return brk, winner
