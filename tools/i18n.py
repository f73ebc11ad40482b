"""Translations: ``update`` extracts UI strings into the .ts files, ``build`` compiles them to .qm.

    python tools/i18n.py update   # pyside6-lupdate over kesos_desktop/**/*.py -> resources/i18n/kesos_en.ts
    python tools/i18n.py build    # pyside6-lrelease -> kesos_en.qm (skipped when up to date)
    python tools/i18n.py check    # exit 1 when the .ts lacks strings from the code or has unfinished entries

Bahasa Indonesia is the source language; the .qm files are build products (not committed) made by
``make run``/``make test``/the installer. ``fill`` writes the English texts kept in
``tools/i18n_en.py`` into the .ts (translators may also use Qt Linguist on the .ts directly).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kesos_desktop"
I18N_DIR = PACKAGE / "resources" / "i18n"
SOURCE_LANGUAGE = "id_ID"
TARGETS = {"en": "en_US"}


def ts_path(lang: str) -> Path:
    return I18N_DIR / f"kesos_{lang}.ts"


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"kesos_{lang}.qm"


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def tool(name: str) -> str:
    """The Qt binary shipped inside the PySide6 wheel, else the ``pyside6-*`` wrapper."""
    import PySide6

    exe = ".exe" if os.name == "nt" else ""
    inside = Path(PySide6.__file__).resolve().parent / f"{name}{exe}"
    if inside.exists():
        return str(inside)
    for candidate in (Path(sys.executable).parent / f"pyside6-{name}{exe}", shutil.which(f"pyside6-{name}")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit(f"{name} not found: install PySide6-Essentials")


def lupdate(ts: Path, lang: str, *, obsolete: bool = False) -> None:
    """Extract into ``ts`` (merging with what it already holds). Paths are relative, so the file is stable."""
    files = [os.path.relpath(p, ts.parent) for p in sources()]
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(files))
    try:
        cmd = [tool("lupdate"), f"@{lst.name}", "-silent", "-locations", "relative"]
        cmd += ["-source-language", SOURCE_LANGUAGE, "-target-language", TARGETS[lang], "-ts", ts.name]
        if not obsolete:
            cmd.insert(1, "-no-obsolete")
        subprocess.run(cmd, check=True, cwd=ts.parent)
    finally:
        os.unlink(lst.name)


def source_strings(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every current (not vanished/obsolete) entry."""
    out = set()
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is not None and t.get("type") in ("vanished", "obsolete"):
                continue
            out.add((name, m.findtext("source") or ""))
    return out


def missing_strings(lang: str = "en") -> set[tuple[str, str]]:
    """Strings in the code that the committed .ts does not hold (lupdate into a temp copy)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        lupdate_to(fresh, lang)
        return source_strings(fresh) - source_strings(ts_path(lang))


def lupdate_to(target: Path, lang: str) -> None:
    """Fresh extraction into ``target`` (any folder)."""
    files = [str(p) for p in sources()]
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(files))
    try:
        cmd = [tool("lupdate"), f"@{lst.name}", "-silent", "-locations", "none"]
        cmd += ["-source-language", SOURCE_LANGUAGE, "-target-language", TARGETS[lang], "-ts", str(target)]
        subprocess.run(cmd, check=True)
    finally:
        os.unlink(lst.name)


def build(*, force: bool = False) -> list[Path]:
    """Compile every .ts (``kesos_<lang>.ts``, and ``qt_id.ts`` for Qt's own buttons in Bahasa Indonesia)
    whose .qm is missing or older. Cheap when nothing changed."""
    built = []
    for ts in sorted(I18N_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def fill(lang: str = "en") -> int:
    """Write the texts of ``tools/i18n_<lang>.py`` (``TEXTS``: source -> translation, optional
    ``BY_CONTEXT``: (context, source) -> translation) into the .ts and mark them finished.
    Returns how many entries still lack a translation."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    module = __import__(f"i18n_{lang}")
    texts: dict[str, str] = module.TEXTS
    by_context: dict[tuple[str, str], str] = getattr(module, "BY_CONTEXT", {})
    ts = ts_path(lang)
    tree = ET.parse(ts)
    missing = 0
    todo: dict[str, str] = {}
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            src = m.findtext("source") or ""
            t = m.find("translation")
            if t is None:
                t = ET.SubElement(m, "translation")
            if t.get("type") in ("vanished", "obsolete"):
                continue
            text = by_context.get((name, src), texts.get(src))
            if text:
                t.text = text
                t.attrib.pop("type", None)
            elif not (t.text or "").strip():
                missing += 1
                todo.setdefault(src, name)
    if todo:
        print(f"{len(todo)} text(s) without English; add them to TEXTS in tools/i18n_{lang}.py:", file=sys.stderr)
        for src, name in todo.items():
            print(f"    {src!r}: '',  # {name}", file=sys.stderr)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    ts.write_text(_as_lupdate_writes(ts.read_text(encoding="utf-8")), encoding="utf-8")
    return missing


def _as_lupdate_writes(raw: str) -> str:
    """ElementTree's spelling of the file turned into lupdate's, so a fill alone causes no diff noise."""
    raw = raw.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>', 1)
    if "<!DOCTYPE TS>" not in raw:
        raw = raw.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    raw = raw.replace(" />", "/>")

    def quote(m: re.Match[str]) -> str:
        return m.group(1) + m.group(2).replace("'", "&apos;").replace('"', "&quot;") + m.group(3)

    raw = re.sub(r"(<(?:source|translation)[^>]*>)(.*?)(</(?:source|translation)>)", quote, raw, flags=re.S)
    return raw if raw.endswith("\n") else raw + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="extract strings into the .ts files (lupdate)")
    b = sub.add_parser("build", help="compile .ts to .qm (lrelease)")
    b.add_argument("--force", action="store_true")
    sub.add_parser("check", help="fail when the .ts is stale or unfinished")
    sub.add_parser("fill", help="write tools/i18n_<lang>.py texts into the .ts")
    args = parser.parse_args(argv)
    if args.command == "update":
        I18N_DIR.mkdir(parents=True, exist_ok=True)
        for lang in TARGETS:
            lupdate(ts_path(lang), lang)
        return 0
    if args.command == "build":
        for qm in build(force=args.force):
            print(f"built {qm.relative_to(ROOT)}")
        return 0
    if args.command == "fill":
        return 1 if any(fill(lang) for lang in TARGETS) else 0
    status = 0
    for lang in TARGETS:
        for ctx, src in sorted(missing_strings(lang)):
            print(f"not in {ts_path(lang).name}: [{ctx}] {src!r}")
            status = 1
        raw = ts_path(lang).read_text(encoding="utf-8")
        if 'type="unfinished"' in raw:
            print(f"{ts_path(lang).name} has unfinished entries")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
