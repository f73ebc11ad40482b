"""The region picker on a real, seeded database (SQLite and PostgreSQL), driven by keyboard and code."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from kesos_desktop.models.db import Database
from kesos_desktop.services import auth, wilayah
from kesos_desktop.services.wilayah import DESA, KABUPATEN, KECAMATAN, PROVINSI
from kesos_desktop.views.common.wilayah_picker import WilayahPicker

# The completer's popup asks the offscreen platform for things it cannot do; harmless there.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard|grabbing the mouse)", extend=True
)


@pytest.fixture
def bengkayang(db: Database, admin: auth.Actor) -> str:
    wilayah.set_office_scope(db, admin, "61.07")
    scope = wilayah.office_scope(db)
    assert scope == "61.07"
    return scope


def _picker(qtbot: Any, db: Database, **kw: Any) -> WilayahPicker:
    picker = WilayahPicker(db, **kw)
    qtbot.addWidget(picker)
    with qtbot.waitActive(picker):
        picker.show()
        picker.activateWindow()
    return picker


def _combo(picker: WilayahPicker, level: int) -> QComboBox:
    combo = picker.combo(level)
    assert combo is not None
    return combo


def _items(combo: QComboBox) -> list[str]:
    return [str(combo.itemData(i)) for i in range(combo.count())]


def _type(qtbot: Any, combo: QComboBox, text: str) -> None:
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClick(combo, Qt.Key.Key_Backspace)
    qtbot.keyClicks(combo, text)
    qtbot.keyClick(combo, Qt.Key.Key_Return)


def test_kabupaten_scope_is_fixed_and_kecamatan_listed(qtbot: Any, db: Database, bengkayang: str) -> None:
    picker = _picker(qtbot, db, scope=bengkayang)
    assert picker.combo(PROVINSI) is None
    kab = _combo(picker, KABUPATEN)
    assert not kab.isEnabled() and kab.currentText() == "Kabupaten Bengkayang"
    kec = _combo(picker, KECAMATAN)
    assert _items(kec) == [r.code for r in wilayah.children(db, bengkayang)]
    assert kec.count() == 17
    desa = _combo(picker, DESA)
    assert desa.count() == 0 and not desa.isEnabled()
    assert picker.code() == "61.07" and picker.desa_code() is None
    assert not picker.is_complete()


def test_typing_a_kecamatan_selects_it_and_fills_desa(qtbot: Any, db: Database, bengkayang: str) -> None:
    picker = _picker(qtbot, db, scope=bengkayang)
    kec, desa = _combo(picker, KECAMATAN), _combo(picker, DESA)
    with qtbot.waitSignal(picker.changed, timeout=2000) as blocker:
        _type(qtbot, kec, "sanggau")
    assert blocker.args == ["61.07.06"]
    assert kec.currentText() == "Sanggau Ledo" and picker.kecamatan_code() == "61.07.06"
    expected = wilayah.children(db, "61.07.06")
    assert expected and _items(desa) == [r.code for r in expected]
    assert desa.isEnabled() and desa.currentIndex() == -1

    # "ledo" is also inside "Sanggau Ledo": the exact name wins.
    _type(qtbot, kec, "ledo")
    assert picker.code() == "61.07.03"
    assert _items(desa) == [r.code for r in wilayah.children(db, "61.07.03")]

    # Leaving with Tab also resolves the typed text, and focus moves on to the desa combo.
    kec.lineEdit().selectAll()
    qtbot.keyClicks(kec, "monte")
    qtbot.keyClick(kec, Qt.Key.Key_Tab)
    assert picker.code() == "61.07.08" and kec.currentText() == "Monterado"
    assert QApplication.focusWidget() in (desa, desa.lineEdit())

    target = wilayah.children(db, "61.07.08")[-1]
    with qtbot.waitSignal(picker.changed, timeout=2000) as blocker:
        _type(qtbot, desa, target.name.upper())
    assert blocker.args == [target.code]
    assert picker.desa_code() == target.code and picker.is_complete()


@pytest.mark.parametrize("through_popup", [False, True], ids=["combo", "popup"])
def test_tab_after_typing_selects_and_moves_to_the_new_desa_list(
    qtbot: Any, db: Database, bengkayang: str, through_popup: bool
) -> None:
    picker = _picker(qtbot, db, scope=bengkayang)
    kec, desa = _combo(picker, KECAMATAN), _combo(picker, DESA)
    assert not desa.isEnabled()
    kec.setFocus()
    qtbot.keyClicks(kec, "sanggau")
    popup = kec.completer().popup()
    assert popup.isVisible() and popup.model().rowCount() == 1
    # With the popup open the keys reach it first; it hands Tab over to the line edit.
    qtbot.keyClick(popup if through_popup else kec, Qt.Key.Key_Tab)
    assert picker.code() == "61.07.06"
    assert desa.isEnabled() and QApplication.focusWidget() in (desa, desa.lineEdit())


def test_arrow_keys_in_the_popup_then_enter_pick_the_highlighted_match(
    qtbot: Any, db: Database, bengkayang: str
) -> None:
    picker = _picker(qtbot, db, scope=bengkayang)
    kec = _combo(picker, KECAMATAN)
    kec.setFocus()
    qtbot.keyClicks(kec, "sungai")  # three matches: Enter alone would be ambiguous
    popup = kec.completer().popup()
    assert popup.isVisible() and popup.model().rowCount() == 3
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    highlighted = popup.currentIndex().data()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert kec.currentText() == highlighted
    assert picker.code() == next(r.code for r in wilayah.children(db, "61.07") if r.name == highlighted)
    assert picker.is_valid() and kec.styleSheet() == "" and not popup.isVisible()


def test_completer_filters_by_contained_text(qtbot: Any, db: Database, bengkayang: str) -> None:
    picker = _picker(qtbot, db, scope=bengkayang)
    kec = _combo(picker, KECAMATAN)
    completer = kec.completer()
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    assert completer.caseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
    kec.setFocus()
    qtbot.keyClicks(kec, "raya")
    model = completer.completionModel()
    shown = sorted(model.index(i, 0).data() for i in range(model.rowCount()))
    assert shown == ["Sungai Raya", "Sungai Raya Kepulauan"]
    completer.popup().hide()


def test_unknown_or_ambiguous_text_is_marked(qtbot: Any, db: Database, bengkayang: str) -> None:
    picker = _picker(qtbot, db, scope=bengkayang)
    kec = _combo(picker, KECAMATAN)
    picker.set_code("61.07.01")
    changes: list[object] = []
    picker.changed.connect(changes.append)

    _type(qtbot, kec, "Atlantis")
    assert kec.toolTip() == "Wilayah tidak dikenal" and "border" in kec.styleSheet()
    assert kec.currentText() == "Atlantis"  # the text stays for correction
    assert picker.code() == "61.07" and changes == ["61.07"]
    assert not picker.is_valid() and not picker.is_complete()

    _type(qtbot, kec, "sungai r")  # Sungai Raya and Sungai Raya Kepulauan
    assert picker.code() == "61.07" and not picker.is_valid()

    _type(qtbot, kec, "monte")
    assert picker.code() == "61.07.08" and picker.is_valid() and kec.styleSheet() == ""
    assert kec.toolTip() == ""


def test_set_code_round_trip(qtbot: Any, db: Database, bengkayang: str) -> None:
    picker = _picker(qtbot, db, scope=bengkayang)
    desa = wilayah.regions_at_level(db, DESA, "61.07.01")[0]
    with qtbot.waitSignal(picker.changed, timeout=2000) as blocker:
        assert picker.set_code(desa.code) is True
    assert blocker.args == [desa.code]
    assert picker.code() == picker.desa_code() == desa.code
    assert picker.kecamatan_code() == "61.07.01" and picker.kabupaten_code() == "61.07"
    assert _combo(picker, KECAMATAN).currentText() == wilayah.get(db, "61.07.01").name
    assert _combo(picker, DESA).currentText() == desa.name
    assert picker.is_complete()

    picker.setRequiredLevel(KECAMATAN)
    assert picker.set_code("61.07.02") and picker.code() == "61.07.02" and picker.is_complete()
    assert _combo(picker, DESA).currentIndex() == -1
    picker.setRequiredLevel(DESA)
    assert not picker.is_complete()

    # Unchanged code: no signal. Outside the scope: refused, selection kept.
    with qtbot.assertNotEmitted(picker.changed):
        picker.set_code("61.07.02")
        assert picker.set_code("63.11.02") is False
    assert picker.code() == "61.07.02"
    picker.set_code(None)
    assert picker.code() == "61.07"


def test_no_scope_starts_at_provinsi(qtbot: Any, db: Database) -> None:
    picker = _picker(qtbot, db, scope=None)
    prov = _combo(picker, PROVINSI)
    assert prov.isEnabled() and prov.count() == 38 and picker.code() is None
    assert not _combo(picker, KABUPATEN).isEnabled()

    _type(qtbot, prov, "bangka")
    assert picker.code() == "19"
    kab = _combo(picker, KABUPATEN)
    assert _items(kab) == [r.code for r in wilayah.children(db, "19")]
    _type(qtbot, kab, "bangka tengah")
    assert picker.code() == "19.04"

    assert picker.set_code("31.74.09.1005")
    assert [_combo(picker, lv).currentText() for lv in (PROVINSI, KABUPATEN, KECAMATAN, DESA)] == [
        r.name for r in wilayah.path(db, "31.74.09.1005")
    ]
    # Clearing a level clears everything below it.
    _type(qtbot, prov, "")
    assert picker.code() is None and _combo(picker, DESA).count() == 0


def test_province_scope_is_fixed_and_depth_limits_levels(qtbot: Any, db: Database) -> None:
    picker = _picker(qtbot, db, scope="19", depth=KABUPATEN)
    prov = _combo(picker, PROVINSI)
    assert not prov.isEnabled() and prov.currentText() == "Kepulauan Bangka Belitung"
    assert picker.combo(KECAMATAN) is None
    assert picker.set_code("19.04.01.2001") is True  # deeper than depth: cut to the kabupaten
    assert picker.code() == "19.04"
