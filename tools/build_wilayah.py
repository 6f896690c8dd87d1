"""Build the region tables shipped in ``pilkada/data`` from the Kemendagri CSVs.

Run: ``python tools/build_wilayah.py SOURCE_DIR`` (``SOURCE_DIR`` holds
``kemendagri_2022_100.1.1-6117.csv`` and ``kemendagri_2025_300.2.2-2430.csv``, as described
in their README: columns ``kode,nama,tingkat,jenis``). Each decree becomes one
``pilkada/data/wilayah_<year>.tsv.xz``: a header of ``#`` lines (the decree, where the data
came from, its licence), then one ``digits<TAB>name`` line per region, sorted by code.

The kind of a region is not stored: it follows from the code (the level from its length; a
kab/kota code from 71 is a kota; a desa code starting with 1 is a kelurahan, with 2 a desa,
with 3 a desa adat). The script checks that rule against the ``tingkat`` and ``jenis``
columns of every row and stops at the first row that breaks it, so the rule the library uses
is the table's own.
"""

from __future__ import annotations

import csv
import lzma
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "src" / "pilkada" / "data"

#: Each source file, the table it becomes, and its header.
TABLES = {
    "kemendagri_2022_100.1.1-6117.csv": (
        "wilayah_2022.tsv.xz",
        "Kepmendagri 100.1.1-6117/2022",
        "the table in force on 27 November 2024 (Pilkada 2024 voting day)",
    ),
    "kemendagri_2025_300.2.2-2430.csv": (
        "wilayah_2025.tsv.xz",
        "Kepmendagri 300.2.2-2430/2025",
        "its successor (ditetapkan 23 June 2025)",
    ),
}

PROVENANCE = (
    "# Kode wilayah administrasi pemerintahan (Kemendagri region codes), {decree}: {when}.\n"
    "# The codes and names are the decree's content. Compiled by github.com/cahyadsn/wilayah\n"
    "# (MIT licence, (c) 2017-2025 Cahya DSN), commit b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7\n"
    "# ({sql}), converted to CSV without changing a value, then to this file by\n"
    "# tools/build_wilayah.py: one 'digits<TAB>name' line per region, sorted by code.\n"
)
SQL = {
    "wilayah_2022.tsv.xz": "db/archive/wilayah_2023.sql",
    "wilayah_2025.tsv.xz": "db/wilayah.sql",
}


def kind_of(digits: str) -> tuple[str, str]:
    """The ``(tingkat, jenis)`` the code's digits give, as the source columns write them."""
    if len(digits) == 2:
        return "provinsi", "provinsi"
    if len(digits) == 4:
        return "kabkota", "kota" if int(digits[2:]) >= 70 else "kabupaten"
    if len(digits) == 6:
        return "kecamatan", "kecamatan"
    if len(digits) == 10:
        return "desa", {"1": "kelurahan", "2": "desa", "3": "desa_adat"}[digits[6]]
    raise ValueError(f"no level has {len(digits)} digits: {digits}")


def convert(source: Path, target: Path, decree: str, when: str) -> int:
    """Write ``target`` from ``source``; the number of regions."""
    rows: list[tuple[str, str]] = []
    with source.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            digits = row["kode"].replace(".", "")
            if kind_of(digits) != (row["tingkat"], row["jenis"]):
                raise SystemExit(f"{source.name}:{line}: {row} breaks the kind rule")
            name = row["nama"].strip()
            if not name or "\t" in name or "\n" in name:
                raise SystemExit(f"{source.name}:{line}: unusable name {name!r}")
            rows.append((digits, name))
    rows.sort()
    codes = [digits for digits, _ in rows]
    if len(set(codes)) != len(codes):
        raise SystemExit(f"{source.name}: a code appears twice")
    text = PROVENANCE.format(decree=decree, when=when, sql=SQL[target.name])
    text += "".join(f"{digits}\t{name}\n" for digits, name in rows)
    target.write_bytes(lzma.compress(text.encode("utf-8"), preset=9 | lzma.PRESET_EXTREME))
    return len(rows)


def main(source_dir: str) -> int:
    """Convert every table; 0 when done."""
    for source, (target, decree, when) in TABLES.items():
        count = convert(Path(source_dir) / source, TARGET / target, decree, when)
        size = (TARGET / target).stat().st_size
        print(f"{target}: {count} regions, {size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/wilayah"))
