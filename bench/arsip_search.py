"""Catalogue search over N archive records (default 200,000) on SQLite and on a throwaway PostgreSQL.

Each query is what the catalogue list does on a search: count + first page of 50 rows. Prints load
time and the median / p90 of each query over several runs. Target: median < 100 ms on both back ends.

    python bench/arsip_search.py [--n 200000] [--backends sqlite,postgresql] [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = (
    ("kata umum", "bantuan", {}),
    ("dua kata + awalan", "penyaluran pang", {}),
    ("kata jarang", "gelandangan", {}),
    ("kode subtree", "400.9", {}),
    ("kode + tahun + kata", "400.9.2 2015 verifikasi", {}),
    ("boks", "boks 1234", {}),
    ("QR boks", "ARSIP-BOKS:2500", {}),
    ("filter keamanan+tahun", "pkh", {"keamanan": "rahasia", "tahun": (2005, 2015)}),
    ("jatuh tempo musnah", "", {"jatuh_tempo": ("musnah", 2026)}),
    ("tanpa cari (semua)", "", {}),
)


def run(backend: str, n: int, runs: int) -> list[tuple[str, float, float, int]]:
    from kesos_desktop.models.db import sqlite_url
    from kesos_desktop.services import arsip_demo, arsip_search, auth, bootstrap

    cluster = None
    if backend == "sqlite":
        url = sqlite_url(Path(tempfile.mkdtemp(prefix="kesos-bench-arsip-")) / "arsip.sqlite3")
    else:
        from tests.helpers.pgcluster import admin_execute, start_cluster

        cluster = start_cluster()
        admin_execute(cluster, "CREATE DATABASE bench")
        url = cluster.url("bench")
    try:
        db = bootstrap.prepare(url).db
        t0 = time.perf_counter()
        arsip_demo.generate(db, n, loans=False)
        load = time.perf_counter() - t0
        if not db.is_sqlite:
            # What autovacuum does after a bulk load: statistics + visibility map (index-only counts).
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                c.exec_driver_sql("VACUUM ANALYZE")
        else:
            with db.engine.begin() as c:
                c.exec_driver_sql("ANALYZE")
        print(f"[{backend}] {n:,} berkas dimuat dalam {load:.1f} s ({n / load:,.0f} baris/s)", flush=True)
        actor = auth.Actor(None, "bench", "Bench", auth.Role.ARSIPARIS)
        out = []
        for label, text, filters in QUERIES:
            times = []
            total = 0
            for _ in range(runs):
                t = time.perf_counter()
                total, _rows = arsip_search.search(db, actor, text, **filters)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            med, p90 = statistics.median(times), times[int(len(times) * 0.9) - 1]
            out.append((label, med, p90, total))
            print(f"[{backend}] {label:24s} median {med:7.1f} ms  p90 {p90:7.1f} ms  ({total:,} hasil)", flush=True)
        db.dispose()
        return out
    finally:
        if cluster is not None:
            cluster.destroy()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--backends", default="sqlite,postgresql")
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    summary = {}
    for backend in args.backends.split(","):
        res = run(backend, args.n, args.runs)
        summary[backend] = statistics.median(m for _, m, _, _ in res)
    for backend, med in summary.items():
        verdict = "OK" if med < 100 else "MELEBIHI TARGET"
        print(f"{backend}: median semua kueri {med:.1f} ms (target < 100 ms) {verdict}")


if __name__ == "__main__":
    main()
