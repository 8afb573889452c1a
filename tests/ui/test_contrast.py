"""WCAG 2.2 AA contrast of both themes, computed from the palette and the style sheet.

Nothing here is judged by eye: every colour comes from :func:`build_palette` or from the
filled-in app.qss, and the ratios use WCAG's relative luminance formula. Text must reach
4.5:1 on what it is drawn on; control boundaries (check box and radio indicators, text box
borders, the focus ring) and a control's fill must reach 3:1 on the window and on their own
background (WCAG 1.4.11). Disabled text is exempt in WCAG; we still keep it at 3:1 so it can
be read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from journal_app.ui.entries.style import make_muted
from journal_app.ui.theme import (
    apply_theme,
    build_palette,
    high_contrast_requested,
    style_sheet,
    system_colours,
    theme_colours,
)

TEXT = 4.5
NON_TEXT = 3.0
SCHEMES = ("light", "dark")

Role = QPalette.ColorRole
DISABLED = QPalette.ColorGroup.Disabled


def luminance(colour: QColor) -> float:
    """WCAG 2.2 relative luminance of an opaque sRGB colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = channel(colour.red()), channel(colour.green()), channel(colour.blue())
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_formula_gives_wcags_own_numbers() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    # The measurements: the old dark secondary text and text box on the dark window.
    assert contrast(QColor("#5c5b57"), QColor("#202225")) == pytest.approx(2.35, abs=0.01)
    assert contrast(QColor("#17181a"), QColor("#202225")) == pytest.approx(1.11, abs=0.01)


# -- the palette ---------------------------------------------------------------------------------

TEXT_PAIRS = [
    ("text on the window", Role.WindowText, Role.Window),
    ("text in text boxes and lists", Role.Text, Role.Base),
    ("text on alternate rows", Role.Text, Role.AlternateBase),
    ("button text", Role.ButtonText, Role.Button),
    ("placeholder text", Role.PlaceholderText, Role.Base),
    ("secondary text on the window", Role.PlaceholderText, Role.Window),
    ("secondary text on alternate rows", Role.PlaceholderText, Role.AlternateBase),
    ("links in text boxes", Role.Link, Role.Base),
    ("links on the window", Role.Link, Role.Window),
    ("selected text", Role.HighlightedText, Role.Highlight),
    ("tooltips", Role.ToolTipText, Role.ToolTipBase),
]
DISABLED_PAIRS = [
    ("disabled text on the window", Role.WindowText, Role.Window),
    ("disabled text in text boxes", Role.Text, Role.Base),
    ("disabled button text", Role.ButtonText, Role.Button),
]
BOUNDARY_PAIRS = [
    ("the selection in a list", Role.Highlight, Role.Base),
    ("the selection on the window", Role.Highlight, Role.Window),
]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_palette_text_contrast(scheme: str) -> None:
    palette = build_palette(scheme)
    failures = [
        f"{what}: {palette.color(fg).name()} on {palette.color(bg).name()} "
        f"is {contrast(palette.color(fg), palette.color(bg)):.2f}:1"
        for what, fg, bg in TEXT_PAIRS
        if contrast(palette.color(fg), palette.color(bg)) < TEXT
    ]
    failures += [
        f"{what}: {palette.color(DISABLED, fg).name()} on {palette.color(DISABLED, bg).name()}"
        for what, fg, bg in DISABLED_PAIRS
        if contrast(palette.color(DISABLED, fg), palette.color(DISABLED, bg)) < NON_TEXT
    ]
    failures += [
        f"{what}: {palette.color(fg).name()} on {palette.color(bg).name()}"
        for what, fg, bg in BOUNDARY_PAIRS
        if contrast(palette.color(fg), palette.color(bg)) < NON_TEXT
    ]
    assert not failures, f"{scheme}: " + "; ".join(failures)


# -- the style sheet -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    selector: str
    properties: dict[str, str]

    def colour(self, *names: str) -> QColor | None:
        """The first colour set by one of ``names`` (``None``: not set, or transparent)."""
        for name in names:
            value = self.properties.get(name)
            if value is None:
                continue
            found = re.search(r"#[0-9a-fA-F]{6}\b", value)
            return QColor(found.group(0)) if found else None
        return None


def parse_rules(sheet: str) -> list[Rule]:
    """One :class:`Rule` per selector of every ``selectors { properties }`` block."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    result = []
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        properties = {}
        for declaration in body.split(";"):
            name, colon, value = declaration.partition(":")
            if colon:
                properties[name.strip()] = value.strip()
        for selector in selectors.split(","):
            result.append(Rule(" ".join(selector.split()), properties))
    return result


BACKGROUND = ("background", "background-color")
BORDER = ("border", "border-color", "border-top", "border-bottom", "border-left", "border-right")

# Borders that only group things (WCAG 1.4.11 asks nothing of them): the control itself is
# identified by other means, said here for each.
DECORATIVE_BORDERS = {
    "QToolBar": "a separator line under the toolbar",
    "QStatusBar": "a separator line over the status bar",
    'QFrame[role="card"]': "cards group text; they are not controls",
    'QLabel[role="recovery-key"]': "a dashed frame around a label, not a control",
    'QPushButton[primary="true"]': "its border is its fill colour, checked as a fill",
    'QPushButton[primary="true"]:focus': "the focus ring is the text colour on the fill",
    'QProgressBar[role="strength"]': "the meter is read from its chunk, checked as a fill",
    'QPushButton[role="link"]:focus': "the link colour, checked as text",
    'QLineEdit[frame="false"]': "transparent: the title reads as a heading until focused",
}
# Rules whose background is how a person sees the control (or its state): 3:1 on the window.
FILLS = (
    'QPushButton[primary="true"]',
    "QCheckBox::indicator:checked",
    "QRadioButton::indicator:checked",
    'QProgressBar[role="strength"]::chunk',
)
# Backgrounds a rule without its own background is drawn on.
SURFACES = ("window", "card", "base")


def sheet_for(scheme: str) -> tuple[list[Rule], dict[str, str]]:
    colours = theme_colours(scheme)
    return parse_rules(style_sheet(colours)), colours


def _text_failures(rules: list[Rule], colours: dict[str, str]) -> list[str]:
    failures = []
    for rule in rules:
        fg = rule.colour("color")
        if fg is None:
            continue
        own = rule.colour(*BACKGROUND)
        backgrounds = [own] if own is not None else [QColor(colours[s]) for s in SURFACES]
        needed = NON_TEXT if ":disabled" in rule.selector else TEXT
        for bg in backgrounds:
            if contrast(fg, bg) < needed:
                failures.append(
                    f"{rule.selector}: text {fg.name()} on {bg.name()} "
                    f"is {contrast(fg, bg):.2f}:1 (needs {needed})"
                )
    return failures


def _boundary_failures(rules: list[Rule], colours: dict[str, str]) -> list[str]:
    failures = []
    window = QColor(colours["window"])
    for rule in rules:
        border = rule.colour(*BORDER)
        if border is None or rule.selector in DECORATIVE_BORDERS:
            continue
        if ":hover" in rule.selector or ":disabled" in rule.selector:
            continue  # a passing state, and inactive controls (WCAG exempts both)
        own = rule.colour(*BACKGROUND)
        inside = own if own is not None else QColor(colours["base"])
        # A border in the fill's own colour is the fill's edge: it only meets the window.
        sides = [window] if border == inside else [window, inside]
        for bg in sides:
            if contrast(border, bg) < NON_TEXT:
                failures.append(
                    f"{rule.selector}: border {border.name()} next to {bg.name()} "
                    f"is {contrast(border, bg):.2f}:1 (needs {NON_TEXT})"
                )
    for selector in FILLS:
        for rule in (r for r in rules if r.selector == selector):
            fill = rule.colour(*BACKGROUND)
            if fill is not None and contrast(fill, window) < NON_TEXT:
                failures.append(
                    f"{selector}: fill {fill.name()} on the window {window.name()} "
                    f"is {contrast(fill, window):.2f}:1"
                )
    return failures


@pytest.mark.parametrize("scheme", SCHEMES)
def test_style_sheet_text_contrast(scheme: str) -> None:
    rules, colours = sheet_for(scheme)
    assert not (failures := _text_failures(rules, colours)), f"{scheme}: " + "; ".join(failures)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_style_sheet_control_boundaries(scheme: str) -> None:
    rules, colours = sheet_for(scheme)
    failures = _boundary_failures(rules, colours)
    assert not failures, f"{scheme}: " + "; ".join(failures)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_style_sheet_draws_every_control_boundary(scheme: str) -> None:
    """Fusion alone draws these in a shade of the window colour (1.1:1 in dark): the style
    sheet must give each one a border, and a focus ring, that the checks above can see."""
    rules, _colours = sheet_for(scheme)
    bordered = {r.selector for r in rules if r.colour(*BORDER) is not None}
    needed = {
        "QToolBar QToolButton:checked",  # which view is on show: a state, not only a tint
        "QCheckBox::indicator",
        "QRadioButton::indicator",
        "QCheckBox::indicator:focus",
        "QRadioButton::indicator:focus",
        "QLineEdit",
        "QPlainTextEdit",
        "QTextEdit",
        "QLineEdit:focus",
        "QPlainTextEdit:focus",
        "QTextEdit:focus",
        "QAbstractSpinBox",
        "QAbstractSpinBox:focus",
    }
    assert needed <= bordered, f"no border for {sorted(needed - bordered)}"
    for selector in DECORATIVE_BORDERS:
        assert selector in {r.selector for r in rules}, f"stale exemption {selector}"


# -- real widgets --------------------------------------------------------------------------------


@pytest.fixture
def restore_light(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, "light", high_contrast=False)


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def test_secondary_text_follows_a_change_of_theme(restore_light: QApplication, qtbot) -> None:
    """'Saved · 244 words' made muted in light mode, then the person picks Dark."""
    app = restore_light
    apply_theme(app, "light", high_contrast=False)
    label = QLabel("Saved · 244 words")
    qtbot.addWidget(label)
    make_muted(label)
    label.show()
    _settle(app)
    apply_theme(app, "dark", high_contrast=False)
    _settle(app)
    shown = label.palette().color(label.foregroundRole())
    window = app.palette().color(Role.Window)
    assert shown != app.palette().color(Role.WindowText), "no longer secondary"
    assert contrast(shown, window) >= TEXT, f"{shown.name()} on {window.name()}"


def _most_contrast(widget, background: QColor) -> float:
    """The largest contrast of any drawn pixel of ``widget`` against ``background``."""
    image = widget.grab().toImage()
    seen = {image.pixel(x, y) for x in range(0, image.width()) for y in range(0, image.height())}
    return max(contrast(QColor.fromRgb(rgb), background) for rgb in seen)


def _edge_contrast(widget, background: QColor, ring: int = 3) -> float:
    """The largest contrast against ``background`` of the pixels along the widget's edge
    (where its boundary is drawn; its text lies further in)."""
    image = widget.grab().toImage()
    width, height = image.width(), image.height()
    seen = {
        image.pixel(x, y)
        for x in range(width)
        for y in range(height)
        if min(x, y, width - 1 - x, height - 1 - y) < ring
    }
    return max(contrast(QColor.fromRgb(rgb), background) for rgb in seen)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_spin_and_date_boxes_show_their_boundary(
    scheme: str, restore_light: QApplication, qtbot
) -> None:
    app = restore_light
    apply_theme(app, scheme, high_contrast=False)
    window = app.palette().color(Role.Window)
    date_edit = QDateEdit()
    date_edit.setCalendarPopup(True)  # as every date box in the app
    for widget in (QSpinBox(), date_edit):
        qtbot.addWidget(widget)
        widget.resize(160, 32)
        widget.show()
        _settle(app)
        best = _edge_contrast(widget, window)
        assert best >= NON_TEXT, f"{type(widget).__name__} in {scheme}: at most {best:.2f}:1"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_unticked_box_and_empty_text_boxes_are_visible(
    scheme: str, restore_light: QApplication, qtbot
) -> None:
    """Drawn for real: an empty check box, line edit and text area show a 3:1 outline."""
    app = restore_light
    apply_theme(app, scheme, high_contrast=False)
    window = app.palette().color(Role.Window)
    for widget in (QCheckBox(), QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(widget)
        widget.resize(120, 40)
        widget.show()
        _settle(app)
        best = _most_contrast(widget, window)
        assert best >= NON_TEXT, f"{type(widget).__name__} in {scheme}: at most {best:.2f}:1"


# -- high contrast -------------------------------------------------------------------------------


def test_high_contrast_preference_is_read_from_qt(qapp: QApplication) -> None:
    hints = QApplication.styleHints()
    if not hasattr(hints, "accessibility"):
        pytest.skip("this Qt cannot report a contrast preference")
    expected = hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
    assert high_contrast_requested() is expected  # offscreen: no preference, False


def test_high_contrast_uses_the_system_palette(restore_light: QApplication) -> None:
    app = restore_light
    ours = {theme_colours(s)["window"] for s in SCHEMES}
    apply_theme(app, "dark", high_contrast=True)
    palette = app.palette()
    assert palette.color(Role.Window).name() not in ours
    assert app.styleSheet() == style_sheet(system_colours(palette))
    assert app.property("journalHighContrast") is True


def _windows_high_contrast_black() -> QPalette:
    """Roughly Windows' 'Night sky' contrast theme, as Qt's Windows theme reports it."""
    palette = QPalette()
    for role, value in {
        Role.Window: "#000000",
        Role.WindowText: "#ffffff",
        Role.Base: "#000000",
        Role.AlternateBase: "#000000",
        Role.Text: "#ffffff",
        Role.Button: "#000000",
        Role.ButtonText: "#ffffff",
        Role.Highlight: "#1aebff",
        Role.HighlightedText: "#000000",
        Role.Link: "#ffff00",
        Role.ToolTipBase: "#000000",
        Role.ToolTipText: "#ffffff",
        Role.PlaceholderText: "#ffffff",
    }.items():
        palette.setColor(role, QColor(value))
    palette.setColor(DISABLED, Role.WindowText, QColor("#3ff23f"))
    return palette


def test_high_contrast_style_sheet_keeps_the_systems_contrast() -> None:
    """In a contrast theme, our style sheet adds no dimmed colours of its own."""
    colours = system_colours(_windows_high_contrast_black())
    rules = parse_rules(style_sheet(colours))
    failures = _text_failures(rules, colours) + _boundary_failures(rules, colours)
    assert not failures, "; ".join(failures)


def _icon_ink(window) -> QColor:
    """The colour the Lock journal icon is drawn in (its most opaque pixel)."""
    image = window.actions_["lock"].icon().pixmap(24, 24).toImage()
    best = max(
        (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())),
        key=lambda colour: colour.alpha(),
    )
    return QColor(best.red(), best.green(), best.blue())


def test_icons_follow_a_theme_change_made_by_the_system(
    restore_light: QApplication, make_app, vault
) -> None:
    """Nobody calls refresh_icons when Windows switches: the window notices by itself."""
    app = restore_light
    apply_theme(app, "light", high_contrast=False)
    window = make_app(vault).window
    _settle(app)
    light_ink = _icon_ink(window)
    apply_theme(app, "dark", high_contrast=False)  # as follow_system_changes does
    _settle(app)
    dark_ink = _icon_ink(window)
    window_colour = app.palette().color(Role.Window)
    assert dark_ink != light_ink
    assert contrast(dark_ink, window_colour) >= NON_TEXT, f"{dark_ink.name()} on the window"
