"""SQL for the people of a case (saved as a whole list with the case's own fields)."""

from __future__ import annotations

import json

from hrdesk.domain.case import Person, PersonRole
from hrdesk.vault.database import Connection


def replace_people(conn: Connection, case_id: int, people: list[Person]) -> None:
    conn.execute("DELETE FROM case_people WHERE case_id = ?", (case_id,))
    conn.executemany(
        "INSERT INTO case_people (case_id, position, name, variants, role, protected) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (case_id, i, p.name, json.dumps(p.variants, ensure_ascii=False), p.role.value, int(p.protected))
            for i, p in enumerate(people)
        ],
    )


def load_people(conn: Connection, case_id: int) -> list[Person]:
    rows = conn.execute(
        "SELECT name, variants, role, protected FROM case_people WHERE case_id = ? ORDER BY position",
        (case_id,),
    )
    return [
        Person(name, list(json.loads(variants)), PersonRole(role), bool(protected))
        for name, variants, role, protected in rows
    ]
