"""Open and close Qt's (non-native) file dialog, with or without hrdesk's application set-up;
$XDG_CONFIG_HOME then shows whether Qt wrote QtProject.conf."""

from __future__ import annotations

import sys
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QApplication, QFileDialog

if sys.argv[1] == "hrdesk":
    from hrdesk.gui.app import create_application

    app = create_application()
else:
    app = QApplication(sys.argv[:1])
dialog = QFileDialog(None, "Export", str(Path(sys.argv[2])))
dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
dialog.setHistory([sys.argv[2]])
dialog.show()
app.processEvents()
dialog.selectFile(str(Path(sys.argv[2]) / "brief.pdf"))
dialog.accept()
shiboken6.delete(dialog)  # Qt saves the dialog's folders and history when it is destroyed
