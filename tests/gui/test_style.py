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


def _ink_pixels(image, rect, minimum_contrast: float = 1.8) -> int:
    """Pixels of ``rect`` that stand out from its most common colour (the row's background)."""
    from collections import Counter

    colours = Counter(
        image.pixel(x, y) for x in range(rect.left(), rect.right()) for y in range(rect.top(), rect.bottom())
    )
    background = QColor.fromRgb(colours.most_common(1)[0][0])
    return sum(
        n for rgb, n in colours.items() if contrast(QColor.fromRgb(rgb), background) >= minimum_contrast
    )


def test_a_selected_row_with_the_focus_keeps_its_text_visible(qapp: QApplication) -> None:
    """The focus frame on items made Qt draw a selected, focused row's text in the highlight's text
    colour on a pale background: the row looked empty (the accountability form's conduct list)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTableWidget, QTableWidgetItem

    create_application()
    page = QWidget()
    listed = QListWidget(page)
    for text in ("Extrajudicial killing", "Torture", "Enforced disappearance"):
        item = QListWidgetItem(text, listed)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
    table = QTableWidget(3, 1, page)
    for row, text in enumerate(("Canada", "Norway", "Ireland")):
        table.setItem(row, 0, QTableWidgetItem(text))
    layout = QVBoxLayout(page)
    layout.addWidget(listed)
    layout.addWidget(table)
    page.resize(400, 400)
    page.show()
    page.activateWindow()
    table.setColumnWidth(0, 200)
    for view, rect_of, indent in (
        (listed, lambda: listed.visualItemRect(listed.item(1)), 24),  # past the check box
        (table, lambda: table.visualItemRect(table.item(1, 0)), 3),
    ):
        view.setCurrentIndex(view.model().index(1, 0))
        view.setFocus()
        QApplication.processEvents()
        assert view.hasFocus() and view.selectionModel().isSelected(view.currentIndex())
        shot = view.viewport().grab().toImage()
        text_area = rect_of().adjusted(indent, 3, -3, -3)  # inside the focus frame
        assert _ink_pixels(shot, text_area) > 20, type(view).__name__
    page.close()
