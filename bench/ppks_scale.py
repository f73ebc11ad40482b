"""PPKS at scale: N records (default 1,000,000) loaded with the demo bulk path, then medians of
NIK lookup, name-prefix search (the list's first page + count), dashboard totals, and the time of a
full duplicate scan, on SQLite and on a throwaway PostgreSQL.

Targets (issue 5): NIK lookup and name-prefix search < 50 ms median, dashboard < 500 ms.

    python bench/ppks_scale.py [--n 1000000] [--backend sqlite|postgresql|both] [--no-duplicates]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from kesos_desktop.models.db import Database, sqlite_url  # noqa: E402
from kesos_desktop.models.ppks import PpksPerson  # noqa: E402
from kesos_desktop.services import auth, bootstrap, ppks, ppks_demo, wilayah  # noqa: E402
from kesos_desktop.services.listing import ListQuery  # noqa: E402

PREFIXES = ["sit", "agu", "rin", "yoh", "mar", "dew", "bud", "nur", "fra", "abd", "Ani", "SRI", "wat", "heri", "el"]


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def measure(db: Database, n: int, label: str, duplicates: bool) -> None:
    print(f"\n== {label}: {n:,} PPKS records ==")
    t = time.perf_counter()
    print("  " + ppks_demo.generate(db, n, seed=3))
    load = time.perf_counter() - t
    print(f"  bulk load (demo-data --ppks):  {load:8.1f} s  = {n / load:,.0f} records/s")
    with db.read() as s:
        niks = list(s.scalars(select(PpksPerson.nik).where(PpksPerson.id % 997 == 0).limit(400)))
    rng = random.Random(1)
    actor = auth.SYSTEM
    it = iter(rng.choices(niks, k=10_000))
    nik_ms = median_ms(lambda: ppks.find_by_nik(db, actor, next(it)), 200)
    print(f"  NIK lookup (find_by_nik):      {nik_ms:8.2f} ms median (target < 50)")
    p_it = iter(PREFIXES * 100)
    name_ms = median_ms(lambda: ppks.search_names(db, actor, next(p_it), 50), 60)
    print(f"  name prefix, 50 names:         {name_ms:8.2f} ms median (target < 50)")
    base = ListQuery(ppks.LIST_SPEC, actor)
    q_it = iter(PREFIXES * 100)

    def list_page() -> None:
        q = base.with_search(next(q_it))
        q.page(db, 0, 200, total=q.count(db))

    list_ms = median_ms(list_page, 30)
    print(f"  list search: count + page 200: {list_ms:8.2f} ms median")
    n_it = iter(rng.choices(niks, k=1000))
    list_nik_ms = median_ms(lambda: base.with_search(next(n_it)).page(db, 0, 200), 60)
    print(f"  list search by NIK, page:      {list_nik_ms:8.2f} ms median")
    first_ms = median_ms(lambda: (base.count(db), base.page(db, 0, 200)), 10)
    print(f"  unfiltered list count + page:  {first_ms:8.2f} ms median")

    dash_ms = median_ms(lambda: ppks.dashboard(db, actor), 10)
    print(f"  dashboard (tallies + stale):   {dash_ms:8.1f} ms median (target < 500)")
    kec = wilayah.regions_at_level(db, wilayah.KECAMATAN, "61.07")[1].code
    drill_ms = median_ms(lambda: ppks.dashboard(db, actor, area=kec), 10)
    print(f"  dashboard drill to one kec:    {drill_ms:8.1f} ms median")
    op = auth.Actor(None, "op", "Operator", auth.Role.OPERATOR, kec)
    op_ms = median_ms(lambda: ppks.dashboard(db, op), 10)
    print(f"  dashboard as kecamatan operator:{op_ms:7.1f} ms median")
    t = time.perf_counter()
    ppks.rebuild_tallies(db)
    print(f"  tallies rebuilt from records:  {time.perf_counter() - t:8.1f} s (repair only)")
    t = time.perf_counter()
    rekap = ppks.rekap(db, actor, "kecamatan")
    print(f"  rekap per kecamatan:           {(time.perf_counter() - t) * 1000:8.1f} ms ({rekap.totals[-1]:,} persons)")
    if duplicates:
        t = time.perf_counter()
        pairs = ppks.probable_duplicates(db, actor, limit=None)
        took = time.perf_counter() - t
        reasons = {r: sum(1 for p in pairs if p.reason == r) for r in ("nama_tgl", "nama_mirip")}
        print(f"  duplicate scan:                {took:8.1f} s  -> {len(pairs):,} pairs {reasons}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    ap.add_argument("--no-duplicates", action="store_true", help="skip the duplicate scan")
    args = ap.parse_args()
    if args.backend in ("sqlite", "both"):
        tmp = Path(tempfile.mkdtemp(prefix="kesos-bench-ppks-"))
        db = bootstrap.prepare(sqlite_url(tmp / "k.sqlite3")).db
        wilayah.set_office_scope(db, auth.SYSTEM, "61.07")
        try:
            measure(db, args.n, "SQLite", not args.no_duplicates)
        finally:
            db.dispose()
    if args.backend in ("postgresql", "both"):
        from tests.helpers.pgcluster import admin_execute, start_cluster

        cluster = start_cluster()
        try:
            admin_execute(cluster, "CREATE DATABASE kesos_bench")
            db = bootstrap.prepare(cluster.url("kesos_bench")).db
            wilayah.set_office_scope(db, auth.SYSTEM, "61.07")
            try:
                measure(db, args.n, "PostgreSQL", not args.no_duplicates)
            finally:
                db.dispose()
        finally:
            cluster.destroy()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
