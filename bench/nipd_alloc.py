"""NIPD number allocation under contention: N processes allocate from the same counter at once.

Each allocation is its own write unit (as one approval is): bump the counter row with
``UPDATE ... RETURNING``, insert the number into the ledger. Runs on a throwaway PostgreSQL
(tests/helpers/pgcluster.py) and, for comparison, on a SQLite file.

    python bench/nipd_alloc.py [--procs 8] [--numbers 2000] [--no-sqlite]
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DESA = "61.07.01.2001"


def _worker(url: str, n: int, start_at: float, out) -> None:  # type: ignore[no-untyped-def]
    from kesos_desktop.models.db import Database
    from kesos_desktop.services import nipd

    db = Database.open(url)
    settings = nipd.NumberSettings()
    got = []
    while time.time() < start_at:
        time.sleep(0.001)
    for _ in range(n):
        with db.write() as s:
            number, _ = nipd.allocate_number(
                s, settings, desa_code=DESA, year=2024, sex="L", birth_date=date(1990, 1, 1), official_id=None
            )
        got.append(number)
    db.dispose()
    out.put(got)


def run(url: str, procs: int, total: int) -> tuple[float, int, int]:
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    per = total // procs
    start_at = time.time() + 1.0
    workers = [ctx.Process(target=_worker, args=(url, per, start_at, out)) for _ in range(procs)]
    for w in workers:
        w.start()
    results = [out.get(timeout=600) for _ in workers]
    elapsed = time.time() - start_at
    for w in workers:
        w.join()
    numbers = [n for r in results for n in r]
    return elapsed, len(numbers), len(numbers) - len(set(numbers))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--procs", type=int, default=8)
    ap.add_argument("--numbers", type=int, default=2000)
    ap.add_argument("--no-sqlite", action="store_true")
    args = ap.parse_args()

    from kesos_desktop.models.db import sqlite_url
    from kesos_desktop.services import bootstrap
    from tests.helpers.pgcluster import admin_execute, start_cluster

    cluster = start_cluster()
    try:
        admin_execute(cluster, "CREATE DATABASE bench_alloc")
        url = cluster.url("bench_alloc")
        bootstrap.prepare(url).db.dispose()
        elapsed, n, dup = run(url, args.procs, args.numbers)
        print(f"PostgreSQL: {args.procs} proses, {n} nomor dalam {elapsed:.2f} s = {n / elapsed:,.0f} alokasi/s, "
              f"duplikat: {dup}")  # fmt: skip
    finally:
        cluster.destroy()
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            url = sqlite_url(Path(tmp) / "alloc.sqlite3")
            bootstrap.prepare(url).db.dispose()
            elapsed, n, dup = run(url, args.procs, args.numbers)
            print(f"SQLite (berkas, WAL): {args.procs} proses, {n} nomor dalam {elapsed:.2f} s = "
                  f"{n / elapsed:,.0f} alokasi/s, duplikat: {dup}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
