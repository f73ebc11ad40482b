"""The ``kesos`` command: batch jobs that call the same services as the GUI."""

from __future__ import annotations

import argparse
import getpass
import importlib
import importlib.util
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

from kesos_desktop import __version__, errors

Handler = Callable[[argparse.Namespace], int]


def _database_url(args: argparse.Namespace) -> str:
    if getattr(args, "database_url", None):
        return str(args.database_url)
    env = os.environ.get("KESOS_DATABASE_URL")
    if env:
        return env
    from kesos_desktop import config

    return config.database_url()


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from kesos_desktop.services import bootstrap

    return bootstrap.prepare(_database_url(args)).db


def _progress(label: str) -> Callable[[int, int], None]:
    last = [0.0]

    def report(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] > 0.5 or done >= total:
            last[0] = now
            print(f"\r{label}: {done:,}/{total:,}".replace(",", "."), end="\n" if done >= total else "", flush=True)

    return report


def cmd_init_db(args: argparse.Namespace) -> int:
    from kesos_desktop.services import auth, bootstrap, wilayah

    url = _database_url(args)
    prepared = bootstrap.prepare(url, _progress("Wilayah"))
    db = prepared.db
    print(f"Basis data siap: {db.describe()} ({wilayah.count(db):,} wilayah)".replace(",", "."))
    if prepared.backup:
        print(f"Cadangan sebelum pembaruan: {prepared.backup}")
    if args.wilayah:
        region = wilayah.set_office_scope(db, auth.SYSTEM, args.wilayah)
        print(f"Cakupan kantor: {region.code} {region.name}")
    return 0


def cmd_upgrade_db(args: argparse.Namespace) -> int:
    from kesos_desktop.models.db import Database
    from kesos_desktop.services import schema

    db = Database.open(_database_url(args))
    before = schema.schema_state(db)
    backup = schema.upgrade(db)
    after = schema.schema_state(db)
    print(f"Revisi skema: {before.current or '(kosong)'} -> {after.current}")
    if backup:
        print(f"Cadangan sebelum pembaruan: {backup}")
    return 0


def cmd_create_admin(args: argparse.Namespace) -> int:
    from kesos_desktop.services import auth

    db = _open(args)
    password = args.password or os.environ.get("KESOS_ADMIN_PASSWORD")
    if not password:
        if not sys.stdin.isatty():
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass("Kata sandi: ")
            if getpass.getpass("Ulangi kata sandi: ") != password:
                print("Kata sandi tidak sama.", file=sys.stderr)
                return 2
    actor = auth.SYSTEM
    if auth.user_count(db) > 0:
        # Adding another admin needs an existing admin's credentials.
        if not args.as_user:
            print(
                "Sudah ada pengguna: sertakan --as-user ADMIN (kata sandinya dari KESOS_AS_PASSWORD atau ditanyakan).",
                file=sys.stderr,
            )
            return 2
        admin_user = args.as_user
        admin_pw = os.environ.get("KESOS_AS_PASSWORD") or getpass.getpass(f"Kata sandi {admin_user}: ")
        actor = auth.login(db, admin_user, admin_pw)
    info = auth.create_user(
        db, actor, username=args.username, full_name=args.name or args.username, password=password, role=auth.Role.ADMIN
    )
    print(f"Admin dibuat: {info.username} ({info.full_name})")
    return 0


def _configure_pg_bin() -> None:
    """The PostgreSQL client folder from this PC's settings (KESOS_PG_BIN in the environment still wins)."""
    from kesos_desktop.services import backup

    try:
        from kesos_desktop import config

        backup.set_pg_bin(config.get(config.BACKUP_PG_BIN))
    except Exception:  # no readable settings file: the search still covers PATH and the install folders
        pass


def cmd_backup(args: argparse.Namespace) -> int:
    from kesos_desktop.models.db import Database
    from kesos_desktop.services import auth, backup

    _configure_pg_bin()
    db = Database.open(_database_url(args))
    try:
        started = time.monotonic()
        dest = backup.backup(db, auth.SYSTEM, args.file)
    finally:
        db.dispose()
    print(f"Cadangan ditulis: {dest} ({dest.stat().st_size / 1e6:.1f} MB, {time.monotonic() - started:.1f} s)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from kesos_desktop.models.db import Database
    from kesos_desktop.services import auth, backup, consistency

    _configure_pg_bin()
    db = Database.open(_database_url(args))
    try:
        info = backup.inspect_backup(args.file)
        when = f"{info.created:%d-%m-%Y %H:%M}" if info.created else "?"
        print(f"Cadangan: {info.path} (dibuat {when}, revisi {info.revision})")
        counts = ", ".join(f"{n:,} {label}".replace(",", ".") for label, n in backup.summary_counts(info))
        print(f"Isi: {counts}")
        print(f"Akan menggantikan SELURUH isi basis data {db.describe()}.")
        if not args.yes:
            prompt = "Ketik 'ya' untuk memulihkan: "
            if sys.stdin.isatty():
                answer = input(prompt)
            else:
                print(prompt, end="", flush=True)
                answer = sys.stdin.readline()
            if answer.strip().lower() not in ("ya", "y", "yes"):
                print("Dibatalkan: basis data tidak diubah.")
                return 1
        started = time.monotonic()
        result = backup.restore(db, auth.SYSTEM, args.file, safety_dir=backup.default_safety_dir(db))
    finally:
        db.dispose()
    print(f"Basis data dipulihkan dari {info.path.name} ({time.monotonic() - started:.1f} s).")
    if result.upgraded:
        print("Struktur basis data diperbarui ke versi aplikasi ini.")
    if result.safety_copy:
        print(f"Data sebelum pemulihan disimpan di: {result.safety_copy}")
    if result.check_error:
        print(f"Pemeriksaan konsistensi gagal dijalankan: {result.check_error}", file=sys.stderr)
        return 1
    print(consistency.report(list(result.problems), "basis data yang dipulihkan"))
    return 1 if result.problems else 0


def cmd_check(args: argparse.Namespace) -> int:
    from kesos_desktop.models.db import Database
    from kesos_desktop.services import consistency

    db = Database.open(_database_url(args))
    started = time.monotonic()
    problems = consistency.check(db, quick=args.quick)
    print(consistency.report(problems, db.describe()))
    print(f"Selesai dalam {time.monotonic() - started:.1f} s.")
    return 1 if problems else 0


# Each module ships its commands in ``kesos_desktop/cli_<module>.py`` with ``register(sub, common)`` and,
# for demo data, ``add_demo_options(parser)`` and ``run_demo(db, args, progress) -> list[str]``.
MODULE_CLIS = ("kesos_desktop.cli_nipd", "kesos_desktop.cli_arsip", "kesos_desktop.cli_ppks")


def _module_clis() -> list[Any]:
    found = []
    for name in MODULE_CLIS:
        if importlib.util.find_spec(name) is not None:
            found.append(importlib.import_module(name))
    return found


def cmd_demo_data(args: argparse.Namespace) -> int:
    from kesos_desktop.services import demo

    db = _open(args)
    summary = demo.generate(db, users=args.users, audit=args.audit, seed=args.seed, progress=_progress("Data demo"))
    if summary and summary[0].startswith("Tidak ada"):
        summary = []
    for mod in _module_clis():
        if hasattr(mod, "run_demo"):
            summary.extend(mod.run_demo(db, args, _progress("Data demo")))
    for line in summary or ["Tidak ada yang dibuat: pilih salah satu opsi (lihat kesos demo-data --help)."]:
        print(line)
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database-url",
        help="URL basis data, mis. sqlite:////path/kesos.sqlite3 atau postgresql://user:pw@host/db "
        "(bawaan: KESOS_DATABASE_URL, lalu pengaturan aplikasi)",
    )
    p = argparse.ArgumentParser(prog="kesos", description="Kesos Desktop: perintah baris untuk pekerjaan massal.")
    p.add_argument("--version", action="version", version=f"kesos {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="PERINTAH")

    s = sub.add_parser("init-db", parents=[common], help="siapkan basis data (skema + wilayah)")
    s.add_argument("--wilayah", metavar="KODE", help="cakupan kantor: kode provinsi/kabupaten, mis. 61.07")
    s.set_defaults(func=cmd_init_db)

    s = sub.add_parser("upgrade-db", parents=[common], help="perbarui struktur basis data")
    s.set_defaults(func=cmd_upgrade_db)

    s = sub.add_parser("create-admin", parents=[common], help="buat akun admin")
    s.add_argument("--username", required=True)
    s.add_argument("--name", help="nama lengkap")
    s.add_argument("--password", help="kata sandi (atau KESOS_ADMIN_PASSWORD, atau ditanyakan)")
    s.add_argument("--as-user", help="admin yang sudah ada (bila bukan admin pertama)")
    s.set_defaults(func=cmd_create_admin)

    s = sub.add_parser(
        "backup", parents=[common], help="cadangkan basis data ke FILE (SQLite: salinan daring; PostgreSQL: pg_dump)"
    )
    s.add_argument("file")
    s.set_defaults(func=cmd_backup)

    s = sub.add_parser(
        "restore", parents=[common], help="pulihkan basis data dari FILE cadangan (isi saat ini diganti)"
    )
    s.add_argument("file")
    s.add_argument("--yes", action="store_true", help="tanpa pertanyaan konfirmasi")
    s.set_defaults(func=cmd_restore)

    s = sub.add_parser("check", parents=[common], help="periksa konsistensi basis data (keluar 1 bila ada masalah)")
    s.add_argument("--quick", action="store_true", help="SQLite: quick_check, lebih cepat untuk file besar")
    s.set_defaults(func=cmd_check)

    s = sub.add_parser("demo-data", parents=[common], help="isi data contoh di wilayah kantor")
    s.add_argument("--users", action="store_true", help="buat satu pengguna contoh untuk tiap peran")
    s.add_argument("--audit", type=int, default=0, metavar="N", help="N entri log audit sintetis (uji daftar besar)")
    s.add_argument("--seed", type=int, default=1, help="benih acak (hasil dapat diulang)")
    s.set_defaults(func=cmd_demo_data)
    for mod in _module_clis():
        if hasattr(mod, "add_demo_options"):
            mod.add_demo_options(s)
        mod.register(sub, common)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except errors.KnownError as e:
        print(f"Galat: {e.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
