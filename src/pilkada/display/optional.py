"""Lazy imports of the optional dependencies (pandas, matplotlib), in one place.

The core of :mod:`pilkada` needs none of them; a feature that does calls :func:`require`
when it runs, so ``import pilkada`` stays light and a missing package is reported with the
command that installs it:

>>> require("json", "pandas").__name__
'json'
>>> require("surely_not_installed_pkg", "plot", feature="plot()")
Traceback (most recent call last):
...
pilkada.errors.PilkadaMissingDependencyError: plot(): needs the optional package surely_not_installed_pkg, which is not installed; install it with: pip install "pilkada[plot]"
"""  # noqa: E501

from __future__ import annotations

import importlib
import types

from pilkada.errors import PilkadaMissingDependencyError

__all__ = ["require"]


def require(module_name: str, extra: str, *, feature: str | None = None) -> types.ModuleType:
    """Import ``module_name`` now, or raise :class:`PilkadaMissingDependencyError`.

    Args:
        module_name: The module to import (``"pandas"``, ``"matplotlib.pyplot"``).
        extra: The ``pilkada[...]`` extra that installs it (``"pandas"``, ``"plot"``).
        feature: What needs it, for the message (``"to_pandas()"``); defaults to the module.

    Returns:
        The imported module.

    Raises:
        PilkadaMissingDependencyError: The package is not installed (or is blocked, as
            ``sys.modules[name] = None`` does in tests). It also is an ``ImportError``.
    """
    package = module_name.partition(".")[0]
    try:
        return importlib.import_module(module_name)
    except ImportError as exc:
        # Only the package itself missing is "not installed"; a broken install of it, or a
        # missing dependency of its own, is re-raised as it is.
        if exc.name is not None and exc.name.partition(".")[0] != package:
            raise
        raise PilkadaMissingDependencyError(
            package=package, extra=extra, feature=feature or f"{module_name} support"
        ) from exc
