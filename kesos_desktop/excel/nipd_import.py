"""Import officials from xlsx: template, header mapping, row-level error report, all-or-nothing.

Rows are matched to existing officials by NIK: a known NIK updates that person's data (the
position is left alone: mutasi has its own SK), an unknown NIK registers a new official
(status "menunggu persetujuan"; the NIPD comes on approval). Every row is validated with the same
rules as the form inside one write unit; any error rolls the whole file back.
"""

from __future__ import annotations

import re
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

# key, header in the template, required, other accepted headers
COLUMNS: tuple[tuple[str, str, bool, tuple[str, ...]], ...] = (
    ("nik", "NIK", True, ()),
    ("name", "Nama", True, ("nama lengkap",)),
    ("title_front", "Gelar Depan", False, ()),
    ("title_back", "Gelar Belakang", False, ()),
    ("sex", "Jenis Kelamin (L/P)", True, ("jenis kelamin", "jk", "l/p")),
    ("birth_place", "Tempat Lahir", True, ()),
    ("birth_date", "Tanggal Lahir", True, ("tgl lahir",)),
    ("religion", "Agama", False, ()),
    ("education", "Pendidikan Terakhir", False, ("pendidikan",)),
    ("address", "Alamat", False, ()),
    ("phone", "Telepon", False, ("no hp", "hp", "telp")),
    ("nip", "NIP", False, ()),
    ("pangkat", "Pangkat/Golongan", False, ("pangkat", "golongan")),
    ("desa_code", "Kode Desa", True, ("kode wilayah", "desa")),
    ("jabatan_code", "Jabatan", True, ("kode jabatan",)),
    ("sk_number", "Nomor SK Pengangkatan", True, ("nomor sk", "no sk")),
    ("sk_date", "Tanggal SK Pengangkatan", True, ("tanggal sk", "tgl sk")),
    ("sk_signer", "Penandatangan SK", False, ()),
    ("tmt", "TMT", True, ("tmt jabatan",)),
)


# Control characters (Excel's _x0000_.._x001F_ escapes arrive as real ones): PostgreSQL text refuses NUL
# and openpyxl refuses them all, so a stored value could never be exported again.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _norm(text: object) -> str:
    return re.sub(r"[^a-z0-9/]+", " ", str(text or "").lower()).strip()


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

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = [f"Baris {r} kolom {c}: {m}" for r, c, m in self.problems]
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


def read_rows(path: str | Path) -> tuple[dict[str, int], list[tuple[int, list[Any]]]]:
    """(field -> column, [(Excel row number, cells)]) of the first sheet's non-empty rows."""
    from python_calamine import CalamineWorkbook

    try:
        # Keep the empty area: row i of the list is Excel row i + 1, so errors name the right row.
        sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception as e:  # noqa: BLE001 - any unreadable file
        raise errors.KnownError(
            QT_TRANSLATE_NOOP("kesos", "File tidak dapat dibaca sebagai xlsx: {detail}"), detail=str(e)
        ) from e
    top = next((i for i, r in enumerate(sheet) if any(_text(v) for v in r)), None)
    if top is None:
        raise errors.KnownError(QT_TRANSLATE_NOOP("kesos", "File kosong."))
    headers = [_norm(h).rstrip(" *") for h in sheet[top]]
    mapping: dict[str, int] = {}
    for key, header, _req, aliases in COLUMNS:
        names = {_norm(header), *(_norm(a) for a in aliases), key}
        for i, h in enumerate(headers):
            if h in names and key not in mapping:
                mapping[key] = i
    missing = [header for key, header, req, _a in COLUMNS if req and key not in mapping]
    if missing:
        raise errors.KnownError(
            QT_TRANSLATE_NOOP("kesos", "Kolom wajib tidak ditemukan: {cols}. Unduh templat impor untuk contoh."),
            cols=", ".join(missing),
        )
    rows = [(n, r) for n, r in enumerate(sheet[top + 1 :], top + 2) if any(_text(v) for v in r)]
    return mapping, rows


def import_file(
    db: Database,
    actor: Actor,
    path: str | Path,
    *,
    dry_run: bool = False,
    ctx: JobContext = NULL,
    today: date | None = None,
) -> ImportReport:
    require(actor, Perm.NIPD_EDIT)
    today = today or date.today()
    mapping, rows = read_rows(path)
    report = ImportReport(rows=len(rows), dry_run=dry_run)
    headers = {key: header for key, header, _r, _a in COLUMNS}
    try:
        with db.write() as s:
            jabatan = {j.code: j.code for j in s.scalars(select(Jabatan))}
            jabatan.update({_norm(j.name): j.code for j in s.scalars(select(Jabatan))})
            for i, (n, row) in enumerate(rows, 1):
                ctx.step(i, len(rows), "Memeriksa baris")
                values: dict[str, Any] = {}
                bad = False
                for key, idx in mapping.items():
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
    except _Rollback:
        pass
    if report.problems:
        report.created = report.updated = 0
    return report


_INPUT_FIELDS = tuple(k for k in nipd.OfficialInput.__dataclass_fields__ if k not in ("photo", "notes"))
