"""The operators of a drawn piece are reused within one document only (``drawn_pieces``).

Font subsets, and so the codes a word is written with, belong to one document: a word that
two documents draw in a different order gets different codes in each. Both documents must
still read back as what they draw, and a word drawn many times in one document must read
back at every place.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from hrdesk.brief.rtl_paragraph import MixedParagraph
from tests.brief.test_multilingual_text import STYLE, render

_CONTROLS = dict.fromkeys([0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def extracted_words(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.translate(_CONTROLS).split()


@pytest.mark.parametrize(
    ("first", "second", "direction"),
    [
        ("شاهد ظلم غرفة", "غرفة ظلم", "rtl"),
        ("quiet wolves jump", "jump wolves", "ltr"),
        ("Жук съел щавель", "щавель Жук", "ltr"),
    ],
)
def test_a_second_document_reads_back_with_its_own_codes(
    tmp_path: Path, first: str, second: str, direction: str
) -> None:
    # One word per paragraph, so each is one piece, drawn in both documents but coded in another order.
    render([MixedParagraph(word, STYLE, direction) for word in first.split()])
    pdf = render([MixedParagraph(word, STYLE, direction) for word in second.split()])
    assert sorted(extracted_words(pdf, tmp_path)) == sorted(second.split())


def test_a_word_drawn_in_many_paragraphs_reads_back_in_each(tmp_path: Path) -> None:
    lines = ["في المكتب", "عند المكتب", "قرب المكتب مساءً"]
    pdf = render([MixedParagraph(line, STYLE, "rtl") for line in lines * 3])
    words = extracted_words(pdf, tmp_path)
    assert words.count("المكتب") == 9
    assert sorted(words) == sorted(" ".join(lines * 3).split())
