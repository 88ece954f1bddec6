"""The accountability file of one case in memory, saved a moment after each edit (like the wizard).

Every change restarts a short single-shot timer; :meth:`flush` saves at once and is called when
another person is selected, when the dialog closes or hides, before an export and before the
vault locks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from hrdesk.domain.accountability import AccountabilityFile, Conduct, ResponsiblePerson
from hrdesk.domain.isolate import isolated
from hrdesk.gui.common.messages import Messages
from hrdesk.services.accountability import AccountabilityService
from hrdesk.vault.errors import VaultError

DEBOUNCE_MS = 500

Collect = Callable[[], tuple[ResponsiblePerson, list[Conduct]] | None]


class AccountabilityEditor(QObject):
    saved = Signal(object)  # the person just saved (ResponsiblePerson)

    def __init__(self, service: AccountabilityService, case_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.case_id = case_id
        self.file: AccountabilityFile = service.load(case_id)
        self._collect: Collect | None = None
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

    def set_collector(self, collect: Collect) -> None:
        """``collect`` returns the person being edited and their conduct, read from the form."""
        self._collect = collect

    def schedule_save(self) -> None:
        self._dirty = True
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._dirty

    def person(self, person_id: int) -> ResponsiblePerson | None:
        return next((p for p in self.file.people if p.id == person_id), None)

    # -- saving --------------------------------------------------------------------------------
    def flush(self) -> None:
        self._timer.stop()
        if not self._dirty or self._collect is None:
            return
        self._dirty = False
        collected = self._collect()
        if collected is None:
            return
        person, conduct = collected
        try:
            self._save(person, conduct)
        except VaultError as error:
            self._failed(error)
            return
        self.saved.emit(person)

    def _save(self, person: ResponsiblePerson, conduct: list[Conduct]) -> None:
        person_id = int(person.id or 0)
        self.service.update_person(self.case_id, person)
        kept = {c.id for c in conduct if c.id is not None}
        for old in self.file.conduct_of(person_id):
            if old.id is not None and old.id not in kept:
                self.service.delete_conduct(self.case_id, old.id)
        for item in conduct:
            item.person_id = person_id
            if item.id is None:
                self.service.add_conduct(self.case_id, item)
            else:
                self.service.update_conduct(self.case_id, item)
        self.file.people = [person if p.id == person_id else p for p in self.file.people]
        self.file.conduct = [c for c in self.file.conduct if c.person_id != person_id] + conduct

    def _failed(self, error: Exception) -> None:
        Messages.error(
            None,
            self.tr("Not saved"),
            self.tr("The last change could not be saved: %1").replace("%1", isolated(str(error))),
        )

    # -- people --------------------------------------------------------------------------------
    def add_person(self, full_name: str) -> ResponsiblePerson | None:
        self.flush()
        try:
            person = self.service.add_person(self.case_id, ResponsiblePerson(full_name=full_name))
        except VaultError as error:
            self._failed(error)
            return None
        self.file.people.append(person)
        return person

    def delete_person(self, person_id: int) -> bool:
        self._timer.stop()
        self._dirty = False  # what was typed about this person goes with them
        try:
            self.service.delete_person(self.case_id, person_id)
        except VaultError as error:
            self._failed(error)
            return False
        self.file.people = [p for p in self.file.people if p.id != person_id]
        self.file.conduct = [c for c in self.file.conduct if c.person_id != person_id]
        return True
