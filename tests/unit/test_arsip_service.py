"""TEGAR services on SQLite and PostgreSQL: scheme + JRA, records with computed retention, boxes, lending."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kesos_desktop import errors
from kesos_desktop.models.db import Database
from kesos_desktop.services import arsip, arsip_pinjam, arsip_search
from kesos_desktop.services.auth import Actor, Role

TODAY = date(2026, 11, 23)


@pytest.fixture
def arsiparis(make_actor) -> Actor:  # type: ignore[no-untyped-def]
    return make_actor("arsiparis")


@pytest.fixture
def setup(db: Database, admin: Actor, arsiparis: Actor) -> dict[str, object]:
    assert arsip.ensure_starter_scheme(db, admin) == 13
    assert arsip.ensure_starter_scheme(db, admin) == 0
    arsip.add_klasifikasi(
        db, arsiparis, "400.9.1", "Bantuan Sosial", retensi_aktif=2, retensi_inaktif=3, disposisi="Musnah"
    )
    g = arsip.add_lokasi(db, arsiparis, "gedung", "Gedung A")
    r = arsip.add_lokasi(db, arsiparis, "ruang", "Ruang Arsip 1", g.id)
    rak1 = arsip.add_lokasi(db, arsiparis, "rak", "Rak 1", r.id)
    rak2 = arsip.add_lokasi(db, arsiparis, "rak", "Rak 2", r.id)
    box = arsip.add_boks(db, arsiparis, "1", rak1.id, unit_pengolah="Bidang Linjamsos")
    return {"rak1": rak1, "rak2": rak2, "box": box}


def _rec(**kw: object) -> arsip.BerkasInput:
    base: dict[str, object] = {
        "kode": "400.9.1",
        "uraian": "Penyaluran bantuan sosial pangan Kecamatan Bengkayang",
        "tanggal_mulai": date(2019, 1, 5),
        "tanggal_selesai": date(2020, 12, 20),
        "unit_pengolah": "Bidang Linjamsos",
        "boks": "1",
        "folder": "3",
    }
    base.update(kw)
    return arsip.BerkasInput(**base)  # type: ignore[arg-type]


def test_records_get_retention_and_follow_jra_changes(db: Database, arsiparis: Actor, setup: dict) -> None:  # type: ignore[type-arg]
    rec = arsip.create_berkas(db, arsiparis, _rec(), today=TODAY)
    assert (rec.tahun_inaktif, rec.tahun_retensi_akhir, rec.disposisi) == (2022, 2025, "musnah")
    assert rec.boks == "1" and rec.folder == "3" and rec.lokasi == "Gedung A / Ruang Arsip 1 / Rak 1"
    # A code without JRA: stored and flagged, not refused.
    flagged = arsip.create_berkas(db, arsiparis, _rec(kode="400.9", folder=None), today=TODAY)
    assert flagged.tahun_retensi_akhir is None and not flagged.retention_known
    k = arsip.get_klasifikasi(db, "400.9.1")
    assert k is not None
    _, n = arsip.update_klasifikasi(db, arsiparis, "400.9.1", expected_version=k.version, title=k.title,
                                    retensi_aktif=5, retensi_inaktif=10, disposisi="permanen")  # fmt: skip
    assert n == 1
    again = arsip.get_berkas(db, arsiparis, rec.id)
    assert (again.tahun_inaktif, again.tahun_retensi_akhir, again.disposisi) == (2025, 2035, "permanen")
    with pytest.raises(errors.ConflictError):
        arsip.update_berkas(db, arsiparis, rec.id, _rec(uraian="x"), expected_version=rec.version, today=TODAY)


def test_bad_input_is_refused_with_field_errors(db: Database, arsiparis: Actor, setup: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(errors.ValidationError) as e:
        arsip.create_berkas(db, arsiparis, _rec(kode="999.1"), today=TODAY)
    assert e.value.field == "kode" and "tidak dikenal" in str(e.value.message)
    with pytest.raises(errors.ValidationError) as e:
        arsip.create_berkas(db, arsiparis, _rec(tanggal_selesai=date(2018, 1, 1)), today=TODAY)
    assert e.value.field == "tanggal_selesai"
    with pytest.raises(errors.ValidationError) as e:
        arsip.create_berkas(db, arsiparis, _rec(tanggal_mulai=date(2027, 1, 1), tanggal_selesai=None), today=TODAY)
    assert e.value.field in ("tanggal_mulai", "tanggal_selesai")
    with pytest.raises(errors.ValidationError) as e:
        arsip.create_berkas(db, arsiparis, _rec(boks="77"), today=TODAY)
    assert e.value.field == "boks" and "77" in str(e.value.message)
    with pytest.raises(errors.ValidationErrors) as many:
        arsip.create_berkas(db, arsiparis, _rec(kode="", uraian=" ", unit_pengolah=""), today=TODAY)
    assert {x.field for x in many.value.errors} == {"kode", "uraian", "unit_pengolah"}
    assert arsip.count_berkas(db) == 0
    with pytest.raises(errors.PermissionDenied):
        arsip.add_boks(db, Actor(None, "x", "x", Role.VIEWER), "9", None)


def test_code_in_use_cannot_be_deleted_but_can_be_retired(db: Database, arsiparis: Actor, setup: dict) -> None:  # type: ignore[type-arg]
    arsip.create_berkas(db, arsiparis, _rec(), today=TODAY)
    with pytest.raises(errors.ValidationError, match="dipakai"):
        arsip.delete_klasifikasi(db, arsiparis, "400.9.1")
    with pytest.raises(errors.ValidationError, match="sub-kode"):
        arsip.delete_klasifikasi(db, arsiparis, "400.9")
    k = arsip.get_klasifikasi(db, "400.9.1")
    assert k is not None
    arsip.retire_klasifikasi(db, arsiparis, "400.9.1", expected_version=k.version)
    with pytest.raises(errors.ValidationError, match="tidak berlaku"):
        arsip.create_berkas(db, arsiparis, _rec(), today=TODAY)
    arsip.add_klasifikasi(db, arsiparis, "400.9.2", "Rehabilitasi Sosial")
    arsip.delete_klasifikasi(db, arsiparis, "400.9.2")
    assert arsip.get_klasifikasi(db, "400.9.2") is None


def test_scheme_import_all_or_nothing(db: Database, arsiparis: Actor, setup: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    good = tmp_path / "jra.csv"
    good.write_text(
        "Kode;Judul;Retensi Aktif;Retensi Inaktif;Disposisi\n"
        "400.9.1;Bantuan Sosial;1;4;Musnah\n400.9.3;Pemberdayaan Sosial;2;8;Permanen\n400.9.3.1;Lembaga Sosial;2;3;Dinilai Kembali\n",
        encoding="utf-8",
    )
    rec = arsip.create_berkas(db, arsiparis, _rec(), today=TODAY)
    dry = arsip.import_klasifikasi_file(db, arsiparis, good, dry_run=True)
    assert (dry.created, dry.updated, dry.errors) == (2, 1, ())
    assert arsip.get_klasifikasi(db, "400.9.3") is None
    res = arsip.import_klasifikasi_file(db, arsiparis, good)
    assert (res.created, res.updated, res.records_recomputed) == (2, 1, 1)
    assert arsip.get_berkas(db, arsiparis, rec.id).tahun_retensi_akhir == 2025
    bad = tmp_path / "bad.csv"
    bad.write_text("kode,judul,retensi aktif\n500.1,Ekonomi,2\n12x,Salah,1\n700.5.5,Tanpa induk,1\n", encoding="utf-8")
    res = arsip.import_klasifikasi_file(db, arsiparis, bad)
    assert [e.line for e in res.errors] == [3, 4]
    assert arsip.get_klasifikasi(db, "500.1") is None


def test_moving_a_box_moves_its_records_and_search_finds_them(db: Database, arsiparis: Actor, setup: dict) -> None:  # type: ignore[type-arg]
    rec = arsip.create_berkas(db, arsiparis, _rec(), today=TODAY)
    other = arsip.create_berkas(db, arsiparis, _rec(uraian="Data PPKS Kecamatan Sanggau Ledo", kode="400.9", boks=None, folder=None, tanggal_mulai=date(2015, 3, 1), tanggal_selesai=None), today=TODAY)  # fmt: skip
    box = setup["box"]
    moved = arsip.move_boks(db, arsiparis, box.id, setup["rak2"].id, expected_version=box.version)
    assert moved.lokasi.endswith("Rak 2")
    assert arsip.get_berkas(db, arsiparis, rec.id).lokasi.endswith("Rak 2")
    ids = lambda text, **f: [r.id for r in arsip_search.search(db, arsiparis, text, **f)[1]]  # noqa: E731
    assert ids("bantuan pang") == [rec.id]
    assert ids("sanggau") == [other.id]
    assert ids("400.9") == [rec.id, other.id]
    assert ids("400.9.1") == [rec.id]
    assert ids("2015") == [other.id]
    assert ids("2020 linjamsos") == [rec.id]
    assert ids("boks 1") == [rec.id]
    assert ids(arsip_search.qr_payload(box.id)) == [rec.id]
    assert ids("", lokasi=setup["rak2"].id) == [rec.id]
    assert ids("", jatuh_tempo=("musnah", 2025)) == [rec.id]
    assert ids("", jatuh_tempo=("belum", 2025)) == [other.id]
    assert ids("", tahun=(2014, 2016)) == [other.id]
    # Edits reach the full-text index.
    arsip.update_berkas(db, arsiparis, other.id, _rec(uraian="Rekap PKH Ledo", kode="400.9", boks=None, folder=None), expected_version=other.version, today=TODAY)  # fmt: skip
    assert ids("sanggau") == [] and ids("pkh") == [other.id]


def test_lending_record_and_box(db: Database, admin: Actor, arsiparis: Actor, setup: dict) -> None:  # type: ignore[type-arg]
    rec = arsip.create_berkas(db, arsiparis, _rec(), today=TODAY)
    secret = arsip.create_berkas(db, arsiparis, _rec(keamanan="Rahasia", folder="4"), today=TODAY)
    p = arsip_pinjam.add_peminjam(db, arsiparis, "Rina Marlina", "Bidang Rehsos")
    with pytest.raises(errors.PermissionDenied, match="Rahasia"):
        arsip_pinjam.lend(
            db, arsiparis, peminjam_id=p.id, berkas_id=secret.id, jatuh_tempo=date(2026, 12, 1), tanggal=TODAY
        )
    with pytest.raises(errors.PermissionDenied):
        arsip_pinjam.approve_rahasia(db, arsiparis, p.id)
    with pytest.raises(errors.ValidationError):
        arsip_pinjam.lend(
            db, arsiparis, peminjam_id=p.id, berkas_id=rec.id, jatuh_tempo=date(2026, 11, 1), tanggal=TODAY
        )
    loan = arsip_pinjam.lend(
        db, arsiparis, peminjam_id=p.id, berkas_id=rec.id, jatuh_tempo=date(2026, 11, 30), tanggal=TODAY
    )
    assert loan.nomor == "PJ/2026/00001"
    assert arsip.get_berkas(db, arsiparis, rec.id).status == "dipinjam"
    with pytest.raises(errors.ValidationError):
        arsip_pinjam.lend(
            db, arsiparis, peminjam_id=p.id, boks_id=setup["box"].id, jatuh_tempo=date(2026, 12, 1), tanggal=TODAY
        )
    assert [x.id for x in arsip_pinjam.overdue(db, arsiparis, date(2026, 12, 5))] == [loan.id]
    back = arsip_pinjam.return_loan(db, arsiparis, loan.id, kondisi="baik, lengkap", tanggal=date(2026, 12, 5))
    assert back.tanggal_kembali == date(2026, 12, 5)
    assert arsip_pinjam.overdue(db, arsiparis, date(2026, 12, 5)) == []
    arsip_pinjam.approve_rahasia(db, admin, p.id)
    box_loan = arsip_pinjam.lend(
        db, arsiparis, peminjam_id=p.id, boks_id=setup["box"].id, jatuh_tempo=date(2026, 12, 10), tanggal=TODAY
    )
    assert box_loan.nomor == "PJ/2026/00002" and "Boks 1 (2 berkas)" == box_loan.item
    assert {arsip.get_berkas(db, arsiparis, i).status for i in (rec.id, secret.id)} == {"dipinjam"}
    assert arsip_search.search(db, arsiparis, "", status="dipinjam")[0] == 2
    arsip_pinjam.return_loan(db, arsiparis, box_loan.id, kondisi="baik")
    assert {arsip.get_berkas(db, arsiparis, i).status for i in (rec.id, secret.id)} == {"tersedia"}
    from kesos_desktop.services.listing import ListQuery

    q = ListQuery(arsip_pinjam.loan_list_spec(), arsiparis)
    assert q.count(db) == 2
    assert q.with_filter("status", "terbuka").count(db) == 0
