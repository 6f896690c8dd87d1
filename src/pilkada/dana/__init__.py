"""Campaign finance (dana kampanye): donations, caps, the three reports and their deadlines.

A candidate pair funds its campaign through a dedicated account (*rekening khusus dana
kampanye*, RKDK) and reports on it three times (PKPU 14/2024, in force 20 September 2024):

* the **LADK** (initial report) no later than the day before the campaign starts;
* the **LPSDK** (donations received), in 2024 on 24 October, the 30th day of the campaign;
* the **LPPDK** (receipts and spending) no later than the day after the campaign ends.

One individual may give at most Rp75.000.000 over the campaign, one private legal entity at
most Rp750.000.000 (UU 10/2016 Pasal 74 ayat (5)); donations from foreign parties, donors of
unclear identity, government and state enterprises are prohibited (UU 1/2015 Pasal 76); the
excess and the prohibited donations go to the state treasury within 14 days of the campaign's
end. The deadlines count from the campaign stage of the account's :class:`~pilkada.Schedule`,
so a custom schedule or a re-election carries its own.

The package holds :mod:`~pilkada.dana.kinds` (the kinds of donor, donation and report),
:mod:`~pilkada.dana.rules` (the dated caps, deadlines and sanctions read from
``data/dana_kampanye.toml``), :mod:`~pilkada.dana.ledger` (the lines of the account),
:mod:`~pilkada.dana.summary` (per kind of donor and per period),
:mod:`~pilkada.dana.findings` (what breaks the rules), :mod:`~pilkada.dana.account`
(:class:`DanaKampanye`) and :mod:`~pilkada.dana.readers` (CSV and JSON).

>>> from pilkada import Rupiah
>>> budi = Penyumbang(jenis="perseorangan", nama="Budi", identitas="3316010101800001")
>>> dana = (DanaKampanye(pasangan="Paslon 1")
...     .with_sumbangan(budi, "2024-10-01", Rupiah(50_000_000))
...     .with_sumbangan(budi, "2024-10-20", Rupiah(30_000_000))
...     .with_laporan("LADK", "2024-09-24")
...     .with_laporan("LPSDK", "2024-10-24")
...     .with_laporan("LPPDK", "2024-11-25"))
>>> for finding in dana.findings():
...     print(finding.code, finding.on)
MELEBIHI_BATAS_SUMBANGAN 2024-10-20
LAPORAN_TERLAMBAT 2024-11-25
SETORAN_KURANG 2024-12-07
>>> print(dana.findings()[1].message())  # doctest: +ELLIPSIS
LPPDK disampaikan 25 November 2024, 1 hari setelah batas 24 November 2024. Sanksi: ...
"""

from __future__ import annotations

from pilkada.dana.account import DanaKampanye
from pilkada.dana.findings import (
    LaporanTerlambat,
    LaporanTidakAda,
    MelebihiBatasPengeluaran,
    MelebihiBatasSumbangan,
    PengeluaranSebelumRKDK,
    SetoranKurang,
    SumbanganTerlarang,
    TemuanDana,
    TidakDalamLPSDK,
)
from pilkada.dana.kinds import BentukSumbangan, JenisLaporan, JenisPenyumbang
from pilkada.dana.ledger import (
    LaporanDana,
    Pengeluaran,
    Penyumbang,
    SetoranKasNegara,
    StatusDana,
    Sumbangan,
)
from pilkada.dana.readers import read_dana_csv, read_dana_json, write_dana_csv, write_dana_json
from pilkada.dana.rules import (
    PRINSIP,
    BatasSumbangan,
    Prinsip,
    Sanksi,
    Tenggat,
    batas_sumbangan,
    tenggat,
)
from pilkada.dana.summary import RingkasanJenis, RingkasanPeriode

__all__ = [
    "PRINSIP",
    "BatasSumbangan",
    "BentukSumbangan",
    "DanaKampanye",
    "JenisLaporan",
    "JenisPenyumbang",
    "LaporanDana",
    "LaporanTerlambat",
    "LaporanTidakAda",
    "MelebihiBatasPengeluaran",
    "MelebihiBatasSumbangan",
    "Pengeluaran",
    "PengeluaranSebelumRKDK",
    "Penyumbang",
    "Prinsip",
    "RingkasanJenis",
    "RingkasanPeriode",
    "Sanksi",
    "SetoranKasNegara",
    "SetoranKurang",
    "StatusDana",
    "Sumbangan",
    "SumbanganTerlarang",
    "TemuanDana",
    "Tenggat",
    "TidakDalamLPSDK",
    "batas_sumbangan",
    "read_dana_csv",
    "read_dana_json",
    "tenggat",
    "write_dana_csv",
    "write_dana_json",
]
