"""``kesos ppks ...`` commands and ``kesos demo-data --ppks N``. Heavy libraries load inside handlers."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def add_demo_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ppks", type=int, default=0, metavar="N", help="N data PPKS contoh di wilayah kantor")


def run_demo(db: Any, args: argparse.Namespace, progress: Callable[[int, int], None]) -> list[str]:
    if not getattr(args, "ppks", 0):
        return []
    from kesos_desktop.services import ppks_demo

    return [ppks_demo.generate(db, args.ppks, seed=args.seed, progress=progress)]


def _actor(args: argparse.Namespace, db: Any) -> Any:
    """Who runs the command: ``--as-user`` (password from KESOS_AS_PASSWORD or asked), else the system."""
    from kesos_desktop.services import auth

    if not args.as_user:
        return auth.SYSTEM
    password = os.environ.get("KESOS_AS_PASSWORD")
    if password is None:
        password = getpass.getpass(f"Kata sandi {args.as_user}: ") if sys.stdin.isatty() else sys.stdin.readline()
    return auth.login(db, args.as_user, password.rstrip("\n"))


def _out(path: str, *suffixes: str) -> Path:
    from kesos_desktop import errors

    p = Path(path)
    if suffixes and p.suffix.lower() not in suffixes:
        raise errors.KnownError(f"File keluaran harus berakhiran {' atau '.join(suffixes)}: {path}")
    if not p.parent.exists():
        raise errors.KnownError(f"Folder tujuan tidak ada: {p.parent}")
    return p


def cmd_template(args: argparse.Namespace) -> int:
    from kesos_desktop.cli import _open
    from kesos_desktop.excel import ppks_template

    db = _open(args)
    dest = ppks_template.build(db, _actor(args, db), _out(args.output, ".xlsx"))
    print(f"Templat ditulis: {dest}")
    return 0


def _mapping(items: list[str] | None) -> dict[str, str | int] | None:
    from kesos_desktop import errors
    from kesos_desktop.excel.ppks_import import FIELD_LABELS

    if not items:
        return None
    out: dict[str, str | int] = {}
    for item in items:
        field, sep, header = item.partition("=")
        if not sep or field.strip() not in FIELD_LABELS:
            raise errors.KnownError(
                f"Pemetaan '{item}' tidak dikenal. Tulis BIDANG=JUDUL, bidang: {', '.join(FIELD_LABELS)}"
            )
        out[field.strip()] = header.strip()
    return out


def cmd_import(args: argparse.Namespace) -> int:
    from kesos_desktop.cli import _open, _progress
    from kesos_desktop.excel import ppks_import
    from kesos_desktop.jobs import JobContext

    db = _open(args)
    actor = _actor(args, db)
    report = _progress("Impor")
    ctx = JobContext(lambda done, total, _text: report(done, total), min_interval=0.5)
    started = time.monotonic()
    plan, result = ppks_import.import_file(
        db,
        actor,
        args.file,
        mapping=_mapping(args.map),
        on_existing="report" if args.report_existing else "update",
        all_or_nothing=not args.partial,
        dry_run=args.dry_run,
        accept_nik_warnings=args.accept_nik_warnings,
        ctx=ctx,
    )
    print(f"Lembar '{plan.sheet_name}', baris judul {plan.header_row}; kolom: " + ", ".join(
        f"{ppks_import.FIELD_LABELS[f]}={ppks_import.column_letter(c)}" for f, c in plan.mapping.items()))  # fmt: skip
    for row, why in plan.skipped:
        print(f"  baris {row} dilewati ({why})")
    errors_list = plan.errors()
    for e in errors_list[:50]:
        print(f"  baris {e.row}: {e.text()}")
    if len(errors_list) > 50:
        print(f"  ... dan {len(errors_list) - 50} kesalahan lain")
    if args.errors_to and (errors_list or plan.count(ppks_import.EXISTING)):
        marked = ppks_import.write_error_copy(plan, _out(args.errors_to, ".xlsx"))
        print(f"Salinan kesalahan ({marked} baris ditandai): {args.errors_to}")
    print(result.summary())
    if args.dry_run:
        print("Uji coba (--dry-run): tidak ada yang disimpan.")
        return 0 if plan.invalid == 0 else 1
    if not result.committed:
        if plan.invalid and not args.partial:
            print("Tidak ada yang disimpan: ada baris tidak valid (perbaiki, atau pakai --partial).", file=sys.stderr)
        else:
            print("Tidak ada yang disimpan.", file=sys.stderr)
        return 1
    print(f"Disimpan dalam {time.monotonic() - started:.1f} s (kelompok impor {result.batch}).")
    return 0


def _filters(args: argparse.Namespace) -> dict[str, Any]:
    from kesos_desktop.services import wilayah

    f: dict[str, Any] = {}
    if args.kecamatan:
        f["kecamatan"] = wilayah.normalise_code(args.kecamatan)
    if args.desa:
        f["desa"] = wilayah.normalise_code(args.desa)
    if args.kategori:
        from kesos_desktop import errors
        from kesos_desktop.services import ppks

        code = ppks.find_category(args.kategori)
        if code is None:
            raise errors.KnownError(f"Kategori PPKS tidak dikenal: {args.kategori}")
        f["category"] = code
    if args.status:
        f["status"] = args.status
    if args.tahun:
        f["year"] = args.tahun
    return f


def cmd_export(args: argparse.Namespace) -> int:
    from kesos_desktop.cli import _open
    from kesos_desktop.excel import ppks_export

    db = _open(args)
    actor = _actor(args, db)
    started = time.monotonic()
    n = ppks_export.export_list(db, actor, _out(args.output, ".xlsx"), filters=_filters(args), search=args.cari or "")
    print(f"{n:,} baris diekspor ke {args.output} ({time.monotonic() - started:.1f} s)".replace(",", "."))
    return 0


def cmd_rekap(args: argparse.Namespace) -> int:
    from kesos_desktop.cli import _open
    from kesos_desktop.services import ppks

    db = _open(args)
    actor = _actor(args, db)
    dest = _out(args.output, ".xlsx", ".pdf")
    table = ppks.rekap(db, actor, args.by)
    if dest.suffix.lower() == ".pdf":
        from kesos_desktop.printing import ppks_reports

        ppks_reports.write_rekap_pdf(db, actor, table, dest)
    else:
        from kesos_desktop.excel import ppks_export

        ppks_export.write_rekap_xlsx(db, actor, table, dest)
    total = table.totals[table.headers.index("Jumlah")]
    print(f"{table.title}: {len(table.rows)} baris, jumlah {total} -> {dest}")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    from kesos_desktop.cli import _open
    from kesos_desktop.services import ppks

    db = _open(args)
    actor = _actor(args, db)
    started = time.monotonic()
    pairs = ppks.probable_duplicates(db, actor, limit=args.limit)
    took = time.monotonic() - started
    for p in pairs:
        born = lambda d: d.strftime("%d/%m/%Y") if d else "-"  # noqa: E731
        print(f"#{p.a_id} {p.a_name} ({born(p.a_birth)}, {p.a_nik})  ~  #{p.b_id} {p.b_name} "
              f"({born(p.b_birth)}, {p.b_nik})  [{p.reason_text}, {p.score:.2f}]")  # fmt: skip
    print(f"{len(pairs)} pasangan kemungkinan ganda ({took:.1f} s).")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from kesos_desktop.cli import _open
    from kesos_desktop.services import ppks

    db = _open(args)
    info = ppks.merge(db, _actor(args, db), args.keep, args.drop)
    print(f"Data #{args.drop} digabung ke #{info.id} ({info.name}); kategori: {', '.join(info.categories)}")
    return 0


def cmd_recount(args: argparse.Namespace) -> int:
    from kesos_desktop import errors
    from kesos_desktop.cli import _open
    from kesos_desktop.services import auth, ppks

    db = _open(args)
    actor = _actor(args, db)
    if not actor.can(auth.Perm.SETTINGS_MANAGE):
        raise errors.PermissionDenied()
    started = time.monotonic()
    ppks.rebuild_tallies(db)
    print(f"Hitungan dasbor PPKS dihitung ulang ({time.monotonic() - started:.1f} s).")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    user = argparse.ArgumentParser(add_help=False)
    user.add_argument(
        "--as-user", metavar="PENGGUNA", help="jalankan sebagai pengguna ini (kata sandi: KESOS_AS_PASSWORD)"
    )
    p = sub.add_parser("ppks", help="data PPKS: templat, impor, ekspor, rekap, data ganda")
    ps = p.add_subparsers(dest="ppks_command", required=True, metavar="PERINTAH")

    s = ps.add_parser("template", parents=[common, user], help="tulis templat impor xlsx")
    s.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    s.set_defaults(func=cmd_template)

    s = ps.add_parser("import", parents=[common, user], help="impor file Excel desa")
    s.add_argument("file")
    s.add_argument("--dry-run", action="store_true", help="periksa saja, jangan simpan")
    s.add_argument("--errors-to", metavar="OUT.xlsx", help="tulis salinan file dengan kolom Kesalahan")
    s.add_argument("--partial", action="store_true", help="simpan baris yang valid walau ada baris salah")
    s.add_argument("--report-existing", action="store_true", help="NIK yang sudah ada dilaporkan, tidak diperbarui")
    s.add_argument("--accept-nik-warnings", action="store_true", help="(admin) terima NIK/KK bermasalah dengan tanda")
    s.add_argument("--map", action="append", metavar="BIDANG=JUDUL", help="pemetaan kolom, mis. nik='No Induk'")
    s.set_defaults(func=cmd_import)

    s = ps.add_parser("export", parents=[common, user], help="ekspor daftar PPKS (terfilter) ke xlsx")
    s.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    s.add_argument("--kecamatan", metavar="KODE")
    s.add_argument("--desa", metavar="KODE")
    s.add_argument("--kategori", metavar="KODE|NAMA")
    s.add_argument("--status", choices=["draft", "diajukan", "diverifikasi", "ditolak", "perlu_pembaruan"])
    s.add_argument("--tahun", type=int, help="tahun pendataan")
    s.add_argument("--cari", metavar="TEKS", help="NIK atau awal nama")
    s.set_defaults(func=cmd_export)

    s = ps.add_parser("rekap", parents=[common, user], help="rekap PPKS ke xlsx atau PDF")
    s.add_argument("--by", required=True, choices=["kecamatan", "desa", "kategori"])
    s.add_argument("-o", "--output", required=True, metavar="FILE.xlsx|FILE.pdf")
    s.set_defaults(func=cmd_rekap)

    s = ps.add_parser("duplicates", parents=[common, user], help="daftar kemungkinan data ganda")
    s.add_argument("--limit", type=int, default=200)
    s.set_defaults(func=cmd_duplicates)

    s = ps.add_parser("recount", parents=[common, user], help="(admin) hitung ulang angka dasbor dari data")
    s.set_defaults(func=cmd_recount)

    s = ps.add_parser("merge", parents=[common, user], help="(admin) gabungkan data DROP ke KEEP")
    s.add_argument("keep", type=int)
    s.add_argument("drop", type=int)
    s.set_defaults(func=cmd_merge)
