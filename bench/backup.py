"""Backup and restore of a database with N PPKS records (default 100,000) plus the seeded regions.

SQLite: online copy (backup API), inspection (quick_check + row counts) and the full restore
(safety copy, atomic swap, row-count check); peer figure: a plain ``shutil.copyfile`` of the same file.
PostgreSQL (``--pg``, needs initdb/pg_ctl/pg_dump): ``pg_dump -Fc`` and ``pg_restore --clean
--single-transaction`` through the service; peer: ``pg_dump`` straight to /dev/null in plain format.

    python bench/backup.py [--rows 100000] [--pg]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kesos_desktop.models.db import Database, sqlite_url  # noqa: E402
from kesos_desktop.services import auth, backup, bootstrap, ppks_demo  # noqa: E402


def timed(label: str, fn):  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    result = fn()
    dt = time.perf_counter() - t
    print(f"{label:<44} {dt:7.2f} s", flush=True)
    return result, dt


def run(db: Database, work: Path, rows: int) -> None:
    timed(f"demo data ({rows:,} PPKS)".replace(",", "."), lambda: ppks_demo.generate(db, rows))
    dest = work / backup.default_name(db)
    made, t_backup = timed("backup", lambda: backup.backup(db, auth.SYSTEM, dest))
    size = made.stat().st_size
    info, _ = timed("inspect (check + counts)", lambda: backup.inspect_backup(made))
    result, t_restore = timed(
        "restore (safety copy + swap + check)",
        lambda: backup.restore(db, auth.SYSTEM, made, safety_dir=work / "pengaman"),
    )
    assert backup.table_counts(db)["ppks_person"] == rows
    rows_total = info.total_rows
    print(f"{'file size':<44} {size / 1e6:7.1f} MB ({rows_total:,} rows in all tables)".replace(",", "."))
    print(f"{'backup rate':<44} {size / 1e6 / t_backup:7.1f} MB/s")
    print(f"{'restore rate':<44} {size / 1e6 / t_restore:7.1f} MB/s")
    if db.is_sqlite:
        path = db.sqlite_path
        assert path is not None
        _r, t_peer = timed("peer: shutil.copyfile of the live file", lambda: shutil.copyfile(path, work / "peer"))
        print(f"{'backup / plain copy':<44} {t_backup / t_peer:7.1f} x")
    else:
        tool = backup.find_pg_tool("pg_dump")
        args, env = backup._pg_env(db)
        _r, t_peer = timed(
            "peer: pg_dump plain to /dev/null",
            lambda: subprocess.run([tool, "-f", "/dev/null", *args], env=env, check=True),  # type: ignore[list-item]
        )
        print(f"{'backup / plain pg_dump':<44} {t_backup / t_peer:7.1f} x")
    del result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--pg", action="store_true", help="also on a throwaway PostgreSQL cluster")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kesos-bench-backup-") as tmp:
        work = Path(tmp)
        print("== SQLite ==")
        db = bootstrap.prepare(sqlite_url(work / "kesos.sqlite3")).db
        try:
            run(db, work, args.rows)
        finally:
            db.dispose()
        if args.pg:
            from tests.helpers.pgcluster import admin_execute, start_cluster

            print("== PostgreSQL ==")
            cluster = start_cluster()
            try:
                admin_execute(cluster, "CREATE DATABASE kesos_bench")
                pg = bootstrap.prepare(cluster.url("kesos_bench")).db
                try:
                    run(pg, work, args.rows)
                finally:
                    pg.dispose()
            finally:
                cluster.destroy()
    return 0


if __name__ == "__main__":
    sys.exit(main())
