"""Lending (peminjaman) of archive records and boxes: borrowers, loans, returns, overdue list.

A record on loan, or in a box on loan, has status ``dipinjam``. Rahasia / sangat rahasia records go only
to borrowers an admin has approved for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, update

from kesos_desktop import errors
from kesos_desktop.models.arsip import ArsipBerkas, ArsipBoks, ArsipPeminjam, ArsipPeminjaman
from kesos_desktop.models.db import Database
from kesos_desktop.services import audit
from kesos_desktop.services.arsip import KEAMANAN, SECRET, next_number
from kesos_desktop.services.auth import Actor, Perm, require
from kesos_desktop.services.listing import Column, Filter, ListSpec, contains
from kesos_desktop.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Peminjam:
    id: int
    nama: str
    unit: str
    nip: str | None
    boleh_rahasia: bool
    version: int

    @property
    def label(self) -> str:
        return f"{self.nama} ({self.unit})"


@dataclass(frozen=True)
class Pinjaman:
    id: int
    nomor: str
    berkas_id: int | None
    boks_id: int | None
    item: str  # "400.9 Bantuan sosial ..." or "Boks 12 (35 berkas)"
    kode: str
    peminjam: Peminjam
    keperluan: str | None
    tanggal_pinjam: date
    jatuh_tempo: date
    tanggal_kembali: date | None
    kondisi_pinjam: str
    kondisi_kembali: str | None
    petugas: str
    version: int

    @property
    def open(self) -> bool:
        return self.tanggal_kembali is None

    def overdue(self, today: date) -> bool:
        return self.open and self.jatuh_tempo < today


def _peminjam(p: ArsipPeminjam) -> Peminjam:
    return Peminjam(p.id, p.nama, p.unit, p.nip, p.boleh_rahasia, p.version)


def list_peminjam(db: Database) -> list[Peminjam]:
    with db.read() as s:
        return [_peminjam(p) for p in s.scalars(select(ArsipPeminjam).order_by(ArsipPeminjam.nama))]


def add_peminjam(db: Database, actor: Actor, nama: str, unit: str, nip: str | None = None) -> Peminjam:
    require(actor, Perm.ARSIP_LEND)
    if not nama.strip():
        raise errors.ValidationError("nama", QT_TRANSLATE_NOOP("kesos", "Nama peminjam wajib diisi."))
    if not unit.strip():
        raise errors.ValidationError("unit", QT_TRANSLATE_NOOP("kesos", "Unit peminjam wajib diisi."))
    with db.write() as s:
        p = ArsipPeminjam(nama=nama.strip(), unit=unit.strip(), nip=(nip or "").strip() or None, boleh_rahasia=False,
                          created_by=actor.id, updated_by=actor.id)  # fmt: skip
        s.add(p)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "arsip_peminjam",
            p.id,
            after={"nama": p.nama, "unit": p.unit},
            summary=f"Peminjam {p.nama}",
        )
        return _peminjam(p)


def approve_rahasia(db: Database, actor: Actor, peminjam_id: int, allowed: bool = True) -> Peminjam:
    """Only an admin may let a borrower take rahasia / sangat rahasia records."""
    require(actor, Perm.USERS_MANAGE)
    with db.write() as s:
        p = s.get(ArsipPeminjam, peminjam_id)
        if p is None:
            raise errors.NotFound()
        before = {"boleh_rahasia": p.boleh_rahasia}
        p.boleh_rahasia = allowed
        p.disetujui_oleh = actor.id if allowed else None
        p.updated_by = actor.id
        s.flush()
        audit.record(s, actor, "update", "arsip_peminjam", p.id, before=before, after={"boleh_rahasia": allowed},
                     summary=f"Peminjam {p.nama}: izin arsip rahasia {'diberikan' if allowed else 'dicabut'}")  # fmt: skip
        return _peminjam(p)


def _item_text(s, loan: ArsipPeminjaman) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    if loan.berkas_id is not None:
        b = s.get(ArsipBerkas, loan.berkas_id)
        return (f"{b.kode} {b.uraian}" if b else "?"), (b.kode if b else "")
    box = s.get(ArsipBoks, loan.boks_id)
    n = s.scalar(select(func.count()).select_from(ArsipBerkas).where(ArsipBerkas.boks_id == loan.boks_id)) or 0
    return (f"Boks {box.nomor} ({n} berkas)" if box else "?"), ""


def _pinjaman(s, loan: ArsipPeminjaman) -> Pinjaman:  # type: ignore[no-untyped-def]
    item, kode = _item_text(s, loan)
    p = s.get(ArsipPeminjam, loan.peminjam_id)
    return Pinjaman(
        loan.id, loan.nomor, loan.berkas_id, loan.boks_id, item, kode, _peminjam(p), loan.keperluan,
        loan.tanggal_pinjam, loan.jatuh_tempo, loan.tanggal_kembali, loan.kondisi_pinjam, loan.kondisi_kembali,
        loan.petugas, loan.version,
    )  # fmt: skip


def lend(
    db: Database,
    actor: Actor,
    *,
    peminjam_id: int,
    jatuh_tempo: date,
    berkas_id: int | None = None,
    boks_id: int | None = None,
    keperluan: str | None = None,
    kondisi: str = "baik",
    tanggal: date | None = None,
) -> Pinjaman:
    """Lend one record or one whole box; everything lent shows "dipinjam" until returned."""
    require(actor, Perm.ARSIP_LEND)
    tanggal = tanggal or date.today()
    if (berkas_id is None) == (boks_id is None):
        raise errors.ValidationError("item", QT_TRANSLATE_NOOP("kesos", "Pilih satu berkas atau satu boks."))
    if jatuh_tempo < tanggal:
        raise errors.ValidationError(
            "jatuh_tempo", QT_TRANSLATE_NOOP("kesos", "Tanggal kembali tidak boleh sebelum tanggal pinjam.")
        )
    with db.write() as s:
        p = s.get(ArsipPeminjam, peminjam_id)
        if p is None:
            raise errors.ValidationError("peminjam", QT_TRANSLATE_NOOP("kesos", "Peminjam tidak ditemukan."))
        B = ArsipBerkas
        if berkas_id is not None:
            b = s.get(B, berkas_id)
            if b is None:
                raise errors.NotFound()
            if b.status != "tersedia":
                raise errors.ValidationError(
                    "item", QT_TRANSLATE_NOOP("kesos", "Berkas ini sedang dipinjam atau sudah dimusnahkan.")
                )
            secret = {b.keamanan} & SECRET
        else:
            box = s.get(ArsipBoks, boks_id)
            if box is None:
                raise errors.ValidationError("boks", QT_TRANSLATE_NOOP("kesos", "Boks tidak ditemukan."))
            if box.status != "tersedia":
                raise errors.ValidationError("item", QT_TRANSLATE_NOOP("kesos", "Boks ini sedang dipinjam."))
            out = s.scalar(select(func.count()).select_from(B).where(B.boks_id == boks_id, B.status == "dipinjam")) or 0
            if out:
                raise errors.ValidationError(
                    "item",
                    QT_TRANSLATE_NOOP("kesos", "{n} berkas di boks ini sedang dipinjam; kembalikan dulu."),
                    n=out,
                )
            secret = set(s.scalars(select(B.keamanan).where(B.boks_id == boks_id, B.keamanan.in_(SECRET)).distinct()))
        if secret and not p.boleh_rahasia:
            worst = "sangat_rahasia" if "sangat_rahasia" in secret else "rahasia"
            raise errors.PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "kesos",
                    "Arsip berklasifikasi {level} hanya boleh dipinjam oleh peminjam yang disetujui admin.",
                ),
                level=KEAMANAN[worst],
            )
        n = next_number(s, f"pinjam-{tanggal.year}")
        loan = ArsipPeminjaman(
            nomor=f"PJ/{tanggal.year}/{n:05d}", berkas_id=berkas_id, boks_id=boks_id, peminjam_id=p.id,
            keperluan=(keperluan or "").strip() or None, tanggal_pinjam=tanggal, jatuh_tempo=jatuh_tempo,
            kondisi_pinjam=kondisi.strip() or "baik", petugas=actor.full_name, created_by=actor.id, updated_by=actor.id,
        )  # fmt: skip
        s.add(loan)
        if berkas_id is not None:
            s.execute(update(B).where(B.id == berkas_id).values(status="dipinjam", version=B.version + 1))
        else:
            s.execute(
                update(ArsipBoks)
                .where(ArsipBoks.id == boks_id)
                .values(status="dipinjam", version=ArsipBoks.version + 1)
            )
            s.execute(
                update(B)
                .where(B.boks_id == boks_id, B.status == "tersedia")
                .values(status="dipinjam", version=B.version + 1)
            )
        s.flush()
        result = _pinjaman(s, loan)
        audit.record(s, actor, "create", "arsip_peminjaman", loan.id,
                     after={"nomor": loan.nomor, "item": result.item, "peminjam": p.nama, "jatuh_tempo": jatuh_tempo},
                     summary=f"Peminjaman {loan.nomor}: {result.item[:80]} oleh {p.nama}")  # fmt: skip
        return result


def return_loan(
    db: Database,
    actor: Actor,
    loan_id: int,
    *,
    kondisi: str,
    tanggal: date | None = None,
    expected_version: int | None = None,
) -> Pinjaman:
    require(actor, Perm.ARSIP_LEND)
    tanggal = tanggal or date.today()
    if not kondisi.strip():
        raise errors.ValidationError("kondisi_kembali", QT_TRANSLATE_NOOP("kesos", "Catat kondisi arsip saat kembali."))
    with db.write() as s:
        loan = s.get(ArsipPeminjaman, loan_id)
        if loan is None:
            raise errors.NotFound()
        if expected_version is not None and loan.version != expected_version:
            raise errors.ConflictError()
        if loan.tanggal_kembali is not None:
            raise errors.ValidationError(None, QT_TRANSLATE_NOOP("kesos", "Peminjaman ini sudah dikembalikan."))
        if tanggal < loan.tanggal_pinjam:
            raise errors.ValidationError(
                "tanggal_kembali", QT_TRANSLATE_NOOP("kesos", "Tanggal kembali sebelum tanggal pinjam.")
            )
        loan.tanggal_kembali = tanggal
        loan.kondisi_kembali = kondisi.strip()
        loan.updated_by = actor.id
        B = ArsipBerkas
        if loan.berkas_id is not None:
            s.execute(
                update(B)
                .where(B.id == loan.berkas_id, B.status == "dipinjam")
                .values(status="tersedia", version=B.version + 1)
            )
        else:
            s.execute(
                update(ArsipBoks)
                .where(ArsipBoks.id == loan.boks_id)
                .values(status="tersedia", version=ArsipBoks.version + 1)
            )
            # Records lent on their own (not through this box) stay out.
            single = select(ArsipPeminjaman.berkas_id).where(
                ArsipPeminjaman.tanggal_kembali.is_(None), ArsipPeminjaman.berkas_id.is_not(None)
            )
            s.execute(
                update(B)
                .where(B.boks_id == loan.boks_id, B.status == "dipinjam", B.id.not_in(single))
                .values(status="tersedia", version=B.version + 1)
                .execution_options(synchronize_session=False)
            )
        s.flush()
        result = _pinjaman(s, loan)
        audit.record(s, actor, "update", "arsip_peminjaman", loan.id, after={"kembali": tanggal, "kondisi": loan.kondisi_kembali},
                     summary=f"Pengembalian {loan.nomor}")  # fmt: skip
        return result


def get_loan(db: Database, loan_id: int) -> Pinjaman:
    with db.read() as s:
        loan = s.get(ArsipPeminjaman, loan_id)
        if loan is None:
            raise errors.NotFound()
        return _pinjaman(s, loan)


def open_loan_for(db: Database, *, berkas_id: int | None = None, boks_id: int | None = None) -> Pinjaman | None:
    with db.read() as s:
        L = ArsipPeminjaman
        stmt = select(L).where(L.tanggal_kembali.is_(None))
        stmt = stmt.where(L.berkas_id == berkas_id) if berkas_id is not None else stmt.where(L.boks_id == boks_id)
        loan = s.scalar(stmt.limit(1))
        return _pinjaman(s, loan) if loan is not None else None


def overdue(db: Database, actor: Actor, today: date | None = None) -> list[Pinjaman]:
    require(actor, Perm.DATA_VIEW)
    today = today or date.today()
    with db.read() as s:
        L = ArsipPeminjaman
        loans = s.scalars(
            select(L).where(L.tanggal_kembali.is_(None), L.jatuh_tempo < today).order_by(L.jatuh_tempo, L.id)
        )
        return [_pinjaman(s, loan) for loan in loans]


# --- the loans list (shared record list) -----------------------------------------------------------

_STATE = {
    "terbuka": QT_TRANSLATE_NOOP("kesos", "Sedang dipinjam"),
    "terlambat": QT_TRANSLATE_NOOP("kesos", "Terlambat"),
    "kembali": QT_TRANSLATE_NOOP("kesos", "Sudah kembali"),
}


def loan_list_spec(today: date | None = None) -> ListSpec:
    L, P, B, X = ArsipPeminjaman, ArsipPeminjam, ArsipBerkas, ArsipBoks
    source = L.__table__.join(P.__table__, P.id == L.peminjam_id)
    item = func.coalesce(
        select(B.kode + " " + func.substr(B.uraian, 1, 120)).where(B.id == L.berkas_id).scalar_subquery(),
        select("Boks " + X.nomor).where(X.id == L.boks_id).scalar_subquery(),
    )

    def state(value: str) -> object:
        t = today or date.today()
        if value == "terbuka":
            return L.tanggal_kembali.is_(None)
        if value == "terlambat":
            return (L.tanggal_kembali.is_(None)) & (L.jatuh_tempo < t)
        if value == "kembali":
            return L.tanggal_kembali.is_not(None)
        return None

    def search(text: str):  # type: ignore[no-untyped-def]
        return contains(P.nama, text) | contains(L.nomor, text) | contains(P.unit, text)

    return ListSpec(
        name="arsip_peminjaman",
        source=source,
        id_expr=L.id,
        columns=[
            Column("nomor", QT_TRANSLATE_NOOP("kesos", "Nomor"), L.nomor, width=120),
            Column("item", QT_TRANSLATE_NOOP("kesos", "Berkas/Boks"), item, sortable=False, width=300),
            Column("peminjam", QT_TRANSLATE_NOOP("kesos", "Peminjam"), P.nama, width=160),
            Column("unit", QT_TRANSLATE_NOOP("kesos", "Unit"), P.unit, width=140),
            Column("pinjam", QT_TRANSLATE_NOOP("kesos", "Tgl pinjam"), L.tanggal_pinjam, width=90),
            Column("tempo", QT_TRANSLATE_NOOP("kesos", "Jatuh tempo"), L.jatuh_tempo, width=105),
            Column("kembali", QT_TRANSLATE_NOOP("kesos", "Tgl kembali"), L.tanggal_kembali, width=105),
            Column("kondisi", QT_TRANSLATE_NOOP("kesos", "Kondisi kembali"), L.kondisi_kembali, width=120),
        ],
        search=search,
        filters=[Filter("status", QT_TRANSLATE_NOOP("kesos", "Status"), state)],  # type: ignore[arg-type]
        default_sort=("tempo", False),
        permission=Perm.DATA_VIEW,
        search_placeholder=QT_TRANSLATE_NOOP("kesos", "Cari nama peminjam, unit, nomor bon…"),
    )


LOAN_STATES = _STATE
