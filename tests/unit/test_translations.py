"""Every user-visible string is translatable and the English translation is complete.

(a) the committed .ts holds every string pyside6-lupdate finds in the code (run `make i18n-update`);
(b) no entry is unfinished or empty, placeholders and accelerators survive translation;
(c) no bare literal reaches a UI setter/constructor in the views, and the core's user-facing texts
    (errors, list columns, messages) are marked with QT_TRANSLATE_NOOP.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "kesos_desktop"


def _load_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("kesos_i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


i18n_tool = _load_tool()
TS = i18n_tool.ts_path("en")

# Proper names and codes that read the same in English (source == translation is fine for these).
SAME_IN_ENGLISH = {
    "NIK", "NIPD", "PPKS", "TEGAR", "SK", "TMT", "JRA", "KK", "RT", "RW", "QR", "PDF", "Excel", "OK",
    "DTSEN", "Status", "Unit", "Folder", "Total", "Admin", "Operator", "Viewer", "Email", "Host", "Port",
    "SQLite", "PostgreSQL", "Digital", "Audio", "Video", "Batch", "Tokens", "xlsx", "File", "No", "admin", "folder", "Islam", "Hindu",
}  # fmt: skip


def _words_to_translate(text: str) -> list[str]:
    text = re.sub(r"\{[^{}]*\}|\(\*\.[^)]*\)", " ", text)
    return [w for w in re.findall(r"[^\W\d_]{2,}", text) if w not in SAME_IN_ENGLISH and not w.isupper()]


def _messages() -> Iterator[tuple[str, str, ET.Element]]:
    for ctx in ET.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is not None and t.get("type") in ("vanished", "obsolete"):
                continue
            yield name, m.findtext("source") or "", m


# --- (a) up to date --------------------------------------------------------------------------


def test_ts_holds_every_string_of_the_code() -> None:
    missing = i18n_tool.missing_strings("en")
    listing = "\n".join(f"  [{c}] {s!r}" for c, s in sorted(missing))
    assert not missing, f"{len(missing)} string(s) not in {TS.name}; run `make i18n-update`:\n{listing}"


# --- (b) complete and valid --------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%L?\d+|%n")
_ACCEL = re.compile(r"&(?!&)(\w)")


def test_every_entry_is_translated() -> None:
    problems = []
    count = 0
    for ctx, src, m in _messages():
        count += 1
        t = m.find("translation")
        text = (t.text or "") if t is not None else ""
        if t is None or t.get("type") == "unfinished":
            problems.append(f"unfinished [{ctx}] {src!r}")
        elif not text.strip():
            problems.append(f"empty [{ctx}] {src!r}")
        elif text == src and _words_to_translate(src):
            problems.append(f"copied, not translated [{ctx}] {src!r}")
    assert count > 1000
    assert not problems, "\n".join(problems[:50])


def test_placeholders_and_accelerators_survive() -> None:
    problems = []
    for ctx, src, m in _messages():
        text = m.findtext("translation") or ""
        if sorted(_PLACEHOLDER.findall(src)) != sorted(_PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ [{ctx}] {src!r} -> {text!r}")
        if len(_ACCEL.findall(src)) != len(_ACCEL.findall(text)):
            problems.append(f"accelerator lost [{ctx}] {src!r} -> {text!r}")
        if src.endswith("…") != text.endswith("…") or src.endswith(":") != text.endswith(":"):
            problems.append(f"ending differs [{ctx}] {src!r} -> {text!r}")
    assert not problems, "\n".join(problems[:50])


def test_lrelease_compiles_the_ts(tmp_path: Path) -> None:
    import subprocess

    qm = tmp_path / "kesos_en.qm"
    subprocess.run([i18n_tool.tool("lrelease"), "-silent", "-fail-on-invalid", str(TS), "-qm", str(qm)], check=True)
    assert qm.stat().st_size > 10_000


# --- (c) no bare strings -------------------------------------------------------------------------

# Methods and constructors whose string arguments the user reads: name -> argument positions
# (None = every positional argument) and keyword names.
_ALL = None
UI_CALLS: dict[str, tuple[tuple[int, ...] | None, tuple[str, ...]]] = {
    **{
        name: ((0,), ())
        for name in (
            "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis",
            "setTitle", "setSubTitle", "setLabelText", "setInformativeText", "setDetailedText",
            "setSpecialValueText", "setSuffix", "setPrefix", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
            "setHeaderLabels", "setHeaderLabel", "addItems", "addMenu", "addRow", "showMessage",
            "setCancelButtonText", "setOkButtonText", "setPlainText", "setMarkdown", "setHtml", "setAccessibleName",
            "addButton", "addSection", "setFormat",
        )
    },
    "addTab": (_ALL, ()), "insertTab": (_ALL, ()), "setTabText": ((1,), ()), "setTabToolTip": ((1,), ()),
    "setItemText": ((1,), ()), "setButtonText": ((1,), ()), "setHeaderData": ((2,), ()),
    "addAction": (_ALL, ("text",)), "addItem": ((0,), ("text",)), "insertItem": ((1,), ()),
    "information": ((1, 2), ()), "warning": ((1, 2), ()), "critical": ((1, 2), ()), "question": ((1, 2), ()),
    "about": ((1, 2), ()), "getText": ((1, 2), ()), "getItem": ((1, 2), ()), "getInt": ((1, 2), ()),
    "getDouble": ((1, 2), ()), "getSaveFileName": ((1, 3), ("caption", "filter")),
    "getOpenFileName": ((1, 3), ("caption", "filter")), "getExistingDirectory": ((1,), ("caption",)),
    "show_info": ((1, 2), ()), "confirm": ((1, 2), ()),
    **{
        name: (_ALL, ("text", "title", "windowTitle", "toolTip", "placeholderText"))
        for name in (
            "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
            "QMessageBox", "QTableWidgetItem", "QListWidgetItem", "QTreeWidgetItem", "QStandardItem", "QMenu",
            "QCommandLinkButton",
        )
    },
}  # fmt: skip
# Calls whose result is translated text (a literal inside them is fine).
WRAPPERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "ui_text", "error_text", "core_tr"}
# Words that need no translation: codes, units, file types, proper names.
ALLOWED_WORDS = {
    "NIK", "NIPD", "PPKS", "TEGAR", "KK", "RT", "RW", "QR", "PDF", "OK", "SK", "TMT", "JRA", "SHA", "KB", "MB",
    "Excel", "SQLite", "PostgreSQL", "xlsx", "pdf", "txt", "csv", "png", "jpg", "jpeg", "DTSEN", "CR80", "A4", "F4",
}  # fmt: skip
# Markup (also a tag cut by an f-string placeholder), entities and file-type patterns.
_TAG = re.compile(r"<[^<>]*>|<[^<>]*$|^[^<>]*>|&\w+;|\(\*\.[\w *.]+\)")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(_TAG.sub(" ", text)) if w not in ALLOWED_WORDS]


def bare_literals(node: ast.AST) -> Iterator[str]:
    """Literal text in ``node`` that no translation call wraps."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _words(node.value):
            yield node.value
    elif isinstance(node, ast.JoinedStr):
        for v in node.values:
            if isinstance(v, ast.Constant):
                yield from bare_literals(v)
            elif isinstance(v, ast.FormattedValue):
                yield from bare_literals(v.value)
    elif isinstance(node, ast.BinOp):
        yield from bare_literals(node.left)
        yield from bare_literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from bare_literals(node.body)
        yield from bare_literals(node.orelse)
    elif isinstance(node, ast.List | ast.Tuple):
        for e in node.elts:
            yield from bare_literals(e)
    elif isinstance(node, ast.Call):
        name = _name(node.func)
        if name in WRAPPERS:
            return
        if name in ("format", "join", "replace", "strip") and isinstance(node.func, ast.Attribute):
            yield from bare_literals(node.func.value)
            if name == "join":
                for a in node.args:
                    yield from bare_literals(a)


def _icon_like(node: ast.expr) -> bool:
    text = ast.unparse(node).lower()
    return "icon" in text


_ERROR_NAME = re.compile(
    r"(Error|NotFound|PermissionDenied|Cancelled|EnvironmentProblem|DatabaseProblem|ConnectionLost)$"
)
# Builtin exceptions carry developer text; import row reports are documents (see docs/i18n).
_NOT_USER_ERRORS = {"KeyError", "ValueError", "TypeError", "RuntimeError", "OSError", "LookupError", "RowError",
                    "CellError", "AssertionError", "NotImplementedError", "SystemExit"}  # fmt: skip


def scan_ui(source: str, *, widgets: bool = True) -> list[tuple[int, str, str]]:
    """(line, call, literal) for each bare literal passed to a UI call (``widgets``) or a user-facing error."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        args: list[ast.expr] = []
        if widgets and name in UI_CALLS:
            positions, keywords = UI_CALLS[name]
            if positions is None:
                args = list(node.args)
            else:
                args = [node.args[i] for i in positions if i < len(node.args)]
                if name == "addItem" and node.args and _icon_like(node.args[0]) and len(node.args) > 1:
                    args = [node.args[1]]
            args += [k.value for k in node.keywords if k.arg in keywords]
        elif name and _ERROR_NAME.search(name) and name not in _NOT_USER_ERRORS:
            args = list(node.args[1:] if name in ("ValidationError", "DatabaseProblem") else node.args)
            args += [k.value for k in node.keywords if k.arg == "text"]
        elif name in ("msg", "Message"):
            args = list(node.args[:1])
        elif name in ("Column", "Filter"):
            args = list(node.args[1:2]) + [k.value for k in node.keywords if k.arg == "title"]
        elif name == "ListSpec":
            args = [k.value for k in node.keywords if k.arg == "search_placeholder"]
        for a in args:
            found.extend((node.lineno, name or "?", s) for s in bare_literals(a))
    return found


def _files(*patterns: str) -> list[Path]:
    return sorted({p for pattern in patterns for p in PACKAGE.glob(pattern)})


def test_views_pass_no_bare_text_to_widgets() -> None:
    problems = []
    for path in _files("views/**/*.py", "app.py"):
        for line, call, text in scan_ui(path.read_text(encoding="utf-8")):
            problems.append(f"{path.relative_to(ROOT)}:{line}: {call}({text!r}) needs self.tr()")
    assert not problems, "\n".join(problems)


def test_core_user_texts_are_marked() -> None:
    problems = []
    for path in _files("services/*.py", "errors.py", "tasks.py", "jobs.py", "excel/*.py", "printing/*.py"):
        # Documents (PDF metadata, xlsx sheets) stay Indonesian: only messages are checked here.
        for line, call, text in scan_ui(path.read_text(encoding="utf-8"), widgets=False):
            problems.append(f"{path.relative_to(ROOT)}:{line}: {call}({text!r}) needs QT_TRANSLATE_NOOP")
    assert not problems, "\n".join(problems)


def lupdate_blind_spots(source: str) -> list[tuple[int, str]]:
    """Marked texts lupdate never extracts: a plain ``tr("x")``/``_("x")`` (no context, so never
    translated at run time), an f-string as the text, or ``self.tr("x")`` inside an f-string."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("tr", "core_tr", "_", "_t", "ui_text")
            and node.args
            and isinstance(node.args[0], ast.Constant | ast.JoinedStr)
        ):
            found.append((node.lineno, f"{node.func.id}(<literal>)"))
        if (
            isinstance(node, ast.Call)
            and _name(node.func) in ("tr", "translate", "QT_TRANSLATE_NOOP")
            and any(isinstance(a, ast.JoinedStr) for a in node.args)
        ):
            found.append((node.lineno, f"f-string passed to {_name(node.func)}"))
        if isinstance(node, ast.FormattedValue):
            for inner in ast.walk(node.value):
                if (
                    isinstance(inner, ast.Call)
                    and _name(inner.func) in ("tr", "translate", "QT_TRANSLATE_NOOP")
                    and any(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in inner.args)
                ):
                    found.append((inner.lineno, f"{_name(inner.func)}() inside an f-string"))
    return found


def test_no_marked_text_is_hidden_from_lupdate() -> None:
    problems = [
        f"{path.relative_to(ROOT)}:{line}: {what}"
        for path in _files("**/*.py")
        for line, what in lupdate_blind_spots(path.read_text(encoding="utf-8"))
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("code", "hidden"),
    [
        ('w.setText(tr("Nama"))', 1),
        ("QLabel(f\"<h2>{self.tr('Pengguna')}</h2>\")", 1),
        ('self.tr(f"Desa {name}")', 1),
        ('QLabel("<h2>{}</h2>".format(self.tr("Pengguna")))', 0),
        ('w.setText(f"{code} — {tr(label)}")', 0),
    ],
)
def test_blind_spot_finder(code: str, hidden: int) -> None:
    assert len(lupdate_blind_spots(code)) == hidden


@pytest.mark.parametrize(
    ("code", "bare"),
    [
        ('QLabel("Nama")', ["Nama"]),
        ('w.setText(f"Desa {d}")', ["Desa "]),
        ('QMessageBox.warning(self, "Gagal", self.tr("x"))', ["Gagal"]),
        ('combo.addItem("Laki-laki", "L")', ["Laki-laki"]),
        ('raise errors.NotFound("Data hilang")', ["Data hilang"]),
        ('raise errors.ValidationError("nik", f"NIK {n} salah")', [" salah"]),
        ('Column("nama", "Nama", expr)', ["Nama"]),
        ('QLabel(self.tr("Nama"))', []),
        ('QLabel("NIK")', []),
        ('QLabel("%")', []),
        ('combo.addItem(self.tr("Semua"), "all")', []),
        ('w.setText(f"<b>{name}</b> — NIPD {n}")', []),
        ('QFileDialog.getSaveFileName(self, self.tr("Simpan"), "daftar.xlsx", "Excel (*.xlsx)")', []),
        ('raise errors.ValidationError("nik", QT_TRANSLATE_NOOP("kesos", "NIK salah"))', []),
    ],
)
def test_scanner_finds_bare_text(code: str, bare: list[str]) -> None:
    assert [text for _line, _call, text in scan_ui(code)] == bare


def test_several_field_errors_keep_their_messages() -> None:
    """ValidationErrors carries the messages (a view translates each), and still reads as before."""
    from kesos_desktop import errors
    from kesos_desktop.text import QT_TRANSLATE_NOOP, msg

    e = errors.ValidationErrors(
        [
            errors.ValidationError("name", QT_TRANSLATE_NOOP("kesos", "Nama wajib diisi.")),
            errors.ValidationError(
                "nik", msg(QT_TRANSLATE_NOOP("kesos", "NIK harus 16 digit angka (terisi {n} digit)."), n=3)
            ),
        ]
    )
    assert str(e) == "Data belum valid: Nama wajib diisi.; NIK harus 16 digit angka (terisi 3 digit)."
    assert [m.text for m in e.message.params["detail"]] == [
        "Nama wajib diisi.",
        "NIK harus 16 digit angka (terisi {n} digit).",
    ]
