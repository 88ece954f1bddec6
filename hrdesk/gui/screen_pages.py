"""The main window's screens, each built the first time it is shown or asked for.

Building every screen before the first paint cost about 0.3–0.5 s on a populated vault (the stacked
widget polishing hundreds of widgets, Contacts and Cases loading their lists) although only Today is
shown at start. Each page of the stack holds an empty placeholder until its screen is needed; then the
screen replaces it at the same index. A screen built later comes up in the current language and layout
direction, since it is created under the translator and direction the application has then.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget

from hrdesk.gui.common.screen import Screen
from hrdesk.gui.context import AppContext
from hrdesk.gui.screen_list import LazyScreen

WhenBuilt = Callable[[Screen], None]


class ScreenPages(Mapping[str, Screen]):
    """Reading ``pages[key]`` builds the screen if it is not built yet (code that reaches into a screen
    keeps working); ``built(key)`` looks without building."""

    def __init__(
        self, stack: QStackedWidget, context: AppContext, factories: list[tuple[str, LazyScreen]]
    ) -> None:
        self._stack = stack
        self._context = context
        self._factories = dict(factories)
        self._keys = [key for key, _ in factories]
        self._screens: dict[str, Screen] = {}
        self._waiting: dict[str, list[WhenBuilt]] = {key: [] for key in self._keys}
        # An empty placeholder per page: nothing to polish, nothing loaded.
        self._placeholders = {key: QWidget() for key in self._keys}
        for key in self._keys:
            stack.addWidget(self._placeholders[key])

    def __getitem__(self, key: str) -> Screen:
        screen = self._screens.get(key)
        if screen is None:
            if key not in self._factories:
                raise KeyError(key)
            screen = self._build(key)
        return screen

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def built(self, key: str) -> Screen | None:
        """The screen if it has been built, else None (and nothing is built)."""
        return self._screens.get(key)

    def when_built(self, key: str, callback: WhenBuilt) -> None:
        """Call ``callback`` with the screen now if it exists, else as soon as it is built."""
        screen = self._screens.get(key)
        if screen is not None:
            callback(screen)
        else:
            self._waiting[key].append(callback)

    def _build(self, key: str) -> Screen:
        index = self._keys.index(key)
        screen = self._factories[key](self._context)
        screen.setObjectName(f"screen-{key}")
        self._screens[key] = screen
        placeholder = self._placeholders.pop(key)
        # Insert before removing, so the stack never loses its current page on the way.
        self._stack.insertWidget(index, screen)
        self._stack.removeWidget(placeholder)
        placeholder.deleteLater()
        for callback in self._waiting.pop(key, []):
            callback(screen)
        return screen
