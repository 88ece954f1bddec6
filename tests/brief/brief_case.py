"""A fictional case for the brief tests: every disclosure level, with markers to look for.

Markers are single words that survive text extraction whole: a test searches the PDF's text
for ``NEVERPRINT...`` or ``NOTESONLY...`` and for the names that redaction must hide.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bidi import get_display

from hrdesk.brief.options import ContactHistoryRow
from hrdesk.domain.case import (
    Case,
    CaseRequest,
    Channel,
    Disclosure,
    EventKind,
    OfficerRole,
    Outreach,
    SupportKind,
    SupportRequest,
    TimelineEvent,
)
from hrdesk.domain.dates import PartialDate

PREPARED = dt.date(2025, 11, 3)

# People whose names redaction must remove from the printed brief.
AT_RISK = "Lucía Marrandez"
HAND_OVER_WHO = "Colonel Tobias Krell"
NOTES_WHO = "Nadia Quellwitz"
NEVER_WHO = "Omar Hiddenberg"
OUTREACH_CONTACT = "Greta Vollmark"
OFFICER = "Samuel Brightwater"
NAMES = (AT_RISK, HAND_OVER_WHO, NOTES_WHO, OUTREACH_CONTACT, OFFICER)

NEVER_MARKERS = ("NEVERPRINTEVENT", "NEVERPRINTOUTREACH", "NEVERPRINTCONTACT", "NEVERPLACE", NEVER_WHO)
NOTES_MARKERS = ("NOTESONLYEVENT", "NOTESONLYOUTREACH", "NOTESONLYCONTACT")
HAND_OVER_MARKERS = ("HANDOVEREVENTONE", "HANDOVEREVENTTWO", "HANDOVEROUTREACH", "HANDOVERCONTACT")


def fictional_case() -> Case:
    return Case(
        title="Threats against the Valle Verde land committee",
        country="Freedonia (fictional)",
        at_risk=AT_RISK,
        organisation="Valle Verde Land Committee (fictional)",
        summary=f"{AT_RISK} chairs a committee defending farmland against a mining concession.",
        business_involved=True,
        security_forces_involved=True,
        request=CaseRequest(
            support=[
                SupportRequest(SupportKind.TRIAL_MONITORING, "The hearing is set for December."),
                SupportRequest(SupportKind.PUBLIC_STATEMENT),
            ],
            ask="Send an observer to the hearing REQUESTASK.",
            urgency="Hearing in five weeks.",
            deadline=PartialDate(2025, 12, 1),
            why_it_matters="Your government co-finances the mining project WHYMATTERS.",
            embassy_can_do="Attend the hearing and raise the case with the governor CANDO.",
        ),
        timeline=[
            TimelineEvent(
                PartialDate(2024, 3, 5),
                EventKind.DETENTION,
                f"HANDOVEREVENTTWO {AT_RISK} held at a checkpoint overnight.",
                place="Route 9",
                who=HAND_OVER_WHO,
                source="Lawyer's notes",
                end_date=PartialDate(2024, 3, 6),
            ),
            TimelineEvent(
                PartialDate(2019, approximate=True),
                EventKind.SMEAR,
                "HANDOVEREVENTONE radio host calls the committee criminals.",
                place="Valle Verde",
            ),
            TimelineEvent(
                PartialDate(2024, 4),
                EventKind.THREAT,
                "NOTESONLYEVENT a neighbour warns of a planned raid.",
                who=NOTES_WHO,
                disclosure=Disclosure.NOTES_ONLY,
            ),
            TimelineEvent(
                PartialDate(2024, 5, 1),
                EventKind.RAID,
                "NEVERPRINTEVENT the safe house is searched.",
                place="NEVERPLACE",
                who=NEVER_WHO,
                disclosure=Disclosure.NEVER,
            ),
        ],
        outreach=[
            Outreach(
                PartialDate(2024, 3, 20),
                "EU delegation",
                Channel.MEETING,
                OUTREACH_CONTACT,
                "HANDOVEROUTREACH trial observation",
                "Promised to consider it",
                "Call again in April",
            ),
            Outreach(
                PartialDate(2024, 4, 2),
                "Ombudsman",
                Channel.LETTER,
                asked="NOTESONLYOUTREACH protection measures",
                disclosure=Disclosure.NOTES_ONLY,
            ),
            Outreach(
                PartialDate(2024, 4, 9),
                "Secret ally",
                Channel.CALL,
                "Vera Nobody",
                "NEVERPRINTOUTREACH quiet advice",
                disclosure=Disclosure.NEVER,
            ),
        ],
    )


def contact_rows() -> tuple[ContactHistoryRow, ...]:
    row = functools.partial(ContactHistoryRow, embassies=("Embassy of Ruritania",))
    return (
        row(dt.date(2024, 2, 1), OFFICER, OfficerRole.HUMAN_RIGHTS, "meeting", "HANDOVERCONTACT"),
        row(dt.date(2024, 2, 8), OFFICER, None, "call", "NOTESONLYCONTACT", disclosure=Disclosure.NOTES_ONLY),
        row(dt.date(2024, 2, 9), "X", None, "email", "NEVERPRINTCONTACT", disclosure=Disclosure.NEVER),
    )


@dataclass(frozen=True)
class Word:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


def logical_word(text: str) -> str:
    """A word as ``pdftotext -bbox`` gives it, in reading order.

    ``-bbox`` lists each word's characters left to right as they sit on the page; the
    brief draws Arabic glyphs left to right (visual order) so that poppler's plain text,
    which reorders right-to-left lines itself, reads logically. A word with Arabic letters
    is turned back into reading order here with the bidi algorithm (which reverses its
    right-to-left runs and keeps numbers in it left to right). Stacked marks (a shadda and a
    vowel) come back in HarfBuzz's order, which NFC puts back in the order they were typed.
    """
    if not any("\u0600" <= ch <= "\u08ff" for ch in text):
        return text
    return unicodedata.normalize("NFC", get_display(text, base_dir="R"))


def pdf_words(pdf: bytes, tmp_path: Path, password: str | None = None) -> list[Word]:
    """Words with their boxes, from poppler's ``pdftotext -bbox`` (text in reading order)."""
    path = tmp_path / "read-back.pdf"
    path.write_bytes(pdf)
    command = ["pdftotext", "-bbox", *(["-upw", password] if password else []), str(path), "-"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    words: list[Word] = []
    for page, chunk in enumerate(out.split("<page ")[1:], start=1):
        for m in re.finditer(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', chunk
        ):
            x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
            words.append(Word(page, x0, y0, x1, y1, logical_word(html.unescape(m.group(5)))))
    return words


def page_texts(pdf: bytes, tmp_path: Path) -> list[str]:
    """Plain text of each page (reading order as poppler sees it)."""
    path = tmp_path / "read-back.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1]
