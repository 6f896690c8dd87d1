"""Pictures of a schedule and of a grant agreement, drawn with matplotlib (``pilkada[plot]``).

Private: the public entry points are :meth:`pilkada.Schedule.plot` and
:meth:`pilkada.GrantAgreement.plot`, which delegate here: :mod:`~pilkada.display.plot.schedule`
draws the schedule, :mod:`~pilkada.display.plot.grant` the grant agreement, and both share the
axis helpers, colours and texts of :mod:`~pilkada.display.plot.axes`.

* matplotlib is imported inside the functions, never when this module (or :mod:`pilkada`) is
  imported; without it, drawing raises :class:`~pilkada.errors.PilkadaMissingDependencyError`
  (an ``ImportError``), which says to ``pip install "pilkada[plot]"``.
* Figures are built with the object-oriented API (``matplotlib.figure.Figure``), never
  pyplot: no GUI backend and no global state are touched, so it works headless.
* Every text is Indonesian by default and English with ``lang="en"``. Month names, dates and
  amounts are formatted by the library (:mod:`pilkada.i18n` and
  :meth:`pilkada.Rupiah.format`), never by matplotlib's English date formatter. Amount ticks on
  an axis use an exact compact form (``Rp12,5 M``, an axis scale); the tranche amounts are
  written out exactly, to the sen.
* Dates go on the x axis as matplotlib date numbers (``matplotlib.dates.date2num``), so a
  caller can add their own ``datetime.date`` artists to the same axes. Periods are inclusive:
  a bar covers its first day from midnight to the end of its last day; single days (voting
  day, deadlines, transfers) sit at noon.
* The artists that carry meaning have a ``gid`` (:data:`GID`), so tests and callers can find
  them: ``fig.axes[0].findobj(lambda a: a.get_gid() == "voting-day")``.
"""

from pilkada.display.plot.axes import GID, day_of
from pilkada.display.plot.grant import plot_agreement
from pilkada.display.plot.schedule import plot_schedule

__all__ = ["GID", "day_of", "plot_agreement", "plot_schedule"]
