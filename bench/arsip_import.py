"""Legacy archive-list import: N rows (default 50,000) from an office-style xlsx into an empty catalogue,
including validation and commit, on SQLite (and PostgreSQL with --backends). Prints rows/s beside the raw
read time of the same file with python-calamine and with openpyxl (read-only). Target: < 5 s.

    python bench/arsip_import.py [--rows 50000] [--backends sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=50_000)
    ap.add_argument("--backends", default="sqlite")
    args = ap.parse_args()
    from kesos_desktop.excel import arsip_import
    from kesos_desktop.models.db import sqlite_url
    from kesos_desktop.services import arsip, auth, bootstrap

    tmp = Path(tempfile.mkdtemp(prefix="kesos-bench-import-"))
    xlsx = tmp / "daftar-arsip-lama.xlsx"
    boxes = [str(i) for i in range(1, args.rows // 40 + 2)]
    t = time.perf_counter()
    arsip_import.make_legacy_xlsx(xlsx, args.rows, boxes=boxes)
    print(
        f"Berkas uji: {args.rows:,} baris x 11 kolom, {xlsx.stat().st_size / 1e6:.1f} MB ({time.perf_counter() - t:.1f} s)"
    )

    from python_calamine import CalamineWorkbook

    t = time.perf_counter()
    CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).to_python()
    calamine_s = time.perf_counter() - t
    from openpyxl import load_workbook

    t = time.perf_counter()
    wb = load_workbook(xlsx, read_only=True)
    for _row in wb.active.iter_rows(values_only=True):
        pass
    wb.close()
    openpyxl_s = time.perf_counter() - t
    print(f"Baca mentah: python-calamine {calamine_s:.2f} s, openpyxl read-only {openpyxl_s:.2f} s")

    for backend in args.backends.split(","):
        cluster = None
        if backend == "sqlite":
            url = sqlite_url(tmp / "import.sqlite3")
        else:
            from tests.helpers.pgcluster import admin_execute, start_cluster

            cluster = start_cluster()
            admin_execute(cluster, "CREATE DATABASE bench")
            url = cluster.url("bench")
        try:
            db = bootstrap.prepare(url).db
            actor = auth.SYSTEM
            arsip.ensure_starter_scheme(db, actor)
            g = arsip.add_lokasi(db, actor, "gedung", "Depo")
            r = arsip.add_lokasi(db, actor, "ruang", "Ruang 1", g.id)
            rak = arsip.add_lokasi(db, actor, "rak", "Rak 1", r.id)
            for b in boxes:
                arsip.add_boks(db, actor, b, rak.id) if len(boxes) < 50 else None
            if len(boxes) >= 50:
                from kesos_desktop.models.arsip import ArsipBoks
                from kesos_desktop.models.base import utcnow

                now = utcnow()
                with db.write() as s:
                    s.execute(ArsipBoks.__table__.insert(), [
                        {"nomor": b, "lokasi_id": rak.id, "status": "tersedia", "created_at": now, "updated_at": now,
                         "version": 1} for b in boxes])  # fmt: skip
            t = time.perf_counter()
            preview = arsip_import.read(xlsx)
            read_s = time.perf_counter() - t
            res = arsip_import.run_import(db, actor, preview, preview.guess_mapping())
            total = time.perf_counter() - t
            assert not res.errors, res.errors[:3]
            print(f"[{backend}] fase: " + ", ".join(f"{name} {sec:.2f} s" for name, sec in res.phases))
            assert arsip.count_berkas(db) == args.rows
            verdict = "OK" if total < 5 else "MELEBIHI TARGET"
            print(
                f"[{backend}] impor {res.rows:,} baris: {total:.2f} s total (baca {read_s:.2f} s, periksa+simpan "
                f"{res.seconds:.2f} s) = {res.rows / total:,.0f} baris/s (target < 5 s) {verdict}"
            )
            db.dispose()
        finally:
            if cluster is not None:
                cluster.destroy()


if __name__ == "__main__":
    main()
