"""Undoable edits of timeline and outreach rows; each one saves to the vault as it runs.

Commands hold the row objects themselves (not their ids): a deleted row comes back under a
new id when undone, and later commands on the stack still find it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from hrdesk.gui.cases.wizard.editor import ItemStore
from hrdesk.gui.cases.wizard.item_model import ItemTableModel


class AddItems(QUndoCommand):
    def __init__(self, model: ItemTableModel, store: ItemStore[Any], items: list[Any], text: str) -> None:
        super().__init__(text)
        self.model, self.store, self.items = model, store, items

    def redo(self) -> None:
        for item in self.items:
            self.store.add(item)
            self.model.insert_item(item)

    def undo(self) -> None:
        for item in reversed(self.items):
            self.store.delete(item)
            self.model.remove_item(item)


class RemoveItems(AddItems):
    """The mirror of ``AddItems``."""

    def redo(self) -> None:
        super().undo()

    def undo(self) -> None:
        AddItems.redo(self)


class EditField(QUndoCommand):
    def __init__(
        self, model: ItemTableModel, store: ItemStore[Any], item: Any, field: str, new: Any, text: str
    ) -> None:
        super().__init__(text)
        self.model, self.store, self.item, self.field = model, store, item, field
        self.old, self.new = getattr(item, field), new

    def redo(self) -> None:
        self.model.set_field(self.item, self.field, self.new)
        self.store.update(self.item)

    def undo(self) -> None:
        self.model.set_field(self.item, self.field, self.old)
        self.store.update(self.item)


class SetValue(QUndoCommand):
    """A case-level value (such as "no prior outreach") set through a callable."""

    def __init__(self, apply: Callable[[Any], None], old: Any, new: Any, text: str) -> None:
        super().__init__(text)
        self.apply, self.old, self.new = apply, old, new

    def redo(self) -> None:
        self.apply(self.new)

    def undo(self) -> None:
        self.apply(self.old)


class Steps(QUndoCommand):
    """Several commands as one undo step, run in order and undone in reverse.

    Kept as a Python list rather than Qt parent/child commands, so no Python wrapper of a step
    (which holds the overrides of ``redo``/``undo``) can be collected while Qt still uses it.
    """

    def __init__(self, text: str, steps: list[QUndoCommand]) -> None:
        super().__init__(text)
        self.steps = steps

    def redo(self) -> None:
        for step in self.steps:
            step.redo()

    def undo(self) -> None:
        for step in reversed(self.steps):
            step.undo()
