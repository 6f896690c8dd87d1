"""Reading and writing a campaign account as CSV and JSON.

The CSV has one line per transaction, with the columns the official report forms carry as
far as the sources describe them (date, donor and kind, identity, form, amount or value,
description, receipt number; Keputusan KPU 1364/2024's forms themselves were not read, so the
layout is the library's own, :data:`COLUMNS`):

``tanggal,transaksi,jenis_penyumbang,nama,identitas,bentuk,jumlah,uraian,bukti``

``transaksi`` is ``penerimaan`` (a donation), ``pengeluaran`` (spending), ``setoran`` (to the
state treasury), ``laporan`` (a report filed: ``nama`` is ``LADK``, ``LPSDK`` or ``LPPDK``,
``bukti`` the receipts it lists separated by ``;``) or ``rkdk`` (the day the account was
opened). Amounts are read by :meth:`~pilkada.Rupiah.parse`: ``50000000`` or
``Rp50.000.000,00``. The JSON document holds the same lines under ``"baris"``, with
``"pasangan"``, ``"rkdk_dibuka"`` and ``"batas_pengeluaran"``.

>>> text = '''tanggal,transaksi,jenis_penyumbang,nama,identitas,bentuk,jumlah,uraian,bukti
... 2024-10-01,penerimaan,perseorangan,Budi,3316010101800001,uang,50000000,,S-1
... 2024-10-20,penerimaan,perseorangan,Budi,3316010101800001,uang,Rp30.000.000,,S-2
... 2024-11-24,laporan,,LPPDK,,,,,
... '''
>>> dana = read_dana_csv(text, pasangan="Paslon 1")
>>> [f.code for f in dana.findings(on="2024-11-30")]
['MELEBIHI_BATAS_SUMBANGAN', 'LAPORAN_TIDAK_ADA', 'LAPORAN_TIDAK_ADA']
>>> read_dana_json(write_dana_json(dana)) == dana
True
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from typing import Any, Final

from pilkada.boundary import as_date, as_enum
from pilkada.dana.account import DanaKampanye
from pilkada.dana.kinds import BentukSumbangan, JenisLaporan, JenisPenyumbang
from pilkada.dana.ledger import LaporanDana, Pengeluaran, Penyumbang, SetoranKasNegara, Sumbangan
from pilkada.errors import (
    PilkadaError,
    PilkadaParseError,
    PilkadaTypeError,
    PilkadaValueError,
    shown,
)
from pilkada.money import Rupiah
from pilkada.schedule import Schedule, pilkada_2024

__all__ = ["COLUMNS", "read_dana_csv", "read_dana_json", "write_dana_csv", "write_dana_json"]

COLUMNS: Final = (
    "tanggal",
    "transaksi",
    "jenis_penyumbang",
    "nama",
    "identitas",
    "bentuk",
    "jumlah",
    "uraian",
    "bukti",
)
_CODED: Final = ("tanggal", "transaksi", "jenis_penyumbang", "bentuk", "jumlah")
_KINDS: Final = ("penerimaan", "pengeluaran", "setoran", "laporan", "rkdk")


class _Lines:
    """The parts of an account gathered from its lines."""

    def __init__(self) -> None:
        self.sumbangan: list[Sumbangan] = []
        self.pengeluaran: list[Pengeluaran] = []
        self.setoran: list[SetoranKasNegara] = []
        self.laporan: list[LaporanDana] = []
        self.rkdk: Any = None

    def add(self, where: str, row: Mapping[str, str]) -> None:
        # The coded columns are read without surrounding spaces; names and texts as written.
        cell = {key: row.get(key) or "" for key in COLUMNS}
        cell |= {key: cell[key].strip() for key in _CODED}
        kind = cell["transaksi"].casefold()
        if kind not in _KINDS:
            raise PilkadaValueError(
                f"{where}.transaksi", cell["transaksi"], "unknown transaction", ", ".join(_KINDS)
            )
        try:
            self._add(kind, cell)
        except PilkadaError as exc:
            raise type(exc)(f"{where}.{exc.field}", exc.value, exc.problem, exc.rule) from None

    def _add(self, kind: str, cell: dict[str, str]) -> None:
        day = as_date("tanggal", cell["tanggal"])
        if kind == "rkdk":
            self.rkdk = day
        elif kind == "laporan":
            listed = (
                None
                if not cell["bukti"]
                else tuple(part.strip() for part in cell["bukti"].split(";") if part.strip())
            )
            jenis = as_enum("nama", cell["nama"], JenisLaporan)
            self.laporan.append(LaporanDana(jenis=jenis, on=day, sumbangan=listed))
        else:
            amount = _amount(cell["jumlah"])
            details = {"bukti": cell["bukti"], "uraian": cell["uraian"]}
            if kind == "setoran":
                self.setoran.append(SetoranKasNegara(on=day, jumlah=amount, **details))
                return
            form = as_enum("bentuk", cell["bentuk"] or "uang", BentukSumbangan)
            if kind == "pengeluaran":
                self.pengeluaran.append(Pengeluaran(on=day, jumlah=amount, bentuk=form, **details))
                return
            donor = Penyumbang(
                jenis=as_enum("jenis_penyumbang", cell["jenis_penyumbang"], JenisPenyumbang),
                nama=cell["nama"],
                identitas=cell["identitas"],
            )
            self.sumbangan.append(
                Sumbangan(penyumbang=donor, on=day, jumlah=amount, bentuk=form, **details)
            )


def _text_arg(field: str, value: object) -> str:
    """An argument that must be a ``str`` (the text read, or the name of its source)."""
    if not isinstance(value, str):
        raise PilkadaTypeError(field, value, f"got {type(value).__name__} {shown(value)}", "a str")
    return value


def _account_arg(value: object) -> DanaKampanye:
    if not isinstance(value, DanaKampanye):
        raise PilkadaTypeError(
            "account", value, f"got {type(value).__name__} {shown(value)}", "a DanaKampanye"
        )
    return value


def _amount(text: str) -> Rupiah:
    try:
        return Rupiah.parse(text)
    except PilkadaError as exc:
        raise PilkadaValueError("jumlah", text, exc.problem, exc.rule) from None


def _account(
    lines: _Lines,
    *,
    pasangan: str,
    schedule: Schedule | None,
    batas_pengeluaran: Rupiah | None,
) -> DanaKampanye:
    return DanaKampanye(
        pasangan=pasangan,
        schedule=pilkada_2024() if schedule is None else schedule,
        rkdk_dibuka=lines.rkdk,
        batas_pengeluaran=batas_pengeluaran,
        sumbangan=lines.sumbangan,
        pengeluaran=lines.pengeluaran,
        setoran=lines.setoran,
        laporan=lines.laporan,
    )


def read_dana_csv(
    text: str,
    *,
    pasangan: str,
    schedule: Schedule | None = None,
    batas_pengeluaran: Rupiah | None = None,
    source: str = "csv",
) -> DanaKampanye:
    """The account in CSV ``text`` (the columns of :data:`COLUMNS`, in any order).

    Raises:
        PilkadaParseError: The text is not CSV, or lacks a column.
        PilkadaValueError: A cell breaks a rule; ``field`` names the line and column
            (``csv: baris 3.jumlah``).
        PilkadaTypeError: ``text``, ``pasangan`` or ``source`` is not a ``str``.
    """
    text, source = _text_arg("text", text), _text_arg("source", source)
    _text_arg("pasangan", pasangan)
    try:
        reader = csv.DictReader(io.StringIO(text))
        header = reader.fieldnames or []
        missing = [column for column in COLUMNS if column not in header]
        if missing:
            raise PilkadaParseError(
                source,
                ",".join(header),
                f"missing columns: {', '.join(missing)}",
                "a header line with " + ",".join(COLUMNS),
            )
        lines = _Lines()
        for row in reader:
            lines.add(f"{source}: baris {reader.line_num}", row)
    except csv.Error as exc:
        raise PilkadaParseError(source, text[:40], f"not readable as CSV: {exc}", "CSV") from None
    return _account(
        lines, pasangan=pasangan, schedule=schedule, batas_pengeluaran=batas_pengeluaran
    )


def read_dana_json(
    text: str, *, schedule: Schedule | None = None, source: str = "json"
) -> DanaKampanye:
    """The account in the JSON document ``text`` (as :func:`write_dana_json` writes it).

    Raises:
        PilkadaParseError: The text is not a JSON object with ``pasangan`` and ``baris``.
        PilkadaValueError: A line breaks a rule; ``field`` names it (``json: baris[2].jumlah``).
        PilkadaTypeError: ``text`` or ``source`` is not a ``str``.
    """
    text, source = _text_arg("text", text), _text_arg("source", source)
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise PilkadaParseError(source, text[:40], f"not JSON: {exc}", "a JSON object") from None
    if not isinstance(data, dict) or not isinstance(data.get("baris"), list):
        raise PilkadaParseError(
            source, text[:40], "not an account", "an object with 'pasangan' and a list 'baris'"
        )
    lines = _Lines()
    for index, row in enumerate(data["baris"]):
        if not isinstance(row, dict) or not all(isinstance(v, str) for v in row.values()):
            raise PilkadaValueError(
                f"{source}: baris[{index}]", row, "not a line", "an object of strings"
            )
        lines.add(f"{source}: baris[{index}]", row)
    if data.get("rkdk_dibuka") is not None:
        lines.rkdk = as_date(f"{source}: rkdk_dibuka", data["rkdk_dibuka"])
    limit = data.get("batas_pengeluaran")
    pasangan = data.get("pasangan", "")
    if not isinstance(pasangan, str):  # a number or a list is not a name: refused, not str()'d
        raise PilkadaValueError(f"{source}: pasangan", pasangan, "not a name", "a JSON string")
    if isinstance(limit, bool) or not isinstance(limit, (str, int, type(None))):
        raise PilkadaValueError(
            f"{source}: batas_pengeluaran", limit, "not an amount", "a JSON string or integer"
        )
    return _account(
        lines,
        pasangan=pasangan,
        schedule=schedule,
        batas_pengeluaran=None if limit is None else _amount(str(limit)),
    )


def _money(amount: Rupiah) -> str:
    return amount.format(locale="id")


def _rows(account: DanaKampanye) -> Iterable[dict[str, str]]:
    blank = dict.fromkeys(COLUMNS, "")
    if account.rkdk_dibuka is not None:
        yield {**blank, "tanggal": account.rkdk_dibuka.isoformat(), "transaksi": "rkdk"}
    for d in account.sumbangan:
        yield {
            **blank,
            "tanggal": d.on.isoformat(),
            "transaksi": "penerimaan",
            "jenis_penyumbang": d.penyumbang.jenis.name.lower(),
            "nama": d.penyumbang.nama,
            "identitas": d.penyumbang.identitas,
            "bentuk": d.bentuk.value,
            "jumlah": _money(d.jumlah),
            "uraian": d.uraian,
            "bukti": d.bukti,
        }
    for p in account.pengeluaran:
        yield {
            **blank,
            "tanggal": p.on.isoformat(),
            "transaksi": "pengeluaran",
            "bentuk": p.bentuk.value,
            "jumlah": _money(p.jumlah),
            "uraian": p.uraian,
            "bukti": p.bukti,
        }
    for s in account.setoran:
        yield {
            **blank,
            "tanggal": s.on.isoformat(),
            "transaksi": "setoran",
            "jumlah": _money(s.jumlah),
            "uraian": s.uraian,
            "bukti": s.bukti,
        }
    for r in account.laporan:
        listed = "" if r.sumbangan is None else ";".join(r.sumbangan) or ";"
        yield {
            **blank,
            "tanggal": r.on.isoformat(),
            "transaksi": "laporan",
            "nama": r.jenis.name,
            "bukti": listed,
        }


def write_dana_csv(account: DanaKampanye) -> str:
    """The account's lines as CSV (``pasangan`` and ``batas_pengeluaran`` are not in it)."""
    account = _account_arg(account)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(_rows(account))
    return buffer.getvalue()


def write_dana_json(account: DanaKampanye) -> str:
    """The account as a JSON document that :func:`read_dana_json` reads back."""
    account = _account_arg(account)
    limit = account.batas_pengeluaran
    data = {
        "pasangan": account.pasangan,
        "rkdk_dibuka": None if account.rkdk_dibuka is None else account.rkdk_dibuka.isoformat(),
        "batas_pengeluaran": None if limit is None else _money(limit),
        "baris": [
            {key: value for key, value in row.items() if value}
            for row in _rows(account)
            if row["transaksi"] != "rkdk"
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
