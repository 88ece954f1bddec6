"""The few ReportLab internals the brief relies on, typed in one place.

ReportLab keeps a shaped string's glyph positions in ``__shapeData__``, installs
``hbAddPrivate`` on a font once ``hbFont`` is called, and has no public call that adds a raw
operator (a marked-content span) to a text object. All three are stable in ReportLab 4.x and
5.x but missing from its type stubs; the rest of the code goes through these functions.
"""

from __future__ import annotations

from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFont
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Table


def shape_data(glyphs: ShapedStr) -> list[ShapeData]:
    """The per-glyph positions of a shaped string."""
    return glyphs.__shapeData__  # type: ignore[attr-defined,no-any-return]


def add_private_glyph(ttf: TTFont, name: str, glyph: int, advance: int) -> int:
    """A private code of ``ttf`` that draws ``glyph`` (call ``ttf.hbFont`` first)."""
    return int(ttf.hbAddPrivate(name, glyph, advance))  # type: ignore[attr-defined]


def add_operator(text: PDFTextObject, operator: str) -> None:
    """Append a raw PDF operator to ``text``."""
    text._code.append(operator)  # type: ignore[attr-defined]


def text_operators(text: PDFTextObject) -> list[str]:
    """The operators written so far into ``text`` (a list the next ones are appended to)."""
    return text._code  # type: ignore[attr-defined,no-any-return]


def row_heights(table: Table) -> list[float | None]:
    """The row heights ``table`` measured at its last ``wrap`` (``None`` where it stopped early)."""
    return list(getattr(table, "_rowHeights", None) or [])
