"""Legal references: the instrument, article and paragraph every rule in :mod:`pilkada` rests on.

A :class:`LegalBasis` names one provision of one legal instrument and renders as the short
Indonesian citation used in KPU, Bawaslu and Kemendagri documents:

>>> basis = LegalBasis(Instrument.UU, "10", 2016, pasal="158", ayat="2")
>>> str(basis)
'UU 10/2016 Pasal 158 ayat (2)'
>>> basis.cite(locale="en")
'Law No. 10/2016, Article 158(2)'

Court decisions keep their register number:

>>> str(LegalBasis(Instrument.PUTUSAN_MK, "60/PUU-XXII", 2024))
'Putusan MK 60/PUU-XXII/2024'

Amendments are part of the citation, and the citation parses back:

>>> nphd = LegalBasis.parse(
...     "Permendagri 54/2019 Pasal 16 ayat (4) sebagaimana diubah dengan Permendagri 41/2020"
... )
>>> nphd.amended_by[0].number, nphd.amended_by[0].year
('41', 2020)
>>> LegalBasis.parse(str(nphd)) == nphd
True
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

import attrs

from pilkada.boundary import as_items
from pilkada.errors import (
    PilkadaParseError,
    PilkadaTypeError,
    PilkadaValueError,
    instance_of,
    shown,
)
from pilkada.i18n import lang_of

__all__ = ["Certainty", "Dated", "Instrument", "LegalBasis", "in_force", "past_check_note"]


class Certainty(enum.Enum):
    """How a dated value (or a rule) is known.

    * ``OFFICIAL``: as the regulation or the deciding body published it (e.g. the PKPU 2/2024
      schedule). Where the primary text could not be opened, consistent reproductions of it
      count, and a clear majority settles a dissenting source; the entry's note names the
      dissent.
    * ``DERIVED``: computed by a rule from other dates (the masa tenang from the voting day);
    * ``PROVISIONAL``: reported, but not confirmed against the legal text, sources that no
      majority settles, or a value expected to change; and any answer for a day after the
      source of the version was last checked (see :meth:`Dated.as_of`).
    """

    OFFICIAL = "official"
    DERIVED = "derived"
    PROVISIONAL = "provisional"


class Instrument(enum.Enum):
    """Kinds of legal instrument, with the abbreviation used in citations.

    Each member's value is the short Indonesian form that opens a citation (``"UU"``,
    ``"PKPU"``, ``"Putusan MK"``); ``name_id`` and ``name_en`` give the full names.
    """

    UU = "UU"
    PERPU = "Perpu"
    PP = "PP"
    PERPRES = "Perpres"
    KEPPRES = "Keppres"
    PERMENDAGRI = "Permendagri"
    KEPMENDAGRI = "Kepmendagri"
    PMK = "PMK"
    SURAT_MENKEU = "Surat Menkeu"
    SURAT_EDARAN_MENDAGRI = "SE Mendagri"
    PKPU = "PKPU"
    KEPUTUSAN_KPU = "Keputusan KPU"
    PERBAWASLU = "Perbawaslu"
    KEPUTUSAN_BAWASLU = "Keputusan Bawaslu"
    PUTUSAN_MK = "Putusan MK"
    PUTUSAN_MA = "Putusan MA"

    @property
    def name_id(self) -> str:
        """Full Indonesian name, e.g. ``'Undang-Undang'``."""
        return _NAMES[self][0]

    @property
    def name_en(self) -> str:
        """English name, e.g. ``'Law'``."""
        return _NAMES[self][1]


_NAMES: dict[Instrument, tuple[str, str]] = {
    Instrument.UU: ("Undang-Undang", "Law"),
    Instrument.PERPU: (
        "Peraturan Pemerintah Pengganti Undang-Undang",
        "Government Regulation in Lieu of Law",
    ),
    Instrument.PP: ("Peraturan Pemerintah", "Government Regulation"),
    Instrument.PERPRES: ("Peraturan Presiden", "Presidential Regulation"),
    Instrument.KEPPRES: ("Keputusan Presiden", "Presidential Decree"),
    Instrument.PERMENDAGRI: (
        "Peraturan Menteri Dalam Negeri",
        "Minister of Home Affairs Regulation",
    ),
    Instrument.KEPMENDAGRI: ("Keputusan Menteri Dalam Negeri", "Minister of Home Affairs Decree"),
    Instrument.PMK: ("Peraturan Menteri Keuangan", "Minister of Finance Regulation"),
    Instrument.SURAT_MENKEU: ("Surat Menteri Keuangan", "Minister of Finance Letter"),
    Instrument.SURAT_EDARAN_MENDAGRI: (
        "Surat Edaran Menteri Dalam Negeri",
        "Minister of Home Affairs Circular",
    ),
    Instrument.PKPU: ("Peraturan Komisi Pemilihan Umum", "General Elections Commission Regulation"),
    Instrument.KEPUTUSAN_KPU: (
        "Keputusan Komisi Pemilihan Umum",
        "General Elections Commission Decision",
    ),
    Instrument.PERBAWASLU: (
        "Peraturan Badan Pengawas Pemilihan Umum",
        "Election Supervisory Agency Regulation",
    ),
    Instrument.KEPUTUSAN_BAWASLU: (
        "Keputusan Badan Pengawas Pemilihan Umum",
        "Election Supervisory Agency Decision",
    ),
    Instrument.PUTUSAN_MK: ("Putusan Mahkamah Konstitusi", "Constitutional Court Decision"),
    Instrument.PUTUSAN_MA: ("Putusan Mahkamah Agung", "Supreme Court Decision"),
}

# Pasal numbers are digits with an optional capital letter for inserted articles (54C, 135A);
# ayat are digits with an optional small letter (1a); huruf are one or two small letters.
_PASAL = re.compile(r"\d+[A-Z]?")
_AYAT = re.compile(r"\d+[a-z]?")
_HURUF = re.compile(r"[a-z]{1,2}")
_NUMBER = re.compile(r"[0-9A-Za-z][0-9A-Za-z./ -]*")
_URL = re.compile(r"https?://\S+")


def _check_str(field: str, value: object, pattern: re.Pattern[str], accepted: str) -> None:
    if not isinstance(value, str):
        raise PilkadaTypeError(field, value, f"got {type(value).__name__} {shown(value)}", accepted)
    if not pattern.fullmatch(value):
        raise PilkadaValueError(field, value, f"{shown(value)} is not well formed", accepted)


def _validate_number(_: LegalBasis, attribute: attrs.Attribute[str], value: str) -> None:
    _check_str(
        attribute.name,
        value,
        _NUMBER,
        "the instrument's number without the year, e.g. '10' or '60/PUU-XXII'",
    )
    if value.endswith("/"):
        raise PilkadaValueError(
            attribute.name, value, f"{shown(value)} ends with '/'", "give the year in `year`"
        )


def _validate_year(_: LegalBasis, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise PilkadaTypeError(
            "year", value, f"got {type(value).__name__} {shown(value)}", "the year as an int"
        )
    if not 1945 <= value <= 2100:  # the year validator, so the field is always "year"
        raise PilkadaValueError(
            "year", value, f"year {shown(value)} is out of range", "a year from 1945 to 2100"
        )


def _optional(
    pattern: re.Pattern[str], accepted: str
) -> Callable[[Any, attrs.Attribute[str | None], str | None], None]:
    def check(_: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None:
            _check_str(attribute.name, value, pattern, accepted)

    return check


def _as_tuple(values: Iterable[LegalBasis]) -> tuple[LegalBasis, ...]:
    return as_items("amended_by", values)


def _validate_parts(basis: LegalBasis) -> None:
    if basis.pasal is None and (basis.ayat is not None or basis.huruf is not None):
        raise PilkadaValueError(
            "pasal",
            None,
            "an ayat or huruf is given without its pasal",
            "name the pasal (article) the ayat or huruf belongs to",
        )
    for amendment in basis.amended_by:
        if not isinstance(amendment, LegalBasis):
            raise PilkadaTypeError(
                "amended_by",
                amendment,
                f"got {type(amendment).__name__}",
                "a tuple of LegalBasis naming the amending instruments",
            )
        if amendment.pasal is not None or amendment.amended_by:
            raise PilkadaValueError(
                "amended_by",
                str(amendment),
                "an amending instrument is cited with an article or its own amendments",
                "name only the amending instrument, e.g. Permendagri 41/2020",
            )


@attrs.frozen(kw_only=True)
class LegalBasis:
    """One provision of one legal instrument: the source of a rule, table or dated value.

    Args:
        instrument: The kind of instrument (``Instrument.UU``, ``Instrument.PKPU``, ...).
        number: Its number without the year (``"10"``; ``"60/PUU-XXII"`` for an MK decision).
        year: The year of the instrument.
        pasal: The article, e.g. ``"158"`` or ``"54C"``.
        ayat: The paragraph within the article, e.g. ``"2"``.
        huruf: The lettered point within the paragraph, e.g. ``"a"``.
        lampiran: The provision is in the instrument's annex (lampiran), e.g. a PKPU schedule.
        amended_by: Instruments that amended this provision, oldest first.
        title: The instrument's subject ("tentang ..."), for documents and references.
        effective: The day the provision took effect, where that matters (court rulings,
            amendments); ``None`` when not recorded.
        url: Where the text can be read.
        checked: The day the library last checked this provision against its source (a
            published text, or consistent reproductions of it); ``None`` when not recorded.
            It does not take part in equality: the same provision checked on another day is
            the same provision.

    The first three may be given positionally:
    ``LegalBasis(Instrument.PKPU, "2", 2024, lampiran=True)``.
    """

    instrument: Instrument = attrs.field(validator=instance_of(Instrument), kw_only=False)
    number: str = attrs.field(validator=_validate_number, kw_only=False)
    year: int = attrs.field(validator=_validate_year, kw_only=False)
    pasal: str | None = attrs.field(
        default=None, validator=_optional(_PASAL, "an article number such as '158' or '54C'")
    )
    ayat: str | None = attrs.field(
        default=None, validator=_optional(_AYAT, "a paragraph number such as '2'")
    )
    huruf: str | None = attrs.field(
        default=None, validator=_optional(_HURUF, "a point letter such as 'a'")
    )
    lampiran: bool = attrs.field(default=False, validator=instance_of(bool))
    amended_by: tuple[LegalBasis, ...] = attrs.field(default=(), converter=_as_tuple)
    title: str = attrs.field(default="", validator=instance_of(str))
    effective: dt.date | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_of(dt.date))
    )
    url: str | None = attrs.field(
        default=None, validator=_optional(_URL, "an http(s) address"), repr=False
    )
    checked: dt.date | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(instance_of(dt.date)),
        eq=False,
        repr=False,
    )

    def __attrs_post_init__(self) -> None:
        _validate_parts(self)

    def __str__(self) -> str:
        return self.cite()

    def cite(self, *, locale: str = "id") -> str:
        """Render the short citation, in Indonesian (default) or English (``locale="en"``)."""
        lang = lang_of(locale)
        if lang == "id":
            text = f"{self.instrument.value} {self.number}/{self.year}"
            if self.lampiran:
                text += " Lampiran"
            if self.pasal is not None:
                text += f" Pasal {self.pasal}"
            if self.ayat is not None:
                text += f" ayat ({self.ayat})"
            if self.huruf is not None:
                text += f" huruf {self.huruf}"
            if self.amended_by:
                text += " sebagaimana diubah dengan " + _join(
                    [a.cite(locale="id") for a in self.amended_by], "dan"
                )
            return text
        text = f"{self.instrument.name_en} No. {self.number}/{self.year}"
        if self.lampiran:
            text += ", Annex"
        if self.pasal is not None:
            text += f", Article {self.pasal}"
            if self.ayat is not None:
                text += f"({self.ayat})"
            if self.huruf is not None:
                text += f"({self.huruf})"
        if self.amended_by:
            text += " as amended by " + _join([a.cite(locale="en") for a in self.amended_by], "and")
        return text

    def provision(
        self,
        *,
        pasal: str | None = None,
        ayat: str | None = None,
        huruf: str | None = None,
        lampiran: bool = False,
        checked: dt.date | None = None,
    ) -> LegalBasis:
        """A provision of this instrument, keeping its title, date, URL and amendments.

        ``checked`` is the day the provision was last checked against its source; when not
        given, the instrument's own ``checked`` day (if any) is kept.

        >>> UU = LegalBasis(Instrument.UU, "10", 2016, title="Pilkada")
        >>> UU.provision(pasal="158", ayat="2").cite(), UU.provision(pasal="158").title
        ('UU 10/2016 Pasal 158 ayat (2)', 'Pilkada')
        """
        return attrs.evolve(
            self,
            pasal=pasal,
            ayat=ayat,
            huruf=huruf,
            lampiran=lampiran,
            checked=self.checked if checked is None else checked,
        )

    @property
    def key(self) -> tuple[Instrument, str, int]:
        """The instrument cited, whatever the provision: ``(Instrument.UU, "10", 2016)``."""
        return (self.instrument, self.number, self.year)

    @classmethod
    def parse(cls, text: str) -> LegalBasis:
        """Read an Indonesian citation: the short form :meth:`cite` writes, or the long one.

        The instrument may be abbreviated or named in full, and its number written
        ``10/2016`` or ``Nomor 10 Tahun 2016`` (``No.`` too; ``Nomor 60/PUU-XXII/2024`` for a
        court decision; a regional decree's body before it stays in the number). Articles
        follow the instrument, as :meth:`cite` writes them.

        Raises:
            PilkadaParseError: The text is not such a citation.

        >>> LegalBasis.parse("UU 1/2015 Pasal 5 ayat (2) huruf d").huruf
        'd'
        >>> LegalBasis.parse("Undang-Undang Nomor 10 Tahun 2016 Pasal 158 ayat (2)").cite()
        'UU 10/2016 Pasal 158 ayat (2)'
        >>> LegalBasis.parse("Keputusan KPU Kota Pangkalpinang Nomor 123 Tahun 2025").cite()
        'Keputusan KPU Kota Pangkalpinang 123/2025'
        >>> LegalBasis.parse("Pasal 5 UU 1/2015")
        Traceback (most recent call last):
        ...
        pilkada.errors.PilkadaParseError: citation: cannot read 'Pasal 5 UU 1/2015'; ...
        """
        if not isinstance(text, str):
            raise PilkadaTypeError("citation", text, f"got {type(text).__name__}", "a str")
        main, _, amendments = text.partition(" sebagaimana diubah dengan ")
        match = _CITATION.fullmatch(main)
        if match is None:
            raise PilkadaParseError(
                "citation",
                text,
                f"cannot read {text!r}",
                "write it like 'UU 10/2016 Pasal 158 ayat (2)' or 'PKPU 2/2024 Lampiran'",
            )
        amended: list[LegalBasis] = []
        if amendments:
            for part in re.split(r", | dan ", amendments):
                amendment = cls.parse(part)
                if amendment.pasal is not None or amendment.amended_by or amendment.lampiran:
                    raise PilkadaParseError(
                        "citation", text, f"cannot read amendment {part!r}", "name an instrument"
                    )
                amended.append(amendment)
        number = " ".join(filter(None, (match["issuer"], match["number"] or match["long_number"])))
        return cls(
            _BY_NAME[match["instrument"]],
            re.sub(r" (?:Nomor|No\.) ", " ", number),
            int(match["year"] or match["long_year"]),
            pasal=match["pasal"],
            ayat=match["ayat"],
            huruf=match["huruf"],
            lampiran=match["lampiran"] is not None,
            amended_by=tuple(amended),
        )


# An instrument by its abbreviation or full Indonesian name ("UU", "Undang-Undang").
_BY_NAME = {member.value: member for member in Instrument} | {
    member.name_id: member for member in Instrument
}
# Its number and year: short "10/2016" as cite() writes it, or the long form of the official
# texts, "Nomor 10 Tahun 2016" ("No." too), "Nomor 60/PUU-XXII/2024" for a court decision;
# a regional decree's body ("Keputusan KPU Kota X Nomor 1 Tahun ...") is kept in the number.
_NUMBER_YEAR = (
    r"(?:(?:(?:Nomor|No\.) )?(?P<number>[0-9A-Za-z][0-9A-Za-z./ -]*?)/(?P<year>\d{4})"
    r"|(?:(?P<issuer>[A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*)*) )?"
    r"(?:Nomor|No\.) (?P<long_number>[0-9A-Za-z][0-9A-Za-z./-]*?) Tahun (?P<long_year>\d{4}))"
)
_CITATION = re.compile(
    r"(?P<instrument>"
    + "|".join(re.escape(v) for v in sorted(_BY_NAME, key=len, reverse=True))
    + r") "
    + _NUMBER_YEAR
    + r"(?P<lampiran> Lampiran)?"
    r"(?: Pasal (?P<pasal>\d+[A-Z]?)"
    r"(?: ayat \((?P<ayat>\d+[a-z]?)\))?"
    r"(?: huruf (?P<huruf>[a-z]{1,2}))?)?"
)


def _join(items: list[str], conjunction: str) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


T = TypeVar("T")


@attrs.frozen(kw_only=True)
class Dated(Generic[T]):
    """A value in force from a given day, with its legal basis: one version of a dated rule.

    Thresholds, rates and tables change with new regulations and court rulings, so each version
    records the day it took effect (``effective``) and, where known, the day it ended.

    >>> import datetime as dt
    >>> old = Dated(value=20, effective=dt.date(2016, 7, 1),
    ...             basis=LegalBasis(Instrument.UU, "10", 2016, pasal="40", ayat="1"))
    >>> new = Dated(value=10, effective=dt.date(2024, 8, 20),
    ...             basis=LegalBasis(Instrument.PUTUSAN_MK, "60/PUU-XXII", 2024))
    >>> in_force([old, new], dt.date(2024, 8, 19)).value, in_force([old, new], None).value
    (20, 10)

    The day the source was last checked is its basis's ``checked``; asked about a later day,
    a version answers, but as ``PROVISIONAL`` and saying so (:meth:`as_of`):

    >>> seen = Dated(value=10, effective=dt.date(2024, 8, 20),
    ...              basis=new.basis.provision(checked=dt.date(2026, 12, 2)))
    >>> in_force([seen], dt.date(2026, 12, 2)).certainty.name
    'OFFICIAL'
    >>> later = in_force([seen], dt.date(2027, 1, 4))
    >>> later.certainty.name, later.note
    ('PROVISIONAL', 'Source last checked on 2026-12-02; a change after that day is not known.')
    """

    value: T
    effective: dt.date = attrs.field(validator=instance_of(dt.date))
    basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    certainty: Certainty = attrs.field(default=Certainty.OFFICIAL, validator=instance_of(Certainty))
    ended: dt.date | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_of(dt.date))
    )
    note: str = attrs.field(default="", validator=instance_of(str))

    def __attrs_post_init__(self) -> None:
        if self.ended is not None and self.ended < self.effective:
            raise PilkadaValueError(
                "ended",
                self.ended,
                f"the version ends on {self.ended.isoformat()}, before it took effect on "
                f"{self.effective.isoformat()}",
                "an end on or after the effective day",
            )

    @property
    def checked(self) -> dt.date | None:
        """The day the source of this version was last checked (its basis's ``checked``)."""
        return self.basis.checked

    def as_of(self, on: dt.date) -> Dated[T]:
        """This version as the answer for day ``on``.

        Itself while ``on`` is on or before the day its source was last checked (or when that
        day is not recorded); after it, the same value as ``PROVISIONAL`` with a note naming
        the day: a regulation or ruling issued since then would not be known, and the answer
        must not read as if it were.
        """
        checked = self.basis.checked
        if checked is None or on <= checked:
            return self
        note = past_check_note(checked)
        return attrs.evolve(
            self, certainty=Certainty.PROVISIONAL, note=f"{self.note} {note}".strip()
        )


def past_check_note(checked: dt.date) -> str:
    """The note an answer carries for a day after its source was last ``checked``."""
    return f"Source last checked on {checked.isoformat()}; a change after that day is not known."


def in_force(versions: Sequence[Dated[T]], on: dt.date | None, *, what: str = "rule") -> Dated[T]:
    """The version in force on day ``on``; the latest one when ``on`` is ``None``.

    A version is in force from its ``effective`` day (inclusive) until the next version takes
    effect, or until its ``ended`` day (inclusive). For a day after its source was last
    checked, the version is returned :meth:`Dated.as_of` that day: ``PROVISIONAL``, with a
    note naming the day of the check.

    Raises:
        PilkadaValueError: ``on`` is before the first version took effect, or after the last
            one ended: there is no rule to apply, and none is guessed.
    """
    ordered = sorted(as_items("versions", versions, Dated), key=lambda version: version.effective)
    if not ordered:
        raise PilkadaValueError("versions", versions, f"no version of the {what}", "one or more")
    if on is None:
        return ordered[-1]
    if isinstance(on, dt.datetime) or not isinstance(on, dt.date):
        raise PilkadaTypeError("on", on, f"got {type(on).__name__} {on!r}", "a datetime.date")
    current = [version for version in ordered if version.effective <= on]
    if not current:
        raise PilkadaValueError(
            "on",
            on,
            f"no {what} was in force on {on.isoformat()}",
            f"a day from {ordered[0].effective.isoformat()} ({ordered[0].basis}) on",
        )
    version = current[-1]
    if version.ended is not None and on > version.ended:
        raise PilkadaValueError(
            "on",
            on,
            f"the {what} of {version.basis} ended on {version.ended.isoformat()}",
            "a day on which a version was in force",
        )
    return version.as_of(on)


#: Names that moved to :mod:`pilkada.lawdata` in 0.9; they keep working from here, with a
#: ``DeprecationWarning``, until 0.10.
_MOVED_TO_LAWDATA = frozenset({"basis_from_data", "basis_to_data", "data_date"})


def __getattr__(name: str) -> object:
    """The deprecated aliases of the names that moved to :mod:`pilkada.lawdata`."""
    if name in _MOVED_TO_LAWDATA:
        import importlib  # noqa: PLC0415 - lawdata imports this module: only on demand
        import warnings  # noqa: PLC0415

        warnings.warn(
            f"pilkada.law.{name} moved to pilkada.lawdata.{name}; the old name goes in 0.10",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(importlib.import_module("pilkada.lawdata"), name)
    raise AttributeError(f"module 'pilkada.law' has no attribute {name!r}")
