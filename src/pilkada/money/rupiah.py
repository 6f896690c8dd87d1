"""The exact Rupiah amount: construction, arithmetic, allocation and format."""

from __future__ import annotations

import re
from decimal import (
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    ROUND_HALF_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    ROUND_UP,
    Context,
    Decimal,
    DecimalException,
    Inexact,
    InvalidOperation,
    Overflow,
)
from fractions import Fraction
from typing import Final

import attrs

from pilkada.errors import PilkadaParseError, PilkadaTypeError, PilkadaValueError, shown
from pilkada.i18n import DEFAULT_LOCALE, EXACT, forms_of
from pilkada.money.notation import read_figure
from pilkada.money.terbilang import check_spelling, read_words, spell

__all__ = ["LIMIT", "SEN", "Rupiah", "non_negative_rupiah", "positive_rupiah"]

SEN: Final = Decimal("0.01")
#: Amounts are limited to less than 10**18 rupiah (a million triliun; the whole national budget
#: is a few thousand triliun), so every amount can be spelled out and computed exactly.
LIMIT: Final = Decimal(10) ** 18
_ROUNDINGS: Final = frozenset(
    {
        ROUND_HALF_UP,
        ROUND_HALF_EVEN,
        ROUND_HALF_DOWN,
        ROUND_UP,
        ROUND_DOWN,
        ROUND_CEILING,
        ROUND_FLOOR,
    }
)
_PLAIN: Final = re.compile(r"[+-]?[0-9]+(?:\.[0-9]{1,2})?")
#: Decimal weights and factors are kept within this many orders of magnitude: far beyond any
#: real share, and small enough that exact arithmetic on them stays fast.
_MAX_EXPONENT: Final = 60
#: Context for the one place rounding is asked for (multiply): rounding allowed, nothing else.
_ROUNDING: Final = Context(prec=60, traps=[InvalidOperation, Overflow])


def _usable(number: Decimal) -> bool:
    """A finite Decimal of a sane magnitude (or zero)."""
    return number.is_finite() and (number.is_zero() or abs(number.adjusted()) <= _MAX_EXPONENT)


def _to_amount(value: object) -> Decimal:
    """Convert constructor input to an exact Decimal amount quantised to the sen."""
    if isinstance(value, Rupiah):
        return value.amount
    if isinstance(value, (bool, float)):
        why = (
            "binary floats cannot hold sen exactly"
            if isinstance(value, float)
            else "a bool is not an amount"
        )
        raise PilkadaTypeError(
            "amount",
            value,
            f"got {type(value).__name__} {shown(value)}",
            f"a Rupiah amount is never built from a {type(value).__name__} ({why}); "
            "pass an int, a str such as '1500000.50' or a decimal.Decimal",
        )
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, str):
        if not _PLAIN.fullmatch(value):
            raise PilkadaParseError(
                "amount",
                value,
                f"{shown(value)} is not a plain decimal number with at most two decimal places",
                "write it like '1500000' or '1500000.50'; to read an amount written the "
                "Indonesian way ('Rp1.500.000,00', 'Rp 2,5 juta') use Rupiah.parse",
            )
        amount = Decimal(value)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise PilkadaValueError("amount", value, f"{value} is not a number", "a finite amount")
        amount = value
    else:
        raise PilkadaTypeError(
            "amount",
            value,
            f"got {type(value).__name__} {shown(value)}",
            "an int, a str such as '1500000.50' or a decimal.Decimal",
        )
    return _checked(amount, "amount", value)


def _checked(amount: Decimal, field: str, original: object) -> Decimal:
    """Quantise an exact amount to the sen, refusing extra precision and amounts too large."""
    if amount.copy_abs() >= LIMIT:
        raise PilkadaValueError(
            field,
            original,
            f"{amount} is too large",
            "an amount below 10**18 rupiah (a million triliun)",
        )
    try:
        quantised = amount.quantize(SEN, context=EXACT)
    except DecimalException:
        raise PilkadaValueError(
            field,
            original,
            f"{amount} has more than two decimal places",
            "Rupiah amounts are exact to the sen (two decimal places); round explicitly "
            "with Rupiah.multiply(..., rounding=...) or allocate() before building the amount",
        ) from None
    return quantised if quantised else Decimal("0.00")  # no negative zero


@attrs.frozen(repr=False, order=True)
class Rupiah:
    """An exact amount of Indonesian rupiah, to the sen.

    Args:
        amount: An ``int`` (rupiah), a plain ``str`` (``"1500000.50"``) or a ``Decimal``,
            with at most two decimal places. A ``float`` is refused; so is a ``str`` with more
            than two decimal places (``"1.500"`` is 1 500 to an Indonesian reader and 1.5 to
            Python): use :meth:`parse` for text written the Indonesian way.

    Arithmetic stays exact: ``+`` and ``-`` between amounts, ``*`` by an ``int`` (exact) or a
    ``Decimal`` (rounded half-up to the sen; :meth:`multiply` takes another rounding),
    comparison, and ``sum()``. There is no division: split an amount with :meth:`allocate`.

    >>> Rupiah(1_500_000) + Rupiah("0.50")
    Rupiah('1500000.50')
    >>> sum([Rupiah(1), Rupiah(2)])
    Rupiah('3.00')
    >>> Rupiah(1_000) * Decimal("0.125")
    Rupiah('125.00')
    >>> Rupiah("10.005")
    Traceback (most recent call last):
    ...
    pilkada.errors.PilkadaParseError: amount: '10.005' is not a plain decimal number ...
    """

    amount: Decimal = attrs.field(converter=_to_amount)

    @classmethod
    def from_sen(cls, sen: int) -> Rupiah:
        """Build an amount from a whole number of sen: ``Rupiah.from_sen(150)`` is Rp1,50."""
        if isinstance(sen, bool) or not isinstance(sen, int):
            raise PilkadaTypeError("sen", sen, f"got {type(sen).__name__} {sen!r}", "an int")
        if abs(sen) >= LIMIT * 100:
            raise PilkadaValueError(
                "sen", sen, "the number of sen is too large", "an amount below 10**18 rupiah"
            )
        return cls(Decimal(sen).scaleb(-2, context=EXACT))

    @property
    def sen(self) -> int:
        """The amount as a whole number of sen."""
        return int(self.amount.scaleb(2, context=EXACT))

    # -- arithmetic ----------------------------------------------------------------------

    def __add__(self, other: object) -> Rupiah:
        if not isinstance(other, Rupiah):
            return NotImplemented
        return Rupiah(EXACT.add(self.amount, other.amount))

    def __radd__(self, other: object) -> Rupiah:
        # Only the int 0 that sum() starts from; adding plain numbers to money is refused.
        if type(other) is int and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: object) -> Rupiah:
        if not isinstance(other, Rupiah):
            return NotImplemented
        return Rupiah(EXACT.subtract(self.amount, other.amount))

    def __neg__(self) -> Rupiah:
        return Rupiah(EXACT.minus(self.amount))

    def __pos__(self) -> Rupiah:
        return self

    def __abs__(self) -> Rupiah:
        return Rupiah(EXACT.abs(self.amount))

    def __bool__(self) -> bool:
        return bool(self.amount)

    def __mul__(self, factor: object) -> Rupiah:
        if isinstance(factor, bool) or not isinstance(factor, (int, Decimal)):
            return NotImplemented
        return self.multiply(factor)

    __rmul__ = __mul__

    def multiply(self, factor: int | Decimal, *, rounding: str = ROUND_HALF_UP) -> Rupiah:
        """Multiply by an exact factor and round the product to the sen.

        Args:
            factor: An ``int`` or a finite ``Decimal`` (a ``float`` is refused).
            rounding: A ``decimal`` rounding mode; the default, ``ROUND_HALF_UP``, rounds half
                a sen away from zero. The product is exact before this one rounding.

        >>> Rupiah("0.05").multiply(Decimal("0.5"))
        Rupiah('0.03')
        >>> from decimal import ROUND_DOWN
        >>> Rupiah("0.05").multiply(Decimal("0.5"), rounding=ROUND_DOWN)
        Rupiah('0.02')
        """
        if isinstance(factor, bool) or not isinstance(factor, (int, Decimal)):
            raise PilkadaTypeError(
                "factor",
                factor,
                f"got {type(factor).__name__} {factor!r}",
                "an int or a decimal.Decimal (never a float)",
            )
        if isinstance(factor, Decimal) and not _usable(factor):
            raise PilkadaValueError(
                "factor",
                factor,
                f"{factor} is not a usable factor",
                f"a finite factor between 1e-{_MAX_EXPONENT} and 1e{_MAX_EXPONENT}",
            )
        if rounding not in _ROUNDINGS:
            raise PilkadaValueError(
                "rounding", rounding, f"unknown rounding {rounding!r}", "a decimal.ROUND_* mode"
            )
        factor = Decimal(factor)
        # Precision for an exact product: the digits of both operands.
        digits = len(self.amount.as_tuple().digits) + len(factor.as_tuple().digits) + 2
        product = Context(prec=digits, traps=[Inexact]).multiply(self.amount, factor)
        # The limit holds before rounding (a huge product is never quantised) and after it:
        # 999999999999999999.995 rounds half up to 10**18.
        rounded = (
            product
            if product.copy_abs() >= LIMIT
            else product.quantize(SEN, rounding=rounding, context=_ROUNDING)
        )
        if rounded.copy_abs() >= LIMIT:
            raise PilkadaValueError(
                "factor", factor, f"the product {product} is too large", "a product below 10**18"
            )
        return Rupiah(rounded)

    def allocate(self, *weights: int | Decimal | Fraction) -> tuple[Rupiah, ...]:
        """Split the amount in proportion to ``weights``, conserving the total to the sen.

        Each part is within one sen of its exact share. The sen that cannot be split evenly go,
        one each, to the parts with the largest remainders (ties to the earlier part): the
        *largest remainder* method.

        Args:
            weights: Non-negative ``int``, ``Decimal`` or ``Fraction`` weights, at least one
                of them positive (``40, 60``; ``Decimal("0.4"), Decimal("0.6")``).

        >>> Rupiah(34_905_207_000).allocate(40, 60)
        (Rupiah('13962082800.00'), Rupiah('20943124200.00'))
        >>> Rupiah(100).allocate(1, 1, 1)
        (Rupiah('33.34'), Rupiah('33.33'), Rupiah('33.33'))
        """
        if not weights:
            raise PilkadaValueError(
                "weights", weights, "no weights given", "one or more weights, e.g. allocate(40, 60)"
            )
        exact: list[Fraction] = []
        for index, weight in enumerate(weights):
            if isinstance(weight, bool) or not isinstance(weight, (int, Decimal, Fraction)):
                raise PilkadaTypeError(
                    f"weights[{index}]",
                    weight,
                    f"got {type(weight).__name__} {weight!r}",
                    "an int, decimal.Decimal or fractions.Fraction (never a float)",
                )
            if isinstance(weight, Decimal) and not _usable(weight):
                raise PilkadaValueError(
                    f"weights[{index}]",
                    weight,
                    f"{weight} is not a usable weight",
                    f"a finite weight between 1e-{_MAX_EXPONENT} and 1e{_MAX_EXPONENT}",
                )
            if weight < 0:
                raise PilkadaValueError(
                    f"weights[{index}]", weight, f"negative weight {weight}", "weights >= 0"
                )
            exact.append(Fraction(weight))
        total_weight = sum(exact)
        if total_weight == 0:
            raise PilkadaValueError(
                "weights", weights, "all weights are zero", "at least one positive weight"
            )
        sign = -1 if self.amount < 0 else 1
        total = abs(self.sen)
        shares = [total * weight / total_weight for weight in exact]
        parts = [share.numerator // share.denominator for share in shares]
        left = total - sum(parts)
        by_remainder = sorted(range(len(parts)), key=lambda i: (-(shares[i] - parts[i]), i))
        for index in by_remainder[:left]:
            parts[index] += 1
        return tuple(Rupiah.from_sen(sign * part) for part in parts)

    # -- text ----------------------------------------------------------------------------

    def __repr__(self) -> str:
        return f"Rupiah('{self.amount}')"

    def __str__(self) -> str:
        return self.format()

    def format(self, *, sen: bool = True, locale: str = DEFAULT_LOCALE) -> str:
        """Format the exact amount: ``Rp34.905.207.000,00`` (``IDR34,905,207,000.00``).

        Args:
            sen: Show the sen (``Rp34.905.207.000,00``), always two decimals. With
                ``sen=False`` the amount must be whole (``Rp34.905.207.000``); an amount with
                sen is refused rather than rounded.
            locale: ``"id_ID"`` (default) or an English locale (``IDR1,500.00``).

        The pattern is the library's own (``¤#,##0.00``, with the symbols of
        :data:`pilkada.i18n.FORMS`), never CLDR's currency digits: the output is the same
        whatever Babel version is installed, nothing is ever rounded, and
        ``Rupiah.parse(r.format(locale=L), locale=L) == r`` for every amount.

        >>> Rupiah("1500001.50").format()
        'Rp1.500.001,50'
        >>> Rupiah("0.01").format()
        'Rp0,01'
        >>> Rupiah(-1_500_000).format(sen=False)
        '-Rp1.500.000'
        >>> Rupiah(1_500_000).format(locale="en")
        'IDR1,500,000.00'
        >>> Rupiah("0.99").format(sen=False)
        Traceback (most recent call last):
        ...
        pilkada.errors.PilkadaValueError: sen: 0.99 has sen, which format(sen=False) would ...
        """
        forms = forms_of(locale)
        if not sen and self.amount != self.amount.to_integral_value():
            raise PilkadaValueError(
                "sen",
                sen,
                f"{self.amount} has sen, which format(sen=False) would have to round away",
                "format with sen=True, or round the amount explicitly first",
            )
        return forms.money(self.amount, sen=sen)

    @classmethod
    def parse(cls, text: str, *, locale: str = DEFAULT_LOCALE) -> Rupiah:
        """Read an amount as Indonesian documents and the press write it.

        Accepted (Indonesian locale, the default): an optional ``Rp``, ``Rp.`` or ``IDR``;
        the rupiah with ``.`` grouping thousands (``34.905.207.000``) or ungrouped
        (``1500000``), without leading zeros; optionally ``,`` and exactly two digits of sen
        (``,00``) or a dash (``,-``, ``,--``); or a decimal number followed by a scale word:
        ``ribu``/``rb``, ``juta``/``jt``, ``miliar``/``milyar``/``M``, ``triliun``/``trilyun``/
        ``T`` or ``kuadriliun`` (``Rp 2,5 juta``, ``Rp 1,5 M``; ``M`` and ``T`` only as
        capitals). A minus sign may stand before or after the ``Rp``. Case and spaces
        (including non-breaking ones) do not matter. The amount may be followed by its
        terbilang in parentheses, as agreements write it; the words must name the same
        amount.

        With an English locale the separators swap (``IDR 1,500,000.00``) and the scale words
        are ``thousand``, ``million``, ``billion`` and ``trillion``.

        Anything else, or anything that could be read two ways (``Rp 1,500,000``,
        ``Rp 1.50``, ``Rp 1,500``, ``Rp 1,500 juta``), raises
        :class:`~pilkada.errors.PilkadaParseError` quoting the text. Nothing is ever guessed.

        >>> Rupiah.parse("Rp. 13.962.082.800,-")
        Rupiah('13962082800.00')
        >>> Rupiah.parse("Rp2,5 juta")
        Rupiah('2500000.00')
        >>> Rupiah.parse("Rp 1.500.000,00 (satu juta lima ratus ribu rupiah)")
        Rupiah('1500000.00')
        >>> Rupiah.parse("Rp 1,500,000")
        Traceback (most recent call last):
        ...
        pilkada.errors.PilkadaParseError: text: cannot read 'Rp 1,500,000' as an amount; ...
        """
        figure = read_figure(text, locale=locale)
        try:
            result = cls(_checked(figure.amount, "text", text))
        except PilkadaValueError as exc:
            raise PilkadaParseError(
                "text",
                text,
                f"cannot read {text!r}: {exc.problem}",
                "an amount exact to the sen (two decimal places) and below 10**18 rupiah",
            ) from None
        if figure.words is not None:
            _check_words(text, figure.words, result)
        return result

    def terbilang(self) -> str:
        """The amount in Indonesian words, as written in grant agreements and receipts.

        >>> Rupiah(1_001_000).terbilang()
        'satu juta seribu rupiah'
        >>> Rupiah("115000.50").terbilang()
        'seratus lima belas ribu rupiah lima puluh sen'
        >>> Rupiah(0).terbilang()
        'nol rupiah'
        """
        return spell(self.sen)

    @classmethod
    def from_terbilang(cls, text: str) -> Rupiah:
        """Read an amount written in Indonesian words, the inverse of :meth:`terbilang`.

        Case, extra spaces and surrounding parentheses are ignored; the words must be spelled
        as :meth:`terbilang` spells them (``seribu``, ``sebelas``, ``miliar``), so a misspelt
        amount is refused, never misread.

        >>> Rupiah.from_terbilang("(Tiga Belas Miliar Sembilan Ratus Enam Puluh Dua Juta "
        ...                       "Delapan Puluh Dua Ribu Delapan Ratus Rupiah)")
        Rupiah('13962082800.00')
        >>> Rupiah.from_terbilang("satu ribu rupiah")
        Traceback (most recent call last):
        ...
        pilkada.errors.PilkadaParseError: text: 'satu ribu rupiah' is not spelled as ...
        """
        sen = read_words(text)
        amount = cls.from_sen(sen)
        check_spelling(text, sen)
        return amount


def _check_words(text: str, words: str, figure: Rupiah) -> None:
    """Refuse an amount whose terbilang in parentheses names another amount."""
    try:
        spelled = Rupiah.from_terbilang(words)
    except PilkadaParseError as exc:
        raise PilkadaParseError(
            "text", text, f"{text!r}: the words do not read: {exc.problem}", exc.rule
        ) from None
    if spelled != figure:
        raise PilkadaParseError(
            "text",
            text,
            f"{text!r}: the figure {figure} and the words {spelled} disagree",
            "the figure and its terbilang must name the same amount",
        )


# -- attrs validators of the records that hold amounts (grants, campaign finance) ----------------


def positive_rupiah(_: object, attribute: attrs.Attribute[Rupiah], value: object) -> None:
    """An attrs validator: a :class:`Rupiah` above Rp0."""
    _rupiah(attribute, value)
    if value <= Rupiah(0):  # type: ignore[operator]
        raise PilkadaValueError(
            attribute.name, value, f"{value} is not a positive amount", "an amount above Rp0"
        )


def non_negative_rupiah(_: object, attribute: attrs.Attribute[Rupiah], value: object) -> None:
    """An attrs validator: a :class:`Rupiah` of Rp0 or more (a sum of lines, a balance)."""
    _rupiah(attribute, value)
    if value < Rupiah(0):  # type: ignore[operator]
        raise PilkadaValueError(
            attribute.name, value, f"{value} is negative", "an amount of Rp0 or more"
        )


def _rupiah(attribute: attrs.Attribute[Rupiah], value: object) -> None:
    if not isinstance(value, Rupiah):
        raise PilkadaTypeError(
            attribute.name, value, f"got {type(value).__name__} {shown(value)}", "a pilkada.Rupiah"
        )
