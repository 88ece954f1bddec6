"""All SQL for cases: the case row, its requested support, timeline events and outreach."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from hrdesk.domain.case import (
    Case,
    CaseRequest,
    CaseStatus,
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
from hrdesk.vault.database import Connection, inserted_id
from hrdesk.vault.people_repository import load_people, replace_people

_CASE_FIELDS = (
    "title", "country", "at_risk", "organisation", "summary", "business_involved", "security_forces_involved",
    "high_profile", "ask", "urgency", "deadline", "embassies", "officers", "why_it_matters", "embassy_can_do",
    "no_prior_outreach", "default_disclosure", "status", "please_do_not", "safe_channel", "confirmed_by",
)  # fmt: skip
_EVENT_FIELDS = ("date", "approximate", "end_date", "place", "kind", "what", "who", "source", "disclosure")
_OUTREACH_FIELDS = (
    "date", "approximate", "institution", "channel", "contact", "asked", "outcome", "next_step", "disclosure",
)  # fmt: skip


def now_iso() -> str:
    """UTC time with microseconds, so "sorted by last change" is stable even within a second."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class CaseRow:
    """What the cases list shows: enough to sort, filter and judge readiness without loading events."""

    id: int
    title: str
    country: str
    status: CaseStatus
    updated_at: str
    has_request: bool
    event_count: int
    outreach_count: int
    no_prior_outreach: bool
    officers_chosen: bool


def _date(text: str | None, approximate: bool = False) -> PartialDate | None:
    return PartialDate.parse(text, approximate=approximate) if text else None


def _case_values(case: Case) -> tuple[object, ...]:
    r = case.request
    return (
        case.title, case.country, case.at_risk, case.organisation, case.summary, int(case.business_involved),
        int(case.security_forces_involved), int(case.high_profile), r.ask, r.urgency,
        r.deadline.iso() if r.deadline else None, json.dumps(r.embassies, ensure_ascii=False),
        None if r.officers is None else json.dumps([o.value for o in r.officers]), r.why_it_matters,
        r.embassy_can_do, int(case.no_prior_outreach), case.default_disclosure.value, case.status.value,
        r.please_do_not, r.safe_channel, r.confirmed_by,
    )  # fmt: skip


def _event_values(event: TimelineEvent) -> tuple[object, ...]:
    return (
        event.date.iso(), int(event.date.approximate), event.end_date.iso() if event.end_date else None,
        event.place, event.kind.value, event.what, event.who, event.source, event.disclosure.value,
    )  # fmt: skip


def _outreach_values(item: Outreach) -> tuple[object, ...]:
    return (
        item.date.iso(), int(item.date.approximate), item.institution, item.channel.value, item.contact,
        item.asked, item.outcome, item.next_step, item.disclosure.value,
    )  # fmt: skip


def insert_case(conn: Connection, case: Case) -> int:
    """Insert the whole case (with support, events and outreach); returns the new id."""
    stamp = now_iso()
    columns = ", ".join(_CASE_FIELDS)
    marks = ", ".join("?" for _ in _CASE_FIELDS)
    cursor = conn.execute(
        f"INSERT INTO cases ({columns}, created_at, updated_at) VALUES ({marks}, ?, ?)",  # noqa: S608 - fixed names
        (*_case_values(case), case.created_at or stamp, case.updated_at or stamp),
    )
    case_id = inserted_id(cursor)
    replace_support(conn, case_id, case.request.support)
    replace_people(conn, case_id, case.people)
    for event in case.timeline:
        event.id = insert_event(conn, case_id, event)
    for item in case.outreach:
        item.id = insert_outreach(conn, case_id, item)
    return case_id


def update_case_fields(conn: Connection, case: Case) -> None:
    """Save everything of the case row and its support list (events and outreach are saved one by one)."""
    assignments = ", ".join(f"{name} = ?" for name in _CASE_FIELDS)
    conn.execute(
        f"UPDATE cases SET {assignments}, updated_at = ? WHERE id = ?",  # noqa: S608 - fixed names
        (*_case_values(case), now_iso(), case.id),
    )
    replace_support(conn, int(case.id or 0), case.request.support)
    replace_people(conn, int(case.id or 0), case.people)


def touch(conn: Connection, case_id: int) -> None:
    conn.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (now_iso(), case_id))


def replace_support(conn: Connection, case_id: int, support: Iterable[SupportRequest]) -> None:
    conn.execute("DELETE FROM case_support WHERE case_id = ?", (case_id,))
    conn.executemany(
        "INSERT INTO case_support (case_id, position, kind, note) VALUES (?, ?, ?, ?)",
        [(case_id, i, s.kind.value, s.note) for i, s in enumerate(support)],
    )


def insert_event(conn: Connection, case_id: int, event: TimelineEvent) -> int:
    marks = ", ".join("?" for _ in _EVENT_FIELDS)
    cursor = conn.execute(
        f"INSERT INTO timeline_events (case_id, {', '.join(_EVENT_FIELDS)}) VALUES (?, {marks})",  # noqa: S608
        (case_id, *_event_values(event)),
    )
    return inserted_id(cursor)


def update_event(conn: Connection, case_id: int, event: TimelineEvent) -> None:
    assignments = ", ".join(f"{name} = ?" for name in _EVENT_FIELDS)
    conn.execute(
        f"UPDATE timeline_events SET {assignments} WHERE id = ? AND case_id = ?",  # noqa: S608 - fixed names
        (*_event_values(event), event.id, case_id),
    )


def insert_outreach(conn: Connection, case_id: int, item: Outreach) -> int:
    marks = ", ".join("?" for _ in _OUTREACH_FIELDS)
    cursor = conn.execute(
        f"INSERT INTO outreach (case_id, {', '.join(_OUTREACH_FIELDS)}) VALUES (?, {marks})",  # noqa: S608
        (case_id, *_outreach_values(item)),
    )
    return inserted_id(cursor)


def update_outreach(conn: Connection, case_id: int, item: Outreach) -> None:
    assignments = ", ".join(f"{name} = ?" for name in _OUTREACH_FIELDS)
    conn.execute(
        f"UPDATE outreach SET {assignments} WHERE id = ? AND case_id = ?",  # noqa: S608 - fixed names
        (*_outreach_values(item), item.id, case_id),
    )


def delete_row(conn: Connection, table: str, row_id: int, case_id: int) -> None:
    if table not in ("timeline_events", "outreach"):
        raise ValueError(table)
    conn.execute(f"DELETE FROM {table} WHERE id = ? AND case_id = ?", (row_id, case_id))  # noqa: S608


def load_case(conn: Connection, case_id: int) -> Case | None:
    row = conn.execute(
        f"SELECT {', '.join(_CASE_FIELDS)}, created_at, updated_at FROM cases "  # noqa: S608 - fixed names
        "WHERE id = ? AND deleted_at IS NULL",
        (case_id,),
    ).fetchone()
    if row is None:
        return None
    v = dict(zip((*_CASE_FIELDS, "created_at", "updated_at"), row, strict=True))
    support = [
        SupportRequest(SupportKind(kind), note)
        for kind, note in conn.execute(
            "SELECT kind, note FROM case_support WHERE case_id = ? ORDER BY position", (case_id,)
        )
    ]
    request = CaseRequest(
        support=support,
        ask=v["ask"],
        urgency=v["urgency"],
        deadline=_date(v["deadline"]),
        embassies=list(json.loads(v["embassies"])),
        officers=None if v["officers"] is None else [OfficerRole(o) for o in json.loads(v["officers"])],
        why_it_matters=v["why_it_matters"],
        embassy_can_do=v["embassy_can_do"],
        please_do_not=v["please_do_not"],
        safe_channel=v["safe_channel"],
        confirmed_by=v["confirmed_by"],
    )
    return Case(
        id=case_id,
        title=v["title"],
        country=v["country"],
        at_risk=v["at_risk"],
        organisation=v["organisation"],
        summary=v["summary"],
        business_involved=bool(v["business_involved"]),
        security_forces_involved=bool(v["security_forces_involved"]),
        high_profile=bool(v["high_profile"]),
        request=request,
        timeline=list(_load_events(conn, case_id)),
        outreach=list(_load_outreach(conn, case_id)),
        people=load_people(conn, case_id),
        no_prior_outreach=bool(v["no_prior_outreach"]),
        default_disclosure=Disclosure(v["default_disclosure"]),
        status=CaseStatus(v["status"]),
        created_at=v["created_at"],
        updated_at=v["updated_at"],
    )


def _load_events(conn: Connection, case_id: int) -> Iterable[TimelineEvent]:
    rows = conn.execute(
        f"SELECT id, {', '.join(_EVENT_FIELDS)} FROM timeline_events WHERE case_id = ? "  # noqa: S608
        "ORDER BY date, id",
        (case_id,),
    )
    for event_id, date, approximate, end_date, place, kind, what, who, source, disclosure in rows:
        yield TimelineEvent(
            id=event_id,
            date=PartialDate.parse(date, approximate=bool(approximate)),
            end_date=_date(end_date),
            place=place,
            kind=EventKind(kind),
            what=what,
            who=who,
            source=source,
            disclosure=Disclosure(disclosure),
        )


def _load_outreach(conn: Connection, case_id: int) -> Iterable[Outreach]:
    rows = conn.execute(
        f"SELECT id, {', '.join(_OUTREACH_FIELDS)} FROM outreach WHERE case_id = ? ORDER BY date, id",  # noqa: S608
        (case_id,),
    )
    for (
        item_id,
        date,
        approximate,
        institution,
        channel,
        contact,
        asked,
        outcome,
        next_step,
        disclosure,
    ) in rows:
        yield Outreach(
            id=item_id,
            date=PartialDate.parse(date, approximate=bool(approximate)),
            institution=institution,
            channel=Channel(channel),
            contact=contact,
            asked=asked,
            outcome=outcome,
            next_step=next_step,
            disclosure=Disclosure(disclosure),
        )


def list_cases(conn: Connection) -> list[CaseRow]:
    """Every case not deleted, newest change first, with what readiness needs."""
    rows = conn.execute(
        """
        SELECT c.id, c.title, c.country, c.status, c.updated_at,
               (trim(c.ask) != '' OR EXISTS (SELECT 1 FROM case_support s WHERE s.case_id = c.id)),
               (SELECT count(*) FROM timeline_events e WHERE e.case_id = c.id),
               (SELECT count(*) FROM outreach o WHERE o.case_id = c.id),
               c.no_prior_outreach,
               (c.officers IS NULL OR c.officers != '[]')
        FROM cases c WHERE c.deleted_at IS NULL
        ORDER BY c.updated_at DESC, c.id DESC
        """
    )
    return [
        CaseRow(r[0], r[1], r[2], CaseStatus(r[3]), r[4], bool(r[5]), r[6], r[7], bool(r[8]), bool(r[9]))
        for r in rows
    ]


def set_deleted(conn: Connection, case_id: int, deleted: bool) -> None:
    conn.execute("UPDATE cases SET deleted_at = ? WHERE id = ?", (now_iso() if deleted else None, case_id))


def purge_deleted(conn: Connection) -> int:
    """Remove for good the cases whose undo window has passed (secure_delete overwrites the pages)."""
    return conn.execute("DELETE FROM cases WHERE deleted_at IS NOT NULL").rowcount
