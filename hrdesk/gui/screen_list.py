"""The main window's screens in sidebar order, named and drawn without importing them.

Importing the screens' modules (the case wizard, the contact log, Settings...) took about 0.2 s of
every start, before the window could show Today. The sidebar needs only each screen's name and icon;
a screen's module is imported when the screen is first built.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from hrdesk.gui.common.screen import Screen
    from hrdesk.gui.context import AppContext


def screen_title(key: str) -> str:
    """A screen's name in the current language: the sidebar's label and the screen's heading."""
    translate = QCoreApplication.translate  # each screen's own context, as when it said self.tr()
    titles = {
        "today": translate("TodayScreen", "Today"),
        "cases": translate("CasesScreen", "Cases"),
        "contacts": translate("ContactsScreen", "Contacts"),
        "reference": translate("ReferenceScreen", "Reference"),
        "settings": translate("SettingsScreen", "Settings"),
    }
    return titles[key]


@dataclass(frozen=True)
class LazyScreen:
    """Builds one screen, importing its module the first time (called with the app's context)."""

    key: str
    module: str
    class_name: str
    icon_name: str

    def title(self) -> str:
        return screen_title(self.key)

    def __call__(self, context: AppContext) -> Screen:
        screen_class = getattr(import_module(self.module), self.class_name)
        return cast("Screen", screen_class(context))


SCREENS: list[tuple[str, LazyScreen]] = [
    (entry.key, entry)
    for entry in (
        LazyScreen("today", "hrdesk.gui.today.screen", "TodayScreen", "mdi6.white-balance-sunny"),
        LazyScreen("cases", "hrdesk.gui.cases.screen", "CasesScreen", "mdi6.briefcase-outline"),
        LazyScreen(
            "contacts", "hrdesk.gui.contacts.screen", "ContactsScreen", "mdi6.card-account-details-outline"
        ),
        LazyScreen("reference", "hrdesk.gui.reference.screen", "ReferenceScreen", "mdi6.book-open-variant"),
        LazyScreen("settings", "hrdesk.gui.settings.screen", "SettingsScreen", "mdi6.cog-outline"),
    )
]
