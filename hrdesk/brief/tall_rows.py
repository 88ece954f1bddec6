"""Cut a table row that is too tall for a page into several rows, before ReportLab sees it.

A defender may paste a long account into one event. ReportLab's table splits between rows,
and its in-row split (``splitInRow``) repeats the header in the middle of a page and
pushes the whole table to a new page when a heading is kept with it. So rows taller than
a limit are cut here instead: each cell's paragraphs are split at line boundaries into
chunks no taller than the limit, and the chunks become consecutive rows of the same
item (the table draws no rule between them).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

CellContent = list[Flowable]

_BIG = 1e6


def _height(flowable: Flowable, width: float) -> float:
    _, height = flowable.wrap(width, _BIG)
    return height + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def row_height(cells: Sequence[CellContent], widths: Sequence[float]) -> float:
    """Height of the tallest cell's content (without padding)."""
    return max((sum(_height(f, w) for f in cell) for cell, w in zip(cells, widths, strict=True)), default=0.0)


def _take(queue: list[Flowable], width: float, limit: float) -> CellContent:
    """Remove from ``queue`` as much as fits in ``limit``, splitting a paragraph if needed."""
    taken: CellContent = []
    used = 0.0
    while queue:
        head = queue[0]
        height = _height(head, width)
        if used + height <= limit:
            taken.append(queue.pop(0))
            used += height
            continue
        parts = head.split(width, limit - used - head.getSpaceBefore())
        if len(parts) == 2:
            taken.append(parts[0])
            queue[0] = parts[1]
        elif not taken:  # cannot split (a single line taller than the limit): take it whole
            taken.append(queue.pop(0))
        break
    return taken


def split_tall_row(
    cells: Sequence[CellContent], widths: Sequence[float], limit: float
) -> list[list[CellContent]]:
    """``cells`` as one row if it fits in ``limit`` points, else as several rows that each do.

    ``widths`` are the widths inside the cells' padding.
    """
    if row_height(cells, widths) <= limit:
        return [list(cells)]
    queues = [list(cell) for cell in cells]
    rows: list[list[CellContent]] = []
    while any(queues):
        rows.append([_take(queue, w, limit) for queue, w in zip(queues, widths, strict=True)])
    return rows
