"""Import officials from xlsx: template, header mapping, row-level error report, all-or-nothing.

Rows are matched to existing officials by NIK: a known NIK updates that person's data (the
position is left alone: mutasi has its own SK), an unknown NIK registers a new official
(status "menunggu persetujuan"; the NIPD comes on approval). Every row is validated with the same
rules as the form inside one write unit; any error rolls the whole file back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kesos_desktop import errors
from kesos_desktop.jobs import NULL, JobContext
from kesos_desktop.models.db import Database
from kesos_desktop.models.nipd import Jabatan, Official
from kesos_desktop.services import nipd, wilayah
from kesos_desktop.services.auth import Actor, Perm, require
from kesos_desktop.services.nik import clean
from kesos_desktop.text import QT_TRANSLATE_NOOP

# key, header in the template, required, other accepted headers (compared without case, spaces or punctuation)
COLUMNS: tuple[tuple[str, str, bool, tuple[str, ...]], ...] = (
    ("nik", "NIK", True, ("no nik", "nomor nik", "nomor induk kependudukan", "nik ktp", "no ktp")),
    ("name", "Nama", True, ("nama lengkap", "nama perangkat", "nama aparat", "nama pegawai")),
    ("title_front", "Gelar Depan", False, ()),
    ("title_back", "Gelar Belakang", False, ()),
    ("sex", "Jenis Kelamin (L/P)", True, ("jenis kelamin", "jk", "l/p", "kelamin")),
    ("birth_place", "Tempat Lahir", True, ("tmp lahir", "tempat")),
    ("birth_date", "Tanggal Lahir", True, ("tgl lahir", "tgl lhr", "tanggal lhr")),
    ("religion", "Agama", False, ()),
    ("education", "Pendidikan Terakhir", False, ("pendidikan",)),
    ("address", "Alamat", False, ("alamat lengkap",)),
    ("phone", "Telepon", False, ("no hp", "hp", "telp", "no telp", "nomor hp", "no telepon")),
    ("nip", "NIP", False, ()),
    ("pangkat", "Pangkat/Golongan", False, ("pangkat", "golongan")),
    ("desa_code", "Kode Desa", True, ("kode wilayah", "desa", "kode desa kelurahan")),
    ("jabatan_code", "Jabatan", True, ("kode jabatan", "nama jabatan")),
    ("sk_number", "Nomor SK Pengangkatan", True, ("nomor sk", "no sk", "no sk pengangkatan")),
    ("sk_date", "Tanggal SK Pengangkatan", True, ("tanggal sk", "tgl sk", "tgl sk pengangkatan")),
    ("sk_signer", "Penandatangan SK", False, ("pejabat penandatangan sk",)),
    ("tmt", "TMT", True, ("tmt jabatan", "terhitung mulai tanggal")),
)
LABELS: dict[str, str] = {key: header for key, header, _r, _a in COLUMNS}
REQUIRED: tuple[str, ...] = tuple(key for key, _h, req, _a in COLUMNS if req)


# Control characters (Excel's _x0000_.._x001F_ escapes arrive as real ones): PostgreSQL text refuses NUL
# and openpyxl refuses them all, so a stored value could never be exported again.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _norm(text: object) -> str:
    """Header as a lookup key: "Tgl. Lahir", "TGL LAHIR *", "tgl_lahir" -> "tgllahir"; "L / P" -> "lp"."""
    return _NON_ALNUM.sub("", str(text or "").lower())


_LOOKUP = {_norm(n): key for key, header, _r, aliases in COLUMNS for n in (key, header, *aliases)}


def field_for_header(header: object) -> str | None:
    """The field a header (or a field name typed on the command line) stands for, or None."""
    return _LOOKUP.get(_norm(header)) if header not in (None, "") else None


def write_template(path: str | Path, db: Database | None = None) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "Perangkat"
    for col, (_k, header, required, _a) in enumerate(COLUMNS, 1):
        c = ws.cell(1, col, header + (" *" if required else ""))
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DCE6F1" if required else "F2F2F2")
        ws.column_dimensions[c.column_letter].width = max(14, len(header) + 4)
    example = ["'6107015701900001", "Siti Aminah", "", "S.Sos.", "P", "Bengkayang", "17-01-1990", "Islam", "S1",
               "Dusun I RT 001", "081234567890", "", "", "61.07.01.2001", "SEKDES", "141/12/2024", "01-03-2024",
               "Kepala Desa Sungai Duri", "04-03-2024"]  # fmt: skip
    for col, v in enumerate(example, 1):
        ws.cell(2, col, v)
    info = wb.create_sheet("Petunjuk")
    info.append(["Kolom bertanda * wajib. Tanggal ditulis dd-mm-yyyy. NIK dan NIP ditulis sebagai teks."])
    info.append(["Jenis kelamin: L atau P. Pendidikan: " + ", ".join(nipd.EDUCATION)])
    info.append(["Kode jabatan (atau tulis nama jabatan lengkap):"])
    for j in nipd.list_jabatan(db) if db is not None else []:
        info.append([j.code, j.name])
    wb.save(path)
    return path


@dataclass
class ImportReport:
    rows: int = 0
    created: int = 0
    updated: int = 0
    dry_run: bool = False
    problems: list[tuple[int, str, str]] = field(default_factory=list)  # (row number, column, message)
    letters: dict[str, str] = field(default_factory=dict)  # column label -> its letter in the file

    def column(self, label: str) -> str:
        """ "E (Tanggal Lahir)" for a mapped column, the label alone otherwise."""
        letter = self.letters.get(label)
        return f"{letter} ({label})" if letter else label

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = [f"Baris {r} kolom {self.column(c)}: {m}" for r, c, m in self.problems]
        if self.problems:
            out.append(
                f"Impor DIBATALKAN: {len(self.problems)} masalah pada {self.rows} baris; tidak ada yang disimpan."
            )
        elif self.dry_run:
            out.append(
                f"Pemeriksaan selesai: {self.rows} baris valid ({self.created} baru, {self.updated} diperbarui). Tidak disimpan."
            )
        else:
            out.append(f"Impor selesai: {self.created} perangkat baru, {self.updated} diperbarui.")
        return out


class _Rollback(Exception):
    pass


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return (text if text.isprintable() else _CONTROL.sub("", text)).strip()


@dataclass(frozen=True)
class Source:
    """The sheet holding the officials: its header row, data rows and the proposed column mapping."""

    path: str
    sheet: str
    sheets: tuple[str, ...]
    header_row: int  # Excel row number (1-based)
    headers: tuple[str, ...]
    rows: list[tuple[int, list[Any]]] = field(repr=False)  # (Excel row number, cells), non-empty rows only
    proposal: dict[str, int] = field(default_factory=dict)  # field -> 0-based column

    def columns(self) -> list[str]:
        """Every column as the user sees it in a mapping list: "C: Tgl Lahir"."""
        return [f"{column_letter(i)}: {h}" if h else column_letter(i) for i, h in enumerate(self.headers)]

    def sample(self, mapping: Mapping[str, int], n: int = 10) -> tuple[list[str], list[list[str]]]:
        """The first ``n`` rows as they would be read under ``mapping``: (field labels, cell texts)."""
        from kesos_desktop.excel.arsip_import import cell_text

        keys = [key for key, *_ in COLUMNS if mapping.get(key) is not None]
        out = []
        for _n, row in self.rows[:n]:
            out.append([cell_text(row[mapping[k]]) if mapping[k] < len(row) else "" for k in keys])
        return [LABELS[k] for k in keys], out


def column_letter(index: int) -> str:
    from openpyxl.utils.cell import get_column_letter

    return get_column_letter(index + 1)


def _header_score(row: list[Any]) -> int:
    return len({f for f in (field_for_header(c) for c in row) if f})


def read(path: str | Path, *, sheet: str | None = None) -> Source:
    """Open the workbook and find the sheet and row holding the column headers.

    Instruction sheets ("Petunjuk") and title rows are passed over: the header is the row (within the
    first 30 of any sheet) naming most known columns. A file whose headers are all unknown still opens
    (widest first row), so the caller can map its columns by hand.
    """
    from kesos_desktop.excel.ppks_import import read_rows

    sheets = read_rows(path)
    names = tuple(name for name, _rows in sheets)
    if sheet is not None and sheet not in names:
        raise errors.ValidationError(
            "sheet", QT_TRANSLATE_NOOP("kesos", "Lembar {sheet} tidak ada (ada: {sheets})."), sheet=sheet,
            sheets=", ".join(names),
        )  # fmt: skip
    best: tuple[tuple[int, int, int], str, list[list[Any]], int] | None = None
    for order, (name, table) in enumerate(sheets):
        if sheet is not None and name != sheet:
            continue
        top, score = None, 0
        for i, row in enumerate(table[:30]):
            sc = _header_score(row)
            if sc > score:
                top, score = i, sc
        if top is None or score < 2:
            top, score = next((i for i, r in enumerate(table) if any(_text(v) for v in r)), None), 0
        if top is None:
            continue
        rank = (score, sum(1 for v in table[top] if _text(v)), -order)
        if best is None or rank > best[0]:
            best = (rank, name, table, top)
    if best is None:
        raise errors.KnownError(QT_TRANSLATE_NOOP("kesos", "File kosong."))
    _rank, name, table, top = best
    headers = [_text(h) for h in table[top]]
    while headers and not headers[-1]:
        headers.pop()
    # Keep the empty area: row i of the table is Excel row i + 1, so errors name the right row.
    rows = [(n, r) for n, r in enumerate(table[top + 1 :], top + 2) if any(_text(v) for v in r)]
    proposal: dict[str, int] = {}
    for i, h in enumerate(headers):
        key = field_for_header(h.rstrip(" *"))
        if key and key not in proposal:
            proposal[key] = i
    return Source(str(path), name, names, top + 1, tuple(headers), rows, proposal)


def _column(target: str | int, headers: tuple[str, ...]) -> int | None:
    """A column named by 0-based index, by letter ("B"), by header text, or by 1-based number ("2")."""
    from openpyxl.utils.cell import column_index_from_string

    if isinstance(target, int):
        return target if target >= 0 else None
    text = str(target).strip()
    by_header = [i for i, h in enumerate(headers) if h and _norm(h) == _norm(text)]
    if by_header:
        return by_header[0]
    if re.fullmatch(r"[A-Za-z]{1,3}", text):
        return column_index_from_string(text.upper()) - 1
    if text.isdigit() and int(text) >= 1:
        return int(text) - 1
    return None


def resolve_mapping(source: Source, explicit: Mapping[str, str | int | None] | None = None) -> dict[str, int]:
    """The proposal with the caller's choices on top: {field: column} (column as index, letter or header).

    ``None`` or "" unmaps a field; a column given explicitly is taken away from any proposed field.
    Raises a ValidationError naming every required field left without a column.
    """
    mapping = dict(source.proposal)
    chosen: dict[str, int] = {}
    for name, target in (explicit or {}).items():
        key = name if name in LABELS else field_for_header(name)
        if key is None:
            raise errors.ValidationError(
                "mapping", QT_TRANSLATE_NOOP("kesos", "Isian '{name}' tidak dikenal. Pilihan: {fields}."),
                name=name, fields=", ".join(LABELS.values()),
            )  # fmt: skip
        if target is None or target == "":
            mapping.pop(key, None)
            chosen.pop(key, None)
            continue
        col = _column(target, source.headers)
        if col is None:
            raise errors.ValidationError(
                "mapping", QT_TRANSLATE_NOOP("kesos", "Kolom '{column}' untuk {label} tidak ada di baris judul."),
                column=str(target), label=LABELS[key],
            )  # fmt: skip
        chosen[key] = col
    taken = set(chosen.values())
    mapping = {k: c for k, c in mapping.items() if k not in chosen and c not in taken and k in LABELS}
    mapping.update(chosen)
    missing = [LABELS[k] for k in REQUIRED if k not in mapping]
    if missing:
        raise errors.ValidationError(
            "mapping",
            QT_TRANSLATE_NOOP(
                "kesos",
                "Kolom wajib tidak ditemukan atau belum dipetakan: {cols}. Pilih kolom berkas untuk isian "
                "tersebut (baris judul: baris {row} lembar '{sheet}'), atau unduh templat impor untuk contoh.",
            ),
            cols=", ".join(missing), row=source.header_row, sheet=source.sheet,
        )  # fmt: skip
    return mapping


def parse_map_option(text: str) -> dict[str, str]:
    """``--map "nik=B,nama=C,tgl lahir=Tanggal Lhr"`` -> {"nik": "B", ...}."""
    out: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, sep, target = part.partition("=")
        if not sep or not name.strip():
            raise errors.ValidationError(
                "mapping", QT_TRANSLATE_NOOP("kesos", "Pemetaan '{part}' tidak dimengerti; tulis isian=kolom, mis. nik=B."),
                part=part,
            )  # fmt: skip
        out[name.strip()] = target.strip()
    return out


def import_file(
    db: Database,
    actor: Actor,
    path: str | Path | Source,
    *,
    mapping: Mapping[str, str | int | None] | None = None,
    sheet: str | None = None,
    dry_run: bool = False,
    ctx: JobContext = NULL,
    today: date | None = None,
) -> ImportReport:
    require(actor, Perm.NIPD_EDIT)
    today = today or date.today()
    source = path if isinstance(path, Source) else read(path, sheet=sheet)
    cols = resolve_mapping(source, mapping)
    rows = source.rows
    report = ImportReport(
        rows=len(rows), dry_run=dry_run, letters={LABELS[k]: column_letter(c) for k, c in cols.items()}
    )
    headers = LABELS
    try:
        with db.write() as s:
            jabatan = {j.code: j.code for j in s.scalars(select(Jabatan))}
            jabatan.update({_norm(j.name): j.code for j in s.scalars(select(Jabatan))})
            for i, (n, row) in enumerate(rows, 1):
                ctx.step(i, len(rows), "Memeriksa baris")
                values: dict[str, Any] = {}
                bad = False
                for key, idx in cols.items():
                    raw = row[idx] if idx < len(row) else None
                    if key in ("birth_date", "sk_date", "tmt"):
                        try:
                            values[key] = _date(raw)
                        except ValueError:
                            report.problems.append(
                                (n, headers[key], f"tanggal '{raw}' tidak dikenali (pakai dd-mm-yyyy)")
                            )
                            bad = True
                    else:
                        values[key] = _text(raw)
                if bad:
                    continue
                values["nik"] = clean(values.get("nik", ""))
                values["sex"] = values.get("sex", "").upper()[:1]
                if values.get("desa_code"):
                    values["desa_code"] = wilayah.normalise_code(values["desa_code"])
                jab = values.get("jabatan_code", "")
                values["jabatan_code"] = jabatan.get(jab.upper()) or jabatan.get(_norm(jab)) or jab
                edu = values.get("education", "").upper().replace("/SEDERAJAT", "").split("/")[0].strip()
                values["education"] = {"SLTA": "SMA", "SMK": "SMA", "SLTP": "SMP", "DIV": "D4"}.get(edu, edu)
                data = nipd.OfficialInput(**{k: values.get(k, "") for k in _INPUT_FIELDS}, photo=None)
                existing = s.scalar(select(Official).where(Official.nik == data.nik)) if data.nik else None
                try:
                    with s.begin_nested():
                        if existing is not None:
                            nipd.update_in(s, actor, existing, data, None, accept_nik_issues=False, today=today)
                            report.updated += 1
                        else:
                            nipd.register_in(s, actor, data, None, accept_nik_issues=False, today=today)
                            report.created += 1
                except errors.ValidationErrors as e:
                    for err in e.errors:
                        report.problems.append((n, headers.get(err.field or "", err.field or "-"), str(err.message)))
                except errors.KnownError as e:
                    report.problems.append((n, "-", str(e.message)))
            if report.problems or dry_run:
                raise _Rollback()
            ctx.check()  # a cancel up to the very end still rolls everything back
    except _Rollback:
        pass
    if report.problems:
        report.created = report.updated = 0
    return report


_INPUT_FIELDS = tuple(k for k in nipd.OfficialInput.__dataclass_fields__ if k not in ("photo", "notes"))
