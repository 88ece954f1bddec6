"""The brief's choices a command line offers (variant, sections), with nothing else imported.

``hrdesk`` builds its whole argument parser on every start, ``hrdesk check`` included; these
enums are all it needs of the brief to do that, so they live apart from ``options`` (which
brings in the domain's dataclasses and number styles). ``options`` re-exports them.
"""

from __future__ import annotations

from enum import StrEnum


class Variant(StrEnum):
    """Which brief: the one handed to the embassy, or the defender's own speaker notes."""

    HAND_OVER = "hand-over"
    NOTES = "notes"


class Section(StrEnum):
    """Parts of the brief after the header block, in printed order."""

    SUMMARY = "summary"
    REQUEST = "request"
    TIMELINE = "timeline"
    OUTREACH = "outreach"
    CONTACTS = "contacts"


ALL_SECTIONS: tuple[Section, ...] = tuple(Section)
