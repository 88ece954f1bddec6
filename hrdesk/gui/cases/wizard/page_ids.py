"""The wizard's pages, in order; every one is reachable directly once the case exists."""

from __future__ import annotations

from enum import IntEnum

from hrdesk.domain.rules import ReadinessItem


class PageId(IntEnum):
    BASICS = 0
    REQUEST = 1
    TIMELINE = 2
    OUTREACH = 3
    REVIEW = 4


# Where the user fixes each readiness item the review page reports as missing.
PAGE_FOR_READINESS: dict[ReadinessItem, PageId] = {
    ReadinessItem.REQUEST_STATED: PageId.REQUEST,
    ReadinessItem.HAS_EVENT: PageId.TIMELINE,
    ReadinessItem.OUTREACH_RECORDED: PageId.OUTREACH,
    ReadinessItem.OFFICERS_CHOSEN: PageId.REQUEST,
}
