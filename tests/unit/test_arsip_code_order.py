"""Classification codes sort in the scheme's numeric order (400.9 < 400.9.1 < 400.10 < 1000), not as text,
everywhere a list or a range of codes is shown: on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select, text

from kesos_desktop.excel.arsip_lists import daftar_xlsx
from kesos_desktop.models.arsip import ArsipBerkas, ArsipKlasifikasi, code_sort_text
from kesos_desktop.models.db import Database
from kesos_desktop.printing import arsip_labels
from kesos_desktop.printing.arsip_lists import daftar_pdf
from kesos_desktop.services import arsip, arsip_daftar, arsip_demo, arsip_search
from kesos_desktop.services.auth import Actor
from kesos_desktop.services.listing import ListQuery

TODAY = date(2026, 11, 30)
RECORD_CODES = ["400.9", "400.10", "400.9.1", "1000", "200", "000.1"]
NUMERIC = ["000.1", "200", "400.9", "400.9.1", "400.10", "1000"]


def test_sort_text_is_numeric_order() -> None:
    codes = ["400.10", "000", "1000", "400.9.1", "000.1.1", "000.2", "400.9", "000.1", "200", "400"]
    assert sorted(codes, key=code_sort_text) == [
        "000", "000.1", "000.1.1", "000.2", "200", "400", "400.9", "400.9.1", "400.10", "1000",
    ]  # fmt: skip
    assert sorted(codes) != sorted(codes, key=code_sort_text)  # text order is the bug being fixed


@pytest.fixture
def filled(db: Database, admin: Actor) -> dict[str, object]:
    for code in ["000", "000.1", "200", "400", "400.9", "400.9.1", "400.10", "1000"]:
        arsip.add_klasifikasi(db, admin, code, f"Judul {code}", retensi_aktif=1, retensi_inaktif=1, disposisi="musnah")
    box = arsip.add_boks(db, admin, "7", None)
    for i, code in enumerate(RECORD_CODES):
        arsip.create_berkas(
            db, admin,
            arsip.BerkasInput(
                kode=code, uraian=f"Berkas kode {code}", tanggal_mulai=date(2015, 1, 1),
                tanggal_selesai=date(2015, 12, 31), unit_pengolah="Sekretariat", boks="7", folder=str(i + 1),
            ),
            today=TODAY,
        )  # fmt: skip
    return {"box": box}


def _codes(rows: list, index: int = 0) -> list[str]:  # type: ignore[type-arg]
    return [r.values[index] for r in rows]


def test_catalogue_and_scheme_lists_sort_numerically(db: Database, admin: Actor, filled: dict) -> None:  # type: ignore[type-arg]
    q = arsip_search.berkas_query(db, admin).with_sort("kode", False)
    assert _codes(q.page(db, 0, 50)) == NUMERIC
    assert _codes(q.with_sort("kode", True).page(db, 0, 50)) == NUMERIC[::-1]
    # The second half of a list is read backwards from the end: same order.
    total = q.count(db)
    assert _codes(q.page(db, 3, 3, total=total)) == NUMERIC[3:]

    scheme = ["000", "000.1", "200", "400", "400.9", "400.9.1", "400.10", "1000"]
    k = ListQuery(arsip_search.klasifikasi_list_spec(), admin)  # default sort: by code
    assert _codes(k.page(db, 0, 50)) == scheme
    assert _codes(k.with_sort("code", True).page(db, 0, 50)) == scheme[::-1]
    # The entry form's type-ahead offers the codes in this order too.
    assert [c.code for c in arsip.list_klasifikasi(db, include_retired=False)] == scheme


def test_daftar_and_box_label_range(db: Database, admin: Actor, filled: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    d = arsip_daftar.build(db, admin, "usul-musnah", tahun=2026, today=TODAY)
    assert [r.kode for r in d.rows] == NUMERIC
    xlsx = tmp_path / "d.xlsx"
    daftar_xlsx(d, xlsx)
    cells = [str(c) for r in load_workbook(xlsx).active.iter_rows(values_only=True) for c in r if c]
    positions = [next(i for i, c in enumerate(cells) if f"Berkas kode {code}" in c) for code in NUMERIC]
    assert positions == sorted(positions)
    pdf = tmp_path / "d.pdf"
    daftar_pdf(d, pdf)
    body = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    offsets = [body.index(f"Berkas kode {code}") for code in NUMERIC]
    assert offsets == sorted(offsets)

    box = arsip.get_boks(db, filled["box"].id)  # type: ignore[attr-defined]
    assert (box.kode_awal, box.kode_akhir) == ("000.1", "1000")
    pdf = tmp_path / "label.pdf"
    arsip_labels.box_labels_pdf([box], pdf)
    assert "000.1 s.d. 1000" in PdfReader(pdf).pages[0].extract_text()


def test_sort_keys_are_stored_by_every_write_path(db: Database, admin: Actor, filled: dict) -> None:  # type: ignore[type-arg]
    # The bulk path (importer, demo data) writes raw SQL / COPY: it must store the key as well.
    row = arsip_demo.BERKAS_COLUMNS
    values = {
        "kode": "400.10", "nomor_berkas": None, "uraian": "massal", "tanggal_mulai": date(2020, 1, 1),
        "tanggal_selesai": date(2020, 2, 1), "tahun_mulai": 2020, "tahun_selesai": 2020, "unit_pengolah": "U",
        "tingkat_perkembangan": "asli", "jumlah": 1, "satuan": "berkas", "media": "kertas", "keamanan": "biasa",
        "hak_akses": None, "kondisi": "baik", "boks_id": None, "folder_id": None, "keterangan": None,
        "tahun_inaktif": None, "tahun_retensi_akhir": None, "disposisi": None, "status": "tersedia",
        "import_batch": "t", "created_at": TODAY, "updated_at": TODAY, "version": 1, "created_by": admin.id,
        "updated_by": admin.id,
    }  # fmt: skip
    arsip_demo.bulk_insert_berkas(db, [tuple(values[c] for c in row)])
    rec = arsip_search.berkas_query(db, admin).with_search("massal").page(db, 0, 5)[0]
    # Changing a record's code updates its key.
    berkas = arsip.get_berkas(db, admin, rec.id)
    arsip.update_berkas(
        db, admin, rec.id,
        arsip.BerkasInput(kode="000.1", uraian="massal", tanggal_mulai=date(2020, 1, 1),
                          tanggal_selesai=date(2020, 2, 1), unit_pengolah="U"),
        expected_version=berkas.version, today=TODAY,
    )  # fmt: skip
    with db.read() as s:
        assert all(
            k == code_sort_text(c) for c, k in s.execute(select(ArsipKlasifikasi.code, ArsipKlasifikasi.sort_key))
        )
        pairs = s.execute(select(ArsipBerkas.kode, ArsipBerkas.kode_sort)).all()
        assert len(pairs) == 7 and all(k == code_sort_text(c) for c, k in pairs)
        assert s.scalar(select(ArsipBerkas.kode_sort).where(ArsipBerkas.id == rec.id)) == "000000000001"
    # The scheme import path stores it too.
    result = arsip.import_klasifikasi_rows(db, admin, [arsip.KlasifikasiRow(2, "400.9.10", "Baru", 1, 1, "musnah")])
    assert result.created == 1
    assert [k.code for k in arsip.list_klasifikasi(db)][-4:] == ["400.9.1", "400.9.10", "400.10", "1000"]


def test_migration_fills_keys_of_existing_rows(db: Database, admin: Actor, filled: dict) -> None:  # type: ignore[type-arg]
    """Rows written before arsip_0002 get their keys when the migration runs."""
    from alembic import command

    from kesos_desktop.services.schema import alembic_config

    cfg = alembic_config(db)
    command.downgrade(cfg, "arsip_0001")
    with db.read() as s:
        assert "kode_sort" not in s.execute(text("SELECT * FROM arsip_berkas")).keys()
    db.engine.dispose()  # pooled connections may hold the old table shape
    command.upgrade(cfg, "heads")
    db.engine.dispose()
    k = ListQuery(arsip_search.klasifikasi_list_spec(), admin)
    assert _codes(k.page(db, 0, 50))[-3:] == ["400.9.1", "400.10", "1000"]
    q = arsip_search.berkas_query(db, admin).with_sort("kode", False)
    assert _codes(q.page(db, 0, 50)) == NUMERIC


def test_consistency_check_reports_stale_sort_keys(db: Database, admin: Actor, filled: dict) -> None:  # type: ignore[type-arg]
    from kesos_desktop.services import consistency

    assert [p.code for p in consistency.check(db, quick=True)] == []
    with db.write() as s:
        s.execute(text("UPDATE arsip_berkas SET kode_sort = NULL WHERE kode = '400.10'"))
        s.execute(text("UPDATE arsip_klasifikasi SET sort_key = '000400000009' WHERE code = '1000'"))
    problems = [p for p in consistency.check(db, quick=True) if p.code == "arsip_sort_key"]
    assert len(problems) == 1 and problems[0].count == 3  # the code 1000, its record, the 400.10 record
    assert "1000" in problems[0].examples
