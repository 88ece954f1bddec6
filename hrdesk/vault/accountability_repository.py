"""All SQL for the accountability package: people responsible, their conduct, linked events."""

from __future__ import annotations

import json

from hrdesk.domain.accountability import AccountabilityFile, Conduct, ConductCategory, ResponsiblePerson
from hrdesk.domain.dates import PartialDate
from hrdesk.vault.database import Connection, inserted_id

_PERSON_FIELDS = (
    "full_name",
    "aliases",
    "country_of_birth",
    "birth_date",
    "birth_approximate",
    "position",
    "notes",
)


def _person_values(person: ResponsiblePerson) -> tuple[object, ...]:
    birth = person.birth_date
    return (
        person.full_name,
        json.dumps(person.aliases, ensure_ascii=False),
        person.country_of_birth,
        birth.iso() if birth else None,
        int(bool(birth and birth.approximate)),
        person.position,
        person.notes,
    )


def load(conn: Connection, case_id: int) -> AccountabilityFile:
    people = [
        ResponsiblePerson(
            full_name=row[1],
            aliases=list(json.loads(row[2])),
            country_of_birth=row[3],
            birth_date=PartialDate.parse(row[4], approximate=bool(row[5])) if row[4] else None,
            position=row[6],
            notes=row[7],
            id=row[0],
        )
        for row in conn.execute(
            f"SELECT id, {', '.join(_PERSON_FIELDS)} FROM responsible_people WHERE case_id = ? ORDER BY id",  # noqa: S608
            (case_id,),
        )
    ]
    links: dict[int, list[int]] = {}
    for conduct_id, event_id in conn.execute(
        "SELECT ce.conduct_id, ce.event_id FROM conduct_events ce JOIN conduct c ON c.id = ce.conduct_id "
        "WHERE c.case_id = ? ORDER BY ce.event_id",
        (case_id,),
    ):
        links.setdefault(conduct_id, []).append(event_id)
    conduct = [
        Conduct(row[1], ConductCategory(row[2]), row[3], row[4], links.get(row[0], []), row[0])
        for row in conn.execute(
            "SELECT id, person_id, category, description, evidence FROM conduct "
            "WHERE case_id = ? ORDER BY id",
            (case_id,),
        )
    ]
    return AccountabilityFile(people, conduct)


def insert_person(conn: Connection, case_id: int, person: ResponsiblePerson) -> int:
    marks = ", ".join("?" for _ in _PERSON_FIELDS)
    cursor = conn.execute(
        f"INSERT INTO responsible_people (case_id, {', '.join(_PERSON_FIELDS)}) VALUES (?, {marks})",  # noqa: S608
        (case_id, *_person_values(person)),
    )
    return inserted_id(cursor)


def update_person(conn: Connection, case_id: int, person: ResponsiblePerson) -> None:
    assignments = ", ".join(f"{name} = ?" for name in _PERSON_FIELDS)
    conn.execute(
        f"UPDATE responsible_people SET {assignments} WHERE id = ? AND case_id = ?",  # noqa: S608 - fixed names
        (*_person_values(person), person.id, case_id),
    )


def delete_person(conn: Connection, case_id: int, person_id: int) -> None:
    conn.execute("DELETE FROM responsible_people WHERE id = ? AND case_id = ?", (person_id, case_id))


def _person_in_case(conn: Connection, case_id: int, person_id: int) -> bool:
    row = conn.execute(
        "SELECT 1 FROM responsible_people WHERE id = ? AND case_id = ?", (person_id, case_id)
    ).fetchone()
    return row is not None


def _set_links(conn: Connection, case_id: int, conduct_id: int, event_ids: list[int]) -> None:
    """Link only events of the same case; others are ignored rather than linked across cases."""
    conn.execute("DELETE FROM conduct_events WHERE conduct_id = ?", (conduct_id,))
    for event_id in dict.fromkeys(event_ids):
        conn.execute(
            "INSERT INTO conduct_events (conduct_id, event_id) "
            "SELECT ?, id FROM timeline_events WHERE id = ? AND case_id = ?",
            (conduct_id, event_id, case_id),
        )


def insert_conduct(conn: Connection, case_id: int, conduct: Conduct) -> int:
    if not _person_in_case(conn, case_id, conduct.person_id):
        raise ValueError("the person does not belong to this case")
    cursor = conn.execute(
        "INSERT INTO conduct (case_id, person_id, category, description, evidence) VALUES (?, ?, ?, ?, ?)",
        (case_id, conduct.person_id, conduct.category.value, conduct.description, conduct.evidence),
    )
    conduct_id = inserted_id(cursor)
    _set_links(conn, case_id, conduct_id, conduct.event_ids)
    return conduct_id


def update_conduct(conn: Connection, case_id: int, conduct: Conduct) -> None:
    if conduct.id is None or not _person_in_case(conn, case_id, conduct.person_id):
        raise ValueError("the conduct or its person does not belong to this case")
    conn.execute(
        "UPDATE conduct SET person_id = ?, category = ?, description = ?, evidence = ? "
        "WHERE id = ? AND case_id = ?",
        (
            conduct.person_id,
            conduct.category.value,
            conduct.description,
            conduct.evidence,
            conduct.id,
            case_id,
        ),
    )
    _set_links(conn, case_id, conduct.id, conduct.event_ids)


def delete_conduct(conn: Connection, case_id: int, conduct_id: int) -> None:
    conn.execute("DELETE FROM conduct WHERE id = ? AND case_id = ?", (conduct_id, case_id))
