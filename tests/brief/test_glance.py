"""Page 1 opens with the "at a glance" box in every language (issue #14)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hrdesk.brief.options import BriefOptions, Variant
from hrdesk.brief.render import render_brief
from hrdesk.brief.texts import BRIEF_LANGUAGES, brief_texts
from tests.brief.brief_case import fictional_case, page_texts

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def first_page(pdf: bytes, tmp_path: Path) -> str:
    return " ".join(page_texts(pdf, tmp_path)[0].split())


@pytest.mark.parametrize("lang", ["en", "es", "fr", "ru"])  # Arabic: see the rendered PNGs and below
def test_page_one_opens_with_the_box_before_the_story(lang: str, tmp_path: Path) -> None:
    variant = Variant.HAND_OVER
    t = brief_texts(lang)
    case = fictional_case()
    text = first_page(render_brief(case, BriefOptions(language=lang, variant=variant)), tmp_path)
    box = text.index(t.get("glance.title"))
    assert box < text.index(t.get("sections.summary"))
    for key in ("glance.ask", "glance.deadline", "glance.reach", "glance.please_do_not"):
        assert t.get(key) in text[box:]
    assert text.index("REQUESTASK") < text.index(t.get("sections.summary"))
    assert " ".join(t.get("glance.please_do_not_default").split()[:3]) in text  # a safe default
    case.request.please_do_not = "raise this with the minister PLEASEDONOT"
    case.request.safe_channel = "Signal via our lawyer SAFECHANNEL"
    case.request.confirmed_by = "The bar association CONFIRMER"
    text = first_page(render_brief(case, BriefOptions(language=lang, variant=variant)), tmp_path)
    for marker in ("PLEASEDONOT", "SAFECHANNEL", "CONFIRMER"):
        assert text.index(marker) < text.index(t.get("sections.summary"))
    assert t.get("glance.confirmed_by") in text


def test_arabic_box_texts_exist_and_the_box_renders(tmp_path: Path) -> None:
    t = brief_texts("ar")
    assert t.get("glance.title") and t.get("glance.reach_default")
    assert render_brief(fictional_case(), BriefOptions(language="ar")).startswith(b"%PDF")
    assert set(BRIEF_LANGUAGES) == {"en", "es", "fr", "ar", "ru"}


@pytest.mark.parametrize("lang", ["en", "es", "fr", "ru"])
def test_speaker_notes_open_with_talking_points(lang: str, tmp_path: Path) -> None:
    t = brief_texts(lang)
    case = fictional_case()
    pdf = render_brief(case, BriefOptions(language=lang, variant=Variant.NOTES, embassy="Canada"))
    text = first_page(pdf, tmp_path)
    points = text.index(t.get("notes.talking_points"))
    assert t.get("sections.notes") in text[points:]  # the private items follow the talking points
    for key in ("notes.tp_ask", "notes.tp_avoid"):
        assert t.get(key) in text
    assert t.get("notes.tp_why", embassy="Canada") in text and "WHYMATTERS" in text
    assert " ".join(t.get("notes.tp_avoid_text").split()[:3]) in text
    assert " ".join(t.get("document.notes_footer").split()[:5]) in text


@pytest.mark.parametrize("lang", ["en", "es", "fr", "ru"])
def test_a_long_summary_moves_to_an_annex_and_the_request_stays_on_page_one(
    lang: str, tmp_path: Path
) -> None:
    t = brief_texts(lang)
    case = fictional_case()
    case.summary = " ".join(["The committee has documented the concession for years."] * 40) + " SUMMARYEND"
    pages = [
        " ".join(p.split()) for p in page_texts(render_brief(case, BriefOptions(language=lang)), tmp_path)
    ]
    assert "REQUESTASK" in pages[0] and "SUMMARYEND" not in pages[0]
    assert t.get("summary.in_annex") in pages[0]
    annex = " ".join(pages)
    assert annex.index(t.get("summary.annex")) < annex.index("SUMMARYEND")
    assert annex.index(t.get("sections.outreach")) < annex.index(t.get("summary.annex"))  # at the end
    short = fictional_case()
    text = " ".join(" ".join(page_texts(render_brief(short, BriefOptions(language=lang)), tmp_path)).split())
    assert t.get("summary.annex") not in text
