"""Parties and coalitions: the nomination threshold (UU 10/2016 Pasal 40; MK 60/PUU-XXII/2024)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs

from pilkada.boundary import (
    as_count,
    check_derived,
    count_field,
    date_field,
    share_field,
)
from pilkada.candidacy.common import Level, ceil_share, level_of, number, percent_text
from pilkada.candidacy.data import Bracket, SeatsOrVotes, TierRule, version_in_force
from pilkada.errors import PilkadaValueError, instance_of
from pilkada.i18n import DEFAULT_LOCALE, lang_of
from pilkada.law import Certainty, LegalBasis
from pilkada.regions import RegionLevel
from pilkada.rules import Violation

__all__ = [
    "NominationCheck",
    "NominationThreshold",
    "check_nomination",
    "party_nomination_threshold",
]


@attrs.frozen(kw_only=True)
class NominationThreshold:
    """The bar a party or coalition must clear to nominate a pair, in one region on one day.

    Attributes:
        level: The region's level.
        dpt: The region's DPT (most recent election), as given.
        vote_share: The least share of the valid votes in the last DPRD election.
        seat_share: Under the rule before MK 60/PUU-XXII/2024, the least share of DPRD seats
            (either suffices); ``None`` since.
        bracket: The DPT bracket the region falls in (``None`` under the old rule).
        effective: The day the rule applied took effect.
        basis: Its legal basis.
        certainty: How sure the rule is.
    """

    level: RegionLevel = attrs.field(validator=instance_of(RegionLevel))
    dpt: int | None = attrs.field(validator=count_field(minimum=1, optional=True))
    vote_share: Fraction = attrs.field(validator=share_field())
    seat_share: Fraction | None = attrs.field(validator=share_field(optional=True))
    bracket: Bracket | None = attrs.field(validator=attrs.validators.optional(instance_of(Bracket)))
    effective: dt.date = attrs.field(validator=date_field())
    basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    certainty: Certainty = attrs.field(validator=instance_of(Certainty))

    def __attrs_post_init__(self) -> None:
        # Either rule the library knows: seats or votes (no bracket), or votes by DPT bracket.
        if (self.bracket is None) == (self.seat_share is None):
            raise PilkadaValueError(
                "bracket",
                self.bracket,
                "a threshold has a DPT bracket or a seat share, one of the two",
                "a bracket (from MK 60/PUU-XXII/2024) or a seat share (the rule before it)",
            )
        if self.bracket is not None:
            if self.dpt not in self.bracket:
                raise PilkadaValueError(
                    "dpt", self.dpt, f"not in the bracket {self.bracket.label('en')}",
                    "the bracket the DPT falls in",
                )  # fmt: skip
            check_derived(
                "vote_share", self.vote_share, self.bracket.share, "the share of its bracket"
            )

    def votes_needed(self, total_valid_votes: int) -> int:
        """The fewest votes that reach ``vote_share``: ``ceil(vote_share * total)``.

        "Paling sedikit X %" is met by ``votes >= X % * total``; for whole votes that is
        ``votes >= ceil(X % * total)``, so a coalition exactly on the bar passes.

        >>> from pilkada import RegionLevel
        >>> party_nomination_threshold(RegionLevel.KOTA, 400_000).votes_needed(123_457)
        10494
        """
        total = as_count("total_valid_votes", total_valid_votes, minimum=1)
        return ceil_share(self.vote_share, total)

    def seats_needed(self, total_seats: int) -> int | None:
        """The fewest DPRD seats that reach ``seat_share`` (``None`` when seats do not count)."""
        if self.seat_share is None:
            return None
        return ceil_share(self.seat_share, as_count("total_seats", total_seats, minimum=1))

    def describe(self, locale: str = DEFAULT_LOCALE) -> str:
        """The bar in words: ``paling sedikit 8,5% suara sah (DPT lebih dari 250.000 ...)``."""
        lang = lang_of(locale)
        votes = percent_text(self.vote_share, locale)
        if self.seat_share is not None:
            seats = percent_text(self.seat_share, locale)
            if lang == "id":
                return f"paling sedikit {seats} kursi DPRD atau {votes} suara sah"
            return f"at least {seats} of the DPRD seats or {votes} of the valid votes"
        dpt = "" if self.bracket is None else f" (DPT {self.bracket.label(locale)})"
        if lang == "id":
            return f"paling sedikit {votes} suara sah{dpt}"
        return f"at least {votes} of the valid votes{dpt}"


def party_nomination_threshold(
    level: Level, dpt: int | None = None, *, on: dt.date | str | None = None
) -> NominationThreshold:
    """The nomination threshold for parties and coalitions in force on day ``on``.

    Args:
        level: The region's level (or the election it holds), as a member or its name.
        dpt: The region's DPT from the most recent election. Required from 20 August 2024
            (MK 60/PUU-XXII/2024), when the bracket depends on it; ignored before.
        on: The day the rule applies to, a date or an ISO string (default: the latest rule).

    Raises:
        PilkadaValueError: ``on`` is before 1 July 2016 (UU 10/2016; earlier law is not
            modelled), or the DPT is needed and missing.
        PilkadaTypeError: ``dpt`` is not an int.

    >>> party_nomination_threshold("kabupaten", 250_000, on="2024-08-20").describe("en")
    'at least 10% of the valid votes (DPT up to 250,000)'
    """
    region = level_of(level)
    version = version_in_force("party_nomination", on, "party nomination threshold")
    rule = version.value
    if dpt is not None:
        as_count("dpt", dpt, minimum=1)
    if isinstance(rule, SeatsOrVotes):
        return NominationThreshold(
            level=region,
            dpt=dpt,
            vote_share=rule.vote_share,
            seat_share=rule.seat_share,
            bracket=None,
            effective=version.effective,
            basis=rule.basis,
            certainty=version.certainty,
        )
    if dpt is None:
        raise PilkadaValueError(
            "dpt",
            None,
            f"the threshold in force from {version.effective.isoformat()} ({version.basis}) "
            "depends on the region's DPT",
            "pass dpt=, the DPT of the most recent election in the region",
        )
    tier: TierRule = rule.tier(region)
    bracket = tier.row(dpt)
    return NominationThreshold(
        level=region,
        dpt=dpt,
        vote_share=bracket.share,
        seat_share=None,
        bracket=bracket,
        effective=version.effective,
        basis=tier.basis,
        certainty=version.certainty,
    )


@attrs.frozen(kw_only=True)
class NominationCheck:
    """Whether a party or coalition may nominate, and by how much it clears or misses the bar.

    ``vote_margin`` is ``votes - votes_needed``: zero or more passes (0 is exactly on the bar),
    below zero is the number of votes missing. Under the old rule the seat route is checked too
    when seats are given, and either route suffices.
    """

    threshold: NominationThreshold = attrs.field(validator=instance_of(NominationThreshold))
    votes: int = attrs.field(validator=count_field())
    total_valid_votes: int = attrs.field(validator=count_field(minimum=1))
    votes_needed: int = attrs.field(validator=count_field())
    seats: int | None = attrs.field(default=None, validator=count_field(optional=True))
    total_seats: int | None = attrs.field(
        default=None, validator=count_field(minimum=1, optional=True)
    )
    seats_needed: int | None = attrs.field(default=None, validator=count_field(optional=True))

    def __attrs_post_init__(self) -> None:
        if self.votes > self.total_valid_votes:
            raise PilkadaValueError(
                "votes", self.votes, f"more than the {self.total_valid_votes} valid votes",
                "at most total_valid_votes",
            )  # fmt: skip
        check_derived(
            "votes_needed",
            self.votes_needed,
            self.threshold.votes_needed(self.total_valid_votes),
            "the vote share of the threshold times the valid votes, rounded up",
        )
        given = (self.seats, self.total_seats, self.seats_needed)
        if given == (None, None, None):
            return
        if None in given or self.threshold.seat_share is None:
            raise PilkadaValueError(
                "seats", given, "seats are counted only with all three seat numbers",
                "seats, total_seats and seats_needed together, under a rule that counts seats",
            )  # fmt: skip
        if self.seats > self.total_seats:  # type: ignore[operator]
            raise PilkadaValueError(
                "seats", self.seats, f"more than the {self.total_seats} seats", "<= total_seats"
            )
        check_derived(
            "seats_needed",
            self.seats_needed,
            self.threshold.seats_needed(self.total_seats),  # type: ignore[arg-type]
            "the seat share of the threshold times the seats, rounded up",
        )

    @property
    def share(self) -> Fraction:
        """The coalition's exact share of the valid votes."""
        return Fraction(self.votes, self.total_valid_votes)

    @property
    def vote_margin(self) -> int:
        """Votes above the bar (negative: votes missing)."""
        return self.votes - self.votes_needed

    @property
    def seat_margin(self) -> int | None:
        """Seats above the seat bar (negative: missing); ``None`` when seats were not checked."""
        if self.seats is None or self.seats_needed is None:
            return None
        return self.seats - self.seats_needed

    @property
    def passes_by_votes(self) -> bool:
        """The coalition reaches the vote share."""
        return self.vote_margin >= 0

    @property
    def passes_by_seats(self) -> bool | None:
        """The coalition reaches the seat share (``None`` when seats were not checked)."""
        margin = self.seat_margin
        return None if margin is None else margin >= 0

    @property
    def may_nominate(self) -> bool:
        """The coalition clears the bar by votes, or (old rule) by seats."""
        return self.passes_by_votes or bool(self.passes_by_seats)

    def summary(self, locale: str = DEFAULT_LOCALE) -> str:
        """One line: the bar, the votes needed, and the result."""
        needed, margin = self.votes_needed, self.vote_margin
        bar = self.threshold.describe(locale)
        votes, total = number(self.votes, locale), number(self.total_valid_votes, locale)
        gap = number(abs(margin), locale)
        if lang_of(locale) == "id":
            verdict = "memenuhi syarat" if self.may_nominate else "tidak memenuhi syarat"
            by = f"lebih {gap}" if margin >= 0 else f"kurang {gap}"
            return (
                f"{votes} dari {total} suara sah; "
                f"ambang batas {bar}: {number(needed, locale)} suara ({by} suara): {verdict}."
            )
        verdict = "may nominate" if self.may_nominate else "may not nominate"
        by = f"{gap} above" if margin >= 0 else f"{gap} short"
        return (
            f"{votes} of {total} valid votes; threshold "
            f"{bar}: {number(needed, locale)} votes ({by}): {verdict}."
        )

    def findings(self) -> list[Violation]:
        """Empty when the coalition may nominate; otherwise one finding saying by how much."""
        if self.may_nominate:
            return []
        short = -self.vote_margin
        seats_id = seats_en = ""
        if self.seat_margin is not None:
            seats_id = f" dan {number(self.seats or 0, 'id')} kursi (perlu {self.seats_needed})"
            seats_en = f" and {number(self.seats or 0, 'en')} seats ({self.seats_needed} needed)"
        return [
            Violation.of(
                "AMBANG_BATAS_PENCALONAN",
                (),
                f"Partai politik atau gabungan partai politik memperoleh "
                f"{number(self.votes, 'id')} dari {number(self.total_valid_votes, 'id')} suara "
                f"sah{seats_id}; ambang batas pencalonan {self.threshold.describe('id')} adalah "
                f"{number(self.votes_needed, 'id')} suara: kurang {number(short, 'id')} suara.",
                f"The party or coalition has {number(self.votes, 'en')} of "
                f"{number(self.total_valid_votes, 'en')} valid votes{seats_en}; the nomination "
                f"threshold, {self.threshold.describe('en')}, is "
                f"{number(self.votes_needed, 'en')} votes: {number(short, 'en')} short.",
                self.threshold.basis,
            )
        ]


def _seats_needed(
    threshold: NominationThreshold, seats: int | None, total_seats: int | None
) -> int | None:
    """The seats needed when both seat counts are given (and the rule counts seats)."""
    if (seats is None) != (total_seats is None):
        raise PilkadaValueError(
            "total_seats" if total_seats is None else "seats",
            None,
            "seats and total_seats come together",
            "give both, or neither",
        )
    if seats is None or total_seats is None:
        return None
    total_seats = as_count("total_seats", total_seats, minimum=1)
    if as_count("seats", seats) > total_seats:
        raise PilkadaValueError(
            "seats", seats, f"{seats} is more than the {total_seats} seats", "<= total_seats"
        )
    return threshold.seats_needed(total_seats)


def check_nomination(
    coalition_votes: int,
    total_valid_votes: int,
    *,
    level: Level,
    dpt: int | None = None,
    seats: int | None = None,
    total_seats: int | None = None,
    on: dt.date | str | None = None,
) -> NominationCheck:
    """Whether a party or coalition may nominate a pair, on the rule in force on ``on``.

    Args:
        coalition_votes: The party's or coalition's valid votes in the last DPRD election in
            the region.
        total_valid_votes: All valid votes in that election in the region.
        level: The region's level (or the election it holds), as a member or its name or
            value in any case (``"provinsi"``).
        dpt: The region's DPT (needed from 20 August 2024).
        seats: The coalition's DPRD seats (only the rule before MK 60/PUU-XXII/2024 counts
            them; give ``total_seats`` too).
        total_seats: The seats in the DPRD.
        on: The day the rule applies to, a date or an ISO string (default: the latest rule).

    >>> from pilkada import RegionLevel
    >>> check = check_nomination(25_000, 250_000, level=RegionLevel.KABUPATEN, dpt=250_000)
    >>> check.votes_needed, check.vote_margin, check.may_nominate
    (25000, 0, True)
    >>> check_nomination(24_999, 250_000, level="kabupaten", dpt=250_000).vote_margin
    -1
    """
    threshold = party_nomination_threshold(level, dpt, on=on)
    total = as_count("total_valid_votes", total_valid_votes, minimum=1)
    votes = as_count("coalition_votes", coalition_votes)
    if votes > total:
        raise PilkadaValueError(
            "coalition_votes",
            votes,
            f"{votes} is more than the {total} valid votes",
            "at most total_valid_votes",
        )
    seats_needed = _seats_needed(threshold, seats, total_seats)
    return NominationCheck(
        threshold=threshold,
        votes=votes,
        total_valid_votes=total,
        votes_needed=threshold.votes_needed(total),
        seats=seats if seats_needed is not None else None,
        total_seats=total_seats if seats_needed is not None else None,
        seats_needed=seats_needed,
    )
