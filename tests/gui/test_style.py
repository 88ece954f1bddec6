"""Readable hints and a visible keyboard focus (issue #12: WCAG AA, 4.5:1 for normal text)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from hrdesk.gui.app import create_application
from hrdesk.resources import resource_path


def contrast(a: QColor, b: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_hint_text_has_at_least_aa_contrast(qapp: QApplication) -> None:
    create_application()
    for theme in ("light", "dark"):
        # A theme as a desktop sets it: its text colour on its window colour.
        text, background = ("#000000", "#efefef") if theme == "light" else ("#f0f0f0", "#2b2b2b")
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        palette.setColor(
            QPalette.ColorRole.PlaceholderText,
            QColor(text).darker(300) if theme == "dark" else QColor("#9e9e9e"),
        )
        QApplication.setPalette(palette)
        page = QWidget()
        hint = QLabel("A hint", page)
        hint.setObjectName("hint")
        QVBoxLayout(page).addWidget(hint)
        page.show()
        QApplication.processEvents()
        shown = hint.palette().color(QPalette.ColorRole.WindowText)
        behind = page.palette().color(QPalette.ColorRole.Window)
        assert contrast(shown, behind) >= 4.5, (theme, shown.name(), behind.name())
        page.close()
    QApplication.setPalette(QApplication.style().standardPalette())


def test_focus_is_styled_for_sidebar_steps_and_rows() -> None:
    style = resource_path("style", "app.qss").read_text("utf-8")
    for selector in ("#navigation::item:focus", "#steps::item:focus", "QTableView::item:focus"):
        assert selector in style
    assert "placeholder-text);\n    font" not in style


def test_hints_are_slanted_except_in_arabic(qapp: QApplication) -> None:
    """Arabic has no italic: a slanted hint would be letters Qt bent itself (issue #13)."""
    from hrdesk.gui.i18n import LanguageSwitcher

    create_application()
    switcher = LanguageSwitcher(qapp)
    page = QWidget()
    hint = QLabel("A hint", page)
    hint.setObjectName("hint")
    QVBoxLayout(page).addWidget(hint)
    page.show()
    try:
        for language, slanted in (("en", True), ("ar", False), ("ru", True), ("ar", False), ("es", True)):
            switcher.apply(language)
            QApplication.processEvents()
            assert hint.font().italic() is slanted, language
    finally:
        switcher.apply("en")
        page.close()
