"""One open case being edited: the in-memory ``Case`` and the autosave that keeps the vault current.

Case fields are saved by a single-shot debounce: every edit restarts a short timer, so the
vault holds the edit about half a second after the user stops typing, and ``flush`` saves at
once (page change, back to the list, hiding the screen, locking). Timeline and outreach rows
are saved one by one as each edit is committed, through the stores below, which the undo
commands call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from hrdesk.domain.case import Case, Outreach, TimelineEvent
from hrdesk.domain.isolate import isolated
from hrdesk.gui.common.messages import Messages
from hrdesk.services.cases import CaseService
from hrdesk.vault.errors import VaultError

DEBOUNCE_MS = 500

T = TypeVar("T", TimelineEvent, Outreach)


class ItemStore(Generic[T]):
    """Saves rows of one table (events or outreach) and tells the editor that the case changed."""

    _add: Callable[[T], object]
    _update: Callable[[T], None]
    _delete: Callable[[T], None]
    _changed: Callable[[], None]

    def __init__(
        self,
        add: Callable[[T], object],
        update: Callable[[T], None],
        delete: Callable[[T], None],
        changed: Callable[[], None],
    ) -> None:
        self._add, self._update, self._delete, self._changed = add, update, delete, changed

    def add(self, item: T) -> None:
        item.id = None
        self._add(item)  # assigns item.id
        self._changed()

    def update(self, item: T) -> None:
        self._update(item)
        self._changed()

    def delete(self, item: T) -> None:
        self._delete(item)
        self._changed()


class CaseEditor(QObject):
    changed = Signal()  # the case in memory changed (review page, header, readiness)
    saved = Signal()

    def __init__(self, service: CaseService, case: Case, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.case = case
        self._collectors: list[Callable[[], None]] = []
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        case_id = int(case.id or 0)
        self.timeline_store: ItemStore[TimelineEvent] = ItemStore(
            lambda e: service.add_event(case_id, e),
            lambda e: service.update_event(case_id, e),
            lambda e: service.delete_event(case_id, int(e.id or 0)),
            self.changed.emit,
        )
        self.outreach_store: ItemStore[Outreach] = ItemStore(
            lambda o: service.add_outreach(case_id, o),
            lambda o: service.update_outreach(case_id, o),
            lambda o: service.delete_outreach(case_id, int(o.id or 0)),
            self.changed.emit,
        )

    @property
    def case_id(self) -> int:
        return int(self.case.id or 0)

    def add_collector(self, collect: Callable[[], None]) -> None:
        """``collect`` copies widget values into ``self.case``; run before every save.

        Long texts are read only here, not on every keystroke, so a 100 kB paste stays fluid.
        """
        self._collectors.append(collect)

    def schedule_save(self) -> None:
        """An edit happened: save once the user has paused."""
        self._dirty = True
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._dirty

    def flush(self) -> None:
        """Save now if anything is waiting (called on page change, close, hide and lock)."""
        self._timer.stop()
        if not self._dirty:
            return
        for collect in self._collectors:
            collect()
        self._dirty = False
        try:
            self.service.save_case(self.case)
        except VaultError as error:
            Messages.error(
                None,
                self.tr("Not saved"),
                self.tr("The last change could not be saved: %1").replace("%1", isolated(str(error))),
            )
            return
        self.changed.emit()
        self.saved.emit()
