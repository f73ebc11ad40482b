"""TEGAR outputs: box/folder labels (QR decodes to what the search opens), standard lists as xlsx/PDF,
loan slip, legacy xlsx import, and the ``kesos arsip`` commands."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from kesos_desktop import cli
from kesos_desktop.excel import arsip_import
from kesos_desktop.excel.arsip_lists import daftar_xlsx
from kesos_desktop.models.db import Database
from kesos_desktop.printing import arsip_labels
from kesos_desktop.printing.arsip_lists import daftar_pdf, loan_slip_pdf
from kesos_desktop.services import arsip, arsip_daftar, arsip_pinjam, arsip_search, auth

TODAY = date(2026, 11, 23)


@pytest.fixture
def sdb(sqlite_db_url: str):  # type: ignore[no-untyped-def]
    db = Database.open(sqlite_db_url)
    yield db
    db.dispose()


@pytest.fixture
def filled(sdb: Database) -> dict[str, object]:
    actor = auth.SYSTEM
    arsip.ensure_starter_scheme(sdb, actor)
    arsip.add_klasifikasi(
        sdb, actor, "400.9.1", "Rehabilitasi Sosial", retensi_aktif=2, retensi_inaktif=3, disposisi="musnah"
    )
    arsip.add_klasifikasi(
        sdb, actor, "400.9.5", "Data Kesejahteraan Sosial", retensi_aktif=3, retensi_inaktif=5, disposisi="permanen"
    )
    g = arsip.add_lokasi(sdb, actor, "gedung", "Gedung A")
    r = arsip.add_lokasi(sdb, actor, "ruang", "Ruang 1", g.id)
    rak = arsip.add_lokasi(sdb, actor, "rak", "Rak 3", r.id)
    b12 = arsip.add_boks(sdb, actor, "12", rak.id)
    b13 = arsip.add_boks(sdb, actor, "13", rak.id)
    recs = []
    for i, (kode, y) in enumerate([("400.9.1", 2015), ("400.9.1", 2016), ("400.9.5", 2012), ("400.9", 2018)]):
        recs.append(
            arsip.create_berkas(
                sdb,
                actor,
                arsip.BerkasInput(
                    kode=kode,
                    uraian=f"Asesmen rehabilitasi sosial anak terlantar tahap {i + 1}",
                    tanggal_mulai=date(y, 2, 1),
                    tanggal_selesai=date(y, 11, 30),
                    unit_pengolah="Bidang Rehsos",
                    boks="12",
                    folder=str(i + 1),
                    nomor_berkas=f"{i + 1:03d}",
                ),
                today=TODAY,
            )  # fmt: skip
        )
    return {"boxes": (b12, b13), "recs": recs}


def _render(pdf: Path, tmp: Path) -> Path:
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(pdf), str(tmp / "page")], check=True)
    return sorted(tmp.glob("page*.png"))[0]


def test_box_label_qr_opens_the_box_in_search(sdb: Database, filled: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    import zxingcpp
    from PIL import Image

    boxes = arsip.list_boks(sdb)
    b12 = next(b for b in boxes if b.nomor == "12")
    assert (b12.kode_awal, b12.kode_akhir, b12.tahun_awal, b12.tahun_akhir, b12.jumlah_berkas) == (
        "400.9",
        "400.9.5",
        2012,
        2018,
        4,
    )
    out = tmp_path / "labels.pdf"
    assert arsip_labels.box_labels_pdf(boxes, out, instansi="Dinas Sosial Kab. Bengkayang") == 1
    page = PdfReader(out).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    text = page.extract_text()
    assert "NOMOR BOKS" in text and "400.9 s.d. 400.9.5" in text and "Gedung A / Ruang 1 / Rak 3" in text
    found = zxingcpp.read_barcodes(Image.open(_render(out, tmp_path)))
    payloads = sorted(r.text for r in found)
    assert payloads == sorted(arsip_search.qr_payload(b.id) for b in boxes)
    hit = next(p for p in payloads if p == arsip_search.qr_payload(b12.id))
    total, rows = arsip_search.search(sdb, auth.SYSTEM, hit)
    assert total == 4 and {r.id for r in rows} == {r.id for r in filled["recs"]}


def test_folder_labels_and_loan_slip(sdb: Database, filled: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    labels = arsip.folder_labels(sdb, [filled["boxes"][0].id])
    assert [lab.folder for lab in labels] == ["1", "2", "3", "4"]
    out = tmp_path / "folders.pdf"
    assert arsip_labels.folder_labels_pdf(labels, out) == 1
    assert "Boks 12" in PdfReader(out).pages[0].extract_text()
    p = arsip_pinjam.add_peminjam(sdb, auth.SYSTEM, "Rina Marlina", "Bidang Rehsos", "198001012005012001")
    loan = arsip_pinjam.lend(
        sdb, auth.SYSTEM, peminjam_id=p.id, berkas_id=filled["recs"][0].id, jatuh_tempo=date(2026, 12, 7), tanggal=TODAY
    )
    slip = tmp_path / "bon.pdf"
    loan_slip_pdf(loan, slip, instansi="Dinas Sosial")
    page = PdfReader(slip).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (420, 595)
    text = page.extract_text()
    assert (
        "BON PEMINJAMAN ARSIP" in text and loan.nomor in text and "Rina Marlina" in text and "7 Desember 2026" in text
    )


def test_standard_lists_xlsx_and_pdf(sdb: Database, filled: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    d = arsip_daftar.build(sdb, auth.SYSTEM, "usul-musnah", tahun=2022, today=TODAY)
    # 2015 + 2 + 3 = 2020 and 2016 -> 2021 are due; 400.9 has no retention: flagged, not skipped.
    assert [r.kurun for r in d.rows] == ["2015", "2016"] and len(d.flagged) == 1
    xlsx = tmp_path / "musnah.xlsx"
    daftar_xlsx(d, xlsx)
    ws = load_workbook(xlsx).active
    rows = [[c for c in r] for r in ws.iter_rows(values_only=True)]
    header = next(r for r in rows if r and r[0] == "No")
    assert list(header[:6]) == [
        "No",
        "Jenis/Uraian Arsip",
        "Kurun Waktu",
        "Jumlah",
        "Tingkat Perkembangan",
        "Keterangan",
    ]
    assert rows[0][0] == "DAFTAR ARSIP USUL MUSNAH"
    assert any(r and r[0] and "retensi belum ditetapkan" in str(r[0]).lower() for r in rows)
    inaktif = arsip_daftar.build(sdb, auth.SYSTEM, "inaktif", tahun=2022, today=TODAY)
    xlsx2 = tmp_path / "inaktif.xlsx"
    daftar_xlsx(inaktif, xlsx2)
    head2 = next(r for r in load_workbook(xlsx2).active.iter_rows(values_only=True) if r and r[0] == "No")
    assert {"Nomor Folder", "Nomor Boks", "Lokasi Simpan", "Retensi", "Disposisi", "Tingkat Perkembangan"} <= set(head2)
    pdf = tmp_path / "inaktif.pdf"
    assert daftar_pdf(inaktif, pdf) >= 1
    page = PdfReader(pdf).pages[0]
    assert round(float(page.mediabox.width)) == 842  # A4 landscape
    text = page.extract_text()
    assert "DAFTAR ARSIP INAKTIF" in text and "Tahun 2022" in text and "Lokasi Simpan" in text
    full = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Mengetahui" in full and "Yang membuat daftar" in full


def test_legacy_import_all_or_nothing(sdb: Database, filled: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    good = tmp_path / "lama.xlsx"
    arsip_import.make_legacy_xlsx(good, 30, boxes=("12", "13"))
    preview = arsip_import.read(good)
    assert preview.header_row == 3 and preview.row_count == 30
    mapping = preview.guess_mapping()
    assert {"kode", "uraian", "kurun", "unit_pengolah", "boks", "folder", "jumlah", "nomor_berkas"} <= set(mapping)
    before = arsip.count_berkas(sdb)
    dry = arsip_import.run_import(sdb, auth.SYSTEM, preview, mapping, dry_run=True, today=TODAY)
    assert dry.rows == 30 and not dry.errors and arsip.count_berkas(sdb) == before
    res = arsip_import.run_import(sdb, auth.SYSTEM, preview, mapping, today=TODAY)
    assert res.rows == 30 and arsip.count_berkas(sdb) == before + 30
    assert arsip_search.search(sdb, auth.SYSTEM, "kegiatan sosial nomor 17")[0] >= 1
    again = arsip_import.run_import(sdb, auth.SYSTEM, preview, mapping, today=TODAY)
    assert again.rows == 0 and len(again.errors) == 30 and "sudah ada" in again.errors[0].text
    # Bad rows: every one reported, nothing written.
    wb = Workbook()
    ws = wb.active
    ws.append(["Kode Klasifikasi", "Uraian", "Kurun Waktu", "Unit Pengolah", "No. Boks"])
    ws.append(["400.9", "Baik", "2019", "Sekretariat", "12"])
    ws.append(["999.9", "Kode salah", "2019", "Sekretariat", "12"])
    ws.append(["400.9", "Tanggal salah", "kemarin", "Sekretariat", "12"])
    ws.append(["400.9", "Boks salah", "2019", "Sekretariat", "99"])
    ws.append(["400.9", "Baik", "2019", "Sekretariat", "12"])
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    p = arsip_import.read(bad)
    res = arsip_import.run_import(sdb, auth.SYSTEM, p, p.guess_mapping(), today=TODAY)
    assert [(e.line, e.column) for e in res.errors] == [
        (3, "Kode Klasifikasi"),
        (4, "Kurun Waktu"),
        (5, "Nomor Boks"),
        (6, "Uraian Informasi"),
    ]
    assert arsip.count_berkas(sdb) == before + 30
    # Merged header cells and extra sheets: a clear message instead of a guess.
    ws.merge_cells("A1:B1")
    wb.create_sheet("Lain").append(["x", "y"])
    wb.save(bad)
    with pytest.raises(arsip.errors.ValidationError, match="beberapa lembar"):
        arsip_import.read(bad)
    with pytest.raises(arsip.errors.ValidationError, match="digabung"):
        arsip_import.read(bad, sheet="Sheet")


def test_cli_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str], sqlite_db_url: str) -> None:
    url = sqlite_db_url
    assert cli.main(["demo-data", "--database-url", url, "--arsip", "400"]) == 0
    assert "400 berkas" in capsys.readouterr().out
    assert cli.main(["arsip", "search", "--database-url", url, "bantuan"]) == 0
    assert "berkas ditemukan" in capsys.readouterr().out
    assert cli.main(["arsip", "labels", "--database-url", url, "--boxes", "1,2", "-o", str(tmp_path / "l.pdf")]) == 0
    assert len(PdfReader(tmp_path / "l.pdf").pages) == 1
    assert cli.main(["arsip", "labels", "--database-url", url, "--boxes", "1,999", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "999" in capsys.readouterr().err
    assert (
        cli.main(["arsip", "labels", "--database-url", url, "--all", "--folders", "-o", str(tmp_path / "f.pdf")]) == 0
    )
    for kind, ext in (("aktif", "xlsx"), ("inaktif", "pdf"), ("usul-musnah", "xlsx")):
        out = tmp_path / f"{kind}.{ext}"
        assert cli.main(["arsip", "daftar", kind, "--database-url", url, "--tahun", "2026", "-o", str(out)]) == 0
        assert out.stat().st_size > 1000
    jra = tmp_path / "jra.csv"
    jra.write_text("kode,judul,retensi aktif,retensi inaktif,disposisi\n400.9,Sosial,2,5,Musnah\n", encoding="utf-8")
    assert cli.main(["arsip", "klasifikasi", "import", "--database-url", url, str(jra)]) == 0
    assert "1 diubah" in capsys.readouterr().out
    legacy = tmp_path / "lama.xlsx"
    arsip_import.make_legacy_xlsx(legacy, 20)
    assert cli.main(["arsip", "import", "--database-url", url, "--dry-run", str(legacy)]) == 0
    assert "uji coba" in capsys.readouterr().out
