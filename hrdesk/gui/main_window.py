"""The main window: navigation on the leading side, the chosen screen beside it, menus above.

It exists only while the vault is unlocked: locking deletes it with every screen and model.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hrdesk import __version__
from hrdesk.domain.isolate import isolated
from hrdesk.gui.common.dialog_fit import limit_to_screen
from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.common.screen import Screen
from hrdesk.gui.context import AppContext
from hrdesk.gui.help.dialog import HELP_KEYS, HELP_LOCKING, HelpDialog
from hrdesk.gui.help.safety_card import SafetyCardDialog
from hrdesk.gui.i18n import LANGUAGES
from hrdesk.gui.screen_list import SCREENS
from hrdesk.gui.screen_pages import ScreenPages
from hrdesk.gui.today.danger import DANGER_SHORTCUT, IN_DANGER_ENTRY
from hrdesk.settings import WINDOW_GEOMETRY


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("mainWindow")
        self.setMinimumSize(QSize(860, 560))
        central = QWidget()
        self.setCentralWidget(central)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.help_page: HelpDialog | None = None
        self.safety_card: SafetyCardDialog | None = None
        self.banner = QLabel()
        self.banner.setObjectName("demoBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setVisible(context.demo)
        outer.addWidget(self.banner)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        outer.addLayout(row, 1)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(200)
        self.stack = QStackedWidget()
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.navigation, 1)
        # Someone in danger tonight must not have to hunt for it: always visible, on every screen.
        self.danger_button = QPushButton(icon("mdi6.alert-octagon-outline"), "")
        self.danger_button.setObjectName("dangerButton")
        self.danger_button.setFixedWidth(200)
        self.danger_button.clicked.connect(self.show_in_danger)
        side.addWidget(self.danger_button)
        row.addLayout(side)
        row.addWidget(self.stack, 1)

        # Only the screen shown first (Today) is built before the first paint; the others on first use.
        self.screens = ScreenPages(self.stack, context, SCREENS)
        for _key, factory in SCREENS:
            item = QListWidgetItem(icon(factory.icon_name), "")
            item.setData(Qt.ItemDataRole.UserRole, _key)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_row)
        # The screens' own Ctrl+N / Ctrl+F work inside them; from the sidebar they reach the shown one.
        for keys, slot in (
            (QKeySequence.StandardKey.New, "start_new"),
            (QKeySequence.StandardKey.Find, "focus_search"),
        ):
            # PySide6 connects activated= at construction; its stubs do not declare signal keywords.
            QShortcut(  # type: ignore[call-overload]
                keys,
                self.navigation,
                activated=lambda name=slot: getattr(self.stack.currentWidget(), name)(),
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.navigation.setCurrentRow(0)
        self.screens.when_built("settings", self._wire_settings)

        context.open_reference = self.show_reference
        self._build_menus()
        self.retranslate()
        geometry = context.settings.get(WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        else:
            limit_to_screen(self, QSize(1100, 720))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        bar.addMenu(self.file_menu)
        self.lock_action = QAction(icon("mdi6.lock-outline"), "", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        # Works from any hrdesk window, including a dialog opened over the main window.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action = QAction("", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.quit_requested)
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = QMenu(self)
        bar.addMenu(self.view_menu)
        self.go_actions: list[QAction] = []
        for index, _ in enumerate(SCREENS):
            action = QAction("", self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, row=index: self.navigation.setCurrentRow(row))
            self.view_menu.addAction(action)
            self.go_actions.append(action)
        self.view_menu.addSeparator()
        self.language_menu = QMenu(self)
        self.view_menu.addMenu(self.language_menu)
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.context.languages.current)
            action.triggered.connect(lambda _checked=False, c=code: self.context.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.context.languages.changed.connect(self._language_changed)

        self.help_menu = QMenu(self)
        bar.addMenu(self.help_menu)
        self.danger_action = QAction(icon("mdi6.alert-octagon-outline"), "", self)
        self.danger_action.setShortcut(QKeySequence(DANGER_SHORTCUT))
        self.danger_action.triggered.connect(self.show_in_danger)
        self.addAction(self.danger_action)
        self.help_page_action = QAction(icon("mdi6.help-circle-outline"), "", self)
        self.help_page_action.setShortcut(QKeySequence(HELP_KEYS))
        self.help_page_action.triggered.connect(self.show_help)
        self.safety_card_action = QAction(icon("mdi6.shield-lock-outline"), "", self)
        self.safety_card_action.triggered.connect(self.show_safety_card)
        self.help_menu.addAction(self.help_page_action)
        self.help_menu.addAction(self.safety_card_action)
        self.help_menu.addAction(self.danger_action)
        self.help_menu.addSeparator()
        self.about_action = QAction("", self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.screens[SCREENS[row][0]]  # built on first visit, before the stack shows it
        self.stack.setCurrentIndex(row)

    def _wire_settings(self, screen: Screen) -> None:
        from hrdesk.gui.settings.screen import SettingsScreen  # loaded with the screen, not at start

        assert isinstance(screen, SettingsScreen)  # noqa: S101
        screen.lock_requested.connect(self.lock_requested)
        screen.reference_updates.updated.connect(self._reload_reference)

    def _reload_reference(self) -> None:
        # A Reference screen not built yet reads the updated entries when it is built.
        reference = self.screens.built("reference")
        if reference is not None:
            reference.reload()  # type: ignore[attr-defined]

    def show_screen(self, key: str) -> None:
        self.navigation.setCurrentRow([k for k, _ in SCREENS].index(key))

    def show_reference(self, entry_id: str) -> None:
        self.show_screen("reference")
        self.screens["reference"].show_entry(entry_id)  # type: ignore[attr-defined]

    def show_in_danger(self) -> None:
        self.show_reference(IN_DANGER_ENTRY)

    def show_help(self, section: str = "start") -> None:
        """The offline help page, beside the main window (not modal: one can read while working)."""
        if self.help_page is None:
            self.help_page = HelpDialog(self)
            self.help_page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.help_page.destroyed.connect(lambda: setattr(self, "help_page", None))
        self.help_page.show_section(section)
        self.help_page.show()
        self.help_page.raise_()
        self.help_page.activateWindow()

    def show_safety_card(self) -> None:
        """Shown once after the vault is created, and whenever asked for from the Help menu."""
        card = SafetyCardDialog(self.context, self)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        card.help_requested.connect(lambda: self.show_help(HELP_LOCKING))
        self.safety_card = card
        card.show()

    def retranslate(self) -> None:
        # The title never names a case: it can be seen in task switchers and screen shares.
        self.setWindowTitle(self.tr("hrdesk"))
        self.banner.setText(
            self.tr("Demo — nothing you enter here is kept. The demo vault is erased when you quit.")
        )
        for row, (_key, factory) in enumerate(SCREENS):
            title = factory.title()
            item = self.navigation.item(row)
            item.setText(title)
            item.setToolTip(f"{title} (Ctrl+{row + 1})")
            self.go_actions[row].setText(title)
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.file_menu.setTitle(self.tr("&File"))
        self.lock_action.setText(self.tr("&Lock vault"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About hrdesk"))
        self.help_page_action.setText(self.tr("hrdesk &Help"))
        self.safety_card_action.setText(self.tr("&Safety habits"))
        danger = self.tr("In danger now")
        shortcut = QKeySequence(DANGER_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.danger_button.setText(danger)
        self.danger_button.setAccessibleName(danger)
        self.danger_button.setToolTip(
            self.tr("What to do tonight if you are in danger (%1)").replace("%1", shortcut)
        )
        self.danger_action.setText(self.tr("&In danger now"))

    def _language_changed(self, code: str) -> None:
        self.language_actions[code].setChecked(True)

    def _about(self) -> None:
        Messages.info(
            self,
            self.tr("About hrdesk"),
            self.tr(
                "hrdesk %1\n\nPrepare, safely and offline, to ask foreign embassies for help. "
                "Everything stays in one encrypted vault on this computer; hrdesk never uses the network."
            ).replace("%1", isolated(__version__)),
        )

    def save_geometry(self) -> None:
        if not self.context.demo:
            self.context.settings.set(WINDOW_GEOMETRY, self.saveGeometry().toBase64().toStdString())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window quits the app (the controller locks and releases the vault first).
        event.ignore()
        self.quit_requested.emit()
