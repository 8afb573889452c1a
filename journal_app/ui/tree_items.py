"""A tree widget's items, typed: Qt's lookups by index may answer None."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def top_level_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The tree's top-level items, in order."""
    found = (tree.topLevelItem(index) for index in range(tree.topLevelItemCount()))
    return [item for item in found if item is not None]


def children_of(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The item's direct children, in order."""
    found = (item.child(index) for index in range(item.childCount()))
    return [child for child in found if child is not None]
