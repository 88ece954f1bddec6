"""Issue #13 in the app: every editor reads each paragraph in its own direction, in every UI
language; values put into translated sentences are isolated."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from hrdesk.domain.isolate import FSI, PDI, fill, plain
from hrdesk.gui.cases.wizard.page_ids import PageId
from hrdesk.gui.common.text_direction import first_strong_direction, install
from tests.gui.cases.helpers import new_case, type_text
from tests.gui.conftest import PASS
from tests.gui.test_shell import unlock_with

ARABIC = "طلبنا حضور الجلسة."
ENGLISH = "Attend the hearing."
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def test_fill_isolates_each_value_once() -> None:
    filled = fill("Saved to %1 (%2).", "/home/a.pdf", "128 MiB")
    assert filled == f"Saved to {FSI}/home/a.pdf{PDI} ({FSI}128 MiB{PDI})."
    assert fill("%1 and %2", "%2", "x") == f"{FSI}%2{PDI} and {FSI}x{PDI}"  # no second replacement
    assert fill("%1 of %3", "a") == f"{FSI}a{PDI} of %3"
    assert plain(fill("تم الحفظ في %1.", "/home/a.pdf")) == "تم الحفظ في /home/a.pdf."
    assert first_strong_direction("  2024 طلب") == RTL
    assert first_strong_direction("(1) Ask") == LTR
    assert first_strong_direction("2024 ()") is None


def _box_cursor_x(box: QPlainTextEdit, block: int) -> int:
    cursor = QTextCursor(box.document().findBlockByNumber(block))
    box.setTextCursor(cursor)
    return box.cursorRect().x()


@pytest.mark.parametrize("ui", [LTR, RTL])
def test_each_paragraph_of_a_text_box_takes_its_own_side(qtbot: QtBot, qapp: QApplication, ui) -> None:
    install(qapp)
    window = QWidget()
    window.setLayoutDirection(ui)
    layout = QVBoxLayout(window)
    box, line, spin = QPlainTextEdit(), QLineEdit(), QSpinBox()
    for widget in (box, line, spin):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.resize(600, 300)
    window.show()
    qtbot.waitExposed(window)
    type_text(qtbot, box, ARABIC)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    type_text(qtbot, box, ENGLISH)
    middle = box.viewport().width() / 2
    assert _box_cursor_x(box, 0) > middle  # the Arabic paragraph starts on the right
    assert _box_cursor_x(box, 1) < middle  # the English one on the left
    # A single-line box follows what it holds, and the window again when emptied.
    type_text(qtbot, line, ARABIC)
    assert line.layoutDirection() == RTL
    line.clear()
    assert line.layoutDirection() == ui
    type_text(qtbot, line, ENGLISH)
    assert line.layoutDirection() == LTR
    # The UI flips: the boxes keep deciding per paragraph.
    window.setLayoutDirection(LTR if ui == RTL else RTL)
    qtbot.waitUntil(lambda: _box_cursor_x(box, 0) > middle and _box_cursor_x(box, 1) < middle)
    assert spin.lineEdit().layoutDirection() == spin.layoutDirection()  # numbers are left alone


@pytest.mark.parametrize("language", ["en", "ar"])
def test_wizard_summary_is_aligned_by_its_text(qtbot: QtBot, make_controller, language: str) -> None:
    controller = make_controller(existing_vault=True, language=language)
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    window.show_screen("cases")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    screen = window.screens["cases"]
    new_case(qtbot, screen, "Case")
    summary = screen.wizard.pages[PageId.BASICS].summary_edit
    summary.setFocus()
    type_text(qtbot, summary, ARABIC)
    qtbot.keyClick(summary, Qt.Key.Key_Return)
    type_text(qtbot, summary, ENGLISH)
    middle = summary.viewport().width() / 2
    assert _box_cursor_x(summary, 0) > middle
    assert _box_cursor_x(summary, 1) < middle


@pytest.mark.parametrize(
    ("locale", "weekend"),
    [
        ("ar_EG", {Qt.DayOfWeek.Friday, Qt.DayOfWeek.Saturday}),
        ("fr_FR", {Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday}),
    ],
)
def test_calendar_popup_weekend_follows_the_locale(
    qtbot: QtBot, qapp: QApplication, locale: str, weekend
) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QCalendarWidget

    install(qapp)
    calendar = QCalendarWidget()
    calendar.setLocale(QLocale(locale))
    qtbot.addWidget(calendar)
    calendar.show()
    qtbot.waitExposed(calendar)
    plain_colour = calendar.weekdayTextFormat(Qt.DayOfWeek.Monday).foreground().color()
    marked = {
        day for day in Qt.DayOfWeek if calendar.weekdayTextFormat(day).foreground().color() != plain_colour
    }
    assert marked == weekend


def test_settings_choice_changes_digits_and_months_everywhere(
    qtbot: QtBot, qapp: QApplication, tmp_path
) -> None:
    from PySide6.QtCore import QLocale

    from hrdesk.domain.dates import PartialDate
    from hrdesk.gui.app import build_context, create_application
    from hrdesk.gui.common.date_text import format_date
    from hrdesk.gui.settings.screen import SettingsScreen
    from hrdesk.settings import ARABIC_DIGITS, ARABIC_MONTHS, Settings, number_style
    from hrdesk.vault.folder import VaultFolder

    create_application()
    context = build_context(qapp, VaultFolder(tmp_path / "v"))
    context.languages.apply("ar")
    screen = SettingsScreen(context)
    qtbot.addWidget(screen)
    try:
        assert QLocale().toString(62) == "62"  # the default: Western digits, every session
        assert format_date(PartialDate(2027, 2, 4)) == "4 شباط/فبراير 2027"
        screen.digits.setCurrentIndex(screen.digits.findData("arabic_indic"))
        screen.digits.activated.emit(screen.digits.currentIndex())
        screen.months.setCurrentIndex(screen.months.findData("egyptian"))
        screen.months.activated.emit(screen.months.currentIndex())
        assert QLocale().toString(62) == "٦٢"
        assert format_date(PartialDate(2027, 2, 4)) == "٤ فبراير ٢٠٢٧"
        saved = Settings()
        assert (saved.get(ARABIC_DIGITS), saved.get(ARABIC_MONTHS)) == ("arabic_indic", "egyptian")
        assert number_style(saved).digits == "arabic_indic"
        assert "٢٠٢٤" in screen.digits.currentText()  # each choice shows what it looks like
    finally:
        context.set_number_style("western", "both")
        context.languages.apply("en")


@pytest.mark.parametrize("language", ["ar", "es", "fr", "ru"])
def test_qt_file_dialog_labels_are_translated(qapp: QApplication, tmp_path, language: str) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    from hrdesk.gui.app import build_context, create_application
    from hrdesk.vault.folder import VaultFolder

    create_application()
    context = build_context(qapp, VaultFolder(tmp_path / "v"))
    context.languages.apply(language)
    try:
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        english = {
            "lookInLabel": "&Look in:",
            "fileNameLabel": "File &name:",
            "fileTypeLabel": "Files of &type:",
        }
        for name, text in english.items():
            assert labels[name] and labels[name] != text, (name, labels[name])
        dialog.deleteLater()
    finally:
        context.languages.apply("en")


@pytest.mark.parametrize("ui", [LTR, RTL])
def test_support_note_is_indented_on_the_leading_side(qtbot: QtBot, ui) -> None:
    from hrdesk.domain.case import SupportKind
    from hrdesk.gui.cases.wizard.support_catalogue import SupportCatalogue

    catalogue = SupportCatalogue()
    catalogue.setLayoutDirection(ui)
    qtbot.addWidget(catalogue)
    catalogue.resize(500, 800)
    catalogue.show()
    qtbot.waitExposed(catalogue)
    kind = next(iter(SupportKind))
    catalogue.checks[kind].setChecked(True)
    qtbot.waitUntil(lambda: catalogue.notes[kind].isVisible())
    note, check = catalogue.notes[kind].geometry(), catalogue.checks[kind].geometry()
    if ui == RTL:
        assert check.right() - note.right() >= 20  # past the box, on the right
    else:
        assert note.left() - check.left() >= 20


def test_a_number_with_its_unit_stays_together() -> None:
    from hrdesk.domain.isolate import LRI, isolate_units

    text = isolate_units("الذاكرة 128 MiB، معامل الوقت 3")
    assert text == f"الذاكرة {LRI}128 MiB{PDI}، معامل الوقت 3"
    assert isolate_units(text) == text  # never twice


@pytest.mark.parametrize("ui", [LTR, RTL])
def test_each_table_cell_takes_the_side_of_its_own_text(qtbot: QtBot, qapp: QApplication, ui) -> None:
    """A view with Qt's standard delegate gets the auto-direction one when shown; Arabic cells
    then start on the right and English cells on the left, whatever the UI's direction."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

    install(qapp)
    model = QStandardItemModel(3, 1)
    for row, text in enumerate((ARABIC, ENGLISH, "2024-03-05")):
        model.setItem(row, 0, QStandardItem(text))
    view = QTableView()
    view.setLayoutDirection(ui)
    view.setModel(model)
    view.setColumnWidth(0, 400)
    view.setShowGrid(False)
    view.resize(520, 200)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)

    def direction(row: int) -> Qt.LayoutDirection:
        option = QStyleOptionViewItem()
        option.direction = ui
        view.itemDelegate().initStyleOption(option, model.index(row, 0))
        return option.direction

    assert (direction(0), direction(1), direction(2)) == (RTL, LTR, ui)
    view.clearSelection()
    view.setCurrentIndex(model.index(-1, -1))  # no focus frame in the picture
    image = view.viewport().grab().toImage()
    rect = view.visualRect(model.index(0, 0))

    def ink_columns(row: int) -> list[int]:
        r = view.visualRect(model.index(row, 0))
        return [
            x
            for x in range(r.left() + 4, r.right() - 4)
            if any(image.pixelColor(x, y).lightness() < 110 for y in range(r.top() + 2, r.bottom() - 2))
        ]

    middle = rect.center().x()
    assert min(ink_columns(0)) > middle  # the Arabic text sits on the right half
    assert max(ink_columns(1)) < middle  # the English text on the left half


def test_lists_of_names_isolate_each_name_and_take_the_ui_direction(qapp: QApplication) -> None:
    """The embassy and officer tables showed "Claire Dubois وMarc T…" in Arabic: the list's "و"
    glued to the wrong Latin name. Each name is isolated; a mark gives the list the UI's side."""
    from PySide6.QtCore import QLocale

    from hrdesk.gui.contacts.text import names_text

    before = (qapp.layoutDirection(), QLocale())
    try:
        qapp.setLayoutDirection(RTL)
        QLocale.setDefault(QLocale("ar"))
        text = names_text(["Claire Dubois", "Marc Tremblay"])
        assert (
            text.startswith("\u200f")
            and f"{FSI}Claire Dubois{PDI}" in text
            and f"{FSI}Marc Tremblay{PDI}" in text
        )
        assert first_strong_direction(text) == RTL
        qapp.setLayoutDirection(LTR)
        QLocale.setDefault(QLocale("en"))
        assert first_strong_direction(names_text(["ليلى الحداد", "Ana"])) == LTR
        assert names_text([]) == ""
    finally:
        qapp.setLayoutDirection(before[0])
        QLocale.setDefault(before[1])
