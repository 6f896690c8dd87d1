"""Vote counts at the TPS, their tiered recapitulation, and the rules that name the winner.

A TPS's count (the C.Hasil form) is a :class:`TpsResult`. Many of them form a
:class:`TpsResults` batch: columnar (one integer array per field), sorted by TPS code, with
duplicate codes refused, so that half a million TPS fit in memory and recapitulate in a
fraction of a second. Reading an element gives a frozen :class:`TpsResult` view.

:func:`recapitulate` adds the counts up the hierarchy: TPS, desa/kelurahan (PPS), kecamatan
(PPK), kabupaten/kota, provinsi. Every number is kept exactly, and each area carries the
anomalies of the TPS inside it. :func:`decide` applies the winner rule of UU 10/2016 (or, in
Jakarta, UU 29/2007 Pasal 11) and names it.

>>> from pilkada.i18n import format_percent
>>> tps = TpsResult(
...     tps="33.16.01.2001.001", pairs=2, dpt=250, dptb=3,
...     voters_dpt=200, voters_dptb=2, voters_dpk=1, ballots_used=203,
...     votes=(120, 80), valid=200, invalid=3)
>>> tps.validate()
[]
>>> format_percent(tps.turnout, decimals=2)
'79,92%'
>>> recap = recapitulate([tps], level="kecamatan")
>>> recap[0].votes, recap[0].tps
((120, 80), 1)
>>> outcome = decide(recap, election="bupati")
>>> outcome.verdict, outcome.elected, str(outcome.basis)
(<Verdict.ELECTED: 'terpilih'>, 1, 'UU 10/2016 Pasal 107 ayat (1)')

The package, by sub-concept:

* :mod:`~pilkada.results.fields`: the fields of the form and the one check of a count;
* :mod:`~pilkada.results.kernels`: whole NumPy columns summed and compared, every sum
  bounded before it is made; :mod:`~pilkada.results.columns`: a batch's columns, checked;
* :mod:`~pilkada.results.checks`: the counting rules, each written once, and :class:`Anomaly`;
* :mod:`~pilkada.results.records`: :class:`TpsResult` and :class:`TpsResults`;
* :mod:`~pilkada.results.recap`: :func:`recapitulate`, :class:`Recap`, :class:`RecapRow`;
* :mod:`~pilkada.results.tallies`: the totals one election is decided on;
* :mod:`~pilkada.results.verdicts`, :mod:`~pilkada.results.outcome`,
  :mod:`~pilkada.results.wording`, :mod:`~pilkada.results.winner`: :func:`decide` and what it
  returns, worded for the officials;
* :mod:`~pilkada.results.csv`: :func:`read_results_csv` (comma or semicolon) and
  :func:`write_results_csv`; :mod:`~pilkada.results.csv_fast`: plain files through pyarrow;
* :mod:`~pilkada.results.xlsx`: :func:`read_results_xlsx`, the same columns in a workbook;
* :mod:`~pilkada.results.sirekap`: :func:`read_sirekap`, KPU's public Sirekap JSON.
"""

from __future__ import annotations

from pilkada.results.checks import COUNTING_BASIS as COUNTING_BASIS
from pilkada.results.checks import COUNTING_CERTAINTY as COUNTING_CERTAINTY
from pilkada.results.checks import Anomaly, AnomalyKind
from pilkada.results.csv import ResultsCsvError, RowError, read_results_csv, write_results_csv
from pilkada.results.fields import CSV_COLUMNS
from pilkada.results.fields import FIELD_NAMES as FIELD_NAMES
from pilkada.results.fields import MAX_PAIRS as MAX_PAIRS
from pilkada.results.outcome import Outcome, Provisional, TieBreak
from pilkada.results.recap import RECAP_BASIS as RECAP_BASIS
from pilkada.results.recap import Recap, RecapRow, recapitulate
from pilkada.results.records import DuplicateTpsError, TpsResult, TpsResults
from pilkada.results.sirekap import SirekapCount, read_sirekap
from pilkada.results.tallies import Tally, tally
from pilkada.results.verdicts import Verdict, WinnerRule
from pilkada.results.winner import JAKARTA_RUNOFF as JAKARTA_RUNOFF
from pilkada.results.winner import KOLOM_KOSONG as KOLOM_KOSONG
from pilkada.results.winner import PLURALITY_GUBERNUR as PLURALITY_GUBERNUR
from pilkada.results.winner import PLURALITY_KAB_KOTA as PLURALITY_KAB_KOTA
from pilkada.results.winner import SINGLE_PAIR_ELECTED as SINGLE_PAIR_ELECTED
from pilkada.results.winner import SINGLE_PAIR_REPEAT as SINGLE_PAIR_REPEAT
from pilkada.results.winner import SPREAD_GUBERNUR as SPREAD_GUBERNUR
from pilkada.results.winner import SPREAD_KAB_KOTA as SPREAD_KAB_KOTA
from pilkada.results.winner import decide
from pilkada.results.xlsx import ResultsXlsxError, read_results_xlsx

__all__ = [
    "CSV_COLUMNS",
    "Anomaly",
    "AnomalyKind",
    "DuplicateTpsError",
    "Outcome",
    "Provisional",
    "Recap",
    "RecapRow",
    "ResultsCsvError",
    "ResultsXlsxError",
    "RowError",
    "SirekapCount",
    "Tally",
    "TieBreak",
    "TpsResult",
    "TpsResults",
    "Verdict",
    "WinnerRule",
    "decide",
    "read_results_csv",
    "read_results_xlsx",
    "read_sirekap",
    "recapitulate",
    "tally",
    "write_results_csv",
]
