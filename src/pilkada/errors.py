"""Errors raised by :mod:`pilkada`.

Every error the library raises on bad input is a :class:`PilkadaError`. Each concrete class
also subclasses the matching builtin, so code that already catches ``ValueError`` or
``TypeError`` keeps working, and code that wants to catch "anything this library refused"
catches :class:`PilkadaError`.

An error carries data, not only a sentence:

* ``field``: the name of the offending field or argument (``"amount"``, ``"weights[1]"``);
* ``value``: the offending value itself;
* ``rule``: what is accepted, or the rule that was broken (in words, or a legal citation).

The message is built from those three and always says what was wrong and what is accepted.
Messages are written in English: exceptions are read by the developer who called the library.
Findings meant for election officials (later issues) carry Indonesian messages.

>>> from pilkada import Rupiah
>>> try:
...     Rupiah(0.1)
... except PilkadaTypeError as exc:
...     print(exc.field, exc.value)
...     print(exc)
amount 0.1
amount: got float 0.1; a Rupiah amount is never built from a float (...); pass an int, ...
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = [
    "PilkadaError",
    "PilkadaLookupError",
    "PilkadaMissingDependencyError",
    "PilkadaParseError",
    "PilkadaTypeError",
    "PilkadaValueError",
    "instance_of",
    "shown",
]


class PilkadaError(Exception):
    """Base class of every error :mod:`pilkada` raises on bad input.

    Args:
        field: Name of the offending field or argument.
        value: The offending value.
        problem: What is wrong with it, in a short clause.
        rule: What is accepted instead, or the rule that was broken.
    """

    field: str
    value: object
    problem: str
    rule: str

    def __init__(self, field: str, value: object, problem: str, rule: str) -> None:
        self.field = field
        self.value = value
        self.problem = problem
        self.rule = rule
        super().__init__(f"{field}: {problem}; {rule}")


class PilkadaValueError(PilkadaError, ValueError):
    """A value of the right type that breaks a rule (out of range, wrong precision, ...)."""


class PilkadaTypeError(PilkadaError, TypeError):
    """A value of a type the library refuses (a ``float`` where money is expected, ...)."""


class PilkadaParseError(PilkadaValueError):
    """Text that cannot be read unambiguously. ``value`` is the text, quoted in the message."""


class PilkadaLookupError(PilkadaError, KeyError):
    """A key that is not there: a stage a schedule does not date, an unknown stage name."""

    def __str__(self) -> str:
        # KeyError would show the message quoted, as repr(); a message reads better plain.
        return str(self.args[0])


class PilkadaMissingDependencyError(PilkadaError, ImportError):
    """An optional dependency a feature needs is not installed (pandas, matplotlib, ...).

    ``field`` is the feature (``"to_pandas()"``), ``value`` the missing package, and ``rule``
    the command that installs it with the matching extra, e.g. ``pip install "pilkada[pandas]"``.

    >>> exc = PilkadaMissingDependencyError(package="pandas", extra="pandas", feature="to_pandas()")
    >>> print(exc)
    to_pandas(): needs the optional package pandas, which is not installed; install it with: ...
    >>> exc.rule
    'install it with: pip install "pilkada[pandas]"'
    >>> exc.value, exc.extra, isinstance(exc, ImportError)
    ('pandas', 'pandas', True)
    """

    package: str
    extra: str

    def __init__(self, package: str, extra: str, feature: str = "this feature") -> None:
        self.package = package
        self.extra = extra
        PilkadaError.__init__(
            self,
            feature,
            package,
            f"needs the optional package {package}, which is not installed",
            f'install it with: pip install "pilkada[{extra}]"',
        )
        # ImportError's own attributes, so tools that read exc.name see the missing module.
        self.name = package
        self.path = None


def shown(value: object) -> str:
    """``repr(value)`` for a message, or a short description when it cannot be shown.

    An int past Python's limit on int-to-text conversion (4,300 digits) has no ``repr``: the
    message then gives its size, so refusing a value never fails on the refusal itself.

    >>> shown("x"), shown(10**5000)
    ("'x'", '<an int of 5001 digits>')
    """
    try:
        return repr(value)
    except ValueError:
        if isinstance(value, int):
            return f"<an int of {_digits(value)} digits>"
        return f"<a {type(value).__name__} too large to show>"


def _digits(value: int) -> int:
    """The number of decimal digits of ``value``, without converting it to text."""
    value = abs(value)
    # From below: 2**(b - 1) <= value gives b * log10(2) - 0.302 <= log10(value), so this
    # estimate never exceeds the digits (floor(log10(value)) + 1), and is raised to them.
    digits = max(1, int(value.bit_length() * 0.30102999566398120))  # log10(2)
    while value >= 10**digits:
        digits += 1
    return digits


def instance_of(kind: type | tuple[type, ...]) -> Callable[[Any, Any, Any], None]:
    """An attrs validator like ``attrs.validators.instance_of`` that raises a PilkadaTypeError.

    The error names the field, the value and the accepted type.
    """
    names = " or ".join(k.__name__ for k in kind) if isinstance(kind, tuple) else kind.__name__

    def check(_: object, attribute: Any, value: object) -> None:  # noqa: ANN401
        if not isinstance(value, kind):
            raise PilkadaTypeError(
                attribute.name, value, f"got {type(value).__name__} {shown(value)}", f"a {names}"
            )

    return check
