"""What the picture tests share: the sample agreement, reading a figure (not a test module)."""

from __future__ import annotations

import datetime as dt
import struct
from typing import TYPE_CHECKING

from pilkada import GrantAgreement, Grantee, Grantor, RegionLevel, Rupiah
from pilkada.display.plot import GID, day_of

if TYPE_CHECKING:
    from matplotlib.figure import Figure


VOTING_DAY = dt.date(2024, 11, 27)
TODAY = dt.date(2024, 11, 25)
ON = dt.date(2024, 7, 1)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def paid_blora() -> GrantAgreement:
    # The agreement of grants.py's docstring, with its first transfer.
    return GrantAgreement(
        grantor=Grantor(RegionLevel.KABUPATEN, "Blora"),
        grantee=Grantee.KPU,
        amount=Rupiah(34_905_207_000),
        signed_on=dt.date(2023, 11, 10),
    ).with_transfer(dt.date(2023, 11, 29), Rupiah(13_962_082_800))


def drawn(figure: Figure) -> Figure:
    figure.draw_without_rendering()  # computes the tick labels, as saving would
    return figure


def with_gid(figure: Figure, name: str) -> list:
    return figure.axes[0].findobj(match=lambda artist: artist.get_gid() == GID[name])


def x_days(figure: Figure, name: str) -> list[dt.date]:
    return [day_of(line.get_xdata()[0]) for line in with_gid(figure, name)]


def tick_texts(labels) -> list[str]:
    return [label.get_text() for label in labels]


def texts(figure: Figure) -> list[str]:
    return [text.get_text() for text in figure.axes[0].texts]


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height
