"""``kesos arsip ...``: search, labels, standard lists, legacy import and the classification scheme;
``kesos demo-data --arsip N``. Heavy libraries are imported inside the handlers."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from kesos_desktop import errors
from kesos_desktop.text import QT_TRANSLATE_NOOP


def _db(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from kesos_desktop.cli import _open

    return _open(args)


def _actor():  # type: ignore[no-untyped-def]
    from kesos_desktop.services.auth import SYSTEM

    return SYSTEM


def _n(x: int) -> str:
    return f"{x:,}".replace(",", ".")


def cmd_search(args: argparse.Namespace) -> int:
    from kesos_desktop.services import arsip_search

    db = _db(args)
    t = time.perf_counter()
    q = arsip_search.berkas_query(db, _actor()).with_search(" ".join(args.text))
    total = q.count(db)
    rows = q.page(db, 0, args.limit, total=total)
    ms = (time.perf_counter() - t) * 1000
    keys = [c.key for c in q.spec.columns]
    for r in rows:
        v = dict(zip(keys, (q.display(i, x) for i, x in enumerate(r.values)), strict=True))
        boks = f"boks {v['boks']}/{v['folder']}" if v["boks"] else "tanpa boks"
        print(f"#{r.id}\t{v['kode']}\t{v['kurun']}\t{boks}\t{v['status']}\t{v['uraian'][:90]}")
    print(f"{_n(total)} berkas ditemukan ({ms:.0f} ms){'; ditampilkan ' + _n(len(rows)) if total > len(rows) else ''}")
    return 0


def _box_ids(db, spec: str | None, all_: bool) -> list[int]:  # type: ignore[no-untyped-def]
    from kesos_desktop.services import arsip

    if all_:
        return [b.id for b in arsip.list_boks(db)]
    if not spec:
        raise errors.KnownError(QT_TRANSLATE_NOOP("kesos", "Sebutkan --boks N,M,... atau --all."))
    wanted = [x.strip() for x in spec.split(",") if x.strip()]
    found = {b.nomor: b.id for b in arsip.list_boks(db, nomor=wanted)}
    missing = [w for w in wanted if w not in found]
    if missing:
        raise errors.KnownError(
            QT_TRANSLATE_NOOP("kesos", "Boks nomor {missing} tidak ada."), missing=", ".join(missing)
        )
    return [found[w] for w in wanted]


def _instansi(db) -> str:  # type: ignore[no-untyped-def]
    from kesos_desktop.services import office

    return office.get(db, "arsip.instansi") or office.get(db, office.OFFICE_NAME_KEY) or "Dinas Sosial"


def cmd_labels(args: argparse.Namespace) -> int:
    from kesos_desktop.printing import arsip_labels
    from kesos_desktop.services import arsip

    db = _db(args)
    ids = _box_ids(db, args.boxes, args.all)
    t = time.perf_counter()
    out = Path(args.output)
    if args.folders:
        pages = arsip_labels.folder_labels_pdf(arsip.folder_labels(db, ids), out, instansi=_instansi(db))
    else:
        pages = arsip_labels.box_labels_pdf(arsip.list_boks(db, ids=ids), out, instansi=_instansi(db))
    print(f"{'Label folder' if args.folders else 'Label boks'}: {_n(len(ids))} boks, {pages} halaman -> {out} "
          f"({time.perf_counter() - t:.1f} s)")  # fmt: skip
    return 0


def cmd_daftar(args: argparse.Namespace) -> int:
    from kesos_desktop.services import arsip_daftar

    db = _db(args)
    out = Path(args.output)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("xlsx", "pdf"):
        raise errors.KnownError(
            QT_TRANSLATE_NOOP("kesos", "Berkas keluaran harus .xlsx atau .pdf: {path}"), path=str(out)
        )
    daftar = arsip_daftar.build(db, _actor(), args.jenis, tahun=args.tahun, unit=args.unit)
    if fmt == "xlsx":
        from kesos_desktop.excel.arsip_lists import daftar_xlsx

        daftar_xlsx(daftar, out)
    else:
        from kesos_desktop.printing.arsip_lists import daftar_pdf

        daftar_pdf(daftar, out)
    arsip_daftar.record_export(db, _actor(), daftar, str(out), fmt)
    flagged = f"; {_n(len(daftar.flagged))} berkas retensi belum ditetapkan" if daftar.flagged else ""
    print(f"{daftar.title} {daftar.tahun}: {_n(len(daftar.rows))} berkas{flagged} -> {out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from kesos_desktop.cli import _progress
    from kesos_desktop.excel import arsip_import
    from kesos_desktop.jobs import JobContext

    db = _db(args)
    report = _progress("Impor")
    ctx = JobContext(lambda d, t, _x: report(d, t))
    preview = arsip_import.read(args.file, sheet=args.sheet)
    result = arsip_import.run_import(db, _actor(), preview, preview.guess_mapping(), dry_run=args.dry_run, ctx=ctx)
    for e in result.errors[:50]:
        print(f"Baris {e.line}, kolom {e.column}: {e.text}")
    if result.errors:
        more = " (50 pertama ditampilkan)" if len(result.errors) > 50 else ""
        print(f"{_n(len(result.errors))} kesalahan{more}: tidak ada yang disimpan.")
        return 2
    verb = "akan diimpor (uji coba, tidak disimpan)" if args.dry_run else "diimpor"
    print(f"{_n(result.rows)} berkas {verb} dalam {result.seconds:.1f} s")
    return 0


def cmd_klasifikasi_import(args: argparse.Namespace) -> int:
    from kesos_desktop.services import arsip

    db = _db(args)
    res = arsip.import_klasifikasi_file(db, _actor(), args.file, dry_run=args.dry_run)
    for e in res.errors[:50]:
        print(f"Baris {e.line}, kolom {e.column}: {e.text}")
    if res.errors:
        print(f"{_n(len(res.errors))} kesalahan: tidak ada yang disimpan.")
        return 2
    note = " (uji coba, tidak disimpan)" if res.dry_run else ""
    print(f"Kode klasifikasi: {_n(res.created)} baru, {_n(res.updated)} diubah; "
          f"{_n(res.records_recomputed)} berkas dihitung ulang retensinya{note}")  # fmt: skip
    return 0


def cmd_klasifikasi_template(args: argparse.Namespace) -> int:
    from kesos_desktop.excel.arsip_import import klasifikasi_template

    klasifikasi_template(args.output)
    print(f"Templat skema klasifikasi/JRA: {args.output}")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from kesos_desktop.excel.arsip_import import catalogue_template

    catalogue_template(args.output)
    print(f"Templat daftar arsip: {args.output}")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("arsip", help="arsip (TEGAR): cari, label, daftar, impor, klasifikasi")
    s = p.add_subparsers(dest="arsip_command", required=True, metavar="PERINTAH")

    c = s.add_parser("search", parents=[common], help="cari berkas (uraian, kode, tahun, boks N)")
    c.add_argument("text", nargs="+")
    c.add_argument("--limit", type=int, default=20)
    c.set_defaults(func=cmd_search)

    c = s.add_parser("labels", parents=[common], help="label boks (atau folder) ke PDF")
    c.add_argument("--boxes", "--boks", dest="boxes", metavar="N,M", help="nomor boks, dipisah koma")
    c.add_argument("--all", action="store_true", help="semua boks")
    c.add_argument("--folders", action="store_true", help="cetak label folder (A4, 3 x 8) alih-alih label boks")
    c.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    c.set_defaults(func=cmd_labels)

    from kesos_desktop.services.arsip_daftar import KINDS

    c = s.add_parser("daftar", parents=[common], help="daftar arsip aktif/inaktif/usul-musnah ke xlsx atau pdf")
    c.add_argument("jenis", choices=list(KINDS))
    c.add_argument("--tahun", type=int, help="tahun acuan (bawaan: tahun ini)")
    c.add_argument("--unit", help="hanya unit pengolah ini")
    c.add_argument("-o", "--output", required=True, metavar="FILE.xlsx|FILE.pdf")
    c.set_defaults(func=cmd_daftar)

    c = s.add_parser(
        "import", parents=[common], help="impor daftar arsip lama dari xlsx (semua atau tidak sama sekali)"
    )
    c.add_argument("file")
    c.add_argument("--sheet", help="nama lembar (bawaan: lembar pertama)")
    c.add_argument("--dry-run", action="store_true", help="periksa saja, jangan simpan")
    c.set_defaults(func=cmd_import)

    c = s.add_parser("template", parents=[common], help="tulis templat xlsx daftar arsip untuk impor")
    c.add_argument("-o", "--output", required=True)
    c.set_defaults(func=cmd_template)

    k = s.add_parser("klasifikasi", help="skema klasifikasi dan JRA")
    ks = k.add_subparsers(dest="klas_command", required=True, metavar="PERINTAH")
    c = ks.add_parser("import", parents=[common], help="impor skema/JRA dari xlsx atau csv")
    c.add_argument("file")
    c.add_argument("--dry-run", action="store_true")
    c.set_defaults(func=cmd_klasifikasi_import)
    c = ks.add_parser("template", parents=[common], help="tulis templat xlsx skema/JRA")
    c.add_argument("-o", "--output", required=True)
    c.set_defaults(func=cmd_klasifikasi_template)


def add_demo_options(demo_parser: argparse.ArgumentParser) -> None:
    demo_parser.add_argument(
        "--arsip",
        type=int,
        default=0,
        metavar="N",
        help="N berkas arsip contoh (JRA demo, gedung/rak/boks, peminjaman)",
    )


def run_demo(db, args: argparse.Namespace, progress) -> list[str]:  # type: ignore[no-untyped-def]
    if not getattr(args, "arsip", 0):
        return []
    from kesos_desktop.services import arsip_demo

    return [arsip_demo.generate(db, args.arsip, seed=args.seed, progress=progress)]
