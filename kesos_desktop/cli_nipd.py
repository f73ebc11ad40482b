"""``kesos nipd ...``: card batches, verification, public key, Model A.4 export, import; ``demo-data --perangkat N``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kesos_desktop import errors
from kesos_desktop.text import QT_TRANSLATE_NOOP


def add_demo_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--perangkat", type=int, default=0, metavar="N", help="N perangkat desa contoh (NIPD + kartu)")


def run_demo(db: Any, args: argparse.Namespace, progress: Callable[[int, int], None]) -> list[str]:
    if not getattr(args, "perangkat", 0):
        return []
    from kesos_desktop.services import nipd_demo

    return nipd_demo.generate(db, args.perangkat, seed=args.seed, progress=progress)


def _actor(db: Any, args: argparse.Namespace) -> Any:
    """The CLI acts as the system user (like demo-data); ``--as-user`` logs a named user in for the audit log."""
    import os

    from kesos_desktop.services import auth

    if getattr(args, "as_user", None):
        password = os.environ.get("KESOS_AS_PASSWORD")
        if password is None:
            import getpass

            password = getpass.getpass(f"Kata sandi {args.as_user}: ")
        return auth.login(db, args.as_user, password)
    return auth.SYSTEM


def cmd_cards(args: argparse.Namespace) -> int:
    from kesos_desktop.cli import _open, _progress
    from kesos_desktop.jobs import JobContext
    from kesos_desktop.services import nipd_cards

    if args.batch is None and not args.all_approved:
        raise errors.KnownError(QT_TRANSLATE_NOOP("kesos", "Pilih --batch ID atau --all-approved."))
    db = _open(args)
    report = _progress("Kartu")
    ctx = JobContext(lambda done, total, _t: report(done, total))
    res = nipd_cards.print_cards(
        db, _actor(db, args), args.output, batch_id=args.batch, template=args.template, layout=args.layout, ctx=ctx
    )
    print(f"Batch #{res.batch_id}: {res.cards} kartu, {res.pages} halaman -> {res.path}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from kesos_desktop.services import nipd_cards, nipd_sign

    payload = args.payload
    if payload == "-":
        payload = sys.stdin.readline().strip()
    keys = nipd_sign.load_public_keys(Path(args.public_key).read_text(encoding="utf-8")) if args.public_key else None
    db = None
    if not args.offline:
        from kesos_desktop.cli import _open

        try:
            db = _open(args)
        except errors.EnvironmentProblem as e:
            print(f"Peringatan: basis data tidak terhubung ({e.message}).", file=sys.stderr)
    result = nipd_cards.verify(payload, db=db, public_keys=keys)
    print(("SAH" if result.ok else "TIDAK SAH") + f": {result.reason}")
    if result.fields:
        f = result.fields
        print(
            f"  NIPD {f.nipd}  seri {f.serial}  {f.name}  jabatan {f.jabatan}  desa {f.desa}  terbit {f.issued:%d/%m/%Y}"
        )
    if result.status:
        print(
            f"  Status perangkat: {result.status}; kartu ini {'kartu terkini' if result.current else 'bukan kartu terkini'}"
        )
    return 0 if result.ok else 1


def cmd_export_public_key(args: argparse.Namespace) -> int:
    from kesos_desktop.cli import _open
    from kesos_desktop.services import nipd_cards

    text = nipd_cards.export_public_key(_open(args))
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"Kunci publik ditulis: {args.output}")
    else:
        sys.stdout.write(text)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kesos_desktop.cli import _open
    from kesos_desktop.services import nipd

    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise errors.KnownError(QT_TRANSLATE_NOOP("kesos", "Nama file keluaran harus berakhiran .xlsx atau .pdf."))
    db = _open(args)
    actor = _actor(db, args)
    book = nipd.register_book(db, actor, args.desa)
    if suffix == ".xlsx":
        from kesos_desktop.excel import nipd_export

        nipd_export.write_register(book, out)
    else:
        from kesos_desktop.printing import nipd_register

        nipd_register.write_register(book, out)
    nipd.record_export(db, actor, book.desa_code, str(out), len(book.rows))
    print(f"Buku Data Aparat Desa {book.desa}: {len(book.rows)} baris -> {out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from kesos_desktop.cli import _open
    from kesos_desktop.excel import nipd_import

    db = _open(args)
    mapping = nipd_import.parse_map_option(args.map) if args.map else None
    report = nipd_import.import_file(
        db, _actor(db, args), args.file, mapping=mapping, sheet=args.sheet, dry_run=args.dry_run
    )
    for line in report.lines():
        print(line)
    return 0 if report.ok else 1


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("nipd", help="NIPD: kartu perangkat desa, verifikasi, ekspor")
    nsub = p.add_subparsers(dest="nipd_command", required=True, metavar="PERINTAH")

    user = argparse.ArgumentParser(add_help=False)
    user.add_argument("--as-user", help="catat di log audit atas nama pengguna ini (kata sandi: KESOS_AS_PASSWORD)")

    s = nsub.add_parser("cards", parents=[common, user], help="cetak kartu ke PDF")
    g = s.add_mutually_exclusive_group()
    g.add_argument("--batch", type=int, metavar="ID", help="cetak ulang batch yang sudah ada")
    g.add_argument("--all-approved", action="store_true", help="batch baru dari semua permintaan yang disetujui")
    s.add_argument(
        "--layout", choices=("a4", "f4", "cr80"), default="a4", help="a4/f4: 10 kartu per lembar; cr80: 1 per halaman"
    )
    s.add_argument("--template", choices=("lanskap", "potret"), default="lanskap")
    s.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    s.set_defaults(func=cmd_cards)

    s = nsub.add_parser("verify", parents=[common], help="periksa isi kode QR kartu (exit 0 bila sah dan terkini)")
    s.add_argument("payload", help="isi kode QR (atau - untuk membaca dari stdin)")
    s.add_argument("--public-key", metavar="FILE", help="file kunci publik (verifikasi kantor lain / luring)")
    s.add_argument("--offline", action="store_true", help="jangan buka basis data; hanya periksa tanda tangan")
    s.set_defaults(func=cmd_verify)

    s = nsub.add_parser("export-public-key", parents=[common], help="tulis kunci publik penanda tangan kartu")
    s.add_argument("-o", "--output", metavar="FILE")
    s.set_defaults(func=cmd_export_public_key)

    s = nsub.add_parser("export", parents=[common, user], help="Buku Data Aparat Pemerintahan Desa (Model A.4)")
    s.add_argument("--desa", required=True, metavar="KODE", help="kode desa, mis. 61.07.01.2001")
    s.add_argument("-o", "--output", required=True, metavar="FILE.xlsx|FILE.pdf")
    s.set_defaults(func=cmd_export)

    s = nsub.add_parser(
        "import", parents=[common, user], help="impor perangkat desa dari xlsx (semua atau tidak sama sekali)"
    )
    s.add_argument("file")
    s.add_argument("--dry-run", action="store_true", help="hanya periksa; tidak menyimpan")
    s.add_argument(
        "--map",
        metavar="ISIAN=KOLOM,...",
        help='pemetaan kolom bila judul berbeda, mis. "nik=B,nama=C,tgl lahir=Tanggal Lhr" (huruf, nomor atau judul kolom)',
    )
    s.add_argument("--sheet", metavar="LEMBAR", help="nama lembar data (bawaan: lembar yang berisi judul kolom)")
    s.set_defaults(func=cmd_import)
