"""``kesos ppks ...`` and ``kesos demo-data --ppks N`` end to end on a SQLite file."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kesos_desktop import cli
from kesos_desktop.models import AuditEntry
from kesos_desktop.models.db import Database, sqlite_url
from kesos_desktop.services import auth, ppks
from tests.unit.test_ppks_import import messy_workbook


@pytest.fixture
def url(tmp_path: Path, sqlite_template: Path) -> str:
    import shutil

    shutil.copyfile(sqlite_template, tmp_path / "k.sqlite3")
    u = sqlite_url(tmp_path / "k.sqlite3")
    assert cli.main(["init-db", "--database-url", u, "--wilayah", "61.07"]) == 0
    return u


def test_demo_rekap_export_duplicates(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["demo-data", "--database-url", url, "--ppks", "3000", "--users"]) == 0
    assert "Data PPKS demo: 3.000" in capsys.readouterr().out
    db = Database.open(url)
    try:
        d = ppks.dashboard(db, auth.SYSTEM)
        assert d.total == 3000
        assert {c for c, _a in d.by_category_area} == {c.code for c in ppks.categories()}
        sample = ppks.LIST_SPEC
        from kesos_desktop.services.listing import ListQuery

        for row in ListQuery(sample, auth.SYSTEM).page(db, 0, 50):
            info = ppks.get(db, auth.SYSTEM, row.id)
            assert ppks.check_values(info.as_input(), ppks.Context(ppks.kecamatan_codes(db), d_today())).ok
    finally:
        db.dispose()
    assert cli.main(["ppks", "recount", "--database-url", url]) == 0
    assert cli.main(["ppks", "duplicates", "--database-url", url, "--limit", "5"]) == 0
    out = capsys.readouterr().out
    assert "pasangan kemungkinan ganda" in out and "~" in out
    pdf = tmp_path / "rekap.pdf"
    assert cli.main(["ppks", "rekap", "--database-url", url, "--by", "kecamatan", "-o", str(pdf)]) == 0
    text = PdfReader(pdf).pages[0].extract_text()
    assert "REKAPITULASI PPKS PER KECAMATAN" in text and "Samalantan" in text and "3.000" in text
    xlsx = tmp_path / "rekap.xlsx"
    assert cli.main(["ppks", "rekap", "--database-url", url, "--by", "kategori", "-o", str(xlsx)]) == 0
    ws = openpyxl.load_workbook(xlsx).active
    assert ws.cell(row=5, column=3).value == "Kategori PPKS" and ws.cell(row=6, column=2).value == "ABT"
    assert cli.main(["ppks", "rekap", "--database-url", url, "--by", "desa", "-o", str(tmp_path / "x.txt")]) == 2
    # Viewers may not export; an archivist may, without NIK_VIEW: NIK masked. Exports are audit-logged.
    out_x = tmp_path / "ekspor.xlsx"
    import os

    os.environ["KESOS_AS_PASSWORD"] = "demo12345"
    try:
        args = ["ppks", "export", "--database-url", url, "--kecamatan", "61.07.02", "--as-user", "peninjau"]
        assert cli.main([*args, "-o", str(out_x)]) == 2
        args[-1] = "arsiparis"
        assert cli.main([*args, "-o", str(out_x)]) == 0
        admin_x = tmp_path / "admin.xlsx"
        assert cli.main([*args[:-2], "--kategori", "lut", "-o", str(admin_x)]) == 0
    finally:
        del os.environ["KESOS_AS_PASSWORD"]
    rows = list(openpyxl.load_workbook(out_x).active.iter_rows(min_row=4, values_only=True))
    assert rows and all(r[1][4:12] == "********" and r[10] for r in rows)
    assert all(r[11] == "Samalantan" for r in rows)
    full = list(openpyxl.load_workbook(admin_x).active.iter_rows(min_row=4, values_only=True))
    assert full and all(r[1].isdigit() and "LUT" in r[12] for r in full)
    db = Database.open(url)
    try:
        with db.read() as s:
            assert s.scalar(select(AuditEntry.summary).where(AuditEntry.action == "export").limit(1))
    finally:
        db.dispose()


def d_today():  # type: ignore[no-untyped-def]
    from datetime import date

    return date.today()


def test_template_and_import(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["ppks", "template", "--database-url", url, "-o", str(tmp_path / "t.xlsx")]) == 0
    assert openpyxl.load_workbook(tmp_path / "t.xlsx").sheetnames == ["Petunjuk", "Data PPKS", "Daftar"]
    messy = messy_workbook(tmp_path / "desa.xlsx")
    errors_to = tmp_path / "salah.xlsx"
    code = cli.main(["ppks", "import", "--database-url", url, str(messy), "--dry-run", "--errors-to", str(errors_to)])
    out = capsys.readouterr().out
    assert code == 1 and "Baris dibaca: 8, valid: 3, tidak valid: 5" in out and "baris 9: Kolom B" in out
    assert openpyxl.load_workbook(errors_to)["Rekap Desa"].cell(row=4, column=13).value == "Kesalahan"
    assert cli.main(["ppks", "import", "--database-url", url, str(messy)]) == 1  # all or nothing
    assert "Tidak ada yang disimpan" in capsys.readouterr().err
    assert cli.main(["ppks", "import", "--database-url", url, str(messy), "--partial"]) == 0
    assert "baru: 3, diperbarui: 0" in capsys.readouterr().out
    assert cli.main(["ppks", "import", "--database-url", url, str(messy), "--partial"]) == 0
    assert "baru: 0, diperbarui: 3" in capsys.readouterr().out
    assert cli.main(["ppks", "import", "--database-url", url, str(messy), "--partial", "--report-existing"]) == 1
    bad = tmp_path / "bukan.xlsx"
    bad.write_text("halo")
    assert cli.main(["ppks", "import", "--database-url", url, str(bad)]) == 2
    assert "bukan buku kerja" in capsys.readouterr().err
