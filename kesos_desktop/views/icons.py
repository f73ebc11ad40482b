"""The app's line icons (``resources/icons/*.svg``) as QIcons, drawn from the SVG at the size asked for.

The SVGs are drawn with ``stroke="currentColor"``; Qt's SVG renderer does not know ``currentColor``,
so the colour is put into the text before rendering: dark slate normally, grey when disabled,
white when selected (the sidebar's selected row is the accent colour). Rendering at the exact
size and device pixel ratio keeps the icons crisp on 125 % and 150 % screens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QIconEngine, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"

COLOR = "#34495e"
DISABLED_COLOR = "#a7b1bc"
SELECTED_COLOR = "#ffffff"

_cache: dict[tuple[str, str], QIcon] = {}
_sources: dict[str, bytes] = {}


def _source(name: str) -> bytes:
    if name not in _sources:
        _sources[name] = (ICON_DIR / f"{name}.svg").read_bytes()
    return _sources[name]


class SvgIconEngine(QIconEngine):
    """Paints one SVG in a colour chosen by the icon mode."""

    def __init__(self, name: str, color: str) -> None:
        super().__init__()
        self._name = name
        self._color = color
        self._renderers: dict[str, QSvgRenderer] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        if mode == QIcon.Mode.Disabled:
            color = DISABLED_COLOR
        elif mode == QIcon.Mode.Selected:
            color = SELECTED_COLOR
        else:
            color = self._color
        if color not in self._renderers:
            data = _source(self._name).replace(b"currentColor", color.encode())
            self._renderers[color] = QSvgRenderer(QByteArray(data))
        return self._renderers[color]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        target = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side)
        self._renderer(mode).render(painter, target)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        pix = QPixmap(size * scale)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, pix.width(), pix.height()), mode, state)
        painter.end()
        pix.setDevicePixelRatio(scale)
        return pix

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        return size

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._name, self._color)

    def key(self) -> str:
        return "kesos-svg"

    def iconName(self) -> str:  # noqa: N802
        return self._name


def names() -> list[str]:
    return sorted(p.stem for p in ICON_DIR.glob("*.svg"))


def icon(name: str, color: str | None = None) -> QIcon:
    """The icon ``name`` (a file stem in ``resources/icons``), cached per colour."""
    key = (name, color or COLOR)
    cached = _cache.get(key)
    if cached is None:
        if not (ICON_DIR / f"{name}.svg").is_file():
            raise KeyError(name)
        cached = QIcon(SvgIconEngine(name, key[1]))
        _cache[key] = cached
    return cached


KeyLike = QKeySequence | QKeySequence.StandardKey | str


def shortcut_text(shortcut: KeyLike) -> str:
    """The key as the user reads it on this system: "Ctrl+N"."""
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


def plain(text: str) -> str:
    """A button text without its mnemonic marks: "&Simpan && tutup" -> "Simpan & tutup"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def decorate(
    target: QAbstractButton | QAction,
    name: str | None = None,
    shortcut: KeyLike | None = None,
    *,
    tip: str | None = None,
) -> QShortcut | None:
    """Give a button or action its icon and keyboard shortcut, and show the key in its tooltip.

    A button keeps its Alt mnemonic: the shortcut is a separate window-wide ``QShortcut`` on the
    button, which Qt only fires while the button is visible and enabled (so the key of a hidden
    page or tab never acts, and a disabled "Simpan" cannot be pressed with Ctrl+S).
    """
    if name is not None:
        target.setIcon(icon(name))
    text = tip or plain(target.text())
    if shortcut is None:
        if tip:
            target.setToolTip(tip)
        return None
    keys = shortcut_text(shortcut)
    target.setToolTip(f"{text} ({keys})" if text else keys)
    if isinstance(target, QAction):
        target.setShortcut(QKeySequence(shortcut))
        return None
    sc = QShortcut(QKeySequence(shortcut), target)
    sc.setContext(Qt.ShortcutContext.WindowShortcut)
    sc.activated.connect(target.animateClick)
    sc.activatedAmbiguously.connect(lambda: _click_if_focused_area(target))
    return sc


def _click_if_focused_area(button: QAbstractButton) -> None:
    """Two visible buttons share a key (two panes of one page): the one in the focused pane wins."""
    window = button.window()
    focus = window.focusWidget() if window is not None else None
    parent = button.parentWidget()
    if focus is not None and parent is not None and parent.isAncestorOf(focus):
        button.animateClick()


def swatch(color: str, size: int = 16) -> QIcon:
    """A small rounded square of ``color`` (colour choices in lists)."""
    pix = QPixmap(size * 2, size * 2)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(QRectF(2, 2, size * 2 - 4, size * 2 - 4), 6, 6)
    painter.end()
    pix.setDevicePixelRatio(2)
    return QIcon(pix)
