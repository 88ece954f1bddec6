"""The PDF operators of a drawn piece, written once per document and reused.

A brief draws the same words over and over (a case's places, names, and the common words of
every language), and ReportLab turns each shaped piece into text operators anew each time:
splitting it into font subsets, escaping it, and laying out HarfBuzz's positions as ``TJ``
arrays. That was most of the time an Arabic brief spends drawing. What a piece becomes
depends only on the document (its font subsets), the font, the size and the glyphs, so the
operators are kept per document and appended again when the same piece is drawn again: the
page is byte for byte what it was.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from hrdesk.brief.reportlab_internals import text_operators

#: (font, size, glyphs, logical text) -> (the glyphs, kept so their id stays theirs; operators)
_Drawn = dict[tuple[str, float, object, str], tuple[str, list[str]]]

_by_document: weakref.WeakKeyDictionary[object, _Drawn] = weakref.WeakKeyDictionary()


def draw_piece(
    canv: Canvas,
    text: PDFTextObject,
    font: str,
    size: float,
    glyphs: str,
    logical: str,
    draw: Callable[[], None],
) -> None:
    """Select ``font`` at ``size`` in ``text`` and draw ``glyphs`` with ``draw``, or reuse its operators.

    ``draw`` must depend only on the arguments and start from the font just selected (as
    every piece of a line does: each is drawn after its own font selection). A plain
    string is known by its value; a shaped one by its identity, since two shapings of
    one string may place its glyphs differently (shaped pieces come from a cache, so the
    same piece is the same object).
    """
    drawn = _by_document.setdefault(canv._doc, {})  # type: ignore[attr-defined]
    key = (font, size, glyphs if type(glyphs) is str else id(glyphs), logical)
    text.setFont(font, size)
    ops = text_operators(text)
    known = drawn.get(key)
    if known is not None:
        ops.extend(known[1])
        return
    start = len(ops)
    draw()
    drawn[key] = (glyphs, ops[start:])
    text.setFont(font, size)  # the next piece starts from a fresh font selection either way
