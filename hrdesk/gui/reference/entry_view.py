"""One reference entry: title, summary, body, addresses with copy buttons, source and date.

The text is our own content, rendered through escaped HTML so that bullets and links work;
links are never opened without the user's click and a warning that this leaves the offline app.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.isolate import isolated
from hrdesk.domain.languages import is_rtl
from hrdesk.gui.common.bundled_fonts import arabic_font_css
from hrdesk.gui.common.date_text import long_date
from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.messages import Messages
from hrdesk.reference.content import Contact, Entry, split_bullet

_URL = re.compile(r"https?://[^\s)\]]+[^\s.,;:)\]]")


def _linkify(text: str) -> str:
    """Escape ``text`` and turn web addresses into links (handled by ``_open_link``)."""
    parts, last = [], 0
    for match in _URL.finditer(text):
        parts.append(html.escape(text[last : match.start()]))
        url = match.group(0)
        parts.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>')
        last = match.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts)


def entry_html(entry: Entry, language: str) -> str:
    """The entry body as HTML in the reading language's direction."""
    rtl = is_rtl(language)
    direction = "rtl" if rtl else "ltr"
    # Arabic is set in the bundled font, and its lead paragraph is not italic: Arabic fonts
    # have no italic, and a synthesised or substituted one showed empty boxes (issue #13).
    font = f' style="font-family: {html.escape(arabic_font_css(), quote=True)}"' if rtl else ""
    lead = (
        f"<p><b>{html.escape(entry.summary)}</b></p>"
        if rtl
        else f"<p><i>{html.escape(entry.summary)}</i></p>"
    )
    out = [f'<div dir="{direction}"{font}>', f"<h2>{html.escape(entry.title)}</h2>", lead]
    bullets: list[str] = []
    for paragraph in entry.body:
        is_bullet, text = split_bullet(paragraph)
        if is_bullet:
            bullets.append(f"<li>{_linkify(text)}</li>")
            continue
        if bullets:
            out.append("<ul>" + "".join(bullets) + "</ul>")
            bullets = []
        out.append(f"<p>{_linkify(text)}</p>")
    if bullets:
        out.append("<ul>" + "".join(bullets) + "</ul>")
    out.append("</div>")
    return "".join(out)


class EntryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry: Entry | None = None
        self.language = "en"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.anchorClicked.connect(self._open_link)
        layout.addWidget(self.text, 1)
        self.contacts_box = QWidget()
        self.contacts = QGridLayout(self.contacts_box)
        self.contacts.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.contacts_box)
        self.source = QLabel()
        self.source.setObjectName("hint")
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.source)
        self.feedback = QLabel()
        self.feedback.setObjectName("hint")
        layout.addWidget(self.feedback)
        self._feedback_timer = QTimer(self, singleShot=True, interval=2500)
        self._feedback_timer.timeout.connect(self.feedback.clear)
        self.copy_buttons: list[QPushButton] = []
        self.show_entry(None, "en")

    def show_entry(self, entry: Entry | None, language: str) -> None:
        self.entry, self.language = entry, language
        direction = Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight
        self.text.setLayoutDirection(direction)
        self.text.setHtml(entry_html(entry, language) if entry else "")
        self.text.setAccessibleName(entry.title if entry else self.tr("Reference entry"))
        self._fill_contacts(entry.contacts if entry else ())
        self.retranslate()

    def _fill_contacts(self, contacts: tuple[Contact, ...]) -> None:
        while self.contacts.count():
            item = self.contacts.takeAt(0)
            if item is not None and (widget := item.widget()):
                widget.deleteLater()
        self.copy_buttons = []
        for row, contact in enumerate(contacts):
            label = QLabel(contact.label)
            # A long translated label ("Круглосуточная экстренная линия ...") wraps, leaving the
            # address, which cannot wrap, the room it needs.
            label.setWordWrap(True)
            value = QLabel(contact.value)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # Addresses and numbers read left to right even inside Arabic text.
            value.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            copy = QPushButton(icon("mdi6.content-copy"), "")
            copy.clicked.connect(lambda _checked=False, c=contact: self._copy(c))
            copy.setProperty("contactLabel", contact.label)
            self.copy_buttons.append(copy)
            self.contacts.addWidget(label, row, 0)
            self.contacts.addWidget(value, row, 1)
            self.contacts.addWidget(copy, row, 2)
        # Spare width goes mostly to the labels, so that they wrap only when the window is narrow.
        self.contacts.setColumnStretch(0, 2)
        self.contacts.setColumnStretch(1, 1)
        self.contacts_box.setVisible(bool(contacts))

    def retranslate(self) -> None:
        for button in self.copy_buttons:
            button.setText(self.tr("Copy"))
            button.setAccessibleName(
                self.tr("Copy %1").replace("%1", isolated(button.property("contactLabel")))
            )
        entry = self.entry
        if entry is None:
            self.source.setText("")
            return
        checked = long_date(QDate(entry.checked.year, entry.checked.month, entry.checked.day))
        source = f"{entry.source.organisation} — {entry.source.document}"
        self.source.setText(
            self.tr("Source: %1").replace("%1", isolated(source))
            + "\n"
            + self.tr("Facts last checked: %1").replace("%1", isolated(checked))
        )

    def _copy(self, contact: Contact) -> None:
        QGuiApplication.clipboard().setText(contact.value)
        self.feedback.setText(self.tr("Copied: %1").replace("%1", isolated(contact.value)))
        self._feedback_timer.start()

    def _open_link(self, url: QUrl) -> None:
        confirmed = Messages.confirm(
            self,
            self.tr("Open a web page?"),
            self.tr(
                "This opens %1 in your web browser. It leaves hrdesk, which works offline: the website, "
                "your internet provider and anyone watching the network can see the visit."
            ).replace("%1", isolated(url.toString())),
        )
        if confirmed:
            QDesktopServices.openUrl(url)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
