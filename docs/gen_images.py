"""Render the pictures of docs/pictures.md: ``jadwal-2024.png`` and ``hibah-blora.png``.

The documentation site generates them at build time (``docs/hooks.py`` calls
:func:`write_images`), so no PNG is committed. To look at them locally::

    python docs/gen_images.py /tmp/img

Needs the ``plot`` extra: ``pip install "pilkada[plot]"``.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

#: The resolution of the PNGs (the figures are 10-11 inches wide).
DPI = 110


def write_images(directory: Path) -> list[Path]:
    """Write the two PNGs into ``directory`` (created if missing) and return their paths.

    * ``jadwal-2024.png``: ``PILKADA_2024.plot(today=2024-11-25)``, the first day of the masa
      tenang;
    * ``hibah-blora.png``: the Blora agreement of :mod:`pilkada.grants` with its first
      transfer (29 November 2023, Rp13.962.082.800), plotted on 1 July 2024, when tahap II
      was 4 days overdue.
    """
    from pilkada import (  # noqa: PLC0415 (the script imports nothing until it runs)
        PILKADA_2024,
        GrantAgreement,
        Grantee,
        Grantor,
        RegionLevel,
        Rupiah,
    )

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    blora = GrantAgreement(
        grantor=Grantor(RegionLevel.KABUPATEN, "Blora"),
        grantee=Grantee.KPU,
        amount=Rupiah(34_905_207_000),
        signed_on=dt.date(2023, 11, 10),
    ).with_transfer(dt.date(2023, 11, 29), Rupiah(13_962_082_800))
    figures = {
        "jadwal-2024.png": PILKADA_2024.plot(today=dt.date(2024, 11, 25)),
        "hibah-blora.png": blora.plot(on=dt.date(2024, 7, 1)),
    }
    written = []
    for name, figure in figures.items():
        path = directory / name
        # Without matplotlib's version in the PNG, the bytes depend only on the drawing.
        figure.savefig(path, dpi=DPI, metadata={"Software": None})
        written.append(path)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(f"usage: python {sys.argv[0]} DIRECTORY (not docs/img: the site makes those)")
    for written_path in write_images(Path(sys.argv[1])):
        sys.stdout.write(f"{written_path}\n")
