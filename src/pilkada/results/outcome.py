"""What a count decides: :class:`Outcome`, and how a tie was handled (:class:`TieBreak`)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs

from pilkada.boundary import as_count, check_derived, count_field, items_field
from pilkada.errors import PilkadaTypeError, PilkadaValueError, instance_of, shown
from pilkada.i18n import DEFAULT_LOCALE, format_number, lang_of
from pilkada.law import Certainty, LegalBasis
from pilkada.presentation import Tabular
from pilkada.regions import AreaLevel, ElectionKind, RegionCode
from pilkada.results.fields import check_progress
from pilkada.results.verdicts import Verdict, WinnerRule
from pilkada.results.wording import outcome_message
from pilkada.schedule.repeat import reelection_deadline

__all__ = ["Outcome", "Provisional", "TieBreak"]


def _anomaly_count(value: object) -> int:
    return as_count("anomalies", value)


def _reported(value: object) -> int | None:
    return None if value is None else as_count("tps_reported", value)


def _expected(value: object) -> int | None:
    return None if value is None else as_count("tps_expected", value)


@attrs.frozen(kw_only=True)
class Provisional:
    """Why an outcome is provisional: the count it rests on is anomalous or incomplete.

    Attributes:
        anomalies: The anomalies found in the count (see :class:`~pilkada.results.Anomaly`).
        tps_reported, tps_expected: The TPS whose result is in, of those expected.
    """

    anomalies: int = attrs.field(default=0, converter=_anomaly_count)
    tps_reported: int | None = attrs.field(default=None, converter=_reported)
    tps_expected: int | None = attrs.field(default=None, converter=_expected)

    def __attrs_post_init__(self) -> None:
        check_progress(self.tps_reported, self.tps_expected)
        if not self.anomalies and not self.missing:
            raise PilkadaValueError(
                "anomalies",
                self.anomalies,
                "no anomaly and no TPS missing: nothing makes the outcome provisional",
                "anomalies >= 1, or tps_reported < tps_expected",
            )

    @property
    def missing(self) -> int:
        """Expected TPS whose result is not in."""
        if self.tps_expected is None or self.tps_reported is None:
            return 0
        return max(self.tps_expected - self.tps_reported, 0)

    def reasons(self, *, locale: str = DEFAULT_LOCALE) -> str:
        """Why, in a clause: ``'3 anomali; 16 dari 2.084 TPS belum ada hasilnya'``."""
        en = lang_of(locale) == "en"
        parts = []
        if self.anomalies:
            n = format_number(self.anomalies, locale=locale)
            parts.append(f"{n} anomaly(ies) in the count" if en else f"{n} anomali")
        if self.missing:
            missing = format_number(self.missing, locale=locale)
            expected = format_number(self.tps_expected or 0, locale=locale)
            parts.append(
                f"{missing} of {expected} TPS not reported"
                if en
                else f"{missing} dari {expected} TPS belum ada hasilnya"
            )
        return "; ".join(parts)


@attrs.frozen(kw_only=True)
class TieBreak:
    """How a tie at the top was (or was not) broken by the spread of support.

    The law asks for the pair whose support is "lebih merata penyebarannya" across the
    kecamatan (Pasal 107(2)) or kab/kota (Pasal 109(2)) but defines no measure. This library
    uses, in order:

    1. ``areas_won``: the areas where the pair has strictly the most votes of all pairs (an
       area where the lead is shared counts for no one). This is the count KPU is reported
       to use; it is provisional.
    2. ``deviation``: if still tied, the chi-square distance between the pair's votes per
       area and the votes it would have if they followed each area's share of all valid
       votes, ``sum((v - V*w/W)**2 / (V*w/W))``, computed exactly; the smaller is the more
       even spread. Tied pairs have equal totals ``V``, so this compares like with like.

    Pairs still equal on both stay tied: the outcome says so rather than guess.

    Attributes:
        unit: The level of the areas (kecamatan or kabupaten/kota).
        tied: The pairs tied at the top.
        areas_won: For each tied pair, the areas it won.
        deviation: For each tied pair, its deviation (``None`` if step 2 was not needed).
        decided_by: ``"areas_won"``, ``"deviation"`` or ``None`` when the tie stands.
        certainty: ``PROVISIONAL``: the measure is this library's reading of the law.
    """

    unit: AreaLevel = attrs.field(validator=instance_of(AreaLevel))
    tied: tuple[int, ...] = attrs.field(validator=items_field(int))
    areas_won: tuple[int, ...] = attrs.field(validator=items_field(int))
    deviation: tuple[Fraction, ...] | None = attrs.field(
        validator=items_field(Fraction, optional=True)
    )
    decided_by: str | None = attrs.field(validator=attrs.validators.optional(instance_of(str)))
    certainty: Certainty = attrs.field(
        default=Certainty.PROVISIONAL, validator=instance_of(Certainty)
    )

    def __attrs_post_init__(self) -> None:
        # What _break_tie could have said: two or more pairs, one figure each, and the
        # measure named is the one that told them apart.
        tied = self.tied
        if len(tied) < 2 or list(tied) != sorted(set(tied)) or tied[0] < 1:
            raise PilkadaValueError("tied", tied, "not a tie", "two or more pairs, in order")
        for field in ("areas_won", "deviation"):
            figures = getattr(self, field)
            if figures is not None and (len(figures) != len(tied) or min(figures) < 0):
                raise PilkadaValueError(
                    field, figures, "not one figure per tied pair", "one figure >= 0 per pair"
                )
        by_areas = self.areas_won.count(max(self.areas_won)) == 1
        decided = "areas_won" if by_areas else None
        if self.deviation is not None:
            most = max(self.areas_won)
            level = [d for d, w in zip(self.deviation, self.areas_won, strict=True) if w == most]
            decided = decided or ("deviation" if level.count(min(level)) == 1 else None)
        if by_areas != (self.deviation is None) or self.decided_by != decided:
            raise PilkadaValueError(
                "decided_by", self.decided_by, "does not follow from areas_won and deviation",
                "areas_won when one pair won the most areas; else deviation (or None if equal)",
            )  # fmt: skip


def _winner(brk: TieBreak) -> int | None:
    """The pair a tie break decides for (``None`` when the tie stands)."""
    most = max(brk.areas_won)
    contenders = [i for i, won in enumerate(brk.areas_won) if won == most]
    if brk.decided_by == "deviation" and brk.deviation is not None:
        return brk.tied[min(contenders, key=lambda i: brk.deviation[i])]  # type: ignore[index]
    return brk.tied[contenders[0]] if brk.decided_by == "areas_won" else None


@attrs.frozen(kw_only=True)
class Outcome(Tabular):
    """What the count decides, the rule applied and its legal basis.

    Attributes:
        election: The election decided.
        region: Its region, when known.
        rule: The rule applied.
        verdict: ``ELECTED``, ``RUNOFF`` (Jakarta), ``REPEAT`` (the single pair did not
            reach more than 50 %) or ``TIE`` (a tie the law's rule does not break).
        elected: The elected pair's nomor urut, if any.
        runoff: The pairs in the second round (Jakarta).
        tied: The pairs tied, when the verdict is ``TIE``.
        votes, kolom_kosong, valid: The totals decided on.
        tie_break: How a tie at the top was handled.
        basis: The provision applied; ``also``: the others that follow from it.
        certainty: ``OFFICIAL``, or ``PROVISIONAL`` when a spread measure was needed or
            the count is anomalous or incomplete.
        numbers: Each pair's nomor urut on the ballot, in the order of ``votes`` (empty: 1,
            2, 3...). A single pair is often number 2, the kolom kosong number 1; ``elected``,
            ``runoff`` and ``tied`` name pairs by these numbers.
        provisional: Why the outcome is provisional, when the count is anomalous or
            incomplete (``None``: it is not).
    """

    election: ElectionKind = attrs.field(validator=instance_of(ElectionKind))
    region: RegionCode | None = attrs.field(
        validator=attrs.validators.optional(instance_of(RegionCode))
    )
    rule: WinnerRule = attrs.field(validator=instance_of(WinnerRule))
    verdict: Verdict = attrs.field(validator=instance_of(Verdict))
    elected: int | None = attrs.field(validator=count_field(minimum=1, optional=True))
    runoff: tuple[int, ...] = attrs.field(validator=items_field(int))
    tied: tuple[int, ...] = attrs.field(validator=items_field(int))
    votes: tuple[int, ...] = attrs.field(validator=items_field(int))
    kolom_kosong: int | None = attrs.field(validator=count_field(optional=True))
    valid: int = attrs.field(validator=instance_of(int))
    tie_break: TieBreak | None = attrs.field(
        validator=attrs.validators.optional(instance_of(TieBreak))
    )
    basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    also: tuple[LegalBasis, ...] = attrs.field(default=(), validator=items_field(LegalBasis))
    certainty: Certainty = attrs.field(default=Certainty.OFFICIAL, validator=instance_of(Certainty))
    numbers: tuple[int, ...] = attrs.field(default=(), validator=items_field(int))
    provisional: Provisional | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_of(Provisional))
    )

    @property
    def ballot_numbers(self) -> tuple[int, ...]:
        """Each pair's nomor urut, in the order of ``votes``."""
        return self.numbers or tuple(range(1, len(self.votes) + 1))

    def votes_of(self, pair: int) -> int:
        """The votes of the pair with nomor urut ``pair``."""
        return self.votes[self._index(pair)]

    def _index(self, pair: object) -> int:
        if isinstance(pair, bool) or not isinstance(pair, int):
            problem = f"got {type(pair).__name__} {shown(pair)}"
            raise PilkadaTypeError("pair", pair, problem, "a pair's nomor urut, an int")
        numbers = self.ballot_numbers
        if pair not in numbers:
            raise PilkadaValueError("pair", pair, "no such pair", f"one of {list(numbers)}")
        return numbers.index(pair)

    def __attrs_post_init__(self) -> None:
        # An outcome read back from data must say what decide() could have said: its pairs
        # exist, the verdict names who it needs, and the elected pair has the most votes.
        if not self.votes:
            raise PilkadaValueError("votes", self.votes, "not a count per pair", "ints >= 0")
        for i, count in enumerate(self.votes):
            as_count(f"votes[{i}]", count)
        if self.numbers and (
            len(self.numbers) != len(self.votes) or len(set(self.numbers)) != len(self.numbers)
        ):
            raise PilkadaValueError(
                "numbers", self.numbers, "not one distinct number per pair", "a nomor urut each"
            )
        pairs = self.ballot_numbers
        for field in ("runoff", "tied"):
            named = getattr(self, field)
            if any(pair not in pairs for pair in named) or len(set(named)) != len(named):
                raise PilkadaValueError(field, named, "names a pair twice or not at all", "1 to n")
        needs = {
            Verdict.ELECTED: self.elected is not None,
            Verdict.RUNOFF: self.elected is None and len(self.runoff) == 2,
            Verdict.REPEAT: self.elected is None,
            Verdict.TIE: self.elected is None and len(self.tied) >= 2,
        }
        if not needs[self.verdict]:
            raise PilkadaValueError(
                "verdict", self.verdict.name, "does not match elected, runoff and tied",
                "ELECTED with the elected pair, RUNOFF with two pairs, TIE with the tied",
            )  # fmt: skip
        if self.provisional is not None and self.certainty is not Certainty.PROVISIONAL:
            raise PilkadaValueError(
                "certainty",
                self.certainty.name,
                "an outcome provisional on its count stated as certain",
                "PROVISIONAL when provisional is given",
            )
        if self.elected is not None and (
            self.elected not in pairs or self.votes_of(self.elected) != max(self.votes)
        ):
            raise PilkadaValueError(
                "elected", self.elected, "is not a pair with the most votes", "the winning pair"
            )
        if self.provisional is None or not self.provisional.anomalies:
            # On anomalous forms the valid votes are as recorded, and need not add up.
            check_derived(
                "valid", self.valid, sum(self.votes) + (self.kolom_kosong or 0),
                "the votes of every pair and of the kolom kosong, added up",
            )  # fmt: skip
        if self.tie_break is not None:
            top = max(self.votes)
            leaders = tuple(sorted(p for p in pairs if self.votes_of(p) == top))
            check_derived("tie_break.tied", self.tie_break.tied, leaders, "the pairs level on top")
            winner = _winner(self.tie_break)
            check_derived("elected", self.elected, winner, "the pair the tie break decides for")

    def repeat_deadline(self, voting_day: dt.date | str) -> dt.date:
        """The last day of the re-election a kolom-kosong win calls for, from ``voting_day``.

        "Paling lama 1 tahun sejak hari pemungutan suara" (Putusan MK 126/PUU-XXII/2024 on
        UU 10/2016 Pasal 54D ayat (3)); see :func:`~pilkada.reelection_deadline`.

        >>> from pilkada import Tally, decide
        >>> lost = decide(Tally(votes=(40,), kolom_kosong=60), election="wali_kota")
        >>> lost.repeat_deadline("2024-11-27")
        datetime.date(2025, 11, 27)

        Raises:
            PilkadaValueError: the outcome calls for no re-election (its verdict is not
                ``REPEAT``), or ``voting_day`` is not a date.
        """
        if self.verdict is not Verdict.REPEAT:
            raise PilkadaValueError(
                "verdict", self.verdict.name, "calls for no re-election",
                "an outcome whose verdict is REPEAT (the kolom kosong won)",
            )  # fmt: skip
        return reelection_deadline(voting_day).day

    def share(self, pair: int) -> Fraction:
        """Pair ``pair``'s share of the valid votes, ``valid`` (0 when there are none)."""
        votes = self.votes_of(pair)
        return Fraction(votes, self.valid) if self.valid else Fraction(0)

    def message(self, *, locale: str = DEFAULT_LOCALE) -> str:
        """The outcome in a sentence, with the rule's basis (see :mod:`~.wording`)."""
        return outcome_message(self, locale=locale)

    def __str__(self) -> str:
        return self.message()
