"""The outcome of an election in one sentence, for the officials who announce it.

:meth:`Outcome.message <pilkada.results.Outcome.message>` returns it; it is built here, one
function per verdict, with the numbers and shares as the locale writes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pilkada.i18n import format_number, format_percent, lang_of
from pilkada.results.verdicts import Verdict, WinnerRule

if TYPE_CHECKING:
    from pilkada.results.outcome import Outcome

__all__ = ["outcome_message"]


def outcome_message(outcome: Outcome, *, locale: str) -> str:
    """The outcome in a sentence, in the language of ``locale``, with the rule's basis."""
    id_, en = _SENTENCES[outcome.verdict](outcome, locale)
    if outcome.provisional is not None:
        why = outcome.provisional.reasons(locale=locale)
        id_ = f"SEMENTARA ({why}): {id_}"
        en = f"PROVISIONAL ({why}): {en}"
    return id_ if lang_of(locale) == "id" else en


def _base(o: Outcome, locale: str) -> tuple[str, str]:
    valid = format_number(o.valid, locale=locale)
    return f"dari {valid} suara sah", f"of {valid} valid votes"


def _share(outcome: Outcome, pair: int, locale: str) -> str:
    return format_percent(outcome.share(pair), decimals=2, locale=locale)


def _elected(o: Outcome, locale: str) -> tuple[str, str]:
    if o.elected is None:  # pragma: no cover (an Outcome that is ELECTED names its pair)
        return _tie(o, locale)
    p, basis, pct = o.elected, o.basis.cite(locale=locale), _share(o, o.elected, locale)
    of_id, of_en = _base(o, locale)
    if o.rule is not WinnerRule.PLURALITY:
        return (
            f"Pasangan calon nomor urut {p} memperoleh {pct} {of_id}, lebih dari 50%, "
            f"dan terpilih ({basis}).",
            f"Pair no. {p} has {pct} {of_en}, more than 50%, and is elected ({basis}).",
        )
    votes = format_number(o.votes_of(p), locale=locale)
    spread_id = spread_en = ""
    if o.tie_break is not None:
        spread_id = " setelah seri, karena dukungannya lebih merata"
        spread_en = " after a tie, as its support is more evenly spread"
    return (
        f"Pasangan calon nomor urut {p} memperoleh suara terbanyak "
        f"({votes} suara, {pct} {of_id}){spread_id} dan terpilih ({basis}).",
        f"Pair no. {p} has the most votes ({votes}, {pct} {of_en}){spread_en} and is elected "
        f"({basis}).",
    )


def _repeat(o: Outcome, locale: str) -> tuple[str, str]:
    basis, pct = o.basis.cite(locale=locale), _share(o, o.ballot_numbers[0], locale)
    of_id, of_en = _base(o, locale)
    mk = o.also[-1].cite(locale=locale)  # Putusan MK 126/PUU-XXII/2024, added by decide()
    return (
        f"Pasangan calon tunggal memperoleh {pct} {of_id}, tidak lebih dari 50%: "
        f"pemilihan diulang paling lama 1 tahun sejak hari pemungutan suara ({mk}) dan "
        f"pemerintah menugaskan penjabat ({basis}).",
        f"The single pair has {pct} {of_en}, not more than 50%: the "
        f"election is repeated within 1 year of voting day ({mk}) and the government "
        f"appoints an acting head ({basis}).",
    )


def _runoff(o: Outcome, locale: str) -> tuple[str, str]:
    (a, b), basis = o.runoff, o.basis.cite(locale=locale)
    return (
        f"Tidak ada pasangan calon yang memperoleh lebih dari 50% suara sah: putaran "
        f"kedua antara nomor urut {a} dan {b} ({basis}).",
        f"No pair has more than 50% of the valid votes: a second round between pairs "
        f"no. {a} and {b} ({basis}).",
    )


def _tie(o: Outcome, locale: str) -> tuple[str, str]:
    tied, basis = ", ".join(map(str, o.tied)), o.basis.cite(locale=locale)
    return (
        f"Pasangan calon nomor urut {tied} memperoleh suara sama dan tidak dapat "
        f"dibedakan oleh aturan ini; tidak ditebak ({basis}).",
        f"Pairs no. {tied} are tied and this rule does not separate them; no winner is "
        f"guessed ({basis}).",
    )


_SENTENCES = {
    Verdict.ELECTED: _elected,
    Verdict.REPEAT: _repeat,
    Verdict.RUNOFF: _runoff,
    Verdict.TIE: _tie,
}
