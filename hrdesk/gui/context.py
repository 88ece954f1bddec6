"""What every window needs from the app, passed explicitly (no globals, no singletons)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hrdesk.gui.i18n import LanguageSwitcher
from hrdesk.services.vault_session import VaultSession
from hrdesk.settings import ARABIC_DIGITS, ARABIC_MONTHS, LANGUAGE, Settings, number_style


@dataclass
class AppContext:
    settings: Settings
    languages: LanguageSwitcher
    session: VaultSession
    demo: bool = False
    # Set by the main window: show a Reference entry by id (screens link to what explains them).
    open_reference: Callable[[str], None] | None = None

    def show_reference(self, entry_id: str) -> None:
        if self.open_reference is not None:
            self.open_reference(entry_id)

    def set_number_style(self, digits: str, months: str) -> None:
        """Switch how Arabic writes digits and months now, and remember it."""
        self.settings.set(ARABIC_DIGITS, digits)
        self.settings.set(ARABIC_MONTHS, months)
        self.languages.apply(self.languages.current, number_style(self.settings))

    def set_language(self, code: str) -> None:
        """Switch the UI language now and remember it for the next start."""
        if code != self.languages.current:
            self.languages.apply(code)
        if not self.demo:
            self.settings.set(LANGUAGE, code)
