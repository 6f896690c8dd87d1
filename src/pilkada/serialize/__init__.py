"""Plain data and JSON for every public type: one cattrs converter, and the JSON Schema of each.

``to_dict`` turns an object into data that :func:`json.dumps` writes as it is, and ``from_dict``
builds the object back, checking everything its constructor checks; the round trip is exact.

>>> import datetime as dt
>>> from pilkada import GrantAgreement, Grantor, RegionLevel, Rupiah
>>> blora = GrantAgreement(
...     grantor=Grantor(RegionLevel.KABUPATEN, "Blora"),
...     amount=Rupiah(34_905_207_000),
...     signed_on=dt.date(2023, 11, 10),
... ).with_transfer(dt.date(2023, 11, 29), Rupiah(13_962_082_800))
>>> data = to_dict(blora)
>>> data["amount"], data["signed_on"], data["grantee"], data["schedule"]
('34905207000.00', '2023-11-10', 'KPU', 'PILKADA_2024')
>>> data["ledger"]
[{'kind': 'TRANSFER', 'on': '2023-11-29', 'amount': '13962082800.00', 'note': ''}]
>>> from_json(GrantAgreement, to_json(blora)) == blora
True

The conventions, the same for every type:

* a :class:`~pilkada.Rupiah` is a decimal string with two places (``"13962082800.00"``); an
  ``int`` is read too, a ``float`` never;
* a date is an ISO string (``"2024-11-27"``), a moment an ISO date-time
  (``"2024-11-27T13:00:00"``); a fraction is a string (``"2/5"``);
* an enum member is written by its name (``"TRANSFER"``, ``"KABUPATEN"``);
* a region code is its digits (``"3316"``); a :class:`~pilkada.LegalBasis` is its citation
  (``"UU 10/2016 Pasal 201 ayat (8)"``), or a table with the citation and its title, URL
  and effective date when it has them, or, where a citation cannot say it all (an amending
  instrument with its own effective date), an object of all its fields;
* a :class:`~pilkada.Schedule` has the shape of a schedule file (see
  :meth:`~pilkada.Schedule.from_dict`); inside an agreement, the official 2024 schedule is
  written as its name, ``"PILKADA_2024"``;
* :class:`~pilkada.TpsResults` is a list of :class:`~pilkada.TpsResult` records, and a
  :class:`~pilkada.Recap` its ``level`` with its ``rows``;
* every other class is a JSON object of its fields, all of them, in the class's order.

Bad data raises a :class:`~pilkada.PilkadaError` whose ``field`` is the JSON path to the first
bad value; the message counts the others:

>>> from_dict(GrantAgreement, {**data, "ledger": [{**data["ledger"][0], "amount": 13.5}]})
Traceback (most recent call last):
...
pilkada.errors.PilkadaTypeError: $.ledger[0].amount: got float 13.5; ...

A derived record (a threshold, a ``*Check``, an :class:`~pilkada.Outcome`) is derived again
from its inputs when read, and a record the library would not have given is refused at the
path of the first field that differs: a published document cannot be tampered with unnoticed.

``json_schema(cls)`` describes the data of a type (JSON Schema, draft 2020-12), for apps that
build forms or check input before they call :func:`from_dict`.

The package's modules: :mod:`~pilkada.serialize.converter` (how each type is read and
written), :mod:`~pilkada.serialize.paths` (errors named by the path to the bad value),
:mod:`~pilkada.serialize.api` (the functions), :mod:`~pilkada.serialize.schema`
(:func:`json_schema`) and :mod:`~pilkada.serialize.derived` (derived records derived again).
"""

from __future__ import annotations

from pilkada.serialize.api import from_dict, from_json, to_dict, to_json
from pilkada.serialize.converter import BUILTIN_SCHEDULE as BUILTIN_SCHEDULE
from pilkada.serialize.schema import json_schema

__all__ = ["from_dict", "from_json", "json_schema", "to_dict", "to_json"]
