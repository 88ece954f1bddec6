"""Labels of Qt's own file dialog that Qt's translations lack.

Qt 6.11's file dialog says "&Look in:" and "Files of &type:"; qtbase's .qm files translate
only the older "Look in:" and "Files of type:", so those two labels stayed English in every
other language (issue #13). They are listed here, in Qt's own context, so that lupdate puts
them into our translation files; our translator then supplies them, since qtbase has none.
Nothing calls this function: it exists for lupdate.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_file_dialog_texts() -> list[str]:
    """The two labels, translated (for tests)."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
    ]
