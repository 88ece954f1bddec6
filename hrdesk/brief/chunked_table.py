"""Long tables as a run of short ones, so laying out a 5,000-event timeline stays linear.

ReportLab splits a ``Table`` at a page end by building a new table of all the rows left and
measuring every one of them again: a long table costs the square of its length. Here a long
table is cut into chunks of ``CHUNK_ROWS`` rows; a chunk that does not fit splits into the part
that does and a new chunk of the rest, so each page measures at most a chunk's rows. A row's
height depends only on its cells and the fixed column widths, so a chunk keeps the heights
ReportLab measured and hands them to every table it builds afterwards (ReportLab measures a
table again at each ``wrap`` and ``split``, and the rest of a chunk on the next page).

The header row is printed where a reader needs it: above the table, and at the top of every
page it continues on. A chunk knows whether it starts a page from its frame (``_atTop``, set by
ReportLab before it asks a flowable for its size), and adds the header only then.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable, Table

from hrdesk.brief.reportlab_internals import row_heights

CHUNK_ROWS = 50

#: Builds one ReportLab table from body rows, the indices of the rows that end an item (a rule
#: goes below them), whether the header row goes on top, and the rows' heights where known
#: (``rowHeights``: one per table row, ``None`` to measure; or ``None`` for all).
BuildTable = Callable[[list[Sequence[Any]], list[int], bool, "list[float | None] | None"], Table]


def chunked(rows: list[Sequence[Any]], ends: Sequence[int], build: BuildTable) -> Flowable:
    """One flowable for the whole table: the plain table when short, chunks when long."""
    if len(rows) <= CHUNK_ROWS:
        return build(rows, list(ends), True, None)
    chunks = []
    for start in range(0, len(rows), CHUNK_ROWS):
        stop = start + CHUNK_ROWS
        local = [e - start for e in ends if start <= e < stop]
        chunks.append(TableChunk(rows[start:stop], local, build, first=start == 0))
    return ChunkedTable(chunks)


class TableChunk(Flowable):
    """Up to ``CHUNK_ROWS`` rows of a long table; its header row only where a page starts."""

    def __init__(
        self,
        rows: list[Sequence[Any]],
        ends: list[int],
        build: BuildTable,
        first: bool = False,
        heights: list[float | None] | None = None,
    ) -> None:
        super().__init__()
        self.rows, self.ends, self.build, self.first = rows, ends, build, first
        self.heights: list[float | None] = heights if heights is not None else [None] * len(rows)
        self._built: tuple[bool, Table] | None = None

    def _make(self, header: bool) -> Table:
        """A table of the rows, told the heights measured so far."""
        known = ([None] if header else []) + self.heights
        return self.build(self.rows, self.ends, header, known if any(h is not None for h in known) else None)

    def _learn(self, table: Table, header: bool) -> None:
        """Keep the body rows' heights ``table`` has measured (as far as it measured)."""
        measured = row_heights(table)[1 if header else 0 :]
        for i, height in enumerate(measured[: len(self.heights)]):
            if height is not None:
                self.heights[i] = height

    def _with_header(self) -> bool:
        frame = getattr(self, "_frame", None)
        return self.first or frame is None or bool(getattr(frame, "_atTop", True))

    def _table(self) -> Table:
        header = self._with_header()
        if self._built is None or self._built[0] != header:
            self._built = (header, self._make(header))
        return self._built[1]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        table = self._table()
        self.hAlign = table.hAlign
        self.width, self.height = table.wrap(availWidth, availHeight)
        self._learn(table, self._with_header())
        return self.width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        assert self._built is not None  # noqa: S101 - ReportLab always sizes a flowable before drawing it
        self._built[1].drawOn(canvas, x, y, _sW)  # type: ignore[call-arg]  # the stub omits _sW

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        header = self._with_header()
        table = self._make(header)
        _width, height = table.wrap(availWidth, availHeight)
        self._learn(table, header)
        if height <= availHeight:
            return [table]
        parts = table.split(availWidth, availHeight)
        self._learn(table, header)
        if not parts:
            return []  # not even one row fits: the whole chunk moves to the next page
        used = len(parts[0]._cellvalues) - (1 if header else 0)  # type: ignore[attr-defined]  # a Table
        ends = [e - used for e in self.ends if e >= used]
        rest = TableChunk(self.rows[used:], ends, self.build, heights=self.heights[used:])
        return [parts[0], rest]


class ChunkedTable(Flowable):
    """The chunks of a long table as one flowable, which dissolves into them when placed.

    It always asks to be split (its size is unknown without measuring every row, which is the
    cost this module avoids); splitting places as much of the first chunk as fits and hands the
    rest over to ReportLab as the following flowables.
    """

    def __init__(self, chunks: list[TableChunk]) -> None:
        super().__init__()
        self.chunks = chunks

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, availHeight + 1

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        first = self.chunks[0]
        frame = getattr(self, "_frame", None)
        if frame is not None:
            first._frame = frame  # type: ignore[attr-defined]  # set by ReportLab's Frame, not declared
        try:
            placed = first.split(availWidth, availHeight)
        finally:
            if frame is not None:
                del first._frame  # type: ignore[attr-defined]
        if not placed:
            return []
        return [*placed, *self.chunks[1:]]

    def draw(self) -> None:  # never drawn whole: it is always split first
        raise AssertionError("a ChunkedTable is split before it is drawn")
