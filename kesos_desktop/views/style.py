"""A calm light Fusion style with the office accent colour, the same on Windows and Linux.

Fusion draws from the palette: focus frames of line edits, combo boxes and buttons take the
Highlight (accent) colour, so they stay visible without a style sheet that would replace Fusion's
drawing. The small style sheet only adds what the palette cannot say (sidebar, table headers,
spacing in tool bars). ``apply_accent`` re-colours the running app once the office setting is read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QTableView,
    QWidget,
)

from kesos_desktop.text import QT_TRANSLATE_NOOP

DEFAULT_ACCENT = "#2f6f8f"  # muted teal-blue; offices may choose their own (office.accent_color)
# Calm colours dark enough for white text; the settings dialog offers these (labels: QT_TRANSLATE_NOOP).
ACCENT_CHOICES = {
    "#2f6f8f": QT_TRANSLATE_NOOP("kesos", "Biru toska (bawaan)"),
    "#1f5fa8": QT_TRANSLATE_NOOP("kesos", "Biru"),
    "#2e7d4f": QT_TRANSLATE_NOOP("kesos", "Hijau"),
    "#8e2f3c": QT_TRANSLATE_NOOP("kesos", "Merah marun"),
    "#5e4b8b": QT_TRANSLATE_NOOP("kesos", "Ungu"),
    "#7a5230": QT_TRANSLATE_NOOP("kesos", "Cokelat"),
}
ACCENT = DEFAULT_ACCENT
FONT_POINT_SIZE = 10

TEXT = "#1f2933"
WINDOW = "#f7f9fb"
BUTTON = "#eef2f6"
BORDER = "#d5dde6"
DISABLED_TEXT = "#98a3af"


def valid_accent(value: str | None) -> str | None:
    """``value`` when it is a colour dark enough for white text on it, else None."""
    if not value:
        return None
    color = QColor(value.strip())
    if not color.isValid():
        return None

    # Relative luminance: white text needs a dark-enough background (contrast >= 4.5).
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())
    if 1.05 / (lum + 0.05) < 4.5:
        return None
    return color.name()


def style_sheet(accent: str) -> str:
    soft = QColor(accent).lighter(185).name()  # hover tint of the accent
    return f"""
QListWidget#sidebar {{
    background: #eef2f6;
    border: none;
    border-right: 1px solid {BORDER};
    padding-top: 8px;
    outline: 0;
}}
QListWidget#sidebar::item {{ padding: 7px 10px; border-radius: 6px; margin: 1px 6px; color: {TEXT}; }}
QListWidget#sidebar::item:selected {{ background: {accent}; color: white; }}
QListWidget#sidebar::item:hover:!selected {{ background: {soft}; }}
QStatusBar {{ background: #eef2f6; border-top: 1px solid {BORDER}; }}
QStatusBar QLabel {{ padding: 0 6px; }}
QHeaderView::section {{
    background: #eef2f6;
    color: {TEXT};
    padding: 4px 6px;
    border: none;
    border-right: 1px solid {BORDER};
    border-bottom: 1px solid {BORDER};
}}
QTableView {{ gridline-color: #e6ebf0; selection-background-color: {accent}; }}
QToolBar {{ spacing: 4px; padding: 3px 6px; border: none; border-bottom: 1px solid {BORDER}; background: {WINDOW}; }}
QToolTip {{ color: {TEXT}; background: #fffef2; border: 1px solid #d8d3a8; padding: 3px; }}
QGroupBox {{ font-weight: 600; }}
"""


def palette(accent: str) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f3f6f9",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: BUTTON,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: accent,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: accent,
        QPalette.ColorRole.LinkVisited: QColor(accent).darker(130).name(),
        QPalette.ColorRole.ToolTipBase: "#fffef2",
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: "#7b8794",
        QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#e4e9ee",
        QPalette.ColorRole.Mid: "#b8c2cc",
        QPalette.ColorRole.Dark: "#9aa5b1",
        QPalette.ColorRole.Shadow: "#6b7785",
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    # A selection must stay visible when the window is not active (e.g. while a dialog is open).
    p.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QColor(accent).lighter(125))
    p.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, QColor("#f3f5f7"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#b8c2cc"))
    return p


_PE = QStyle.PrimitiveElement
_CC = QStyle.ComplexControl
_FOCUS_PRIMITIVES = (_PE.PE_PanelButtonCommand, _PE.PE_FrameLineEdit)
_FOCUS_CONTROLS = (_CC.CC_ComboBox, _CC.CC_SpinBox)


class FocusStyle(QProxyStyle):
    """Fusion, plus a 2 px accent ring on the focused button, field, combo or spin box.

    Fusion's own focus cue is a 1 px tint that is easy to miss; people who work with the keyboard
    (Tab through a form, Enter to save) need to see at a glance where they are.
    """

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    @staticmethod
    def _ring(option: QStyleOption, painter: QPainter) -> None:
        state = option.state  # type: ignore[attr-defined]
        if not (state & QStyle.StateFlag.State_HasFocus and state & QStyle.StateFlag.State_Enabled):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(ACCENT), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 3, 3)  # type: ignore[attr-defined]
        painter.restore()

    def drawPrimitive(  # noqa: N802 - Qt override
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _FOCUS_PRIMITIVES:
            self._ring(option, painter)

    def polish(self, *args: object) -> None:  # type: ignore[override]
        # Every table reads the same: alternating rows (long rows are easier to follow across).
        super().polish(*args)  # type: ignore[arg-type]
        if len(args) == 1 and isinstance(args[0], QTableView):
            args[0].setAlternatingRowColors(True)

    def drawComplexControl(  # noqa: N802 - Qt override
        self, control: QStyle.ComplexControl, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)  # type: ignore[arg-type]
        if control in _FOCUS_CONTROLS:
            self._ring(option, painter)


_style: FocusStyle | None = None  # kept alive for the application's lifetime


APP_ICON = Path(__file__).resolve().parent.parent / "resources" / "app-icon.svg"  # .png/.ico beside it


def apply(app: QApplication, accent: str | None = None) -> None:
    global _style
    if _style is None:
        _style = FocusStyle()
    app.setStyle(_style)
    app.setWindowIcon(QIcon(str(APP_ICON)))  # title bars and the task bar (SVG: sharp at any size)
    font = QFont(QGuiApplication.font())
    font.setPointSize(FONT_POINT_SIZE)
    app.setFont(font)
    apply_accent(app, accent)


def apply_accent(app: QApplication, accent: str | None) -> str:
    """Palette and style sheet for ``accent`` (the default when missing or unreadable); returns the colour used."""
    global ACCENT
    ACCENT = valid_accent(accent) or DEFAULT_ACCENT
    app.setPalette(palette(ACCENT))
    app.setStyleSheet(style_sheet(ACCENT))
    return ACCENT
