"""What a Qt layout holds, typed: Qt's own calls may answer None for an empty slot."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget


def widgets_in(layout: QLayout | None) -> list[QWidget]:
    """The widgets directly in ``layout``, in its order (spacers and nested layouts left out)."""
    if layout is None:
        return []
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if widget is not None:
            found.append(widget)
    return found
