"""500 box labels (4 per A4 page, vector QR each) to PDF. Target: < 3 s.

python bench/arsip_labels.py [--boxes 500]
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
    ap.add_argument("--boxes", type=int, default=500)
    args = ap.parse_args()
    from kesos_desktop.models.db import sqlite_url
    from kesos_desktop.printing import arsip_labels
    from kesos_desktop.services import arsip, arsip_demo, bootstrap

    tmp = Path(tempfile.mkdtemp(prefix="kesos-bench-labels-"))
    db = bootstrap.prepare(sqlite_url(tmp / "labels.sqlite3")).db
    arsip_demo.generate(db, args.boxes * 40, loans=False)
    t = time.perf_counter()
    boxes = arsip.list_boks(db)[: args.boxes]
    query_s = time.perf_counter() - t
    out = tmp / "label-boks.pdf"
    t = time.perf_counter()
    pages = arsip_labels.box_labels_pdf(boxes, out)
    pdf_s = time.perf_counter() - t
    total = query_s + pdf_s
    verdict = "OK" if total < 3 else "MELEBIHI TARGET"
    print(f"{len(boxes)} label boks, {pages} halaman, {out.stat().st_size / 1e6:.2f} MB: data {query_s:.2f} s + "
          f"PDF {pdf_s:.2f} s = {total:.2f} s (target < 3 s) {verdict}")  # fmt: skip
    t = time.perf_counter()
    labels = arsip.folder_labels(db, [b.id for b in boxes])
    n = arsip_labels.folder_labels_pdf(labels, tmp / "label-folder.pdf")
    print(f"{len(labels)} label folder, {n} halaman A4: {time.perf_counter() - t:.2f} s")


if __name__ == "__main__":
    main()
