"""The one shape of every finding: a rule broken (or a matter to check), said in both languages.

A schedule's :class:`~pilkada.Violation`, an ad hoc applicant's or body's
:class:`~pilkada.Finding` and a TPS count's :class:`~pilkada.Anomaly` are all
:class:`Finding` here: each has a stable ``code``, a message in Indonesian and in English, the
legal basis of the rule, how sure that rule is (``certainty``) and how grave the finding is
(``severity``). Code that reports findings (a CLI, a notebook, a newsroom tool) can treat them
alike:

>>> import datetime as dt
>>> from pilkada import PILKADA_2024, Period, ScheduleEntry, Stage, findings
>>> short = Period(dt.date(2024, 11, 25), dt.date(2024, 11, 26))
>>> late = PILKADA_2024.with_entry(ScheduleEntry(key=Stage.MASA_TENANG, when=short))
>>> found = late.validate()
>>> all(isinstance(f, findings.Finding) for f in found)
True
>>> print(found[0].code, found[0].severity.name, found[0].certainty.name)
MASA_TENANG_MULAI ERROR OFFICIAL
"""

from __future__ import annotations

import enum

import attrs

from pilkada.errors import PilkadaValueError, instance_of
from pilkada.i18n import DEFAULT_LOCALE, lang_of
from pilkada.law import Certainty, LegalBasis

__all__ = ["Finding", "Severity"]


class Severity(enum.Enum):
    """An ``ERROR`` breaks the rules; a ``WARNING`` is a matter the law asks to consider."""

    ERROR = "error"
    WARNING = "warning"


def _text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    instance_of(str)(instance, attribute, value)
    if not str(value).strip():
        raise PilkadaValueError(attribute.name, value, "the message is empty", "a message")


@attrs.frozen(kw_only=True)
class Finding:
    """What every finding has; the classes of each concept add where and what was found.

    Attributes:
        message_id: What is wrong, in Indonesian.
        message_en: The same, in English.
        basis: The legal basis of the rule.
        certainty: How sure the rule itself is: ``PROVISIONAL`` when its source is weak, so
            the finding is a question to check, not a fact to publish.
        severity: ``ERROR`` (the default) or ``WARNING``.
    """

    message_id: str = attrs.field(validator=_text)
    message_en: str = attrs.field(validator=_text)
    basis: LegalBasis = attrs.field(validator=instance_of(LegalBasis))
    certainty: Certainty = attrs.field(default=Certainty.OFFICIAL, validator=instance_of(Certainty))
    severity: Severity = attrs.field(default=Severity.ERROR, validator=instance_of(Severity))

    @property
    def code(self) -> str:
        """A stable identifier of what was found (each concept's class defines its own)."""
        return type(self).__name__.upper()

    def message(self, *, locale: str = DEFAULT_LOCALE) -> str:
        """The message in the language of ``locale``."""
        return self.message_id if lang_of(locale) == "id" else self.message_en

    def __str__(self) -> str:
        return f"{self.message_id} [{self.basis}]"
