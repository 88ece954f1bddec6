"""Document direction helpers: which languages read right-to-left, and RTL tables.

A ReportLab ``Table`` always lays its columns out left to right. In an Arabic brief the
first column (say "Date") must be on the right, so the renderer builds rows in logical
order and mirrors them here, once, just before handing them to ``Table``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from hrdesk.brief.rtl_paragraph import Direction

from hrdesk.domain.languages import is_rtl

T = TypeVar("T")

_SWAPPED_SIDES = {"LINEBEFORE": "LINEAFTER", "LINEAFTER": "LINEBEFORE"}


def direction_for(lang: str | None) -> Direction:
    """``"rtl"`` or ``"ltr"`` for a language code, as :class:`MixedParagraph` expects."""
    return "rtl" if is_rtl(lang) else "ltr"


def mirror_columns(rows: Sequence[Sequence[T]], rtl: bool) -> list[list[T]]:
    """Rows with their cells in reverse order when ``rtl`` (a copy either way).

    Also works for a single row of column widths: ``mirror_columns([widths], rtl)[0]``.
    """
    if rtl:
        return [list(reversed(row)) for row in rows]
    return [list(row) for row in rows]


def mirror_table_style(commands: Sequence[tuple[Any, ...]], n_cols: int, rtl: bool) -> list[tuple[Any, ...]]:
    """``TableStyle`` commands with their column coordinates mirrored when ``rtl``.

    A command such as ``("BACKGROUND", (0, 0), (0, -1), grey)`` that shades the first
    logical column must shade the rightmost column of a mirrored table. Negative column
    indices are resolved against ``n_cols`` first. ``ALIGN`` values LEFT/RIGHT and the
    ``LINEBEFORE``/``LINEAFTER`` commands swap, since "before" becomes the right side.
    """
    if not rtl:
        return [tuple(cmd) for cmd in commands]
    mirrored: list[tuple[Any, ...]] = []
    for cmd in commands:
        name, (c0, r0), (c1, r1), *rest = cmd
        a = n_cols - 1 - (c0 % n_cols)
        b = n_cols - 1 - (c1 % n_cols)
        if name == "ALIGN" and rest and str(rest[0]).upper() in ("LEFT", "RIGHT"):
            rest = ["RIGHT" if str(rest[0]).upper() == "LEFT" else "LEFT", *rest[1:]]
        name = _SWAPPED_SIDES.get(name, name)
        mirrored.append((name, (min(a, b), r0), (max(a, b), r1), *rest))
    return mirrored
