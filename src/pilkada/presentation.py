"""How domain objects show themselves, without the domain importing its presentation.

The domain classes that can be shown as a table or a picture (``Schedule``,
``GrantAgreement``, ``GrantStatus``, ``StaffingPlan``, ``TpsResults``, ``Recap``, ``Outcome``)
inherit :class:`Tabular` or :class:`Pictured`; those that write themselves out as a paragraph
for a report (``GrantAgreement``) also inherit :class:`Described`. Their methods (``to_html``,
``_repr_html_``, ``to_pandas``, ``plot``, ``describe``) dispatch through the generic functions
below (:func:`html`, :func:`frame`, :func:`picture`, :func:`prose`), which the
display layer (:mod:`pilkada.display`) fills with one implementation per class when it is
first needed. The domain names the display package only as a string, loaded on first use:
no domain module imports presentation code, and ``import pilkada`` loads none of it.

>>> from pilkada import PILKADA_2024
>>> PILKADA_2024.to_html().startswith('<div class="pilkada">')
True
>>> PILKADA_2024.to_html(nonsense=1)
Traceback (most recent call last):
...
pilkada.errors.PilkadaTypeError: nonsense: Schedule.to_html() takes no option 'nonsense'; ...
>>> html(object())
Traceback (most recent call last):
...
pilkada.errors.PilkadaTypeError: obj: got object; an object pilkada can show as a table ...
"""

from __future__ import annotations

import functools
import importlib
import inspect
import warnings
from typing import TYPE_CHECKING, Any

from pilkada.errors import PilkadaTypeError
from pilkada.i18n import DEFAULT_LOCALE

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

__all__ = [
    "Described",
    "Framed",
    "Pictured",
    "Tabular",
    "frame",
    "html",
    "locale_option",
    "picture",
    "prose",
]

#: The package whose modules register the implementations (loaded on first use).
DISPLAY_PACKAGE = "pilkada.display"


def _refuse(what: str, obj: object) -> PilkadaTypeError:
    return PilkadaTypeError("obj", obj, f"got {type(obj).__name__}", f"an object pilkada {what}")


@functools.singledispatch
def html(obj: object, *, locale: str = DEFAULT_LOCALE, **options: object) -> str:
    """The HTML table of ``obj`` (``to_html``)."""
    raise _refuse("can show as a table (Schedule, GrantAgreement, Recap ...)", obj)


@functools.singledispatch
def frame(obj: object) -> pd.DataFrame:
    """The pandas DataFrame of ``obj`` (``to_pandas``)."""
    raise _refuse("can turn into a DataFrame (Schedule, GrantAgreement, Recap ...)", obj)


@functools.singledispatch
def picture(obj: object, **options: object) -> Figure:
    """The matplotlib Figure of ``obj`` (``plot``)."""
    raise _refuse("can draw (Schedule, GrantAgreement)", obj)


@functools.singledispatch
def prose(obj: object, *, locale: str = DEFAULT_LOCALE) -> str:
    """The paragraph of ``obj`` for a report, in the language of ``locale`` (``describe``)."""
    raise _refuse("can describe in words (GrantAgreement)", obj)


@functools.cache
def _display() -> None:
    """Load the display layer once; its modules register their implementations."""
    importlib.import_module(DISPLAY_PACKAGE)


def _call(generic: Any, obj: object, where: str, **options: object) -> Any:  # noqa: ANN401
    """Call ``generic``'s implementation for ``obj``, refusing options it does not take."""
    _display()
    implementation = generic.dispatch(type(obj))
    parameters = list(inspect.signature(implementation).parameters.values())[1:]
    if all(p.kind is not p.VAR_KEYWORD for p in parameters):
        accepted = [p.name for p in parameters if p.kind is p.KEYWORD_ONLY]
        for name, value in options.items():
            if name not in accepted:
                raise PilkadaTypeError(
                    name, value, f"{where}() takes no option {name!r}", f"one of {accepted}"
                )
    return generic(obj, **options)


def locale_option(locale: str | None, lang: str | None, *, where: str) -> str:
    """The ``locale=`` a method was given, reading the deprecated ``lang=`` for one release.

    Raises:
        PilkadaTypeError: Both were given.
    """
    if lang is None:
        return DEFAULT_LOCALE if locale is None else locale
    if locale is not None:
        raise PilkadaTypeError(
            "lang", lang, "both locale= and lang= were given", "locale= only (lang= is deprecated)"
        )
    warnings.warn(
        f"{where}(lang=...) is deprecated since pilkada 0.8 and will be removed in 0.9; "
        "use locale=...",
        DeprecationWarning,
        stacklevel=3,
    )
    return lang


class Framed:
    """A domain object that turns into a pandas DataFrame."""

    __slots__ = ()

    def to_pandas(self) -> pd.DataFrame:
        """A pandas DataFrame (needs ``pip install "pilkada[pandas]"``).

        The columns of each class are listed in :mod:`pilkada.display`; amounts are exact
        ``Decimal`` objects, dates ``datetime64[ns]``, counts ``int64``.

        Raises:
            PilkadaMissingDependencyError: pandas is not installed.
        """
        result: pd.DataFrame = _call(frame, self, f"{type(self).__name__}.to_pandas")
        return result


class Tabular(Framed):
    """A domain object that also shows as a table in notebooks (``_repr_html_``)."""

    __slots__ = ()

    def to_html(
        self, *, locale: str | None = None, lang: str | None = None, **options: object
    ) -> str:
        """An HTML table, labels in ``locale`` (Indonesian by default, ``"en"`` for English).

        Options some classes take: ``max_rows`` (``Recap``, default 60; ``None`` for all) and
        ``on`` (``GrantAgreement``: the day of the ledger's status). ``lang=`` is the
        deprecated name of ``locale=``.
        """
        where = f"{type(self).__name__}.to_html"
        chosen = locale_option(locale, lang, where=where)
        return str(_call(html, self, where, locale=chosen, **options))

    def _repr_html_(self) -> str:
        return self.to_html()


class Pictured(Tabular):
    """A tabular domain object that can also be drawn (needs ``pilkada[plot]``)."""

    __slots__ = ()

    def plot(
        self, *, locale: str | None = None, lang: str | None = None, **options: object
    ) -> Figure:
        """Draw the object with matplotlib; returns the ``Figure``.

        Options: ``ax`` (an ``Axes`` to draw on), ``today`` (``Schedule``) or ``on``
        (``GrantAgreement``, required). ``lang=`` is the deprecated name of ``locale=``.

        Raises:
            PilkadaMissingDependencyError: matplotlib is not installed.
        """
        where = f"{type(self).__name__}.plot"
        chosen = locale_option(locale, lang, where=where)
        figure: Figure = _call(picture, self, where, locale=chosen, **options)
        return figure


class Described:
    """A domain object that writes itself out as a paragraph for a report (``describe``)."""

    __slots__ = ()

    def describe(self, *, locale: str | None = None, lang: str | None = None) -> str:
        """The paragraph an official pastes into a report, in ``locale``'s language.

        Indonesian by default, ``locale="en"`` for English. ``lang=`` is the deprecated name of
        ``locale=``.
        """
        where = f"{type(self).__name__}.describe"
        chosen = locale_option(locale, lang, where=where)
        return str(_call(prose, self, where, locale=chosen))
