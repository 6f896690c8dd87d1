"""The display layer: HTML tables, DataFrames and pictures of the domain objects.

Nothing here is imported by the domain. :mod:`pilkada.presentation` loads this package the
first time a ``to_html()``, ``_repr_html_()``, ``to_pandas()``, ``plot()`` or ``describe()`` is
called, and
each module below registers its implementations with the generic functions there:

* :mod:`pilkada.display.table`: the :class:`~pilkada.display.table.Table` every table is
  described as once, rendered as HTML (Indonesian labels by default, amounts such as
  ``Rp13.962.082.800,00``, provisional rows marked *sementara*, all text escaped) or as a
  pandas DataFrame (``datetime64[ns]`` dates, ``int64`` counts, exact ``Decimal`` amounts,
  enums by name);
* :mod:`~pilkada.display.schedule`, :mod:`~pilkada.display.grants`,
  :mod:`~pilkada.display.adhoc`, :mod:`~pilkada.display.results`, :mod:`~pilkada.display.dana`:
  the tables of each concept
  (and, in :mod:`~pilkada.display.grants`, the paragraph of ``GrantAgreement.describe()``);
* :mod:`pilkada.display.plot`: ``Schedule.plot()`` (:mod:`~pilkada.display.plot.schedule`) and
  ``GrantAgreement.plot()`` (:mod:`~pilkada.display.plot.grant`), on the shared axis helpers of
  :mod:`~pilkada.display.plot.axes`;
* :mod:`pilkada.display.optional`: the lazy import of pandas and matplotlib.
"""

from pilkada.display import adhoc, dana, grants, plot, results, schedule

__all__ = ["adhoc", "dana", "grants", "plot", "results", "schedule"]
