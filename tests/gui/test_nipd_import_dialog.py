"""NIPD xlsx import dialog: a file with an instruction sheet first and renamed headers is mapped by hand,
previewed as mapped, checked, and imported all-or-nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kesos_desktop.models.db import Database
from kesos_desktop.models.nipd import Official
from kesos_desktop.services.nik import make_nik
from kesos_desktop.views.nipd.import_dialog import NipdImportDialog
from tests.unit.test_nipd_import import _count

LEFT = Qt.MouseButton.LeftButton
HEAD = ["No", "NIK", "Nama Lengkap", "L/P", "Tempat Lahir", "Tgl Lahir", "Desa (kode)", "Jabatan", "No SK",
        "Tgl SK", "Mulai Bertugas"]  # fmt: skip


def _book(path: Path, born: str = "05-04-1992") -> Path:
    wb = Workbook()
    wb.active.title = "Petunjuk"
    wb.active.append(["Isi satu baris per perangkat. Tanggal dd-mm-yyyy."])
    ws = wb.create_sheet("Perangkat")
    ws.append(HEAD)
    ws.append([1, make_nik("61.07.01", date(1992, 4, 5), "P", 21), "Maria Yuliana", "P", "Bengkayang", born,
               "61.07.01.2001", "SEKDES", "141/3/2024", "01-03-2024", "04-03-2024"])  # fmt: skip
    ws.append([2, make_nik("61.07.01", date(1988, 7, 9), "L", 22), "Yohanes Sius", "L", "Bengkayang", "09-07-1988",
               "61.07.01.2001", "Kasi Pemerintahan", "141/4/2024", "01-03-2024", "04-03-2024"])  # fmt: skip
    wb.save(path)
    return path


def _choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    i = combo.findText(text)
    assert i >= 0, text
    combo.setCurrentIndex(i)


def _run(qtbot: QtBot, dlg: NipdImportDialog, button) -> None:  # type: ignore[no-untyped-def]
    dlg.report = None
    before = dlg.status.text()
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: dlg.report is not None or dlg.status.text() not in ("", before), timeout=15_000)


def test_map_preview_check_and_import(qtbot: QtBot, db: Database, admin, message_boxes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = NipdImportDialog(db, admin)
    qtbot.addWidget(dlg)
    dlg.load(str(_book(tmp_path / "desa.xlsx")))
    assert dlg.source is not None and dlg.source.sheet == "Perangkat" and dlg.sheet.count() == 2
    assert dlg.combos["name"].currentText() == "C: Nama Lengkap"
    assert dlg.combos["desa_code"].currentData() is None and dlg.combos["tmt"].currentData() is None
    assert "Kode Desa, TMT" in dlg.mapping_note.text()

    # Unmapped required columns: the import refuses with their names and writes nothing.
    _run(qtbot, dlg, dlg.import_button)
    assert "Kode Desa, TMT" in dlg.status.text() and dlg.report is None and _count(db) == 0

    def preview_headers() -> list[str]:
        t = dlg.preview_table
        return [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]

    assert "Kode Desa" not in preview_headers() and dlg.preview_table.rowCount() == 2
    _choose(dlg.combos["desa_code"], "G: Desa (kode)")
    col = preview_headers().index("Kode Desa")
    assert dlg.preview_table.item(0, col).text() == "61.07.01.2001"
    _choose(dlg.combos["tmt"], "K: Mulai Bertugas")
    assert "Semua kolom wajib" in dlg.mapping_note.text()
    assert dlg.preview_table.item(1, preview_headers().index("TMT")).text() == "04-03-2024"

    _run(qtbot, dlg, dlg.check_button)
    assert dlg.report is not None and dlg.report.ok and dlg.report.dry_run
    assert "Semua 2 baris benar" in dlg.status.text() and _count(db) == 0

    with qtbot.waitSignal(dlg.imported, timeout=15_000):
        qtbot.mouseClick(dlg.import_button, LEFT)
    assert dlg.report is not None and (dlg.report.created, dlg.report.updated) == (2, 0)
    assert _count(db) == 2
    with db.read() as s:
        assert set(s.scalars(select(Official.jabatan_code))) == {"SEKDES", "KASI-PEM"}


def test_row_errors_listed_and_nothing_written(
    qtbot: QtBot, db: Database, admin, message_boxes, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dlg = NipdImportDialog(db, admin)
    qtbot.addWidget(dlg)
    dlg.load(str(_book(tmp_path / "salah.xlsx", born="31-02-1992")))
    _choose(dlg.combos["desa_code"], "G: Desa (kode)")
    _choose(dlg.combos["tmt"], "K: Mulai Bertugas")
    _run(qtbot, dlg, dlg.import_button)
    assert dlg.report is not None and not dlg.report.ok
    assert dlg.errors_table.rowCount() == 1
    assert [dlg.errors_table.item(0, c).text() for c in (0, 1)] == ["2", "F (Tanggal Lahir)"]
    assert "tidak ada yang disimpan" in dlg.status.text() and _count(db) == 0
