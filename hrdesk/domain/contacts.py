"""The contact log: embassies, the officers met there, every interaction, and what was asked and promised.

Plain dataclasses (no Qt, no SQL) that the vault stores, the services return and the GUI shows.
The string values of the enums are the ids stored in the database. Dates are whole days
(``datetime.date``): unlike a case's timeline, a meeting the defender logs has a known day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from hrdesk.domain.case import OfficerRole


class InteractionChannel(StrEnum):
    """How the defender was in touch (the case's own ``Channel`` describes earlier outreach)."""

    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    EVENT = "event"
    SITE_VISIT = "site_visit"
    COURT_HEARING = "court_hearing"  # a hearing the officer attended


class OfficerStatus(StrEnum):
    IN_POST = "in_post"
    LEFT = "left"


class ItemKind(StrEnum):
    REQUEST = "request"  # something the defender asked the embassy for
    COMMITMENT = "commitment"  # something an officer said the embassy would do


class ItemStatus(StrEnum):
    ASKED = "asked"
    PROMISED = "promised"
    IN_PROGRESS = "in_progress"  # officers often cannot say what they do, only that they are doing something
    DONE = "done"
    DECLINED = "declined"
    NO_ANSWER = "no_answer"


# Items still waiting on the embassy: worth following up.
OPEN_ITEM_STATUSES = frozenset(
    {ItemStatus.ASKED, ItemStatus.PROMISED, ItemStatus.IN_PROGRESS, ItemStatus.NO_ANSWER}
)


class FollowUpSource(StrEnum):
    INTERACTION = "interaction"
    ITEM = "item"


class SearchKind(StrEnum):
    EMBASSY = "embassy"
    OFFICER = "officer"
    INTERACTION = "interaction"


@dataclass
class Embassy:
    """A government's office somewhere: "Canada", "Embassy in Tegucigalpa"."""

    government: str
    place: str = ""
    website: str = ""
    contacts: str = ""  # general addresses and numbers
    priorities: str = ""  # the embassy's stated priorities: study them before asking
    id: int | None = None

    @property
    def label(self) -> str:
        return f"{self.government} — {self.place}" if self.place.strip() else self.government


@dataclass
class Officer:
    name: str
    embassy_id: int
    role: OfficerRole = OfficerRole.HUMAN_RIGHTS
    email: str = ""
    phone: str = ""
    secure_handle: str = ""  # Signal, Wire, ...
    languages: str = ""
    notes: str = ""
    posting_start: dt.date | None = None
    # None: the default rule (start + 3 years, see rotation.expected_end); a date: the user's own.
    posting_end: dt.date | None = None
    status: OfficerStatus = OfficerStatus.IN_POST
    left_on: dt.date | None = None
    successor_id: int | None = None
    id: int | None = None

    @property
    def in_post(self) -> bool:
        return self.status == OfficerStatus.IN_POST


@dataclass
class Interaction:
    date: dt.date
    officer_ids: list[int]
    channel: InteractionChannel = InteractionChannel.MEETING
    case_ids: list[int] = field(default_factory=list)
    summary: str = ""
    asked: str = ""  # what the defender asked for
    committed: str = ""  # what the embassy committed to
    follow_up: dt.date | None = None
    follow_up_done: bool = False
    id: int | None = None


@dataclass
class TrackedItem:
    """A request made to an embassy or a commitment an officer made, followed until it closes."""

    kind: ItemKind
    what: str
    embassy_id: int
    status: ItemStatus = ItemStatus.ASKED
    officer_id: int | None = None
    case_id: int | None = None
    interaction_id: int | None = None
    due: dt.date | None = None  # promised by (commitments) or needed by (requests)
    status_note: str = ""  # what the officer could say about it
    next_follow_up: dt.date | None = None
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_ITEM_STATUSES


@dataclass(frozen=True)
class CaseRef:
    """Just enough of a case to pick it and name it (the case itself belongs to the cases feature)."""

    id: int
    title: str


@dataclass(frozen=True)
class InteractionRow:
    """One line of an interaction list: the interaction with the names it links to."""

    id: int
    date: dt.date
    channel: InteractionChannel
    summary: str
    officer_names: tuple[str, ...]
    embassy_names: tuple[str, ...]
    follow_up: dt.date | None
    follow_up_done: bool

    @property
    def page_key(self) -> tuple[str, int]:
        """Where the next page (older interactions) starts."""
        return (self.date.isoformat(), self.id)


@dataclass(frozen=True)
class FollowUp:
    """A follow-up that is due: after an interaction, or on a tracked request or commitment."""

    id: int
    due: dt.date
    source: FollowUpSource
    source_id: int
    title: str  # the interaction's summary or the item's text
    officer_names: tuple[str, ...]
    embassy_names: tuple[str, ...]
    happened: dt.date | None = None  # the interaction's date
    channel: InteractionChannel | None = None
    item_kind: ItemKind | None = None


@dataclass(frozen=True)
class EmbassyRow:
    embassy: Embassy
    officers_in_post: int
    last_contact: dt.date | None


@dataclass(frozen=True)
class OfficerRow:
    officer: Officer
    embassy: str
    last_contact: dt.date | None


@dataclass(frozen=True)
class ItemRow:
    """A tracked item with the names it points to (empty when not set)."""

    item: TrackedItem
    embassy: str
    officer: str
    case: str


@dataclass(frozen=True)
class QuietContact:
    """An embassy or an open case with no contact for a while (``last`` None: never)."""

    id: int
    name: str
    last: dt.date | None


@dataclass(frozen=True)
class SearchHit:
    kind: SearchKind
    id: int
    title: str
    detail: str = ""
    date: dt.date | None = None
    names: tuple[str, ...] = ()  # an interaction's officers


@dataclass
class SearchResults:
    """Hits grouped by kind, best first; ``more`` names the kinds that had more hits than shown."""

    embassies: list[SearchHit] = field(default_factory=list)
    officers: list[SearchHit] = field(default_factory=list)
    interactions: list[SearchHit] = field(default_factory=list)
    more: frozenset[SearchKind] = frozenset()

    @property
    def empty(self) -> bool:
        return not (self.embassies or self.officers or self.interactions)
