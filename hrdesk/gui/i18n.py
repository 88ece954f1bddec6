"""Switching the UI language at run time: our .qm, Qt's own qtbase .qm, layout direction, locale."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QApplication

from hrdesk.domain.languages import LANGUAGES as CODES
from hrdesk.domain.languages import NATIVE_NAMES, is_rtl
from hrdesk.domain.number_style import DEFAULT as DEFAULT_STYLE
from hrdesk.domain.number_style import NumberStyle, ui_locale_name
from hrdesk.resources import translations_path

# (code, name in its own language): shown untranslated so anyone can find their language.
LANGUAGES: tuple[tuple[str, str], ...] = tuple((code, NATIVE_NAMES[code]) for code in CODES)


# The number style of the UI, like QLocale's default locale: set with the language, read by
# the code that writes dates (hrdesk.gui.common.date_text).
_ui_style: NumberStyle = DEFAULT_STYLE


def ui_number_style() -> NumberStyle:
    """How the UI writes Arabic digits and month names now."""
    return _ui_style


def system_language() -> str:
    """The system locale's language if hrdesk speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in CODES else "en"


# Hints are told apart by their slant (app.qss), but Arabic has no italic: Qt would slant the
# letters itself, which no Arabic reader expects. In Arabic they stay upright.
UPRIGHT_HINTS = "\nQLabel#hint { font-style: normal; }\n"


class LanguageSwitcher(QObject):
    """Installs the translators for one language; Qt then sends LanguageChange to every widget."""

    changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self.current = "en"
        self.number_style: NumberStyle = DEFAULT_STYLE

    def apply(self, code: str, style: NumberStyle | None = None) -> None:
        """Switch to ``code``; ``style`` (Arabic digits and months) stays as it was when None."""
        global _ui_style
        if code not in CODES:
            code = "en"
        if style is not None:
            self.number_style = _ui_style = style
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        # English loads its file too: it holds the singular/plural forms of "%n ..." strings.
        self._load(translations_path(f"hrdesk_{code}.qm").as_posix())
        if code != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._load(f"{qt_dir}/qtbase_{code}.qm")
        self.current = code
        QLocale.setDefault(QLocale(ui_locale_name(code, self.number_style)))
        self._app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl(code) else Qt.LayoutDirection.LeftToRight
        )
        self._set_hint_style(upright=is_rtl(code))
        self.changed.emit(code)

    def _set_hint_style(self, upright: bool) -> None:
        """Add or remove ``UPRIGHT_HINTS``; the style sheet is set again only when it changes (that
        re-polishes every widget)."""
        sheet = self._app.styleSheet()
        base = sheet.removesuffix(UPRIGHT_HINTS)
        wanted = base + UPRIGHT_HINTS if upright else base
        if wanted != sheet:
            self._app.setStyleSheet(wanted)

    def _load(self, path: str) -> None:
        translator = QTranslator(self)
        if translator.load(path):
            self._app.installTranslator(translator)
            self._translators.append(translator)
