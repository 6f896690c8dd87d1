"""Command-line interface: ``python -m pilkada`` (or the ``pilkada`` script).

Subcommands, one module each:

* ``jadwal``: the Pilkada 2024 schedule (or a custom one, ``--file``) as a table, with the
  H-offsets and what is in progress on a day (``--tanggal``).
* ``hibah``: the tranches of a grant agreement (NPHD) with their deadlines, the paragraph a
  finance officer pastes into a report, and any rule the agreement breaks.
* ``adhoc``: the ad hoc bodies and members an area needs, with the honorarium budget.
* ``ambang``: the nomination thresholds for parties and independent candidates.
* ``sengketa``: whether a vote gap clears the Constitutional Court's Pasal 158 bar.
* ``laporan``: whether a report to Bawaslu is on time, and the deadlines that follow.
* ``rekap``: recapitulate TPS results from a CSV to a level, with anomalies and the outcome.
* ``rupiah``: read an amount as Indonesian documents write it, show it formatted and in
  words, and optionally split it by weights (the NPHD tranches: ``--split 40 60``).
* ``tanggal``: show a date, or a period of two dates, the Indonesian way.

Shared modules: :mod:`~pilkada.cli.common` (option types, JSON values, tables),
:mod:`~pilkada.cli.errors` (bad input, naming the option), :mod:`~pilkada.cli.parser`
(usage errors and help), :mod:`~pilkada.cli.progress` and :mod:`~pilkada.cli.app`
(:func:`main`, the parser put together).

Every subcommand shares the same conventions (docs/cli.md documents them, with each
command's JSON shape):

* Output is Indonesian by default; ``--lang en`` switches to English. That covers every line
  the command line writes itself, including its error messages, which name the option at
  fault (``argumen --dilaporkan: ...``); a reason the library gives follows in English.
* ``--json`` prints one JSON object on stdout: ``command``, ``lang``, then the command's keys
  (English snake_case). The values are :func:`pilkada.to_dict`'s: dates are ISO strings,
  Rupiah amounts decimal strings with two places, shares exact fractions (``"2/5"``), enums
  their names; legal bases are their citation.
* Exit status: 0 on success, 1 when a rule breach is found (schedule violations, grant
  findings, a late report, a gap over the Pasal 158 bar, anomalies in the results), 2 on bad
  input, with one line on stderr (never a traceback, with or without ``--json``), and 130
  when interrupted.
* ``rekap`` shows the progress of reading the file on stderr when stderr is a terminal
  (``--progress`` forces it, ``--no-progress`` turns it off).

:func:`main` returns the exit status; it never raises :class:`SystemExit`.
"""

from pilkada.cli.app import main

__all__ = ["main"]
