"""Cascading region picker (provinsi -> kabupaten/kota -> kecamatan -> desa/kelurahan) used by every module.

Each level is an editable combo with type-to-filter: typing any part of a name lists the matches,
Enter (or leaving the field) selects the one match; an unknown or ambiguous text is marked red.
Levels covered by the office scope are shown fixed. Children are read through ``wilayah.children``
on the GUI thread: at most a few dozen rows per query.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QLabel, QWidget

from kesos_desktop.i18n import ui_text
from kesos_desktop.models.db import Database
from kesos_desktop.services import wilayah
from kesos_desktop.services.wilayah import DESA, KABUPATEN, KECAMATAN, PROVINSI, Region, level_of

_INVALID_STYLE = "QComboBox { border: 1px solid #c62828; border-radius: 2px; }"


def _prefix(code: str, level: int) -> str:
    return ".".join(code.split(".")[:level])


class WilayahPicker(QWidget):
    """``code()`` is the deepest chosen region (the fixed scope counts as chosen), or None.

    ``changed`` carries the new ``code()`` whenever it changes, by the user or by ``set_code``.
    """

    changed = Signal(object)

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, scope: str | None = None, depth: int = 4
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._scope = wilayah.normalise_code(scope) if scope else None
        scope_level = level_of(self._scope) if self._scope else 0
        # A province office still picks among its kabupaten; a kabupaten office starts from itself.
        self._first = PROVINSI if scope_level <= PROVINSI else KABUPATEN
        self._depth = max(self._first, min(depth, DESA))
        self._fixed_to = min(scope_level, self._depth)  # levels first.._fixed_to are the scope, not editable
        self._required = self._depth
        self._combos: dict[int, QComboBox] = {}
        self._invalid: dict[int, str] = {}
        self._batch = False
        self._watched: dict[QObject, int] = {}

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for level in range(self._first, self._depth + 1):
            combo = self._make_combo(level)
            label = QLabel(ui_text(wilayah.LEVEL_LABELS[level]))
            label.setBuddy(combo)
            form.addRow(label, combo)
            self._combos[level] = combo

        if self._fixed_to:
            self._fill_fixed()
        free = [self._combos[lv] for lv in range(self._fixed_to + 1, self._depth + 1)]
        for a, b in zip(free, free[1:], strict=False):
            QWidget.setTabOrder(a, b)
        if free:
            self.setFocusProxy(free[0])
            parent_code = _prefix(self._scope, self._fixed_to) if self._fixed_to else None
            self._load(self._fixed_to + 1, parent_code)
        self._last = self.code()

    # --- public API --------------------------------------------------------------------------

    def code(self) -> str | None:
        for level in range(self._depth, self._first - 1, -1):
            combo = self._combos[level]
            if combo.currentIndex() >= 0:
                return str(combo.currentData())
        return None

    def desa_code(self) -> str | None:
        c = self.code()
        return c if c and level_of(c) == DESA else None

    def kecamatan_code(self) -> str | None:
        c = self.code()
        return _prefix(c, KECAMATAN) if c and level_of(c) >= KECAMATAN else None

    def kabupaten_code(self) -> str | None:
        c = self.code()
        return _prefix(c, KABUPATEN) if c and level_of(c) >= KABUPATEN else None

    def scope(self) -> str | None:
        return self._scope

    def combo(self, level: int) -> QComboBox | None:
        """The combo for a level (``wilayah.PROVINSI`` .. ``wilayah.DESA``), if shown."""
        return self._combos.get(level)

    def setRequiredLevel(self, level: int) -> None:  # noqa: N802 - Qt-style property setter
        self._required = level

    def requiredLevel(self) -> int:  # noqa: N802
        return self._required

    def is_complete(self) -> bool:
        """True when the choice reaches the required level and no field holds unknown text."""
        c = self.code()
        return not self._invalid and c is not None and level_of(c) >= self._required

    def is_valid(self) -> bool:
        return not self._invalid

    def clear(self) -> None:
        """Back to the scope (or nothing)."""
        self._with_batch(lambda: self._set_index(self._fixed_to + 1, -1))

    def set_code(self, code: str | None) -> bool:
        """Select ``code`` and all its ancestors; False if it is unknown or outside the scope.

        On False the path is selected as deep as it was found. Codes deeper than ``depth`` are cut.
        """
        if not code:
            self.clear()
            return True
        code = wilayah.normalise_code(code)
        if self._scope and not wilayah.in_scope(code, self._scope):
            if wilayah.in_scope(self._scope, code):  # an ancestor of the scope: the scope itself
                self.clear()
                return True
            return False
        target = min(level_of(code), self._depth)
        ok = True

        def apply() -> None:
            nonlocal ok
            for level in range(self._fixed_to + 1, target + 1):
                combo = self._combos[level]
                index = combo.findData(_prefix(code, level))
                if index < 0:
                    ok = False
                    return
                self._set_index(level, index)
            if target < self._depth:
                self._set_index(target + 1, -1)

        self._with_batch(apply)
        return ok

    # --- building ----------------------------------------------------------------------------

    def _make_combo(self, level: int) -> QComboBox:
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typed text is a search, never a new region
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        combo.setMaxVisibleItems(15)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        combo.setCompleter(completer)
        combo.currentIndexChanged.connect(lambda _i, lv=level: self._on_index_changed(lv))
        edit = combo.lineEdit()
        edit.returnPressed.connect(lambda lv=level: self._resolve(lv))
        # Not editingFinished: QLineEdit skips it on focus-out while the completer popup is open.
        # The popup too: while it is open it gets the keys first and hands Tab to the line edit
        # directly (no filters). Ours must run before the completer's, so it is installed after it.
        for obj in (combo, edit, completer.popup()):
            obj.installEventFilter(self)
            self._watched[obj] = level
        return combo

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        level = self._watched.get(obj)
        if level is not None:
            kind = event.type()
            if kind == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                # Before focus moves on, so a child combo filled by this choice can take it.
                self._resolve(level)
            elif kind == QEvent.Type.FocusOut and event.reason() != Qt.FocusReason.PopupFocusReason:
                self._resolve(level)
        return super().eventFilter(obj, event)

    def _fill_fixed(self) -> None:
        assert self._scope is not None
        known = {r.level: r for r in wilayah.path(self._db, self._scope)}
        for level in range(self._first, self._fixed_to + 1):
            code = _prefix(self._scope, level)
            region = known.get(level, Region(code, code, level))
            combo = self._combos[level]
            with QSignalBlocker(combo):
                combo.addItem(region.name, region.code)
                combo.setItemData(0, region.code, Qt.ItemDataRole.ToolTipRole)
                combo.setCurrentIndex(0)
            combo.setEnabled(False)
            combo.setToolTip(self.tr("Cakupan kantor: {code} {name}").format(code=region.code, name=region.name))

    def _load(self, level: int, parent_code: str | None) -> None:
        """Fill ``level`` with the children of ``parent_code`` (or empty it) and empty the levels below."""
        if level > self._depth:
            return
        combo = self._combos[level]
        regions = wilayah.children(self._db, parent_code, within=self._scope) if parent_code or level == 1 else []
        with QSignalBlocker(combo):
            combo.clear()
            for i, region in enumerate(regions):
                combo.addItem(region.name, region.code)
                combo.setItemData(i, region.code, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(-1)
        self._set_invalid(level, None)
        combo.setEnabled(bool(regions))
        if regions:
            combo.lineEdit().setPlaceholderText(self.tr("Ketik untuk mencari…"))
        else:
            above = ui_text(wilayah.LEVEL_LABELS[level - 1]) if level > 1 else ""
            combo.lineEdit().setPlaceholderText(self.tr("Pilih {level} terlebih dahulu").format(level=above.lower()))
        self._load(level + 1, None)

    # --- reacting ----------------------------------------------------------------------------

    def _on_index_changed(self, level: int) -> None:
        combo = self._combos[level]
        if combo.currentIndex() >= 0:
            self._set_invalid(level, None)
            self._load(level + 1, str(combo.currentData()))
        else:
            self._load(level + 1, None)
        if not self._batch:
            self._emit_if_changed()

    def _set_index(self, level: int, index: int) -> None:
        combo = self._combos.get(level)
        if combo is None:
            return
        if combo.currentIndex() != index:
            combo.setCurrentIndex(index)  # reloads the levels below through currentIndexChanged
        elif index >= 0:
            combo.setEditText(combo.itemText(index))
            self._set_invalid(level, None)
        else:
            combo.setEditText("")
            self._set_invalid(level, None)
            self._load(level + 1, None)

    def _with_batch(self, fn) -> None:  # type: ignore[no-untyped-def]
        self._batch = True
        try:
            fn()
        finally:
            self._batch = False
        self._emit_if_changed()

    def _emit_if_changed(self) -> None:
        c = self.code()
        if c != self._last:
            self._last = c
            self.changed.emit(c)

    def _resolve(self, level: int) -> None:
        """Turn the typed text into a choice: one match selects it, none or several mark the field."""
        combo = self._combos[level]
        text = combo.lineEdit().text().strip()
        index = combo.currentIndex()
        if index >= 0 and combo.itemText(index) == combo.lineEdit().text():
            self._set_invalid(level, None)
            return
        if not text:
            self._set_invalid(level, None)
            if index >= 0:
                combo.setCurrentIndex(-1)
            return
        matches = self._matches(combo, text)
        if len(matches) == 1:
            self._set_index(level, matches[0])
            return
        reason = (
            self.tr("Wilayah tidak dikenal") if not matches else self.tr("Beberapa wilayah cocok; ketik lebih lengkap")
        )
        if index >= 0:
            combo.setCurrentIndex(-1)  # the old choice no longer matches what is shown
            combo.setEditText(text)
        self._set_invalid(level, reason)

    @staticmethod
    def _matches(combo: QComboBox, text: str) -> list[int]:
        """Exact name or code first, then a single name containing the text, then a single prefix."""
        folded = text.casefold()
        items = [(i, combo.itemText(i).casefold(), str(combo.itemData(i))) for i in range(combo.count())]
        digits = text.replace(".", "")
        exact = [
            i
            for i, name, code in items
            if name == folded or code == text or code.replace(".", "") == digits or code.endswith("." + text)
        ]
        if exact:
            return exact
        contains = [i for i, name, _c in items if folded in name]
        if len(contains) > 1:
            prefix = [i for i, name, _c in items if name.startswith(folded)]
            if len(prefix) == 1:
                return prefix
        return contains

    def _set_invalid(self, level: int, reason: str | None) -> None:
        combo = self._combos[level]
        if reason is None:
            if self._invalid.pop(level, None) is not None:
                combo.setStyleSheet("")
                combo.setToolTip("")
            return
        self._invalid[level] = reason
        combo.setStyleSheet(_INVALID_STYLE)
        combo.setToolTip(reason)
