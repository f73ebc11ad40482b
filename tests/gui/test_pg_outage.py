"""The PostgreSQL server goes away while an operator is entering a PPKS record (issue 6, fault 2b).

Runs on its own throwaway cluster so stopping it never disturbs the session cluster other tests use.
The operator sees "Koneksi ke server terputus", keeps everything typed, and saves again once the
server is back, in the same app session; the record exists exactly once.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from kesos_desktop.models.db import Database
from kesos_desktop.services import auth, bootstrap, wilayah
from kesos_desktop.services.nik import make_nik
from kesos_desktop.views.nipd.page import NipdPage
from kesos_desktop.views.ppks.form import PersonDialog
from kesos_desktop.views.ppks.page import PpksPage
from tests.helpers.pgcluster import PASSWORD, PgCluster, admin_execute, start_cluster
from tests.unit.nipd_helpers import image_bytes

KEC = "61.07.02"
DESA = "61.07.02.2001"
BORN = date(1950, 5, 12)
NIK = make_nik(KEC, BORN, "P", 7)
TEMPLATE = "outage_template"


@pytest.fixture(scope="module")
def own_cluster() -> Iterator[PgCluster]:
    cluster = start_cluster()
    try:
        admin_execute(cluster, f"CREATE DATABASE {TEMPLATE}")
        prepared = bootstrap.prepare(cluster.url(TEMPLATE))
        db = prepared.db
        auth.create_user(db, auth.SYSTEM, username="admin", full_name="Admin", password="rahasia123", role="admin")
        admin = auth.login(db, "admin", "rahasia123")
        wilayah.set_office_scope(db, admin, "61.07")
        auth.create_user(db, admin, username="siti", full_name="Siti", password="rahasia123", role="operator",
                         scope_code=KEC)  # fmt: skip
        db.dispose()
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture
def outage_db(own_cluster: PgCluster) -> Iterator[tuple[PgCluster, Database, str]]:
    name = "o_" + uuid.uuid4().hex[:10]
    admin_execute(own_cluster, f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    # A sequence page copied from the template claims values already WAL-logged (for the template);
    # after the crash-stop below, recovery would hand out ids again. A checkpoint makes the next
    # nextval() log itself, as it always does in a database that was not just copied.
    admin_execute(own_cluster, "CHECKPOINT")
    db = Database.open(own_cluster.url(name))
    yield own_cluster, db, name
    db.dispose()
    if not own_cluster.is_running():
        own_cluster.start()
    admin_execute(own_cluster, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def rows_with_nik(cluster: PgCluster, name: str, nik: str, table: str = "ppks_person") -> int:
    """Counted on a connection of its own, outside the app's pool."""
    dsn = f"host=127.0.0.1 port={cluster.port} user=postgres password={PASSWORD} dbname={name}"
    with psycopg.connect(dsn) as c:
        return int(c.execute(f"SELECT count(*) FROM {table} WHERE nik = %s", (nik,)).fetchone()[0])  # type: ignore[index]


def open_filled_form(qtbot: QtBot, db: Database) -> tuple[PpksPage, PersonDialog]:
    actor = auth.login(db, "siti", "rahasia123")
    page = PpksPage(db, actor)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.mouseClick(page.records.add_button, Qt.MouseButton.LeftButton)
    form = page.records.form
    qtbot.keyClicks(form.nik, NIK)
    qtbot.keyClicks(form.name, "SITI AMINAH")
    qtbot.keyClicks(form.birth_date, "12/05/1950")
    qtbot.keyClicks(form.needs, "Kursi roda")
    form.sex.setCurrentIndex(form.sex.findData("P"))
    form.wilayah.set_code(DESA)
    form.set_category("LUT")
    form.validate_now()
    assert form.general_error.isHidden() and form.field_error("nik") == ""
    return page, form


def assert_kept(form: PersonDialog) -> None:
    assert form.isVisible()
    assert not form.general_error.isHidden()
    text = form.general_error.text()
    assert "Koneksi ke server terputus" in text and "tetap ada" in text and "coba simpan lagi" in text
    assert form.nik.text() == NIK
    assert form.name.text() == "SITI AMINAH"
    assert form.birth_date.text() == "12/05/1950"
    assert form.needs.toPlainText() == "Kursi roda"
    assert form.sex.currentData() == "P"
    assert form.wilayah.code() == DESA
    data, _problems = form.collect()
    assert data.categories == ("LUT",)
    assert form.save_button.isEnabled()


def save_and_wait_closed(qtbot: QtBot, form: PersonDialog) -> None:
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=15_000)


def test_server_stopped_before_save_then_back(qtbot: QtBot, outage_db, message_boxes) -> None:  # type: ignore[no-untyped-def]
    cluster, db, name = outage_db
    _page, form = open_filled_form(qtbot, db)

    cluster.stop("immediate")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.general_error.isHidden(), timeout=15_000)
    assert_kept(form)
    # Pressing again while the server is still down: same message, nothing lost, no crash dialog.
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert_kept(form)

    cluster.start()
    save_and_wait_closed(qtbot, form)
    assert form.general_error.isHidden()
    assert rows_with_nik(cluster, name, NIK) == 1
    assert message_boxes == []


def test_server_dies_inside_the_save_transaction(qtbot: QtBot, outage_db, message_boxes) -> None:  # type: ignore[no-untyped-def]
    cluster, db, name = outage_db
    _page, form = open_filled_form(qtbot, db)
    stopped: list[str] = []

    # The save's transaction is open (BEGIN and the checks ran); the server stops before the INSERT.
    def stop_before_insert(_conn: Any, _cursor: Any, statement: str, *_a: Any) -> None:
        if not stopped and statement.lstrip().upper().startswith("INSERT INTO PPKS_PERSON"):
            stopped.append(statement)
            cluster.stop("immediate")

    event.listen(db.engine, "before_cursor_execute", stop_before_insert)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.general_error.isHidden(), timeout=15_000)
    event.remove(db.engine, "before_cursor_execute", stop_before_insert)
    assert stopped, "the save never reached its INSERT"
    assert_kept(form)

    cluster.start()
    # The half-done transaction died with the server: nothing of it is there.
    assert rows_with_nik(cluster, name, NIK) == 0
    save_and_wait_closed(qtbot, form)
    assert rows_with_nik(cluster, name, NIK) == 1
    assert message_boxes == []


def test_nipd_registration_while_the_server_is_down(qtbot: QtBot, outage_db, message_boxes, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The NIPD form saves on the spot: the message comes as a dialog, the form stays open and filled."""
    cluster, db, name = outage_db
    admin = auth.login(db, "admin", "rahasia123")
    page = NipdPage(db, admin)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.mouseClick(page.officials.register_button, Qt.MouseButton.LeftButton)
    form = page.officials.form
    assert form is not None
    nik = make_nik("61.07.01", date(1992, 4, 5), "P", 9)
    qtbot.keyClicks(form.nik, nik)
    qtbot.keyClicks(form.name, "Siti Aminah")
    form.sex.setCurrentIndex(form.sex.findData("P"))
    qtbot.keyClicks(form.birth_place, "Bengkayang")
    form.birth_date.setDate(QDate(1992, 4, 5))
    assert form.desa.set_code("61.07.01.2001")
    form.jabatan.setCurrentIndex(form.jabatan.findData("SEKDES"))
    form.education.setCurrentIndex(form.education.findData("S1"))
    qtbot.keyClicks(form.sk_number, "141/3/2024")
    form.sk_date.setDate(QDate(2024, 3, 1))
    form.tmt.setDate(QDate(2024, 3, 4))
    photo = tmp_path / "foto.png"
    photo.write_bytes(image_bytes((600, 800)))
    form.load_photo(photo, crop=False)

    cluster.stop("immediate")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=15_000)
    title, text = message_boxes[-1]
    assert title == "Koneksi terputus"
    assert "Koneksi ke server terputus" in text and "tetap ada" in text
    assert form.isVisible()
    assert form.nik.text() == nik and form.name.text() == "Siti Aminah" and form.sk_number.text() == "141/3/2024"
    assert form.photo_bytes is not None and form.desa.code() == "61.07.01.2001"

    cluster.start()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=15_000)
    assert len(message_boxes) == 1
    assert rows_with_nik(cluster, name, nik, "nipd_official") == 1
