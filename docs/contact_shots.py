"""Screenshots of the Today view, an officer's page and an embassy's history, on a FICTIONAL contact log.

Every person, case and place below is invented (the country is the same fictional Arvandia as
the case screenshots). The governments are real, because that is what a user types; nothing
is said about them. Dates are relative to today so Today always has something to show.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from hrdesk.domain.contacts import (
    Interaction,
    InteractionChannel,
    ItemKind,
    Officer,
    OfficerRole,
    TrackedItem,
)
from hrdesk.gui.contacts.handover_dialog import HandOverDialog
from hrdesk.gui.context import AppContext
from hrdesk.gui.main_window import MainWindow
from hrdesk.services.cases import CaseService
from hrdesk.services.contacts import ContactLog
from hrdesk.services.demo import example_contacts
from hrdesk.services.handover import OfficerHandOver
from hrdesk.services.vault_session import VaultSession
from hrdesk.vault.folder import VaultFolder

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

    ids.update(example_contacts(context.session.vault, [lake, teachers]))
    _add_shot_extras(log, ids, lake)
    return log, ids


def _add_shot_extras(log: ContactLog, ids: dict[str, int], lake: int) -> None:
    """What the demo log lacks for some shots: follow-ups due in a few days (Today's "Coming up"),
    an officer who left with work still open (the hand-over dialog) and enough calls with Norway
    that a search is cut into pages ("Show more")."""
    germany = ids["Germany"]
    weber, lind = ids["Jonas Weber"], ids["Bo Lindqvist"]
    log.log_interaction(
        Interaction(
            _ago(4), [weber], summary="Sent the hearing schedule", follow_up=_ago(-3), case_ids=[lake]
        )
    )
    log.log_interaction(
        Interaction(_ago(6), [ids["Claire Dubois"]], summary="Asked for a visit date", follow_up=_ago(-5))
    )
    brandt = log.save_officer(
        Officer("Sofia Brandt", germany, OfficerRole.POLITICAL, posting_start=_ago(900))
    )
    ids["Sofia Brandt"] = brandt
    log.log_interaction(
        Interaction(
            _ago(20), [brandt], summary="Briefed her on the charges", follow_up=_ago(-4), case_ids=[lake]
        )
    )
    for what, kind in (
        ("Ask the ministry about the hearing date", ItemKind.REQUEST),
        ("Share the embassy's trial-monitoring note", ItemKind.COMMITMENT),
    ):
        log.save_item(TrackedItem(kind, what, germany, officer_id=brandt, case_id=lake))
    log.mark_left(brandt, _ago(3))
    for week in range(30):
        log.log_interaction(
            Interaction(
                _ago(30 + 7 * week),
                [lind],
                InteractionChannel.CALL,
                summary=f"Weekly call with the political section ({week + 1})",
            )
        )


def _window(context: AppContext, screen: str) -> MainWindow:
    window = MainWindow(context)
    window.resize(1366, 720)
    window.show_screen(screen)
    return window


def _today(context: AppContext) -> QWidget:
    _log(context)
    window = _window(context, "today")
    window.resize(1366, 720)
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


def _today_coming_up(context: AppContext) -> QWidget:
    """Today scrolled down to "Coming up", below the fold at 1366x720. Rows are built a few at a
    time after the first paint, so the scroll waits for them (``after_show``)."""
    window = _today(context)
    screen = window.screens["today"]

    def scroll_down() -> None:
        for _ in range(20):
            QApplication.processEvents()
        screen.findChild(QScrollArea).ensureWidgetVisible(screen.coming, 0, 0)  # type: ignore[attr-defined]

    window.after_show = scroll_down  # type: ignore[attr-defined]
    return window


def _search(context: AppContext) -> QWidget:
    """Search results cut at one page, with "Show more…" at the end of the group."""
    _log(context)
    window = _window(context, "contacts")
    screen = window.screens["contacts"]
    screen.search.setText("call")  # type: ignore[attr-defined]
    screen.run_search()  # type: ignore[attr-defined]
    return window


_EMPTY: list[AppContext] = []  # a second, empty vault, made once per run


def _contacts_empty(context: AppContext) -> QWidget:
    """The Contacts screen of a vault with no embassy yet: the empty state offers the first step."""
    if not _EMPTY:
        folder = Path(tempfile.mkdtemp(prefix="hrdesk-shots-")) / "vault"
        empty = AppContext(context.settings, context.languages, VaultSession(VaultFolder(folder)))
        empty.session.acquire()
        empty.session.create("fictional empty vault")
        _EMPTY.append(empty)
    return _window(_EMPTY[0], "contacts")


def _handover(context: AppContext) -> QWidget:
    log, ids = _log(context)
    officer = log.officer(ids["Sofia Brandt"])
    assert context.session.vault is not None and officer is not None  # noqa: S101
    return HandOverDialog(log, OfficerHandOver(context.session.vault), officer)


SHOTS: list[tuple[str, bool, Callable[[AppContext], QWidget]]] = [
    ("today", True, _today),
    ("today-coming-up", True, _today_coming_up),
    ("contacts-empty", True, _contacts_empty),
    ("contacts-search", True, _search),
    ("handover-dialog", True, _handover),
    ("officer", True, _officer),
    ("embassy", True, _embassy),
]
