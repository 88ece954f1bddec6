"""One A4 document in memory: the frame, the metadata and the page decorations every printout shares."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from hrdesk.brief.fonts import LATIN
from hrdesk.brief.page_frame import Decorate, PageFrame, numbered_canvas

MARGIN = 18 * mm
BOTTOM = 24 * mm


def page_frame(extra_top: float = 0.0) -> PageFrame:
    """A4 with the printouts' margins (``extra_top`` leaves room for a banner)."""
    return PageFrame(A4[0], A4[1], MARGIN, BOTTOM, MARGIN + extra_top)


def build_document(
    story: list[Flowable], frame: PageFrame, title: str, language: str, decorate: Decorate
) -> bytes:
    """Lay ``story`` out and return the PDF bytes.

    The metadata is generic on purpose (``title`` is the kind of document, never the case's
    title, which could name a person), and ``invariant`` leaves out the creation time, so
    the file says nothing about when or by whom it was made.
    """
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(frame.page_width, frame.page_height),
        leftMargin=frame.margin,
        rightMargin=frame.margin,
        topMargin=frame.top_margin,
        bottomMargin=frame.bottom_margin,
        title=title,
        author="",
        subject="",
        creator="hrdesk",
        lang=language,
        invariant=1,
        initialFontName=LATIN,  # not Helvetica: every font the file names is embedded
    )
    height = frame.page_height - frame.bottom_margin - frame.top_margin
    body = Frame(frame.margin, frame.bottom_margin, frame.width, height, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate("page", [body])])
    doc.build(story, canvasmaker=numbered_canvas(decorate))
    return buffer.getvalue()
