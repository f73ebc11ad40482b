"""PPKS Excel import: N rows (default 100,000) with full validation and one-transaction commit on SQLite.

Prints rows/s beside the raw read time of the same file by python-calamine and by openpyxl
read-only, measured in the same run. Target (issue 5): under 5 s for 100,000 rows.

    python bench/ppks_import.py [--rows 100000] [--skip-openpyxl]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kesos_desktop.excel import ppks_import  # noqa: E402
from kesos_desktop.models.db import sqlite_url  # noqa: E402
from kesos_desktop.services import auth, bootstrap, ppks, wilayah  # noqa: E402
from kesos_desktop.services.nik import make_nik  # noqa: E402

HEADER = ["No", "NIK", "No. KK", "Nama", "Tempat Lahir", "Tanggal Lahir", "Jenis Kelamin", "Alamat", "RT", "RW",
          "Kecamatan", "Desa/Kelurahan", "Kategori PPKS", "Kebutuhan", "Tanggal Pendataan"]  # fmt: skip


def build_file(path: Path, rows: int, desa: list[tuple[str, str, str]]) -> None:
    from openpyxl import Workbook

    rng = random.Random(7)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data PPKS")
    ws.append(["DATA PPKS KABUPATEN BENGKAYANG"])
    ws.append(HEADER)
    cats = [c.name for c in ppks.categories()]
    serial: dict[tuple[str, date, str], int] = {}
    today = date.today()
    for i in range(rows):
        code, kec_name, desa_name = rng.choice(desa)
        sex = rng.choice("LP")
        born = today - timedelta(days=rng.randint(60 * 365, 90 * 365))
        key = (code[:8], born, sex)
        serial[key] = serial.get(key, 0) + 1
        nik = make_nik(code[:8], born, sex, serial[key])
        ws.append([
            i + 1, nik, "", f"NAMA ORANG {i}", "Bengkayang", born.strftime("%d-%m-%Y"), sex, "Dusun Maju",
            f"{rng.randint(1, 9):03d}", "002", kec_name, desa_name, rng.choice(cats), "Sembako",
            today.strftime("%d/%m/%Y"),
        ])  # fmt: skip
    ws.append(["", "JUMLAH"])
    wb.save(path)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--skip-openpyxl", action="store_true", help="skip the (slow) openpyxl read-only measurement")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kesos-bench-import-"))
    db = bootstrap.prepare(sqlite_url(tmp / "k.sqlite3")).db
    wilayah.set_office_scope(db, auth.SYSTEM, "61.07")
    names = {r.code: r.name for r in wilayah.regions_at_level(db, wilayah.KECAMATAN, "61.07")}
    desa = [(r.code, names[r.code[:8]], r.name) for r in wilayah.regions_at_level(db, wilayah.DESA, "61.07")]
    cache = Path(tempfile.gettempdir()) / f"kesos-bench-ppks-{args.rows}.xlsx"
    if not cache.exists():
        t = time.perf_counter()
        build_file(cache, args.rows, desa)
        print(f"file written with openpyxl write-only: {time.perf_counter() - t:.1f} s ({cache})")
    import python_calamine

    t = time.perf_counter()
    wb = python_calamine.CalamineWorkbook.from_path(str(cache))
    n_cal = len(wb.get_sheet_by_index(0).to_python())
    calamine_s = time.perf_counter() - t
    openpyxl_s = None
    if not args.skip_openpyxl:
        import openpyxl

        t = time.perf_counter()
        wb2 = openpyxl.load_workbook(cache, read_only=True)
        n_opx = sum(1 for _ in wb2.active.iter_rows(values_only=True))
        wb2.close()
        openpyxl_s = time.perf_counter() - t
        assert n_opx == n_cal
    t = time.perf_counter()
    plan = ppks_import.analyse(db, auth.SYSTEM, cache)
    analysed = time.perf_counter() - t
    result = ppks_import.commit(db, auth.SYSTEM, plan)
    total = time.perf_counter() - t
    assert result.committed and result.new == args.rows, result
    # Re-import of the same file: every NIK matches and updates.
    t = time.perf_counter()
    plan2 = ppks_import.analyse(db, auth.SYSTEM, cache)
    r2 = ppks_import.commit(db, auth.SYSTEM, plan2)
    again = time.perf_counter() - t
    assert r2.updated == args.rows
    print(f"PPKS import, {args.rows:,} rows x {len(HEADER)} columns, SQLite")
    print(f"  raw read, python-calamine:      {calamine_s:6.2f} s")
    if openpyxl_s is not None:
        print(f"  raw read, openpyxl read-only:   {openpyxl_s:6.2f} s")
    print(f"  import (read+validate):         {analysed:6.2f} s")
    print(f"  import total (+commit, 1 txn):  {total:6.2f} s  = {args.rows / total:,.0f} rows/s  (target < 5 s)")
    print(f"  re-import, all NIKs update:     {again:6.2f} s  = {args.rows / again:,.0f} rows/s")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
