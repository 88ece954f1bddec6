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

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from hrdesk.brief.reportlab_internals import text_operators

#: (font, size, glyphs, logical text) -> (the glyphs, kept so their id stays theirs; operators)
_Drawn = dict[tuple[str, float, object, str], tuple[str, list[str]]]

#: How a piece's glyphs are drawn the first time: (text object, font, glyphs, logical text),
#: starting from the font just selected.
DrawGlyphs = Callable[[PDFTextObject, str, str, str], None]

_by_document: weakref.WeakKeyDictionary[object, _Drawn] = weakref.WeakKeyDictionary()


class PieceWriter:
    """Writes the pieces of one line into one text object, each at its own origin."""

    def __init__(self, canv: Canvas, text: PDFTextObject, draw: DrawGlyphs) -> None:
        self._text = text
        self._ops = text_operators(text)
        self._drawn = _by_document.setdefault(canv._doc, {})  # type: ignore[attr-defined]
        self._draw = draw
        # What ``setTextOrigin`` writes (the text object keeps no other state a line needs).
        self._origin = "1 0 0 1 %s Tm" if canv.bottomup else "1 0 0 -1 %s Tm"

    def show(self, x: float, y: float, font: str, size: float, glyphs: str, logical: str = "") -> None:
        """Draw ``glyphs`` in ``font`` at ``size`` with their origin at ``(x, y)``.

        A plain string is known by its value; a shaped one by its identity, since two
        shapings of one string may place its glyphs differently (shaped pieces come from a
        cache, so the same piece is the same object).
        """
        self._ops.append(self._origin % fp_str(x, y))
        key = (font, size, glyphs if type(glyphs) is str else id(glyphs), logical)
        known = self._drawn.get(key)
        if known is not None:
            self._ops.extend(known[1])
            return
        start = len(self._ops)
        self._text.setFont(font, size)
        self._draw(self._text, font, glyphs, logical)
        self._drawn[key] = (glyphs, self._ops[start:])
