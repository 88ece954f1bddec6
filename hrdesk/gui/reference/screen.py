"""Topics and entries on the leading side, the entry beside them; search and a reading language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.isolate import isolated
from hrdesk.domain.languages import is_rtl
from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.screen import Screen
from hrdesk.gui.common.status_line import StatusLine
from hrdesk.gui.common.tree_items import child_items, top_level_items
from hrdesk.gui.context import AppContext
from hrdesk.gui.i18n import LANGUAGES
from hrdesk.gui.reference.entry_view import EntryView
from hrdesk.gui.screen_list import screen_title
from hrdesk.reference.content import ReferenceContentError, ReferenceLibrary
from hrdesk.reference.loading import load_library

ENTRY_ID = Qt.ItemDataRole.UserRole


class ReferenceScreen(Screen):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._libraries: dict[str, ReferenceLibrary] = {}
        self._reading_follows_ui = True
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._fill_tree)
        bar.addWidget(self.search, 1)
        self.reading_label = QLabel()
        self.reading = QComboBox()
        for code, name in LANGUAGES:
            self.reading.addItem(name, code)
        self.reading_label.setBuddy(self.reading)
        self.reading.activated.connect(self._reading_chosen)
        bar.addWidget(self.reading_label)
        bar.addWidget(self.reading)
        layout.addLayout(bar)
        # Inside this screen only: the sidebar forwards its own Ctrl+F here (two live ones would clash).
        # PySide6 connects activated= at construction; its stubs do not declare signal keywords.
        QShortcut(  # type: ignore[call-overload]
            QKeySequence.StandardKey.Find,
            self,
            activated=self.focus_search,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

        splitter = QSplitter()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(self._show_current)
        self.view = EntryView()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 700])
        # A long URL in an entry once squeezed the contents to a sliver that could then vanish
        # (issue #13): the list keeps a readable width and can never be collapsed away.
        splitter.setChildrenCollapsible(False)
        self.tree.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.view.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 20)
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        self.problem = StatusLine(error=True)
        layout.addWidget(self.problem)

        context.languages.changed.connect(self._ui_language_changed)
        self._set_reading(context.languages.current)
        self.retranslate()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @classmethod
    def title(cls) -> str:
        return screen_title("reference")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search the reference (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the reference"))
        self.reading_label.setText(self.tr("&Read in:"))
        self.reading.setAccessibleName(self.tr("Reading language"))
        self.tree.setAccessibleName(self.tr("Topics"))
        if self.search.text().strip():
            self._fill_tree()

    @property
    def reading_language(self) -> str:
        return str(self.reading.currentData())

    def library(self) -> ReferenceLibrary | None:
        language = self.reading_language
        if language not in self._libraries:
            try:
                self._libraries[language] = load_library(language)
            except ReferenceContentError as exc:
                self.problem.setText(
                    self.tr("The reference content could not be read: %1").replace("%1", isolated(str(exc)))
                )
                self.problem.show()
                return None
        self.problem.hide()
        return self._libraries[language]

    def reload(self) -> None:
        """Read the content again (after a reference update was installed)."""
        self._libraries.clear()
        self._refresh_keeping_selection()

    def show_entry(self, entry_id: str) -> None:
        """Select an entry by id (other screens link here to explain themselves)."""
        self.search.clear()
        for topic in top_level_items(self.tree):
            for child in child_items(topic):
                if child.data(0, ENTRY_ID) == entry_id:
                    self.tree.setCurrentItem(child)
                    return

    def _ui_language_changed(self, code: str) -> None:
        if self._reading_follows_ui:
            self._set_reading(code)

    def _reading_chosen(self, _index: int) -> None:
        self._reading_follows_ui = self.reading_language == self.context.languages.current
        self._refresh_keeping_selection()

    def _set_reading(self, code: str) -> None:
        self.reading.setCurrentIndex(self.reading.findData(code))
        self._refresh_keeping_selection()

    def _refresh_keeping_selection(self) -> None:
        current = self.tree.currentItem()
        entry_id = current.data(0, ENTRY_ID) if current else None
        direction = (
            Qt.LayoutDirection.RightToLeft
            if is_rtl(self.reading_language)
            else Qt.LayoutDirection.LeftToRight
        )
        self.tree.setLayoutDirection(direction)
        self._fill_tree()
        if entry_id:
            self.show_entry(entry_id)

    def _fill_tree(self) -> None:
        self.tree.clear()
        library = self.library()
        if library is None:
            self.view.show_entry(None, self.reading_language)
            return
        query = self.search.text().strip()
        ranked = [e.id for e in library.search(query)] if query else []
        matches = set(ranked) if query else None
        first: QTreeWidgetItem | None = None
        best: QTreeWidgetItem | None = None  # the top-ranked match is the one shown
        for topic in library.topics:
            entries = [e for e in topic.entries if matches is None or e.id in matches]
            if not entries:
                continue
            topic_item = QTreeWidgetItem([topic.title])
            topic_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(topic_item)
            for entry in entries:
                child = QTreeWidgetItem([entry.title])
                child.setData(0, ENTRY_ID, entry.id)
                child.setToolTip(0, entry.summary)
                topic_item.addChild(child)
                first = first or child
                if ranked and entry.id == ranked[0]:
                    best = child
            topic_item.setExpanded(True)
        if query and first is None:
            empty = QTreeWidgetItem([self.tr("Nothing found. Try fewer or shorter words.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)
        if first is not None:
            self.tree.setCurrentItem(best or first)
        else:
            self.view.show_entry(None, self.reading_language)

    def _show_current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        library = self._libraries.get(self.reading_language)
        entry_id = item.data(0, ENTRY_ID) if item else None
        self.view.show_entry(library.entry(entry_id) if library and entry_id else None, self.reading_language)
