"""A progress line on stderr while a large file is read (``Membaca hasil.csv: 45%``)."""

from __future__ import annotations

import time
from fractions import Fraction
from typing import TextIO

from pilkada.i18n import format_percent

__all__ = ["Progress"]


class Progress:
    """A progress line on a stream (``Membaca hasil.csv: 45%``), redrawn every ``interval`` s.

    Each update starts with a carriage return, so it overwrites the line. It is called as
    ``progress(done, total)`` (bytes) by :func:`~pilkada.read_results_csv`; ``close`` ends the
    line once something was shown. Nothing is drawn before ``delay`` seconds have passed, so a
    small file, read at once, leaves no trace.
    """

    def __init__(
        self,
        stream: TextIO,
        label: str,
        lang: str,
        *,
        interval: float = 0.1,
        delay: float = 0.0,
    ) -> None:
        self.stream = stream
        self.label = label
        self.lang = lang
        self.interval = interval
        self._start = time.monotonic()
        self.delay = delay
        self._last = -float("inf")
        self._shown: int | None = None

    def __call__(self, done: int, total: int) -> None:
        """Show ``done`` of ``total`` bytes as a percentage, unless too soon or unchanged."""
        percent = min(100, done * 100 // total) if total > 0 else 100
        now = time.monotonic()
        if (
            percent == self._shown
            or now - self._start < self.delay
            or (percent < 100 and now - self._last < self.interval)
        ):
            return
        self._last, self._shown = now, percent
        shown = format_percent(Fraction(percent, 100), decimals=0, locale=self.lang)
        self.stream.write(f"\r{self.label}: {shown}")
        self.stream.flush()

    def close(self) -> None:
        """End the line, if anything was shown."""
        if self._shown is not None:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = None
