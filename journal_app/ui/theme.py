"""Look and feel: Fusion, a calm palette with one accent colour, light and dark, and icons.

The theme choice ("system", "light" or "dark") is the one preference kept outside the
encrypted journal (in QSettings), because the unlock screen needs it and it reveals nothing.
Sizes come from the system font, so text scales with the user's settings; spacing follows an
8 px grid.

Contrast (WCAG 2.2 AA, checked by tests/ui/test_contrast.py from the palette and the style
sheet): text is at least 4.5:1 on what it is drawn on, control boundaries (check boxes, text
boxes, the focus ring) at least 3:1, disabled text at least 3:1. When the system asks for
high contrast (Windows' contrast themes), the system's own palette is used instead of ours
and the style sheet takes its colours from it.
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

# One accent: a deep teal. White text on it has a contrast of 5.0:1, and it stands out 4.5:1
# from the light window and 3.2:1 from the dark one (a checked box is still seen as a box).
ACCENT = "#117d74"

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
    "disabled": "#7d7c77",  # 3.2:1 even on a disabled button: dimmed yet readable
    "border": "#807f7a",  # check boxes and text boxes: 3.6:1 on the window, 4.0:1 on white
    "focus": ACCENT,  # the focus ring: 4.5:1 on the window
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
    "muted": "#a9a7a2",  # 6.6:1 on the dark window, 5.6:1 on buttons
    "button": "#2c2f33",
    "light": "#45494e",
    "midlight": "#373a3f",
    "mid": "#2a2d31",
    "dark": "#101113",
    "shadow": "#000000",
    "disabled": "#8a898d",  # 3.3:1 even on a disabled button
    "border": "#8a898d",  # check boxes and text boxes: 4.6:1 on the window, 5.1:1 on the base
    "focus": "#5ed3c3",  # the accent is too dark for a ring here: this teal is 8.8:1
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


def high_contrast_requested() -> bool:
    """Whether the system asks for high contrast (Windows' contrast themes; Qt 6.10+)."""
    hints = QGuiApplication.styleHints()  # kept in a name: the hints object must outlive the call
    if not hasattr(hints, "accessibility"):
        return False  # an older Qt cannot tell; our own palettes meet WCAG AA anyway
    accessibility = hints.accessibility()
    return bool(accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast)


def apply_theme(app: QApplication, theme: str, *, high_contrast: bool | None = None) -> str:
    """Use Fusion with the palette for ``theme``; returns ``"light"`` or ``"dark"``.

    When the system asks for high contrast (``high_contrast`` ``None`` means: ask the
    system), its own palette is used instead of ours, whatever ``theme`` says: the person
    chose those colours for a reason.
    """
    if not app.property("journalFusion"):
        # Once: with a style sheet in place, app.style() is a proxy without Fusion's name.
        app.setStyle("Fusion")
        app.setProperty("journalFusion", True)
    if high_contrast is None:
        high_contrast = high_contrast_requested()
    # Before the palette changes: windows redraw their icons when told of the change.
    icon.cache_clear()
    hints = QGuiApplication.styleHints()
    can_set = hasattr(hints, "unsetColorScheme")  # Qt 6.8+: native dialogs follow too
    if can_set and (theme == "system" or high_contrast):
        hints.unsetColorScheme()  # first, so the system's own scheme is read below
    if high_contrast:
        # A palette with nothing set resolves every role from the platform: the system's.
        app.setPalette(QPalette())
        colours = system_colours(app.palette())
        scheme = (
            "dark" if app.palette().color(QPalette.ColorRole.Window).lightness() < 128 else "light"
        )
    else:
        scheme = effective_scheme(theme)
        if can_set and theme != "system":
            hints.setColorScheme(Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light)
        colours = theme_colours(scheme)
        app.setPalette(build_palette(scheme))
    app.setStyleSheet(style_sheet(colours))
    app.setProperty("journalTheme", theme)
    app.setProperty("journalHighContrast", high_contrast)
    return scheme


def follow_system_changes(app: QApplication) -> None:
    """Re-apply the theme when the system switches light/dark or high contrast."""

    def _reapply() -> None:
        chosen = app.property("journalTheme")
        theme = chosen if isinstance(chosen, str) and chosen in THEMES else "system"
        apply_theme(app, theme)  # the person's own choice is kept; only the system's changed

    def _scheme_changed(_scheme: Qt.ColorScheme) -> None:
        if app.property("journalTheme") == "system" or app.property("journalHighContrast"):
            _reapply()

    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(_scheme_changed)
    if hasattr(hints, "accessibility"):  # Qt 6.10+
        hints.accessibility().contrastPreferenceChanged.connect(lambda _preference: _reapply())


def theme_colours(scheme: str) -> dict[str, str]:
    """Every named colour of our ``"light"`` or ``"dark"`` theme (``@name@`` in app.qss)."""
    colours = _DARK if scheme == "dark" else _LIGHT
    # "variant" picks the drawn arrows (spin-up-light.svg …) in the secondary text colour
    return {**colours, "accent": ACCENT, "on_accent": "#ffffff", "variant": scheme}


def system_colours(palette: QPalette) -> dict[str, str]:
    """The style sheet's colours taken from a system palette (used in high contrast).

    Contrast themes have no dimmed text: secondary text, borders and errors all use the
    text colour, and the accent is the system's highlight.
    """
    role = QPalette.ColorRole
    disabled = QPalette.ColorGroup.Disabled

    def name(colour_role: QPalette.ColorRole, group: QPalette.ColorGroup | None = None) -> str:
        colour = palette.color(group, colour_role) if group else palette.color(colour_role)
        return str(colour.name())

    text = name(role.WindowText)
    return {
        "window": name(role.Window),
        "base": name(role.Base),
        "alternate": name(role.AlternateBase),
        "text": text,
        "muted": text,
        "button": name(role.Button),
        "light": name(role.Light),
        # tints and separators: the button face; the meter's outline: the text colour
        "midlight": name(role.Button),
        "mid": text,
        "dark": name(role.Dark),
        "shadow": name(role.Shadow),
        "disabled": name(role.WindowText, disabled),
        "border": text,
        "focus": name(role.Highlight),
        "link": name(role.Link),
        "tooltip": name(role.ToolTipBase),
        "error": text,
        "accent": name(role.Highlight),
        "accent_hover": name(role.Highlight),
        "on_accent": name(role.HighlightedText),
        "card": name(role.Window),
        "variant": "dark" if palette.color(role.Window).lightness() < 128 else "light",
    }


def style_sheet(colours: dict[str, str]) -> str:
    """app.qss with its ``@name@`` colours filled in; sizes stay in the font's units."""
    path = resource_path("styles", "app.qss")
    try:
        template = path.read_text(encoding="utf-8")
    except OSError:
        return ""  # the palette alone still gives a usable, readable app
    icons = resource_path("icons").as_posix()  # Qt style sheets want forward slashes
    template = template.replace("@icons@", icons)
    for name, value in colours.items():
        template = template.replace(f"@{name}@", value)
    return template


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
