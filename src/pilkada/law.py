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
from collections.abc import Callable, Iterable, Mapping, Sequence
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

__all__ = ["Certainty", "Dated", "Instrument", "LegalBasis", "in_force"]


class Certainty(enum.Enum):
    """How a dated value (or a rule) is known.

    * ``OFFICIAL``: as the regulation or the deciding body published it (e.g. the PKPU 2/2024
      schedule). Where the primary text could not be opened, consistent reproductions of it
      count, and a clear majority settles a dissenting source; the entry's note names the
      dissent.
    * ``DERIVED``: computed by a rule from other dates (the masa tenang from the voting day);
    * ``PROVISIONAL``: reported, but not confirmed against the legal text, sources that no
      majority settles, or a value expected to change.
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
        court decision). Articles follow the instrument, as :meth:`cite` writes them.

        Raises:
            PilkadaParseError: The text is not such a citation.

        >>> LegalBasis.parse("UU 1/2015 Pasal 5 ayat (2) huruf d").huruf
        'd'
        >>> LegalBasis.parse("Undang-Undang Nomor 10 Tahun 2016 Pasal 158 ayat (2)").cite()
        'UU 10/2016 Pasal 158 ayat (2)'
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
        return cls(
            _BY_NAME[match["instrument"]],
            match["number"] or match["long_number"],
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
# texts, "Nomor 10 Tahun 2016" ("No." too), "Nomor 60/PUU-XXII/2024" for a court decision.
_NUMBER_YEAR = (
    r"(?:(?:(?:Nomor|No\.) )?(?P<number>[0-9A-Za-z][0-9A-Za-z./ -]*?)/(?P<year>\d{4})"
    r"|(?:Nomor|No\.) (?P<long_number>[0-9A-Za-z][0-9A-Za-z./-]*?) Tahun (?P<long_year>\d{4}))"
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


# -- a legal basis as plain data (schedule files and JSON share this form) -------------------

_TABLE_KEYS = ("citation", "title", "url", "effective")


def basis_to_data(basis: LegalBasis) -> str | dict[str, Any]:
    """A legal basis as data: a citation, a table with extras, or all its fields.

    The citation when it says everything; a table with ``citation`` when the basis also has
    a title, URL or date; all its fields when a citation cannot say everything (an amendment
    with a date of its own). Dates stay ``datetime.date`` objects (TOML writes them; JSON
    writers convert them).
    """
    bare = attrs.evolve(basis, title="", url=None, effective=None)
    if LegalBasis.parse(str(basis)) != bare:
        fields: dict[str, Any] = {
            "instrument": basis.instrument.name,
            "number": basis.number,
            "year": basis.year,
            "pasal": basis.pasal,
            "ayat": basis.ayat,
            "huruf": basis.huruf,
            "lampiran": basis.lampiran,
            "amended_by": [basis_to_data(amendment) for amendment in basis.amended_by],
            "title": basis.title,
            "effective": basis.effective,
            "url": basis.url,
        }
        # Fields left at their default are left out, as TOML has no null.
        return {key: value for key, value in fields.items() if value not in (None, False, "", [])}
    if not (basis.title or basis.url or basis.effective):
        return str(basis)
    table: dict[str, Any] = {"citation": str(basis)}
    if basis.title:
        table["title"] = basis.title
    if basis.url:
        table["url"] = basis.url
    if basis.effective:
        table["effective"] = basis.effective
    return table


def basis_from_data(path: str, value: object) -> LegalBasis:
    """Read a legal basis in any form :func:`basis_to_data` writes; errors name ``path``."""
    if isinstance(value, Mapping) and "instrument" in value:
        return _basis_from_fields(path, value)
    if isinstance(value, Mapping):
        extra = set(value) - set(_TABLE_KEYS)
        if "citation" not in value or extra:
            raise PilkadaValueError(
                path, dict(value), "not a legal basis table", "keys citation, title, url, effective"
            )
        basis = basis_from_data(f"{path}.citation", value["citation"])
        title = value.get("title", "")
        if not isinstance(title, str):
            raise PilkadaValueError(f"{path}.title", title, f"got {title!r}", "a string")
        effective = data_date(f"{path}.effective", value.get("effective"))
        return _built(path, lambda: attrs.evolve(
            basis, title=title, url=value.get("url"), effective=effective
        ))  # fmt: skip
    if not isinstance(value, str):
        got = f"got {type(value).__name__} {shown(value)}"
        raise PilkadaValueError(path, value, got, "a citation string or a table")
    try:
        return LegalBasis.parse(value)
    except PilkadaParseError as exc:
        raise PilkadaValueError(path, value, exc.problem, exc.rule) from None


def _basis_from_fields(path: str, value: Mapping[str, Any]) -> LegalBasis:
    names = [field.name for field in attrs.fields(LegalBasis)]
    for key in value:
        if key not in names:
            raise PilkadaValueError(
                f"{path}.{key}", value[key], f"unknown key {key!r}", "one of: " + ", ".join(names)
            )
    for required in ("number", "year"):
        if required not in value:
            raise PilkadaValueError(
                f"{path}.{required}", None, f"{required!r} is missing", "give it"
            )
    name = value["instrument"]
    if not isinstance(name, str) or name not in Instrument.__members__:
        raise PilkadaValueError(
            f"{path}.instrument", name, f"not an Instrument name: {name!r}",
            "one of: " + ", ".join(Instrument.__members__),
        )  # fmt: skip
    amended = value.get("amended_by", [])
    if not isinstance(amended, list):
        raise PilkadaValueError(f"{path}.amended_by", amended, "not a list", "a list of bases")
    fields = dict(value)
    fields["instrument"] = Instrument[name]
    fields["amended_by"] = [
        basis_from_data(f"{path}.amended_by[{i}]", item) for i, item in enumerate(amended)
    ]
    fields["effective"] = data_date(f"{path}.effective", value.get("effective"))
    return _built(path, lambda: LegalBasis(**fields))


def _built(path: str, build: Callable[[], LegalBasis]) -> LegalBasis:
    try:
        return build()
    except (PilkadaValueError, PilkadaTypeError) as exc:
        raise PilkadaValueError(f"{path}.{exc.field}", exc.value, exc.problem, exc.rule) from None


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def data_date(path: str, value: object) -> dt.date | None:
    """A date in plain data (a ``datetime.date`` or an ISO string), or ``None``.

    The one reader of dates in data: schedule files and JSON both use it.
    """
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise PilkadaValueError(
        path, value, f"{shown(value)} is not a date", "an ISO date such as 2024-11-27 (YYYY-MM-DD)"
    )


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


def in_force(versions: Sequence[Dated[T]], on: dt.date | None, *, what: str = "rule") -> Dated[T]:
    """The version in force on day ``on``; the latest one when ``on`` is ``None``.

    A version is in force from its ``effective`` day (inclusive) until the next version takes
    effect, or until its ``ended`` day (inclusive).

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
    return version
