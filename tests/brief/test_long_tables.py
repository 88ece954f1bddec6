"""Long tables are laid out in chunks (``hrdesk.brief.chunked_table``): read back, every row is
printed once, in order, across chunk and page boundaries, and the header row stands at the top
of every page the table runs over, never in the middle of a page where one chunk meets the next.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from hrdesk.brief.chunked_table import CHUNK_ROWS, ChunkedTable, TableChunk
from hrdesk.brief.layout import Layout
from hrdesk.brief.options import BriefOptions, Section
from hrdesk.brief.redaction import Pseudonymiser
from hrdesk.brief.render import render_brief
from hrdesk.brief.rtl_paragraph import MixedParagraph
from hrdesk.brief.styles import brief_styles
from hrdesk.brief.table_sections import timeline_table
from hrdesk.brief.texts import brief_texts
from hrdesk.domain.case import Case, EventKind, TimelineEvent
from hrdesk.domain.dates import PartialDate
from tests.brief.brief_case import pdf_words

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

EVENTS = 3 * CHUNK_ROWS + 27
LONG_EVENT = CHUNK_ROWS - 1  # a row taller than the page, ending the first chunk
FILLER = {
    "en": "men in a grey car followed the defender from the office to her home again",
    "ar": "تبع رجلان في سيارة رمادية المدافعة من المكتب إلى منزلها مرة أخرى",
}


def long_case(lang: str) -> Case:
    timeline = []
    for n in range(EVENTS):
        what = f"EVT{n:04d} {FILLER[lang]}"
        if n == LONG_EVENT:
            what += " " + " ".join(f"w{k}" for k in range(900))
        timeline.append(
            TimelineEvent(
                PartialDate(2001 + n // 300, n // 25 % 12 + 1, n % 25 + 1),
                EventKind.THREAT,
                what,
                place=f"Q{n}",
                who=f"U{n}",
            )
        )
    return Case(title="A long timeline (fictional)", timeline=timeline)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_row_once_in_order_and_the_header_on_top_of_every_page(lang: str, tmp_path: Path) -> None:
    options = BriefOptions(language=lang, sections=frozenset({Section.TIMELINE}))
    pdf = render_brief(long_case(lang), options)
    words = pdf_words(pdf, tmp_path)
    markers = [w.text for w in words if re.fullmatch(r"EVT\d{4}", w.text)]
    assert markers == [f"EVT{n:04d}" for n in range(EVENTS)]
    assert [w.text for w in words if re.fullmatch(r"w\d+", w.text)] == [f"w{k}" for k in range(900)]
    places = [w.text for w in words if re.fullmatch(r"Q\d+", w.text)]
    assert places == [f"Q{n}" for n in range(EVENTS)]
    # The "Place" header: once on every page of the table, above the page's first row.
    header = brief_texts(lang).get("timeline.place")
    pages = sorted({w.page for w in words if re.fullmatch(r"(EVT\d{4}|w\d+)", w.text)})
    assert len(pages) >= 5
    on_page = Counter(w.page for w in words if w.text == header)
    assert [on_page[p] for p in pages] == [1] * len(pages)
    for page in pages:
        top = min(w.y0 for w in words if w.page == page and w.text == header)
        rows = [w.y0 for w in words if w.page == page and re.fullmatch(r"(EVT\d{4}|w\d+|Q\d+)", w.text)]
        assert top < min(rows)


def test_short_tables_stay_one_table_and_long_ones_come_in_chunks() -> None:
    texts = brief_texts("en")
    lay = Layout(texts, brief_styles(False), "ltr", Pseudonymiser([], texts, enabled=False), 480)
    events = long_case("en").timeline
    assert not isinstance(timeline_table(events[: CHUNK_ROWS - 1], lay), ChunkedTable)  # not the long one
    chunked = timeline_table(events, lay)
    assert isinstance(chunked, ChunkedTable) and len(chunked.chunks) == 4


def test_rows_measured_before_a_page_break_are_not_measured_again(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = brief_texts("ar")
    lay = Layout(texts, brief_styles(True), "rtl", Pseudonymiser([], texts, enabled=False), 480)
    first = timeline_table(long_case("ar").timeline[CHUNK_ROWS + 1 :], lay).chunks[0]  # type: ignore[attr-defined]
    first.wrap(480, 100_000)  # measures every row, as a frame does before it splits
    assert None not in first.heights
    _head, rest = first.split(480, 300)
    assert isinstance(rest, TableChunk) and 0 < len(rest.rows) < CHUNK_ROWS
    assert rest.heights == first.heights[CHUNK_ROWS - len(rest.rows) :]
    measured = []
    original = MixedParagraph.wrap
    monkeypatch.setattr(MixedParagraph, "wrap", lambda p, w, h: measured.append(p) or original(p, w, h))
    _width, height = rest.wrap(480, 100_000)
    assert len(measured) == 4  # only the header row: the body rows keep the heights known before
    assert height >= sum(h for h in rest.heights if h is not None)
