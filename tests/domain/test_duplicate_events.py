"""The rule for an event that repeats another (moved from the wizard into the domain)."""

from __future__ import annotations

from hrdesk.domain.case import Disclosure, EventKind, TimelineEvent
from hrdesk.domain.dates import PartialDate
from hrdesk.domain.duplicate_events import find_duplicate, merged_fields


def _event(what: str, **fields: object) -> TimelineEvent:
    return TimelineEvent(PartialDate(2024, 3, 15), EventKind.OTHER, what, **fields)  # type: ignore[arg-type]


def test_same_day_kind_and_words_ignoring_case_and_spacing_is_a_duplicate() -> None:
    first, other = _event("Office  raided"), _event("office raided")
    assert find_duplicate([first, other], other) is first
    assert find_duplicate([first, _event("Office searched")], first) is None
    assert find_duplicate([_event(""), _event("")], _event("")) is None  # nothing typed yet


def test_merge_loses_no_text_and_keeps_the_more_private_choice() -> None:
    keep = _event("Office raided", place="", who="Police", disclosure=Disclosure.HAND_OVER)
    other = _event("office raided", place="Main street", who="Soldiers", disclosure=Disclosure.NEVER)
    changes = merged_fields(keep, other)
    assert changes == {"place": "Main street", "who": "Police\nSoldiers", "disclosure": Disclosure.NEVER}
    assert merged_fields(other, keep) == {"who": "Soldiers\nPolice"}  # NEVER stays; nothing widens
