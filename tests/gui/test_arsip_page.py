"""A new archivist uses the Arsip page: enters records through the form, searches (also by a box QR
payload), lends and returns, prints box labels and a standard list."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from kesos_desktop.models.db import Database
from kesos_desktop.services import arsip, arsip_pinjam, arsip_search, auth
from kesos_desktop.views.arsip.page import LendDialog, create_page


@pytest.fixture
def sdb(sqlite_db_url: str):  # type: ignore[no-untyped-def]
    db = Database.open(sqlite_db_url)
    yield db
    db.dispose()


@pytest.fixture
def archivist(sdb: Database) -> auth.Actor:
    auth.create_user(sdb, auth.SYSTEM, username="admin", full_name="Admin", password="rahasia123", role="admin")
    admin = auth.login(sdb, "admin", "rahasia123")
    auth.create_user(sdb, admin, username="dewi", full_name="Dewi Lestari", password="rahasia123", role="arsiparis")
    me = auth.login(sdb, "dewi", "rahasia123")
    arsip.ensure_starter_scheme(sdb, me)
    arsip.add_klasifikasi(
        sdb, me, "400.9.2", "Perlindungan dan Jaminan Sosial", retensi_aktif=2, retensi_inaktif=5, disposisi="musnah"
    )
    g = arsip.add_lokasi(sdb, me, "gedung", "Gedung A")
    r = arsip.add_lokasi(sdb, me, "ruang", "Ruang 1", g.id)
    rak = arsip.add_lokasi(sdb, me, "rak", "Rak 1", r.id)
    arsip.add_boks(sdb, me, "1", rak.id)
    arsip_pinjam.add_peminjam(sdb, me, "Rina Marlina", "Bidang Rehsos")
    return me


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_archivist_enters_searches_lends_returns_and_prints(
    qtbot, sdb: Database, archivist: auth.Actor, message_boxes, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = create_page(sdb, archivist)
    qtbot.addWidget(page)
    page.resize(1300, 780)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    tab = page.catalogue
    form = tab.form
    # First record, typed field by field.
    # Type-ahead on the title: pick the code from the popup with the keyboard.
    _type(qtbot, form.kode, "jaminan")
    popup = form.kode.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.kode.text() == "400.9.2"
    assert "Perlindungan" in form.kode_info.text() and "2 th aktif" in form.kode_info.text()
    _type(qtbot, form.uraian, "Penyaluran bantuan sosial pangan Kecamatan Bengkayang")
    _type(qtbot, form.tanggal_mulai, "05/01/2019")
    _type(qtbot, form.tanggal_selesai, "20/12/2020")
    _type(qtbot, form.unit, "Bidang Linjamsos")
    _type(qtbot, form.nomor, "001")
    _type(qtbot, form.boks, "1")
    _type(qtbot, form.folder, "1")
    form.uraian.setFocus()
    qtbot.keyClick(form.uraian, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.list.model().count() == 1)
    # Defaults carried over; the description is empty and has the focus; the file number stepped on.
    assert form.kode.text() == "400.9.2" and form.unit.text() == "Bidang Linjamsos" and form.boks.text() == "1"
    assert form.uraian.text() == "" and form.nomor.text() == "002"
    assert "Tersimpan" in form.computed.text()
    # Second record: only the description and a year, then Enter.
    _type(qtbot, form.uraian, "Verifikasi penerima PKH Desa Sebalo")
    _type(qtbot, form.tanggal_mulai, "2021")
    form.tanggal_selesai.clear()
    qtbot.keyClick(form.uraian, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.list.model().count() == 2)
    # A box that does not exist: the field says so, nothing is saved.
    _type(qtbot, form.uraian, "Rekap data PPKS")
    _type(qtbot, form.boks, "99")
    qtbot.keyClick(form.uraian, Qt.Key.Key_Return)
    assert "99" in form.error_label.text() and "border" in form.boks.styleSheet()
    assert arsip.count_berkas(sdb) == 2
    _type(qtbot, form.boks, "1")

    # Search by words, and by the QR payload of box 1.
    tab.search("bantuan pangan")
    qtbot.waitUntil(lambda: tab.list.model().count() == 1)
    box = arsip.find_boks(sdb, "1")
    assert box is not None
    tab.search(arsip_search.qr_payload(box.id))
    qtbot.waitUntil(lambda: tab.list.model().count() == 2)

    # Lend the first record through the dialog.
    tab.list.table().selectRow(0)
    qtbot.waitUntil(lambda: tab.lend_button.isEnabled())
    rec_id = tab.list.current_id()

    def fill_dialog() -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, LendDialog)
        dlg.keperluan.setText("Bahan laporan")
        dlg.lend()

    QTimer.singleShot(0, fill_dialog)
    qtbot.mouseClick(tab.lend_button, Qt.MouseButton.LeftButton)
    assert arsip.get_berkas(sdb, archivist, rec_id).status == "dipinjam"
    assert any("Cetak bon" in text for _t, text in message_boxes)

    # Return it on the Peminjaman tab.
    page.tabs.setCurrentWidget(page.loans)
    loans = page.loans
    qtbot.waitUntil(lambda: loans.list.model().count() == 1)
    loans.list.table().selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("baik, lengkap", True)))
    qtbot.mouseClick(loans.return_button, Qt.MouseButton.LeftButton)
    assert arsip.get_berkas(sdb, archivist, rec_id).status == "tersedia"
    assert arsip_pinjam.get_loan(sdb, loans.list.current_id() or 1).kondisi_kembali == "baik, lengkap"

    # Print the box labels.
    page.tabs.setCurrentWidget(page.locations)
    out = tmp_path / "label.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    qtbot.mouseClick(page.locations.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Label siap: 1 halaman" in page.locations.hint.text(), timeout=10_000)
    page.locations.preview.save_action.trigger()  # from the preview, like the clerk does
    assert "Label tersimpan" in page.locations.hint.text()
    assert "NOMOR BOKS" in PdfReader(out).pages[0].extract_text()

    # And the Daftar Arsip Inaktif as xlsx (2019-2020 + 2 years active: inactive since 2022).
    page.tabs.setCurrentWidget(page.lists)
    xlsx = tmp_path / "inaktif.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(xlsx), "")))
    page.lists.kind.setCurrentIndex(page.lists.kind.findData("inaktif"))
    page.lists.year.setValue(2026)
    qtbot.mouseClick(page.lists.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ": 2 berkas" in page.lists.status.text(), timeout=10_000)
    header = next(r for r in load_workbook(xlsx).active.iter_rows(values_only=True) if r and r[0] == "No")
    assert {"Kode Klasifikasi", "Nomor Boks", "Nomor Folder", "Lokasi Simpan", "Retensi", "Disposisi"} <= set(header)


def test_editing_a_record_and_conflict(qtbot, sdb: Database, archivist: auth.Actor, message_boxes) -> None:  # type: ignore[no-untyped-def]
    rec = arsip.create_berkas(
        sdb,
        archivist,
        arsip.BerkasInput(
            kode="400.9", uraian="Data PPKS", tanggal_mulai=date(2018, 1, 1), unit_pengolah="Sekretariat"
        ),
    )
    page = create_page(sdb, archivist)
    qtbot.addWidget(page)
    tab = page.catalogue
    tab.list.table().selectRow(0)
    qtbot.waitUntil(lambda: tab.form.current is not None)
    assert "Retensi belum ditetapkan" in tab.form.computed.text()
    other = dataclasses.replace(rec.to_input(), uraian="Data PPKS (revisi)")
    arsip.update_berkas(sdb, archivist, rec.id, other, expected_version=rec.version)  # someone else saves first
    _type(qtbot, tab.form.uraian, "Data PPKS 2018")
    tab.form.save()
    assert any("diubah oleh pengguna lain" in text for _t, text in message_boxes)
    assert tab.form.uraian.text() == "Data PPKS (revisi)"  # reloaded with the other user's change


def test_scan_preview_and_damaged_scan(
    qtbot, sdb: Database, archivist: auth.Actor, message_boxes, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from kesos_desktop.models.arsip import ArsipScan
    from tests.unit.test_arsip_scan import make_pdf

    arsip.create_berkas(
        sdb,
        archivist,
        arsip.BerkasInput(
            kode="400.9", uraian="SK penerima", tanggal_mulai=date(2020, 1, 1), unit_pengolah="Sekretariat"
        ),
    )
    page = create_page(sdb, archivist)
    qtbot.addWidget(page)
    tab = page.catalogue
    tab.list.table().selectRow(0)
    panel = tab.form.scans
    qtbot.waitUntil(panel.add_button.isEnabled)
    pdf = make_pdf(tmp_path / "sk.pdf")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(pdf), "")))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=10_000)
    qtbot.mouseClick(panel.view_button, Qt.MouseButton.LeftButton)
    assert panel.viewer is not None and panel.viewer.kind == "pdf" and panel.viewer.pages == 1
    panel.viewer.close()
    with sdb.write() as s:
        s.execute(update(ArsipScan).values(data=b"%PDF-1.4 rusak"))
    panel.viewer = None
    qtbot.mouseClick(panel.view_button, Qt.MouseButton.LeftButton)
    assert panel.viewer is None and any("rusak" in text for _t, text in message_boxes)


def test_legacy_import_dialog_maps_checks_and_imports(
    qtbot, sdb: Database, archivist: auth.Actor, message_boxes, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    from kesos_desktop.views.arsip.import_dialog import ImportDialog

    wb = Workbook()
    ws = wb.active
    ws.append(["DAFTAR ARSIP BIDANG REHSOS"])
    ws.append(["Kode", "Isi", "Tahun", "Bidang", "Box"])
    ws.append(["400.9", "Asesmen anak terlantar", "2019", "Bidang Rehsos", "1"])
    ws.append(["999", "Kode tidak dikenal", "2019", "Bidang Rehsos", "1"])
    path = tmp_path / "lama.xlsx"
    wb.save(path)
    dlg = ImportDialog(sdb, archivist)
    qtbot.addWidget(dlg)
    dlg.load(str(path))
    assert dlg.preview is not None and dlg.preview.row_count == 2
    # "Isi" and "Bidang" are not recognised: the archivist maps them by hand.
    assert dlg.combos["uraian"].currentData() is None
    dlg.combos["uraian"].setCurrentIndex(dlg.combos["uraian"].findText("Isi"))
    dlg.combos["unit_pengolah"].setCurrentIndex(dlg.combos["unit_pengolah"].findText("Bidang"))
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=10_000)
    assert dlg.errors_table.rowCount() == 1 and dlg.errors_table.item(0, 0).text() == "4"
    assert "tidak ada yang disimpan" in dlg.status.text() and arsip.count_berkas(sdb) == 0
    ws.delete_rows(4)
    wb.save(path)
    dlg.load(str(path))
    dlg.combos["uraian"].setCurrentIndex(dlg.combos["uraian"].findText("Isi"))
    dlg.combos["unit_pengolah"].setCurrentIndex(dlg.combos["unit_pengolah"].findText("Bidang"))
    dlg.result = None
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=10_000)
    assert dlg.imported == 1 and arsip.count_berkas(sdb) == 1


def test_admin_approves_borrower_for_secret_records_and_due_summary(
    qtbot, sdb: Database, archivist: auth.Actor, message_boxes, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    admin = auth.login(sdb, "admin", "rahasia123")
    rec = arsip.create_berkas(
        sdb,
        archivist,
        arsip.BerkasInput(
            kode="400.9.2",
            uraian="Data korban kekerasan",
            tanggal_mulai=date(2015, 1, 1),
            unit_pengolah="Bidang Rehsos",
            keamanan="rahasia",
        ),
    )
    page = create_page(sdb, admin)
    qtbot.addWidget(page)
    assert not create_page(sdb, archivist).loans.approve_button.isVisibleTo(page)  # only admins see it
    person = arsip_pinjam.list_peminjam(sdb)[0]
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda _p, _t, _l, items, *a, **k: (items[0], True)))
    qtbot.mouseClick(page.loans.approve_button, Qt.MouseButton.LeftButton)
    assert arsip_pinjam.list_peminjam(sdb)[0].boleh_rahasia
    loan = arsip_pinjam.lend(sdb, archivist, peminjam_id=person.id, berkas_id=rec.id, jatuh_tempo=date.today())
    assert loan.item.startswith("400.9.2")
    page.tabs.setCurrentWidget(page.lists)
    page.lists.year.setValue(2022)
    assert "Usul musnah: <b>1</b>" in page.lists.due.text()
