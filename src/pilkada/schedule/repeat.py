"""Votes held again: the re-election after a kolom kosong win, and the PSU, lanjutan and susulan.

*Pemilihan ulang.* Where the single pair does not win more than half of the valid votes, the
election is held again (UU 10/2016 Pasal 54D ayat (2)-(3)). Putusan MK 126/PUU-XXII/2024
(read 14 November 2024) reads ayat (3) as "paling lama 1 (satu) tahun sejak hari pemungutan
suara": the next election falls within one year of voting day. Kabupaten Bangka and Kota
Pangkalpinang, where the kolom kosong won in 2024, voted again on 27 August 2025 (PKPU
19/2024):

>>> import datetime as dt
>>> print(reelection_deadline(dt.date(2024, 11, 27)))
paling lambat 27 November 2025
>>> reelection_deadline(dt.date(2024, 11, 27)).met_by(dt.date(2025, 8, 27))
True

*Repeated and continued votes* (:class:`RepeatedVote`): a PSU (pemungutan suara ulang) at a
TPS whose result cannot be used (UU 1/2015 Pasal 112), a lanjutan where part of the stages
were stopped by unrest or disaster (Pasal 120), a susulan where all were (Pasal 121), and the
PSU the Constitutional Court orders in a dispute ruling, within the days the ruling sets:

>>> print(RepeatedVote.PSU_MK.basis)
UU 10/2016 Pasal 157 ayat (8)
>>> print(psu_deadline(dt.date(2025, 2, 24), 60))
paling lambat 25 April 2025

The dates of the vote held again follow from its voting day:
:meth:`~pilkada.Schedule.derived_from` builds them, and :meth:`~pilkada.Schedule.validate`
checks a full schedule (docs: "After the count").
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Final

from pilkada import sources
from pilkada.boundary import as_date
from pilkada.calendar import Deadline, months_after
from pilkada.errors import PilkadaTypeError, PilkadaValueError, shown
from pilkada.i18n import lang_of
from pilkada.law import Certainty, LegalBasis
from pilkada.schedule.entries import MAX_DAYS, in_range

__all__ = [
    "REELECTION_WITHIN_MONTHS",
    "SINGLE_PAIR_PLEBISCITE_FROM",
    "RepeatedVote",
    "psu_deadline",
    "reelection_deadline",
]

_CHECKED: Final = sources.CHECKED  # the day these facts were checked

#: The re-election after a kolom kosong win is held within 12 months of voting day: UU 10/2016
#: Pasal 54D ayat (3) as read by Putusan MK 126/PUU-XXII/2024 (Tempo via refku.com 5172;
#: centralnews.id; orbitindonesia.com 30458; checked 2026-12-02).
REELECTION_WITHIN_MONTHS: Final = 12
REELECTION_BASIS: Final = sources.PUTUSAN_MK_126_2024.provision(checked=_CHECKED)

#: From the Pilkada of 2029 a single pair's ballot shows the pair with two columns, "setuju"
#: and "tidak setuju" (a plebiscite), instead of the kolom kosong: Putusan MK
#: 126/PUU-XXII/2024 on Pasal 54C ayat (2) (politikabc.com; Tempo via refku.com 5179). The
#: 2024 ballots were already printed, so the year of the first such vote is all it fixes.
SINGLE_PAIR_PLEBISCITE_FROM: Final = 2029


def reelection_deadline(voting_day: dt.date | str) -> Deadline:
    """The last day of the re-election after the kolom kosong won: 1 year after voting day.

    "Paling lama 1 tahun sejak hari pemungutan suara" (Putusan MK 126/PUU-XXII/2024 on UU
    10/2016 Pasal 54D ayat (3)): the anniversary is still in time. A 29 February voting day
    gives 28 February.

    Raises:
        PilkadaValueError: ``voting_day`` is not a date a schedule covers.
    """
    day = in_range("voting_day", as_date("voting_day", voting_day))
    return Deadline(months_after(day, REELECTION_WITHIN_MONTHS))


def psu_deadline(ruling_on: dt.date | str, days: int) -> Deadline:
    """The last day of a PSU the Court ordered "paling lama ``days`` hari" after its ruling.

    The ruling itself sets the days (30 to 180 in the rulings of 24 February 2025); they are
    calendar days counted from the day the ruling is read.

    Raises:
        PilkadaValueError: ``days`` is not a count of days, or the date leaves the calendar.
    """
    day = in_range("ruling_on", as_date("ruling_on", ruling_on))
    if isinstance(days, bool) or not isinstance(days, int):
        raise PilkadaTypeError("days", days, f"got {type(days).__name__} {shown(days)}", "an int")
    if not 1 <= days <= MAX_DAYS:
        raise PilkadaValueError("days", days, f"{days} is not a count of days", "1 or more")
    return Deadline(in_range("deadline", day + dt.timedelta(days=days)))


class RepeatedVote(enum.Enum):
    """A vote held again or continued, with what triggers it and its legal basis."""

    PSU = "pemungutan suara ulang"
    PSU_MK = "pemungutan suara ulang atas putusan Mahkamah Konstitusi"
    LANJUTAN = "pemilihan lanjutan"
    SUSULAN = "pemilihan susulan"
    PEMILIHAN_ULANG = "pemilihan ulang"

    @property
    def basis(self) -> LegalBasis:
        """The provision that provides for it."""
        return _INFO[self][0]

    @property
    def certainty(self) -> Certainty:
        """How sure the library is of the trigger and its basis."""
        return _INFO[self][1]

    def trigger(self, locale: str = "id") -> str:
        """What makes the vote happen, in the language of ``locale``."""
        return _INFO[self][2] if lang_of(locale) == "id" else _INFO[self][3]


_UU_1_2015 = sources.UU_1_2015
_INFO: dict[RepeatedVote, tuple[LegalBasis, Certainty, str, str]] = {
    # Keputusan KPU 1774/2024 repeats the wording of Pasal 112 ayat (1) (lampung.tribunnews.com
    # 2024/12/01); the statute's own PSU time limit was not found, so none is encoded.
    RepeatedVote.PSU: (
        _UU_1_2015.provision(pasal="112", checked=_CHECKED),
        Certainty.OFFICIAL,
        "gangguan keamanan yang membuat hasil pemungutan suara di TPS tidak dapat digunakan "
        "atau penghitungan suara tidak dapat dilakukan",
        "a disturbance that makes a TPS's vote unusable or its count impossible",
    ),
    # UU 10/2016 Pasal 157 ayat (8): the Court decides within 45 hari kerja of registration
    # (detik.com d-3181897 quotes it); the PSU deadline is the ruling's own.
    RepeatedVote.PSU_MK: (
        sources.UU_10_2016.provision(pasal="157", ayat="8", checked=_CHECKED),
        Certainty.OFFICIAL,
        "putusan Mahkamah Konstitusi dalam perselisihan hasil, dalam waktu yang ditetapkannya",
        "a Constitutional Court ruling on a result dispute, within the time the ruling sets",
    ),
    RepeatedVote.LANJUTAN: (
        _UU_1_2015.provision(pasal="120", checked=_CHECKED),
        Certainty.OFFICIAL,
        "kerusuhan, gangguan keamanan, bencana alam atau gangguan lain yang menghentikan "
        "sebagian tahapan di sebagian atau seluruh wilayah pemilihan",
        "unrest, a security disturbance, a disaster or another disruption that stops part of "
        "the stages in part or all of the area",
    ),
    # Pasal 121 is cited by the issue and by KPU practice; its text was not retrieved.
    RepeatedVote.SUSULAN: (
        _UU_1_2015.provision(pasal="121", checked=_CHECKED),
        Certainty.PROVISIONAL,
        "gangguan yang membuat seluruh tahapan tidak dapat dilaksanakan",
        "a disruption that stops all of the stages",
    ),
    RepeatedVote.PEMILIHAN_ULANG: (
        REELECTION_BASIS,
        Certainty.OFFICIAL,
        "kolom kosong memperoleh suara lebih banyak dari pasangan calon tunggal; diulang paling "
        "lama 1 tahun sejak hari pemungutan suara",
        "the kolom kosong beats the single pair; held again within 1 year of voting day",
    ),
}
