""" "Page N of M", the confidentiality line and the speaker-notes banner on every page.

The total number of pages is only known once the story has been laid out, so the canvas
keeps each finished page's drawing state and draws the decorations at ``save()`` (the
"numbered canvas" pattern): one layout pass instead of two, which matters for a case with
hundreds of events.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hrdesk.brief.rtl_paragraph import Direction, MixedParagraph
from hrdesk.brief.styles import RULE, WARNING, BriefStyles
from hrdesk.brief.texts import BriefTexts

Decorate = Callable[[Canvas, int, int], None]

PAGE_NUMBER_WIDTH = 32 * mm


def numbered_canvas(decorate: Decorate) -> type[Canvas]:
    """A canvas class (for ``doc.build(canvasmaker=...)``) that calls ``decorate(canvas, n, total)``."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._finished.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # Canvas API missing from types-reportlab

        def save(self) -> None:
            total = len(self._finished)
            for number, state in enumerate(self._finished, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


@dataclass(frozen=True)
class PageFrame:
    """Where the decorations go: the margins of the page and the frame's width."""

    page_width: float
    page_height: float
    margin: float
    bottom_margin: float
    top_margin: float

    @property
    def width(self) -> float:
        return self.page_width - 2 * self.margin


def page_decorator(
    frame: PageFrame,
    texts: BriefTexts,
    styles: BriefStyles,
    direction: Direction,
    notes: bool,
    running: str = "",
) -> Decorate:
    """The function that draws the footer (and, for speaker notes, the banner) on one page.

    ``running`` is the running header of continuation pages (page 2 on), so a loose page still
    says what it belongs to; the speaker notes have their banner instead.
    """
    rtl = direction == "rtl"
    # The notes' footer says what they are: private notes, not the wording to hand over.
    confidential = texts.get("document.notes_footer" if notes else "document.confidential")
    banner = texts.get("document.notes_banner")
    number_style = styles.footer.clone("page_number", alignment=TA_CENTER)
    banner_style = styles.banner.clone("banner_centre", alignment=TA_CENTER)

    def decorate(canv: Canvas, number: int, total: int) -> None:
        canv.saveState()
        rule_y = frame.bottom_margin - 4 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(frame.margin, rule_y, frame.page_width - frame.margin, rule_y)
        text_width = frame.width - PAGE_NUMBER_WIDTH
        line = MixedParagraph(confidential, styles.footer, direction)
        _, height = line.wrap(text_width, frame.bottom_margin)
        page = MixedParagraph(texts.get("document.page", page=number, pages=total), number_style, direction)
        page.wrap(PAGE_NUMBER_WIDTH, frame.bottom_margin)
        top = rule_y - 1.5 * mm
        text_x = frame.margin + (PAGE_NUMBER_WIDTH if rtl else 0)
        page_x = frame.margin if rtl else frame.page_width - frame.margin - PAGE_NUMBER_WIDTH
        line.drawOn(canv, text_x, top - height)
        # The page number sits at the end of the line: right in a left-to-right brief, left in Arabic.
        page.drawOn(canv, page_x, top - number_style.leading)
        if notes:
            _draw_banner(canv, frame, MixedParagraph(banner, banner_style, direction))
        elif running and number > 1:
            head = MixedParagraph(running, styles.footer, direction)
            head.wrap(frame.width, frame.top_margin)
            head_y = frame.page_height - frame.top_margin + 3 * mm
            head.drawOn(canv, frame.margin, head_y)
            canv.line(frame.margin, head_y - 1.5 * mm, frame.page_width - frame.margin, head_y - 1.5 * mm)
        canv.restoreState()

    return decorate


def _draw_banner(canv: Canvas, frame: PageFrame, para: MixedParagraph) -> None:
    """A dark red band across the top of the page, above the text frame."""
    _, height = para.wrap(frame.width - 8 * mm, frame.top_margin)
    box_height = height + 3 * mm
    y = frame.page_height - frame.top_margin + 4 * mm
    canv.setFillColor(WARNING)
    canv.rect(frame.margin, y, frame.width, box_height, stroke=0, fill=1)
    para.drawOn(canv, frame.margin + 4 * mm, y + 1.5 * mm)
