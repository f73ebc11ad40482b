"""NIPD: village officials (perangkat desa), their positions, number allocation, card requests and cards."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kesos_desktop.models.base import Base, BigId, Tracked, utcnow


class Jabatan(Tracked, Base):
    """Editable list of positions, seeded with the nine of Permendagri 84/2015."""

    __tablename__ = "nipd_jabatan"

    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Official(Tracked, Base):
    """One perangkat desa. ``desa_code``/``jabatan_code`` mirror the open position (for lists)."""

    __tablename__ = "nipd_official"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    nik: Mapped[str] = mapped_column(String(16), unique=True)
    nik_flagged: Mapped[bool] = mapped_column(Boolean, default=False)  # accepted by an admin despite issues
    name: Mapped[str] = mapped_column(String(120))
    title_front: Mapped[str] = mapped_column(String(40), default="")
    title_back: Mapped[str] = mapped_column(String(40), default="")
    sex: Mapped[str] = mapped_column(String(1))  # L | P
    birth_place: Mapped[str] = mapped_column(String(80))
    birth_date: Mapped[date] = mapped_column(Date)
    religion: Mapped[str] = mapped_column(String(20), default="")
    education: Mapped[str] = mapped_column(String(10), default="")
    address: Mapped[str] = mapped_column(String(250), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    nip: Mapped[str] = mapped_column(String(18), default="")
    pangkat: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(String(250), default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    status: Mapped[str] = mapped_column(String(10), default="diajukan")  # diajukan | aktif | berhenti
    nipd: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    nipd_display: Mapped[str | None] = mapped_column(String(60), nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(nullable=True)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"), nullable=True)
    desa_code: Mapped[str] = mapped_column(String(13), ForeignKey("wilayah.code"))
    jabatan_code: Mapped[str] = mapped_column(String(12), ForeignKey("nipd_jabatan.code"))
    current_card_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)

    __table_args__ = (
        Index("ix_nipd_official_desa_code", "desa_code"),
        Index("ix_nipd_official_name", "name"),
    )


class Position(Tracked, Base):
    """A term in one jabatan at one desa; a mutasi closes one and opens the next."""

    __tablename__ = "nipd_position"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    official_id: Mapped[int] = mapped_column(ForeignKey("nipd_official.id", ondelete="CASCADE"), index=True)
    jabatan_code: Mapped[str] = mapped_column(String(12), ForeignKey("nipd_jabatan.code"))
    desa_code: Mapped[str] = mapped_column(String(13), ForeignKey("wilayah.code"))
    sk_number: Mapped[str] = mapped_column(String(80))
    sk_date: Mapped[date] = mapped_column(Date)
    sk_signer: Mapped[str] = mapped_column(String(120), default="")
    tmt: Mapped[date] = mapped_column(Date)
    end_sk_number: Mapped[str | None] = mapped_column(String(80), nullable=True)
    end_sk_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_reason: Mapped[str | None] = mapped_column(String(200), nullable=True)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class Counter(Base):
    """Allocation counters, one row per scope (e.g. ``desa:61.07.01.2001:2024``), bumped atomically."""

    __tablename__ = "nipd_counter"

    scope_key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class NumberLedger(Base):
    """Every NIPD ever handed out: the unique key here is the last guard, and nothing is deleted."""

    __tablename__ = "nipd_number"

    number: Mapped[str] = mapped_column(String(40), primary_key=True)
    official_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    scope_key: Mapped[str] = mapped_column(String(80))
    counter: Mapped[int] = mapped_column(BigInteger)
    allocated_at: Mapped[datetime] = mapped_column(default=utcnow)


class PrintBatch(Base):
    __tablename__ = "nipd_print_batch"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    template: Mapped[str] = mapped_column(String(30))
    layout: Mapped[str] = mapped_column(String(10))
    card_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"), nullable=True)


class CardRequest(Tracked, Base):
    """requested -> approved -> printed -> distributed (or cancelled), with who and when per step."""

    __tablename__ = "nipd_card_request"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    official_id: Mapped[int] = mapped_column(ForeignKey("nipd_official.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(12))  # baru | hilang | rusak | perubahan
    status: Mapped[str] = mapped_column(String(12), default="requested", index=True)
    note: Mapped[str] = mapped_column(String(250), default="")
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"), nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(nullable=True)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"), nullable=True)
    printed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    printed_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"), nullable=True)
    distributed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    distributed_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"), nullable=True)
    cancelled_at: Mapped[datetime | None] = mapped_column(nullable=True)
    cancelled_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"), nullable=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("nipd_print_batch.id"), nullable=True, index=True)
    card_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class Card(Base):
    """A printed card. Only the official's ``current_card_id`` is valid; older serials are superseded."""

    __tablename__ = "nipd_card"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    serial: Mapped[str] = mapped_column(String(20), unique=True)
    official_id: Mapped[int] = mapped_column(ForeignKey("nipd_official.id", ondelete="CASCADE"), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("nipd_card_request.id"), nullable=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("nipd_print_batch.id"), nullable=True)
    nipd: Mapped[str] = mapped_column(String(40))
    issued_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SigningKey(Base):
    """Ed25519 keys for the card QR. The newest active key signs; old public keys keep verifying."""

    __tablename__ = "nipd_signing_key"

    kid: Mapped[str] = mapped_column(String(8), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64))  # raw 32 bytes, base64url
    private_pem: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
