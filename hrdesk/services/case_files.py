"""Case files: one case as JSON (``"format": "hrdesk-case"``), for moving a case between vaults.

A case file is NOT encrypted: the GUI warns before writing one, and ``never``-disclosure items
are left out unless the user asks for them. Reading is strict: any problem is reported as one
line naming what is wrong and where (``case.timeline[3].date: ...``), and nothing is imported.
See docs/case-format.md and resources/schema/case.schema.json.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from hrdesk.domain.case import (
    Case,
    CaseRequest,
    CaseStatus,
    Channel,
    Disclosure,
    EventKind,
    OfficerRole,
    Outreach,
    Person,
    PersonRole,
    SupportKind,
    SupportRequest,
    TimelineEvent,
)
from hrdesk.domain.dates import InvalidDate, PartialDate, Precision
from hrdesk.domain.echo import ECHO_LIMIT, shown
from hrdesk.private_files import InputTooLarge, NotARegularFile, read_input_file

FORMAT = "hrdesk-case"
#: 2 added the people list (and, optionally, the accountability package). Version 1 files still
#: import: their "person at risk" becomes the first protected person (see ``_migrate_v1``).
VERSION = 2
READABLE_VERSIONS = (1, 2)
MAX_FILE_BYTES = 64 * 1024 * 1024

E = TypeVar("E", bound=StrEnum)


class CaseFileError(ValueError):
    """An invalid case file; the message says what and where."""


# -- writing ---------------------------------------------------------------------------------
def _date_fields(date: PartialDate) -> dict[str, Any]:
    return {"date": date.iso(), "precision": date.precision.value, "approximate": date.approximate}


def case_to_json(case: Case, include_never: bool = False) -> dict[str, Any]:
    """The case-file document for ``case``; ``never`` items only when ``include_never``."""

    def keep(disclosure: Disclosure) -> bool:
        return include_never or disclosure is not Disclosure.NEVER

    request = case.request
    return {
        "format": FORMAT,
        "version": VERSION,
        "case": {
            "title": case.title,
            "people": [
                {"name": p.name, "variants": list(p.variants), "role": p.role.value, "protected": p.protected}
                for p in case.people
            ],
            "country": case.country,
            "at_risk": case.at_risk,
            "organisation": case.organisation,
            "summary": case.summary,
            "business_involved": case.business_involved,
            "security_forces_involved": case.security_forces_involved,
            "high_profile": case.high_profile,
            "status": case.status.value,
            "default_disclosure": case.default_disclosure.value,
            "no_prior_outreach": case.no_prior_outreach,
            "request": {
                "support": [s.kind.value for s in request.support],
                "support_notes": {s.kind.value: s.note for s in request.support if s.note},
                "ask": request.ask,
                "embassies": list(request.embassies),
                "urgency": request.urgency,
                "deadline": request.deadline.iso() if request.deadline else None,
                "officers": None if request.officers is None else [o.value for o in request.officers],
                "why_it_matters": request.why_it_matters,
                "embassy_can_do": request.embassy_can_do,
                "please_do_not": request.please_do_not,
                "safe_channel": request.safe_channel,
                "confirmed_by": request.confirmed_by,
            },
            "timeline": [
                {
                    **_date_fields(e.date),
                    "end_date": e.end_date.iso() if e.end_date else None,
                    "place": e.place,
                    "kind": e.kind.value,
                    "what": e.what,
                    "who": e.who,
                    "source": e.source,
                    "disclosure": e.disclosure.value,
                }
                for e in case.sorted_timeline()
                if keep(e.disclosure)
            ],
            "outreach": [
                {
                    **_date_fields(o.date),
                    "institution": o.institution,
                    "channel": o.channel.value,
                    "contact": o.contact,
                    "asked": o.asked,
                    "outcome": o.outcome,
                    "next_step": o.next_step,
                    "disclosure": o.disclosure.value,
                }
                for o in case.outreach
                if keep(o.disclosure)
            ],
        },
    }


def export_case(case: Case, include_never: bool = False) -> bytes:
    return json.dumps(case_to_json(case, include_never), ensure_ascii=False, indent=2).encode("utf-8")


# -- reading ---------------------------------------------------------------------------------
def _field(name: str) -> str:
    """A field name as it may appear in a one-line message: quoted when it is not a plain word."""
    return name if name.isidentifier() and name.isascii() and len(name) <= ECHO_LIMIT else shown(name)


class _Reader:
    """Typed access to one JSON object that names the path of every problem."""

    def __init__(self, data: Any, path: str, allowed: set[str]) -> None:
        if not isinstance(data, dict):
            raise CaseFileError(f"{path}: expected an object")
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise CaseFileError(f"{path}.{_field(unknown[0])}: unknown field")
        self.data, self.path = data, path

    def _get(self, key: str, kind: type | tuple[type, ...], default: Any, required: bool) -> Any:
        if key not in self.data or (self.data[key] is None and not required):
            if required:
                raise CaseFileError(f"{self.path}.{key}: missing")
            return default
        value = self.data[key]
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise CaseFileError(f"{self.path}.{key}: wrong type")
        return value

    def text(self, key: str, required: bool = False) -> str:
        return str(self._get(key, str, "", required))

    def flag(self, key: str) -> bool:
        return bool(self._get(key, bool, False, False))

    def choice(self, key: str, enum: type[E], default: E) -> E:
        value = self.text(key) or default.value
        try:
            return enum(value)
        except ValueError:
            raise CaseFileError(f"{self.path}.{key}: unknown value {shown(value)}") from None

    def items(self, key: str) -> list[Any]:
        return list(self._get(key, list, [], False))

    def date(self, key: str, precision_key: str | None = None, required: bool = False) -> PartialDate | None:
        text = self.text(key, required)
        if not text.strip():
            if required:
                raise CaseFileError(f"{self.path}.{key}: empty")
            return None
        precision = self.text(precision_key) if precision_key else ""
        if precision and precision not in {p.value for p in Precision}:
            raise CaseFileError(f"{self.path}.{precision_key}: unknown value {shown(precision)}")
        try:
            return PartialDate.parse(
                text, precision or None, self.flag("approximate") if precision_key else False
            )
        except InvalidDate as exc:
            raise CaseFileError(f"{self.path}.{key}: {exc}") from None


def _each(items: list[Any], path: str, read: Callable[[Any, str], Any]) -> list[Any]:
    return [read(item, f"{path}[{i}]") for i, item in enumerate(items)]


_EVENT_KEYS = {
    "date",
    "precision",
    "approximate",
    "end_date",
    "place",
    "kind",
    "what",
    "who",
    "source",
    "disclosure",
}
_OUTREACH_KEYS = {"date", "precision", "approximate", "institution", "channel", "contact", "asked", "outcome"}
_OUTREACH_KEYS |= {"next_step", "disclosure"}
_REQUEST_KEYS = {"support", "support_notes", "ask", "embassies", "urgency", "deadline", "officers"}
_REQUEST_KEYS |= {"why_it_matters", "embassy_can_do"}
_REQUEST_KEYS |= {"please_do_not", "safe_channel", "confirmed_by"}  # optional: older files lack them
_CASE_KEYS = {"title", "country", "at_risk", "organisation", "summary", "business_involved", "high_profile"}
_CASE_KEYS |= {"security_forces_involved", "status", "default_disclosure", "no_prior_outreach", "request"}
_CASE_KEYS |= {"timeline", "outreach", "people"}


def _event(data: Any, path: str) -> TimelineEvent:
    r = _Reader(data, path, _EVENT_KEYS)
    date = r.date("date", "precision", required=True)
    end = r.date("end_date")
    assert date is not None  # noqa: S101 - required=True
    if end is not None and end.last_day() < date.first_day():
        raise CaseFileError(f"{path}.end_date: before the start date")
    return TimelineEvent(
        date=date,
        end_date=end,
        kind=r.choice("kind", EventKind, EventKind.OTHER),
        what=r.text("what"),
        place=r.text("place"),
        who=r.text("who"),
        source=r.text("source"),
        disclosure=r.choice("disclosure", Disclosure, Disclosure.HAND_OVER),
    )


def _outreach(data: Any, path: str) -> Outreach:
    r = _Reader(data, path, _OUTREACH_KEYS)
    date = r.date("date", "precision", required=True)
    assert date is not None  # noqa: S101 - required=True
    return Outreach(
        date=date,
        institution=r.text("institution"),
        channel=r.choice("channel", Channel, Channel.OTHER),
        contact=r.text("contact"),
        asked=r.text("asked"),
        outcome=r.text("outcome"),
        next_step=r.text("next_step"),
        disclosure=r.choice("disclosure", Disclosure, Disclosure.HAND_OVER),
    )


def _strings(items: list[Any], path: str) -> list[str]:
    for i, item in enumerate(items):
        if not isinstance(item, str):
            raise CaseFileError(f"{path}[{i}]: wrong type")
    return list(items)


def _enum_list(items: list[Any], path: str, enum: type[E]) -> list[E]:
    values = []
    for i, item in enumerate(_strings(items, path)):
        try:
            values.append(enum(item))
        except ValueError:
            raise CaseFileError(f"{path}[{i}]: unknown value {shown(item)}") from None
    if len(set(values)) != len(values):
        raise CaseFileError(f"{path}: listed twice")
    return values


def _request(data: Any, path: str) -> CaseRequest:
    r = _Reader(data, path, _REQUEST_KEYS)
    kinds = _enum_list(r.items("support"), f"{path}.support", SupportKind)
    notes = r._get("support_notes", dict, {}, False)
    for key, note in notes.items():
        if key not in {k.value for k in kinds}:
            raise CaseFileError(f"{path}.support_notes.{_field(key)}: not in support")
        if not isinstance(note, str):
            raise CaseFileError(f"{path}.support_notes.{_field(key)}: wrong type")
    officers = None
    if r.data.get("officers") is not None:
        officers = _enum_list(r.items("officers"), f"{path}.officers", OfficerRole)
    return CaseRequest(
        support=[SupportRequest(k, notes.get(k.value, "")) for k in kinds],
        ask=r.text("ask"),
        urgency=r.text("urgency"),
        deadline=r.date("deadline"),
        embassies=_strings(r.items("embassies"), f"{path}.embassies"),
        officers=officers,
        why_it_matters=r.text("why_it_matters"),
        embassy_can_do=r.text("embassy_can_do"),
        please_do_not=r.text("please_do_not"),
        safe_channel=r.text("safe_channel"),
        confirmed_by=r.text("confirmed_by"),
    )


def case_from_json(document: Any) -> Case:
    top = _Reader(document, "file", {"format", "version", "case"})
    if top.data.get("format") != FORMAT:
        raise CaseFileError("file.format: not an hrdesk case file")
    version = top.data.get("version")
    if type(version) is not int or version not in READABLE_VERSIONS:  # true == 1 in Python, not here
        raise CaseFileError(f"file.version: unsupported version {shown(version)} (expected {VERSION})")
    r = _Reader(top.data.get("case"), "case", _CASE_KEYS)
    title = r.text("title", required=True)
    if not title.strip():
        raise CaseFileError("case.title: empty")
    return Case(
        title=title,
        country=r.text("country"),
        at_risk=r.text("at_risk"),
        organisation=r.text("organisation"),
        summary=r.text("summary"),
        business_involved=r.flag("business_involved"),
        security_forces_involved=r.flag("security_forces_involved"),
        high_profile=r.flag("high_profile"),
        status=r.choice("status", CaseStatus, CaseStatus.OPEN),
        default_disclosure=r.choice("default_disclosure", Disclosure, Disclosure.HAND_OVER),
        no_prior_outreach=r.flag("no_prior_outreach"),
        request=_request(r.data.get("request", {}), "case.request"),
        timeline=_each(r.items("timeline"), "case.timeline", _event),
        outreach=_each(r.items("outreach"), "case.outreach", _outreach),
        people=_each(r.items("people"), "case.people", _person)
        if version >= 2
        else _migrate_v1(r.text("at_risk")),
    )


def _person(data: Any, path: str) -> Person:
    r = _Reader(data, path, {"name", "variants", "role", "protected"})
    name = r.text("name", required=True)
    if not name.strip():
        raise CaseFileError(f"{path}.name: empty")
    protected = r._get("protected", bool, True, False)
    return Person(
        name,
        _strings(r.items("variants"), f"{path}.variants"),
        r.choice("role", PersonRole, PersonRole.AT_RISK),
        protected,
    )


def _migrate_v1(at_risk: str) -> list[Person]:
    """A version 1 file had no people list: the names typed as "person at risk" become protected
    people, so redaction keeps treating them as before."""
    return [Person(name.strip()) for name in re.split(r"[;,\n/]+", at_risk) if len(name.strip()) >= 2]


def read_case_bytes(path: Path) -> bytes:
    """The bytes of a case file the user named (``CaseFileError``; ``OSError`` if unreadable)."""
    try:
        return read_input_file(path, MAX_FILE_BYTES)
    except InputTooLarge:
        raise CaseFileError("file: too large for a case file") from None
    except NotARegularFile:
        raise CaseFileError("file: not a regular file (a device or a pipe)") from None


def import_case_file(data: bytes) -> Case:
    """Parse and check a whole case file; raises ``CaseFileError`` (one line) on any problem."""
    if len(data) > MAX_FILE_BYTES:
        raise CaseFileError("file: too large for a case file")
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise CaseFileError("file: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise CaseFileError(f"file: bad JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise CaseFileError("file: nested too deeply") from None
    try:  # JSON may spell a lone surrogate (\ud800): it is no text, and no database could store it
        json.dumps(document, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise CaseFileError("file: holds an invalid character (a lone surrogate)") from None
    return case_from_json(document)
