"""Reading the HTML the tables write, for the display tests (not a test module)."""

from __future__ import annotations

from html.parser import HTMLParser

#: The only tags the tables write; hostile text must never add one.
TAGS = {"div", "p", "strong", "table", "thead", "tbody", "tfoot", "tr", "th", "td"}


class _Reader(HTMLParser):
    """Reads the tables of an HTML fragment: rows of (cell texts, row attributes)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.tables: list[list[tuple[list[str], dict[str, str | None]]]] = []
        self.paragraphs: list[str] = []
        self._cell: list[str] | None = None
        self._p: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append(([], dict(attrs)))
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "p":
            self._p = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1][0].append("".join(self._cell))
            self._cell = None
        elif tag == "p" and self._p is not None:
            self.paragraphs.append("".join(self._p))
            self._p = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._p is not None:
            self._p.append(data)


def read(html: str) -> _Reader:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    assert reader.tags <= TAGS, reader.tags - TAGS
    return reader


def rows(html: str, table: int = 0) -> list[list[str]]:
    return [cells for cells, _ in read(html).tables[table]]
