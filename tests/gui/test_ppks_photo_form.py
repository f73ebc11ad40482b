"""The PPKS form's optional photo: picked through the shared 3:4 cropper, saved small, shown again on
edit, removed with "Hapus foto"; a file that is not an image is reported on the photo field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from kesos_desktop.models.db import Database
from kesos_desktop.services import ppks
from kesos_desktop.services.nik import make_nik
from kesos_desktop.views.common.photo_cropper import PhotoCropper
from kesos_desktop.views.ppks.form import PersonDialog
from tests.gui.test_ppks_page import KEC, gdb, login  # noqa: F401 - gdb is a fixture
from tests.unit.nipd_helpers import image_bytes

LEFT = Qt.MouseButton.LeftButton


def fill(qtbot: QtBot, form: PersonDialog) -> None:
    qtbot.keyClicks(form.nik, make_nik(KEC, date(1950, 5, 12), "P", 3))
    qtbot.keyClicks(form.name, "Siti Aminah")
    qtbot.keyClicks(form.birth_date, "12/05/1950")
    form.sex.setCurrentIndex(form.sex.findData("P"))
    form.wilayah.set_code("61.07.02.2001")
    form.set_category("LUT")


def pick(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_photo_chosen_saved_shown_and_removed(
    qtbot: QtBot,
    gdb: Database,  # noqa: F811 - the fixture imported above
    tmp_path: Path,
    message_boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    operator = login(gdb, "siti")
    form = PersonDialog(gdb, operator)
    qtbot.addWidget(form)
    form.show()
    fill(qtbot, form)
    assert not form.photo_remove.isEnabled() and form.photo_label.text() != ""
    # Not an image: the reason is on the photo field and "Simpan" does not save.
    junk = tmp_path / "bukan.jpg"
    junk.write_bytes(b"ini bukan gambar")
    pick(monkeypatch, junk)
    qtbot.mouseClick(form.photo_button, LEFT)
    assert "bukan gambar" in form.field_error("photo")
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.isVisible()
    # A real photo through the cropper (accepted as it opens: the whole height, centred).
    photo = tmp_path / "foto.png"
    photo.write_bytes(image_bytes((1600, 1200)))
    pick(monkeypatch, photo)
    monkeypatch.setattr(PhotoCropper, "exec", lambda self: 1)
    qtbot.mouseClick(form.photo_button, LEFT)
    assert form.field_error("photo") == "" and form.photo_bytes is not None
    assert form.photo_remove.isEnabled() and not form.photo_label.pixmap().isNull()
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        qtbot.mouseClick(form.save_button, LEFT)
    info: ppks.PersonInfo = saved.args[0]
    stored = ppks.photo_of(gdb, operator, info.id)
    assert stored == form.photo_bytes and 2_000 < len(stored) < 60_000
    # Editing shows the stored photo; "Hapus foto" then "Simpan" removes it.
    edit = PersonDialog(gdb, operator, ppks.get(gdb, operator, info.id))
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitUntil(lambda: edit.photo_bytes == stored)
    assert not edit.photo_label.pixmap().isNull()
    qtbot.mouseClick(edit.photo_remove, LEFT)
    assert edit.photo_bytes is None and edit.photo_label.pixmap().isNull()
    with qtbot.waitSignal(edit.saved, timeout=10_000):
        qtbot.mouseClick(edit.save_button, LEFT)
    assert ppks.photo_of(gdb, operator, info.id) is None
    assert message_boxes == []


def test_unreadable_photo_file_is_named_on_the_field(
    qtbot: QtBot,
    gdb: Database,  # noqa: F811 - the fixture imported above
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file that cannot be read (gone, locked, a folder) says which file and what to do, not an OS code."""
    form = PersonDialog(gdb, login(gdb, "siti"))
    qtbot.addWidget(form)
    form.show()
    fill(qtbot, form)
    pick(monkeypatch, tmp_path / "hilang.jpg")
    qtbot.mouseClick(form.photo_button, LEFT)
    error = form.field_error("photo")
    assert "hilang.jpg" in error and "tidak dapat dibaca" in error and "Errno" not in error
    assert form.photo_bytes is None
