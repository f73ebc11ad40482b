"""A new admin on the NIPD page: register (a failing field first), approve, print a batch, verify the card."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from reportlab.lib.units import mm

from kesos_desktop.models.db import Database
from kesos_desktop.services import nipd_cards, wilayah
from kesos_desktop.services.nik import make_nik
from kesos_desktop.views.common.photo_cropper import PhotoCropper
from kesos_desktop.views.nipd.page import NipdPage, create_page
from tests.unit.nipd_helpers import image_bytes, signature_png

LEFT = Qt.MouseButton.LeftButton


def _pick(combo, data) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(data))


def test_register_approve_print_verify(
    qtbot: QtBot, db: Database, admin, message_boxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    wilayah.set_office_scope(db, admin, "61.07")
    nipd_cards.set_card_settings(
        db, admin, values={"signer_name": "Drs. Yohanes, M.Si.", "place": "Bengkayang"},
        images={"signature": signature_png()},
    )  # fmt: skip
    page = create_page(db, admin)
    assert isinstance(page, NipdPage)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    tab = page.officials

    qtbot.mouseClick(tab.register_button, LEFT)
    form = tab.form
    assert form is not None and form.isVisible()
    qtbot.keyClicks(form.nik, "12345")
    qtbot.keyClicks(form.name, "Siti Aminah")
    qtbot.keyClicks(form.title_back, "S.Sos.")
    _pick(form.sex, "P")
    qtbot.keyClicks(form.birth_place, "Bengkayang")
    form.birth_date.setDate(QDate(1992, 4, 5))
    assert form.desa.set_code("61.07.01.2001")
    _pick(form.jabatan, "SEKDES")
    _pick(form.education, "S1")
    qtbot.keyClicks(form.sk_number, "141/3/2024")
    form.sk_date.setDate(QDate(2024, 3, 1))
    form.tmt.setDate(QDate(2024, 3, 4))
    photo = tmp_path / "foto.png"
    photo.write_bytes(image_bytes((900, 700)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(photo), "")))
    monkeypatch.setattr(PhotoCropper, "exec", lambda self: 1)
    qtbot.mouseClick(form.photo_button, LEFT)
    assert form.photo_bytes is not None and form.field_error("photo") == ""

    qtbot.mouseClick(form.save_button, LEFT)
    assert "16 digit" in form.field_error("nik")
    assert form.field_error("name") == "" and form.isVisible()
    form.nik.clear()
    qtbot.keyClicks(form.nik, make_nik("61.07.01", date(1992, 4, 5), "P", 7))
    qtbot.keyClick(form.nik, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert "Siti Aminah" in tab.message.text()

    qtbot.keyClicks(tab.list.search_edit(), "Siti")
    qtbot.keyClick(tab.list.search_edit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.list.model().rowCount() == 1)
    tab.list.table().selectRow(0)
    qtbot.waitUntil(tab.approve_button.isEnabled)
    qtbot.mouseClick(tab.approve_button, LEFT)
    assert "6107012001 2024 0001" in tab.message.text()
    assert not tab.approve_button.isEnabled()

    page.tabs.setCurrentWidget(page.queue)
    queue = page.queue
    qtbot.waitUntil(lambda: queue.list.model().rowCount() == 1)
    _pick(queue.layout_combo, "cr80")
    out = tmp_path / "kartu.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    qtbot.mouseClick(queue.print_button, LEFT)
    qtbot.waitUntil(lambda: "Batch #" in queue.message.text(), timeout=30_000)
    assert message_boxes == []
    # The cards open in the preview; "Simpan sebagai PDF" writes them where the user says.
    assert queue.preview is not None and queue.preview.page_count() == 2
    assert not queue.preview.paper_combo.isVisibleTo(queue.preview)  # CR80: no paper choice
    queue.preview.save_action.trigger()
    reader = PdfReader(str(out))
    assert len(reader.pages) == 2
    assert float(reader.pages[0].mediabox.width) == pytest.approx(85.60 * mm, abs=0.01)
    qtbot.waitUntil(lambda: queue.list.model().rowCount() == 0)

    subprocess.run(["pdftoppm", "-png", "-r", "300", "-f", "2", "-l", "2", str(out), str(tmp_path / "b")], check=True)
    codes = zxingcpp.read_barcodes(Image.open(next(tmp_path.glob("b-*.png"))))
    assert len(codes) == 1
    payload = codes[0].text

    page.tabs.setCurrentWidget(page.verify)
    verify = page.verify
    qtbot.keyClicks(verify.payload, payload)
    qtbot.keyClick(verify.payload, Qt.Key.Key_Return)
    assert verify.verdict.text().startswith("SAH") and "BERLAKU" in verify.verdict.text()
    assert "Siti Aminah" in verify.details.text() and verify.photo.pixmap() is not None
    verify.payload.clear()
    qtbot.keyClicks(verify.payload, payload.replace("Siti Aminah", "Siti Aminab"))
    qtbot.mouseClick(verify.check_button, LEFT)
    assert verify.verdict.text().startswith("TIDAK SAH")


def test_viewer_cannot_register_or_print(qtbot: QtBot, db: Database, make_actor) -> None:  # type: ignore[no-untyped-def]
    viewer = make_actor("viewer")
    page = create_page(db, viewer)
    qtbot.addWidget(page)
    assert not page.officials.register_button.isEnabled()
    assert not page.queue.print_button.isEnabled()
    assert page.settings is None


def test_mutasi_and_pemberhentian_dialogs(qtbot: QtBot, db: Database, admin, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from kesos_desktop.services import nipd
    from tests.unit.nipd_helpers import person

    wilayah.set_office_scope(db, admin, "61.07")
    o = nipd.register(db, admin, person(1, name="Agus Salim", jabatan_code="KADUS")).official
    o = nipd.approve(db, admin, o.id, expected_version=o.version)
    page = create_page(db, admin)
    qtbot.addWidget(page)
    page.show()
    tab = page.officials
    qtbot.waitUntil(lambda: tab.list.model().rowCount() == 1)
    tab.sk_year.setValue(2023)
    qtbot.waitUntil(lambda: tab.list.model().rowCount() == 0)
    tab.sk_year.setValue(2024)
    qtbot.waitUntil(lambda: tab.list.model().rowCount() == 1)
    _pick(tab.jabatan, "SEKDES")
    qtbot.waitUntil(lambda: tab.list.model().rowCount() == 0)
    _pick(tab.jabatan, "")
    qtbot.waitUntil(lambda: tab.list.model().rowCount() == 1)
    tab.list.table().selectRow(0)
    qtbot.waitUntil(tab.mutasi_button.isEnabled)

    qtbot.mouseClick(tab.mutasi_button, LEFT)
    dialog = tab.position_dialog
    assert dialog is not None and dialog.isVisible()
    _pick(dialog.jabatan, "SEKDES")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "wajib" in dialog.field_error("sk_number") and dialog.isVisible()
    qtbot.keyClicks(dialog.sk_number, "141/9/2025")
    dialog.sk_date.setDate(QDate(2025, 6, 1))
    dialog.tmt.setDate(QDate(2025, 6, 2))
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Sekretaris Desa" in tab.message.text() and o.nipd_display in tab.message.text()
    assert "Riwayat jabatan" in tab.detail.text() and "Kepala Dusun" in tab.detail.text()

    qtbot.mouseClick(tab.end_button, LEFT)
    ending = tab.position_dialog
    assert ending is not None and ending is not dialog
    qtbot.keyClicks(ending.sk_number, "141/10/2026")
    ending.sk_date.setDate(QDate(2026, 1, 5))
    qtbot.mouseClick(ending.save_button, LEFT)
    qtbot.waitUntil(lambda: not ending.isVisible())
    assert "diberhentikan" in tab.message.text()
    assert nipd.get(db, admin, o.id).status == "berhenti"
    assert not tab.end_button.isEnabled()
    assert message_boxes == []


def test_admin_edits_jabatan_list_and_number_format(qtbot: QtBot, db: Database, admin, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from kesos_desktop.services import nipd

    page = create_page(db, admin)
    qtbot.addWidget(page)
    page.show()
    settings = page.settings
    assert settings is not None
    assert settings.jabatan_list.model().rowCount() == 9
    qtbot.keyClicks(settings.jabatan_code, "KAUR-UMUM")
    qtbot.keyClicks(settings.jabatan_name, "Kaur Umum")
    settings.jabatan_order.setValue(10)
    qtbot.mouseClick(settings.jabatan_save, LEFT)
    qtbot.waitUntil(lambda: settings.jabatan_list.model().rowCount() == 10)
    assert any(j.code == "KAUR-UMUM" for j in nipd.list_jabatan(db))

    settings.template.clear()
    qtbot.keyClicks(settings.template, "{desa}{tahun}")
    qtbot.mouseClick(settings.findChild(type(settings.jabatan_save), "save_format"), LEFT)
    assert "urut" in settings.template_error.text()
    settings.template.clear()
    qtbot.keyClicks(settings.template, "{kab}{tahun}{urut:5}")
    _pick(settings.scope, "kab")
    qtbot.mouseClick(settings.findChild(type(settings.jabatan_save), "save_format"), LEFT)
    assert settings.template_error.text() == ""
    assert nipd.number_settings(db) == nipd.NumberSettings("{kab}{tahun}{urut:5}", "kab", "tahun")
    assert message_boxes == []
