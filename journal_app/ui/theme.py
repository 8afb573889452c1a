"""Look and feel: Fusion, a calm palette with one accent colour, light and dark, and icons.

The theme choice ("system", "light" or "dark") is the one preference kept outside the
encrypted journal (in QSettings), because the unlock screen needs it and it reveals nothing.
Sizes come from the system font, so text scales with the user's settings; spacing follows an
8 px grid.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QWidget

from journal_app.core.resources import resource_path

THEMES = ("system", "light", "dark")
THEME_SETTING = "appearance/theme"
GRID = 8  # every margin and gap is a multiple of this

# One accent: a deep teal. White text on it has a contrast of 5.5:1 (WCAG AA), in both themes.
ACCENT = "#0f766e"

_LIGHT = {
    "window": "#f4f4f2",
    "base": "#ffffff",
    "alternate": "#f0f0ed",
    "text": "#1c1b19",
    "muted": "#5c5b57",  # 6.8:1 on white: secondary text and placeholders stay readable
    "button": "#ebebe8",
    "light": "#ffffff",
    "midlight": "#e0e0dc",
    "mid": "#b8b8b3",
    "dark": "#8e8e89",
    "shadow": "#4a4a47",
    "disabled": "#8c8b86",
    "link": "#0b5f58",
    "tooltip": "#ffffff",
    "error": "#a8231a",  # 7.2:1 on white
    "accent_hover": "#0c635c",
    "card": "#ffffff",
}
_DARK = {
    "window": "#202225",
    "base": "#17181a",
    "alternate": "#25282b",
    "text": "#e9e7e3",
    "muted": "#a9a7a2",  # 7.4:1 on the dark base
    "button": "#2c2f33",
    "light": "#45494e",
    "midlight": "#373a3f",
    "mid": "#2a2d31",
    "dark": "#101113",
    "shadow": "#000000",
    "disabled": "#77767a",
    "link": "#5ed3c3",
    "tooltip": "#2c2f33",
    "error": "#ff9c8f",  # 8.8:1 on the dark base
    "accent_hover": "#0b6861",  # white on it: 6.4:1
    "card": "#292c30",
}


def stored_theme() -> str:
    """The theme chosen last time (kept outside the journal: needed before unlocking)."""
    value = QSettings().value(THEME_SETTING, "system")
    return value if isinstance(value, str) and value in THEMES else "system"


def store_theme(theme: str) -> None:
    if theme in THEMES:
        QSettings().setValue(THEME_SETTING, theme)


def effective_scheme(theme: str) -> str:
    """``"light"`` or ``"dark"``: what the theme means on this system right now."""
    if theme in ("light", "dark"):
        return theme
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def build_palette(scheme: str) -> QPalette:
    """The whole palette for ``"light"`` or ``"dark"``."""
    colours = _DARK if scheme == "dark" else _LIGHT
    palette = QPalette()
    role = QPalette.ColorRole
    pairs = {
        role.Window: colours["window"],
        role.WindowText: colours["text"],
        role.Base: colours["base"],
        role.AlternateBase: colours["alternate"],
        role.Text: colours["text"],
        role.PlaceholderText: colours["muted"],
        role.Button: colours["button"],
        role.ButtonText: colours["text"],
        role.BrightText: "#ffffff",
        role.Light: colours["light"],
        role.Midlight: colours["midlight"],
        role.Mid: colours["mid"],
        role.Dark: colours["dark"],
        role.Shadow: colours["shadow"],
        role.Highlight: ACCENT,
        role.HighlightedText: "#ffffff",
        role.Link: colours["link"],
        role.LinkVisited: colours["link"],
        role.ToolTipBase: colours["tooltip"],
        role.ToolTipText: colours["text"],
        role.Accent: ACCENT,
    }
    for colour_role, value in pairs.items():
        palette.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, colour_role, QColor(colours["disabled"]))
    palette.setColor(disabled, role.Highlight, QColor(colours["mid"]))
    return palette


def apply_theme(app: QApplication, theme: str) -> str:
    """Use Fusion with the palette for ``theme``; returns ``"light"`` or ``"dark"``."""
    if not app.property("journalFusion"):
        # Once: with a style sheet in place, app.style() is a proxy without Fusion's name.
        app.setStyle("Fusion")
        app.setProperty("journalFusion", True)
    hints = QGuiApplication.styleHints()
    can_set = hasattr(hints, "unsetColorScheme")  # Qt 6.8+: native dialogs follow too
    if can_set and theme == "system":
        hints.unsetColorScheme()  # first, so the system's own scheme is read below
    scheme = effective_scheme(theme)
    if can_set and theme != "system":
        hints.setColorScheme(Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light)
    app.setPalette(build_palette(scheme))
    app.setStyleSheet(_style_sheet(scheme))
    app.setProperty("journalTheme", theme)
    icon.cache_clear()
    return scheme


def follow_system_changes(app: QApplication) -> None:
    """Re-apply the palette when the system switches light/dark and the user follows it."""

    def _changed(_scheme: Qt.ColorScheme) -> None:
        if app.property("journalTheme") == "system":
            apply_theme(app, "system")

    QGuiApplication.styleHints().colorSchemeChanged.connect(_changed)


def _style_sheet(scheme: str) -> str:
    """A few touches Fusion lacks; sizes stay in the font's units so text can scale."""
    colours = _DARK if scheme == "dark" else _LIGHT
    path = resource_path("styles", "app.qss")
    try:
        template = path.read_text(encoding="utf-8")
    except OSError:
        return ""  # the palette alone still gives a usable, readable app
    for name, value in {**colours, "accent": ACCENT}.items():
        template = template.replace(f"@{name}@", value)
    return template


def muted_colour() -> QColor:
    """The colour for secondary text (hints, explanations) in the current theme."""
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def scaled_font(base: QFont, factor: float = 1.0, *, bold: bool = False) -> QFont:
    """``base`` scaled relative to the system font, so headings grow with it."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    font.setBold(bold)
    return font


def mark_primary(button: QWidget) -> None:
    """Draw a button in the accent colour: the one main action of a dialog."""
    button.setProperty("primary", True)
    button.style().unpolish(button)
    button.style().polish(button)


def make_heading(widget: QWidget, factor: float = 1.5) -> None:
    """Give a label a heading font, relative to the system font."""
    widget.setFont(scaled_font(QApplication.font(), factor, bold=True))
    widget.setAccessibleDescription("heading")


@lru_cache(maxsize=64)
def icon(name: str) -> QIcon:
    """A bundled icon drawn in the current text colour (and a dimmer one when disabled)."""
    palette = QGuiApplication.palette()
    normal = palette.color(QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    result = QIcon()
    try:
        svg = resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")
    except OSError:
        return result  # a missing icon leaves the text label to do the work
    for size in (16, 20, 24, 32, 48, 64):
        result.addPixmap(_render(svg, normal, size), QIcon.Mode.Normal)
        result.addPixmap(_render(svg, disabled, size), QIcon.Mode.Disabled)
    return result


def accent_icon(name: str, size: int = 64) -> QPixmap:
    """A larger picture of an icon in the accent colour (for welcome and locked pages)."""
    try:
        svg = resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")
    except OSError:
        return QPixmap()
    scheme = (
        "dark"
        if QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
        else "light"
    )
    colour = QColor(_DARK["link"] if scheme == "dark" else ACCENT)
    return _render(svg, colour, size)


def _render(svg: str, colour: QColor, size: int) -> QPixmap:
    data = QByteArray(svg.replace("currentColor", colour.name()).encode("utf-8"))
    renderer = QSvgRenderer(data)
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return QPixmap.fromImage(image)
