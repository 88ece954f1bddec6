"""The items of a ``QTreeWidget`` as lists.

Qt's lookups by index (``topLevelItem(i)``, ``child(i)``) answer None when the index is out of
range, so each one is typed as possibly missing; walking the items here says once that every
index asked for is in range.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def top_level_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The tree's top-level items, in order."""
    items = (tree.topLevelItem(index) for index in range(tree.topLevelItemCount()))
    return [item for item in items if item is not None]


def child_items(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The item's children, in order."""
    children = (item.child(index) for index in range(item.childCount()))
    return [child for child in children if child is not None]
