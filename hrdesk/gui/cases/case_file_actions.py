"""Export a case to a case file and import one, from the cases list.

A case file is plain JSON, NOT encrypted: export says so before asking where to write, and
items marked "never print" stay out unless the user explicitly asks for them. Import checks
the whole file first (``read_case_file``) and stores it in one transaction, so a bad file
leaves nothing behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from hrdesk.domain.case import Disclosure, Outreach, TimelineEvent
from hrdesk.domain.isolate import isolated
from hrdesk.gui.common.file_dialogs import FileDialogs
from hrdesk.gui.common.messages import Messages
from hrdesk.private_files import write_export
from hrdesk.services import accountability_files
from hrdesk.services.case_files import CaseFileError
from hrdesk.services.cases import CaseService
from hrdesk.vault.errors import VaultError

SUFFIX = ".json"


class CaseFileActions(QObject):
    """Plural texts of case-file actions (translation context "CaseFileActions").

    Qt 6.11's lupdate finds a plural (%n) text only inside self.tr(), so plural texts live here.
    """

    def include_never(self, count: int) -> str:
        return self.tr(
            "%n item(s) of this case are marked “Never print”. Include them in the file too? "
            "Choose Yes to include them, Cancel to leave them out.",
            "",
            count,
        )


def export_case_file(parent: QWidget, service: CaseService, case_id: int) -> Path | None:
    """Warn, ask where, write; returns the written path (None when cancelled or failed)."""
    title = QCoreApplication.translate("CaseFileActions", "Export a case file")
    warning = QCoreApplication.translate(
        "CaseFileActions",
        "A case file is NOT encrypted. Anyone who finds it can read the whole case. "
        "Keep it on an encrypted drive and delete it once it has reached its destination.\n\n"
        "Continue?",
    )
    if not Messages.confirm(parent, title, warning, danger=True):
        return None
    case = service.load_case(case_id)
    items: list[TimelineEvent | Outreach] = [*case.timeline, *case.outreach]
    never = sum(1 for item in items if item.disclosure is Disclosure.NEVER)
    include_never = False
    if never:
        include_never = Messages.confirm(
            parent,
            title,
            CaseFileActions().include_never(never),
            danger=True,
        )
    filters = QCoreApplication.translate("CaseFileActions", "hrdesk case files (*.json)")
    chosen = FileDialogs.save_path(parent, title, "case" + SUFFIX, filters)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    try:
        write_export(
            path, accountability_files.export_case_file(service.vault, case_id, include_never=include_never)
        )
    except OSError as error:
        Messages.error(
            parent,
            title,
            QCoreApplication.translate("CaseFileActions", "The case file could not be written: %1").replace(
                "%1", error.strerror or str(error)
            ),
        )
        return None
    return path


def import_case_from_file(parent: QWidget, service: CaseService) -> int | None:
    """Ask for a file, check it whole, store it; returns the new case id (None when not imported)."""
    title = QCoreApplication.translate("CaseFileActions", "Import a case file")
    filters = QCoreApplication.translate("CaseFileActions", "hrdesk case files (*.json);;All files (*)")
    chosen = FileDialogs.open_path(parent, title, filters)
    if not chosen:
        return None
    try:
        parsed = accountability_files.load_case_file(Path(chosen))
        return accountability_files.import_into(service.vault, parsed)
    except CaseFileError as error:
        reason = str(error)
    except OSError as error:
        reason = error.strerror or str(error)
    except VaultError as error:
        reason = str(error)
    Messages.error(
        parent,
        title,
        QCoreApplication.translate(
            "CaseFileActions", "Nothing was imported. The file has a problem:\n%1"
        ).replace("%1", isolated(reason)),
    )
    return None
