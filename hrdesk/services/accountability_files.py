"""Case files that carry the accountability package too (the people responsible and their conduct).

A case moved to another computer by ``case export``/``case import`` must not lose the months of
work behind an accountability request. The package goes in the case file under
``case.accountability``; a conduct's linked events are given by their position in the file's
own ``timeline`` list (database ids mean nothing on another computer), so a link to an event
left out of the file ("never print" items without ``--include-never``) is left out with it.
Files without the key (older ones) import with an empty package.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hrdesk.domain.accountability import AccountabilityFile, Conduct, ConductCategory, ResponsiblePerson
from hrdesk.domain.case import Case, Disclosure
from hrdesk.domain.dates import InvalidDate, PartialDate
from hrdesk.services.case_files import (
    CaseFileError,
    _Reader,
    _strings,
    case_to_json,
    import_case_file,
    read_case_bytes,
)
from hrdesk.services.cases import CaseService, _check_title
from hrdesk.vault import accountability_repository as accountability_repo
from hrdesk.vault import case_repository as case_repo
from hrdesk.vault.vault import Vault

_PERSON_KEYS = {"full_name", "aliases", "country_of_birth", "birth_date", "approximate", "position", "notes"}
_CONDUCT_KEYS = {"person", "category", "description", "evidence", "events"}


@dataclass
class CaseFile:
    """What one case file holds: the case, and its accountability package (ids are positions)."""

    case: Case
    accountability: AccountabilityFile = field(default_factory=AccountabilityFile)


def _people_json(file: AccountabilityFile) -> list[dict[str, Any]]:
    return [
        {
            "full_name": p.full_name,
            "aliases": list(p.aliases),
            "country_of_birth": p.country_of_birth,
            "birth_date": p.birth_date.iso() if p.birth_date else None,
            "approximate": bool(p.birth_date and p.birth_date.approximate),
            "position": p.position,
            "notes": p.notes,
        }
        for p in file.people
    ]


def case_file_json(case: Case, file: AccountabilityFile, include_never: bool = False) -> dict[str, Any]:
    """The case-file document with the package under ``case.accountability``."""
    document = case_to_json(case, include_never)
    exported = [e for e in case.sorted_timeline() if include_never or e.disclosure is not Disclosure.NEVER]
    position = {event.id: index for index, event in enumerate(exported)}
    person_index = {person.id: index for index, person in enumerate(file.people)}
    document["case"]["accountability"] = {
        "people": _people_json(file),
        "conduct": [
            {
                "person": person_index[c.person_id],
                "category": c.category.value,
                "description": c.description,
                "evidence": c.evidence,
                "events": [position[i] for i in c.event_ids if i in position],
            }
            for c in file.conduct
            if c.person_id in person_index
        ],
    }
    return document


def _person(data: Any, path: str) -> ResponsiblePerson:
    r = _Reader(data, path, _PERSON_KEYS)
    name = r.text("full_name", required=True)
    if not name.strip():
        raise CaseFileError(f"{path}.full_name: empty")
    birth = r.text("birth_date")
    try:
        birth_date = PartialDate.parse(birth, approximate=r.flag("approximate")) if birth else None
    except InvalidDate as exc:
        raise CaseFileError(f"{path}.birth_date: {exc}") from None
    return ResponsiblePerson(
        full_name=name,
        aliases=_strings(r.items("aliases"), f"{path}.aliases"),
        country_of_birth=r.text("country_of_birth"),
        birth_date=birth_date,
        position=r.text("position"),
        notes=r.text("notes"),
    )


def _index(value: Any, path: str, count: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < count:
        raise CaseFileError(f"{path}: not one of the {count} items listed")
    return value


def _accountability(data: Any, event_count: int) -> AccountabilityFile:
    r = _Reader(data, "case.accountability", {"people", "conduct"})
    people = []
    for i, item in enumerate(r.items("people")):
        person = _person(item, f"case.accountability.people[{i}]")
        person.id = i  # its position, until it is stored
        people.append(person)
    conduct = []
    for i, item in enumerate(r.items("conduct")):
        path = f"case.accountability.conduct[{i}]"
        c = _Reader(item, path, _CONDUCT_KEYS)
        events = [_index(e, f"{path}.events[{j}]", event_count) for j, e in enumerate(c.items("events"))]
        conduct.append(
            Conduct(
                person_id=_index(c.data.get("person"), f"{path}.person", len(people)),
                category=c.choice("category", ConductCategory, ConductCategory.ARBITRARY_DETENTION),
                description=c.text("description"),
                evidence=c.text("evidence"),
                event_ids=sorted(set(events)),
            )
        )
    return AccountabilityFile(people, conduct)


def read_case_file(data: bytes) -> CaseFile:
    """Parse and check a whole case file, package included; ``CaseFileError`` on any problem."""
    case = import_case_file(_without_accountability(data))
    document = json.loads(data.decode("utf-8"))
    package = document["case"].get("accountability")
    if package is None:
        return CaseFile(case)
    return CaseFile(case, _accountability(package, len(case.timeline)))


def load_case_file(path: Path) -> CaseFile:
    """``read_case_file`` of a file the user named (``CaseFileError``; ``OSError`` if unreadable)."""
    return read_case_file(read_case_bytes(path))


def _without_accountability(data: bytes) -> bytes:
    """The file as the plain case reader expects it (which checks size, encoding and JSON first)."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return data  # let the case reader give its one-line message
    if isinstance(document, dict) and isinstance(document.get("case"), dict):
        document["case"].pop("accountability", None)
        return json.dumps(document).encode("ascii")  # escapes keep a lone surrogate for the reader to refuse
    return data


def export_case_file(vault: Vault, case_id: int, include_never: bool = False) -> bytes:
    """The case file of ``case_id`` with its accountability package, as UTF-8 JSON."""
    case = CaseService(vault).load_case(case_id)
    package = accountability_repo.load(vault.connection, case_id)
    document = case_file_json(case, package, include_never)
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def import_into(vault: Vault, parsed: CaseFile) -> int:
    """Store a parsed case file, package included, in one transaction; returns the new case id."""
    _check_title(parsed.case.title)  # the same rule as every import
    with vault.transaction() as conn:
        case_id = case_repo.insert_case(conn, parsed.case)
        stored = case_repo.load_case(conn, case_id)
        assert stored is not None  # noqa: S101 - inserted just above, in this transaction
        event_ids = [event.id for event in stored.sorted_timeline()]
        person_ids = {}
        for person in parsed.accountability.people:
            position = person.id
            person.id = None
            person_ids[position] = accountability_repo.insert_person(conn, case_id, person)
        for conduct in parsed.accountability.conduct:
            conduct.person_id = person_ids[conduct.person_id]
            conduct.event_ids = [i for i in (event_ids[p] for p in conduct.event_ids) if i is not None]
            accountability_repo.insert_conduct(conn, case_id, conduct)
    return case_id
