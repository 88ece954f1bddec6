"""``MixedParagraph``: a ReportLab flowable for Arabic, Latin and Cyrillic text, mixed at will.

ReportLab's ``Paragraph`` cannot do this (no bidi without the unpublished ``rlbidi``, no
font fallback, ``dlig`` forced on). This flowable wraps words in logical order using their
shaped widths, orders each line visually, and draws it piece by piece with HarfBuzz
glyphs (see :mod:`hrdesk.brief.line_layout`). It supports ``split()`` for page breaks
and reports exact heights, so it also works inside ``Table`` cells.

Words drawn with glyphs that do not read back as their text (Arabic forms, right-to-left
order, mirrored brackets) are wrapped in ``/ActualText`` spans, so copying, searching and
``pdftotext`` give the logical words.
"""

from __future__ import annotations

from typing import Literal

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from hrdesk.brief.fonts import font_pair
from hrdesk.brief.line_layout import Placed, Word, line_width, place_line, prepare_words, wrap_words
from hrdesk.brief.textrun import shape_run

Direction = Literal["ltr", "rtl"]

#: Where the first baseline sits below the top of its line box, as a share of the font
#: size, on top of half the extra leading: keeps Latin capitals and Arabic marks inside.
_ASCENT = 0.8


def _is_bold_style(style: ParagraphStyle) -> bool:
    name = (style.fontName or "").lower()
    return "bold" in name


def _actual_text_marker(text: str) -> str:
    hexed = text.encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <FEFF{hexed}>>> BDC"


class MixedParagraph(Flowable):
    """A paragraph of any mix of the brief's five languages.

    ``direction`` is the document's direction (``"rtl"`` for Arabic briefs): it sets the
    bidi base level and the alignment (right for RTL, left for LTR; ``TA_CENTER`` in the
    style centres). ``bold`` defaults to whether ``style.fontName`` names a bold font.
    From the style it uses fontSize, leading, textColor, leftIndent, rightIndent,
    spaceBefore, spaceAfter, allowWidows and allowOrphans. Newlines in ``text`` start new
    lines. With ``auto`` each line of ``text`` takes its own base direction and alignment
    from its first strong character (``direction`` only decides for lines with none).
    """

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        direction: Direction = "ltr",
        bold: bool | None = None,
        auto: bool = False,
    ) -> None:
        super().__init__()
        if direction not in ("ltr", "rtl"):
            raise ValueError(f"direction must be 'ltr' or 'rtl', not {direction!r}")
        self.text = text
        self.style = style
        self.direction: Direction = direction
        self.auto = auto
        self.bold = _is_bold_style(style) if bold is None else bold
        self.fonts = font_pair(self.bold)
        self._words: list[Word] = prepare_words(text, self.fonts, direction == "rtl", auto)
        self._space_before: float = style.spaceBefore
        self._space_after: float = style.spaceAfter
        self._wrapped_for: float | None = None
        self._lines: list[list[Word]] = []

    # -- geometry ---------------------------------------------------------------------

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def gap(self) -> float:
        """Width in points of the space between words (the paragraph font's own space)."""
        font = self.fonts.arabic if self.rtl else self.fonts.latin
        return shape_run(" ", font, False).width(self.style.fontSize)

    def _text_width(self, avail_width: float) -> float:
        return max(0.0, avail_width - self.style.leftIndent - self.style.rightIndent)

    def _layout(self, avail_width: float) -> list[list[Word]]:
        width = self._text_width(avail_width)
        if self._wrapped_for != width:
            self._lines = wrap_words(self._words, width, self.style.fontSize, self.gap)
            self._wrapped_for = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Wrap to ``availWidth``; the height is the number of lines times the leading."""
        self.width = availWidth
        self.height = len(self._layout(availWidth)) * self.style.leading
        return availWidth, self.height

    def minWidth(self) -> float:
        """The widest word plus indents: what a ``Table`` column needs at the least."""
        widest = max((w.advance for w in self._words), default=0.0) * self.style.fontSize / 1000.0
        return widest + self.style.leftIndent + self.style.rightIndent

    def getSpaceBefore(self) -> float:
        return self._space_before

    def getSpaceAfter(self) -> float:
        return self._space_after

    # -- page breaks ------------------------------------------------------------------

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Cut after as many whole lines as fit in ``availHeight``; ``[]`` if none may."""
        lines = self._layout(availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit >= len(lines):
            return [self]
        if not getattr(self.style, "allowWidows", 1) and len(lines) - fit == 1:
            fit -= 1
        if fit <= 0 or (fit == 1 and not getattr(self.style, "allowOrphans", 0)):
            return []
        head = self._part(lines[:fit], availWidth)
        tail = self._part(lines[fit:], availWidth)
        head._space_after = 0.0
        tail._space_before = 0.0
        return [head, tail]

    def _part(self, lines: list[list[Word]], avail_width: float) -> MixedParagraph:
        part = MixedParagraph.__new__(MixedParagraph)
        Flowable.__init__(part)
        part.text = "".join(w.text + (" " if w.gap_level is not None else "") for line in lines for w in line)
        part.style, part.direction, part.bold, part.fonts = self.style, self.direction, self.bold, self.fonts
        part.auto = self.auto
        part._words = [w for line in lines for w in line]
        part._space_before, part._space_after = self._space_before, self._space_after
        part._lines = lines
        part._wrapped_for = self._text_width(avail_width)
        return part

    # -- drawing ----------------------------------------------------------------------

    def draw(self) -> None:
        canv: Canvas = self.canv
        style = self.style
        size, leading = style.fontSize, style.leading
        width = self._text_width(self.width)
        gap = self.gap
        canv.saveState()
        canv.setFillColor(style.textColor)
        top = self.height
        for index, line in enumerate(self._lines):
            if not line or line[0].blank:
                continue
            natural = line_width(line, size, gap)
            if style.alignment == TA_CENTER:
                x0 = style.leftIndent + (width - natural) / 2
            elif line[0].rtl if self.auto else self.rtl:
                x0 = style.leftIndent + width - natural
            else:
                x0 = style.leftIndent
            baseline = top - index * leading - (leading - size) / 2 - _ASCENT * size
            self._draw_line(canv, line, place_line(line, size, gap), x0, baseline, size)
        canv.restoreState()

    @staticmethod
    def _draw_line(
        canv: Canvas, line: list[Word], placed: list[Placed], x0: float, y: float, size: float
    ) -> None:
        """Draw one line; one text object per stretch of pieces, cut around ActualText spans.

        A word gets one span with its logical text when its pieces are drawn side by side
        (always, unless a word mixes directions in unusual ways); otherwise each piece
        that needs one gets its own.
        """
        where: dict[int, list[int]] = {}
        for i, p in enumerate(placed):
            where.setdefault(p.word, []).append(i)
        whole_word_span = {
            n: idx[-1] - idx[0] + 1 == len(idx) and any(placed[k].piece.shaped.actual_text for k in idx)
            for n, idx in where.items()
        }
        text: PDFTextObject | None = None
        # Plain pieces (shaping changed nothing, no ActualText) that follow each other in one
        # font are drawn as one string with real spaces: one text operator per run of words
        # instead of one per word, which is most of the drawing time of a long brief.
        run: list[str] = []
        run_font, run_scale, run_x, run_end = "", 1.0, 0.0, 0.0

        def flush_run() -> None:
            nonlocal text
            if not run:
                return
            if text is None:
                text = canv.beginText(x0 + run_x, y)
            else:
                text.setTextOrigin(x0 + run_x, y)
            text.setFont(run_font, size * run_scale)
            text.textOut("".join(run))
            run.clear()

        for i, p in enumerate(placed):
            own = p.piece.shaped.actual_text
            shaped = p.piece.shaped
            if own is None and not whole_word_span[p.word] and type(shaped.glyphs) is str:
                width = shaped.width(size)
                if run and p.piece.font == run_font and shaped.scale == run_scale:
                    space = stringWidth(" ", run_font, size * run_scale)
                    if abs(p.x - run_end) < 0.01:
                        run.append(shaped.glyphs)
                        run_end = p.x + width
                        continue
                    if abs(p.x - run_end - space) < 0.01:
                        run.append(" " + shaped.glyphs)
                        run_end = p.x + width
                        continue
                flush_run()
                run.append(shaped.glyphs)
                run_font, run_scale, run_x, run_end = p.piece.font, shaped.scale, p.x, p.x + width
                continue
            flush_run()
            if whole_word_span[p.word]:
                opens, closes = i == where[p.word][0], i == where[p.word][-1]
                span = line[p.word].text
            else:
                opens = closes = own is not None
                span = own or ""
            if opens:
                if text is not None:
                    canv.drawText(text)
                    text = None
                canv.addLiteral(_actual_text_marker(span))
            if text is None:
                text = canv.beginText(x0 + p.x, y)
            else:
                text.setTextOrigin(x0 + p.x, y)
            text.setFont(p.piece.font, size * p.piece.shaped.scale)
            text.textOut(p.piece.shaped.glyphs)
            if closes:
                canv.drawText(text)
                canv.addLiteral("EMC")
                text = None
        flush_run()
        if text is not None:
            canv.drawText(text)
