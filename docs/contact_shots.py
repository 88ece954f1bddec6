"""Screenshots of the Today view, an officer's page and an embassy's history, on a FICTIONAL contact log.

Every person, case and place below is invented (the country is the same fictional Arvandia as
the case screenshots). The governments are real, because that is what a user types; nothing
is said about them. Dates are relative to today so Today always has something to show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from hrdesk.domain.case import OfficerRole
from hrdesk.domain.contacts import (
    Embassy,
    Interaction,
    InteractionChannel,
    ItemKind,
    ItemStatus,
    Officer,
    OfficerStatus,
    TrackedItem,
)
from hrdesk.gui.context import AppContext
from hrdesk.gui.main_window import MainWindow
from hrdesk.services.cases import CaseService
from hrdesk.services.contacts import ContactLog

CASE_TITLES = ("Lake Serin fishing cooperative", "Teachers' union, Kessa district")


def _ago(days: int) -> dt.date:
    return dt.date.today() - dt.timedelta(days=days)


def _log(context: AppContext) -> tuple[ContactLog, dict[str, int]]:
    """Fill the fictional contact log once per vault; returns the ids the shots open."""
    assert context.session.vault is not None  # noqa: S101
    log = ContactLog(context.session.vault)
    ids: dict[str, int] = {}
    if log.counts()[0]:
        for row in log.officer_rows():
            ids[row.officer.name] = row.officer.id or 0
        for embassy_row in log.embassies():
            ids[embassy_row.embassy.government] = embassy_row.embassy.id or 0
        return log, ids
    cases = CaseService(context.session.vault)
    known = {c.title: c.id for c in cases.list_cases()}
    case_ids = [known.get(title) or cases.create_case(title).id for title in CASE_TITLES]
    lake, teachers = (int(c or 0) for c in case_ids)

    canada = log.save_embassy(
        Embassy(
            "Canada",
            "Embassy in Serin City",
            website="https://example.org/canada-serin",
            contacts="Switchboard +000 555 0100 · political section: pol-serin@example.org",
            priorities="Indigenous rights, freedom of expression, responsible business conduct.",
        )
    )
    norway = log.save_embassy(Embassy("Norway", "Embassy in Serin City", priorities="Human rights defenders"))
    union = log.save_embassy(Embassy("European Union", "Delegation to Arvandia"))
    germany = log.save_embassy(Embassy("Germany", "Embassy in Serin City"))
    ids.update(Canada=canada, Norway=norway, Germany=germany)

    def officer(name: str, embassy: int, role: OfficerRole, start: dt.date | None, **more: object) -> int:
        ids[name] = log.save_officer(Officer(name, embassy, role, posting_start=start, **more))  # type: ignore[arg-type]
        return ids[name]

    walsh = officer(
        "Peter Walsh", canada, OfficerRole.HUMAN_RIGHTS, _ago(7 * 365 + 100), email="p.walsh@example.org"
    )
    perez = officer(
        "Ana Pérez",
        canada,
        OfficerRole.HUMAN_RIGHTS,
        _ago(4 * 365 + 100),
        email="a.perez@example.org",
        phone="+000 555 0142",
        secure_handle="Signal: @ana.example",
        languages="English, Spanish, French",
        notes="Prefers a short written summary before each meeting.",
    )
    log.mark_left(walsh, _ago(4 * 365 + 100), successor_id=perez)
    dubois = log.mark_left(
        perez,
        _ago(40),
        successor=Officer("Claire Dubois", canada, email="c.dubois@example.org", languages="French, English"),
    )
    assert dubois is not None  # noqa: S101
    ids["Claire Dubois"] = dubois
    tremblay = officer("Marc Tremblay", canada, OfficerRole.POLITICAL, _ago(3 * 365 - 45))
    officer("Louise Martin", canada, OfficerRole.AMBASSADOR, _ago(400))
    lind = officer("Bo Lindqvist", norway, OfficerRole.POLITICAL, _ago(500))
    haddad = officer("ليلى حداد", union, OfficerRole.HUMAN_RIGHTS, _ago(200), languages="العربية، English")
    weber = officer("Jonas Weber", germany, OfficerRole.HUMAN_RIGHTS, _ago(700))

    def met(days: int, who: list[int], summary: str, **more: object) -> int:
        return log.log_interaction(Interaction(_ago(days), who, summary=summary, **more))  # type: ignore[arg-type]

    met(4 * 365, [perez, walsh], "Handover meeting: introduced the cooperative's situation", case_ids=[lake])
    met(900, [perez], "Shared the timeline of threats against the cooperative", case_ids=[lake])
    met(420, [perez], "Asked about trial observation; she will ask headquarters", case_ids=[lake])
    met(
        130,
        [perez, tremblay],
        "Met both officers before the charges hearing",
        case_ids=[lake],
        asked="Observe the hearing of 12 June",
    )
    met(
        60,
        [perez],
        "Call: the embassy raised the case with the Interior Ministry",
        channel=InteractionChannel.CALL,
    )
    met(
        12,
        [dubois, tremblay],
        "First meeting with Claire Dubois, the new human rights officer",
        case_ids=[lake, teachers],
        follow_up=_ago(2),
    )
    met(
        9,
        [haddad],
        "Joint EU démarche discussed for the teachers' union",
        case_ids=[teachers],
        follow_up=_ago(0),
    )
    met(
        5,
        [lind],
        "Reception for defenders; asked for a field visit",
        channel=InteractionChannel.EVENT,
        follow_up=_ago(-6),
    )
    met(80, [weber], "Email with the timeline and the charge sheet", channel=InteractionChannel.EMAIL)
    log.save_item(
        TrackedItem(
            ItemKind.COMMITMENT,
            "Raise the cooperative's case with the Interior Ministry again",
            canada,
            ItemStatus.IN_PROGRESS,
            officer_id=dubois,
            case_id=lake,
            due=_ago(5),
            status_note="“We are working on it.”",
        )
    )
    log.save_item(
        TrackedItem(ItemKind.REQUEST, "Field visit to Lake Serin", norway, officer_id=lind, case_id=lake)
    )
    assert log.officer(perez).status == OfficerStatus.LEFT  # noqa: S101
    return log, ids


def _window(context: AppContext, screen: str) -> MainWindow:
    window = MainWindow(context)
    window.resize(1100, 760)
    window.show_screen(screen)
    return window


def _today(context: AppContext) -> QWidget:
    _log(context)
    window = _window(context, "today")
    window.resize(1100, 900)  # tall enough for all four sections
    return window


def _officer(context: AppContext) -> QWidget:
    _, ids = _log(context)
    window = _window(context, "contacts")
    window.screens["contacts"].open_officer(ids["Ana Pérez"])  # type: ignore[attr-defined]
    return window


def _embassy(context: AppContext) -> QWidget:
    _, ids = _log(context)
    window = _window(context, "contacts")
    window.screens["contacts"].open_embassy(ids["Canada"])  # type: ignore[attr-defined]
    return window


SHOTS: list[tuple[str, bool, Callable[[AppContext], QWidget]]] = [
    ("today", True, _today),
    ("officer", True, _officer),
    ("embassy", True, _embassy),
]
