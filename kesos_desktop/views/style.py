"""A calm light Fusion style with the office accent colour, the same on Windows and Linux."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#0b5394"

STYLE_SHEET = f"""
QListWidget#sidebar {{
    background: #f2f5f9;
    border: none;
    border-right: 1px solid #dde3ea;
    padding-top: 8px;
    font-size: 14px;
}}
QListWidget#sidebar::item {{ padding: 8px 10px; border-radius: 6px; margin: 1px 6px; }}
QListWidget#sidebar::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#sidebar::item:hover:!selected {{ background: #e3eaf3; }}
QStatusBar {{ background: #f2f5f9; border-top: 1px solid #dde3ea; }}
"""


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#fafbfc"))
    p.setColor(QPalette.ColorRole.WindowText, QColor("#1f2933"))
    p.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f4f7fa"))
    p.setColor(QPalette.ColorRole.Text, QColor("#1f2933"))
    p.setColor(QPalette.ColorRole.Button, QColor("#f2f5f9"))
    p.setColor(QPalette.ColorRole.ButtonText, QColor("#1f2933"))
    p.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffe8"))
    p.setColor(QPalette.ColorRole.ToolTipText, QColor("#1f2933"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a94a0"))
    app.setPalette(p)
    app.setStyleSheet(STYLE_SHEET)
