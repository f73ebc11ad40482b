"""PPKS tables: the person (or household/community) record, its categories, and merge history.

Expression indexes (name prefix search) differ per back end and are created by the migration only:
SQLite ``(name COLLATE NOCASE)``, PostgreSQL ``(lower(name) COLLATE "C", id)``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kesos_desktop.models.base import Base, BigId, Tracked, utcnow


class PpksPerson(Tracked, Base):
    __tablename__ = "ppks_person"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    # Unique (NULLs allowed: a Komunitas Adat Terpencil record may have no NIK).
    nik: Mapped[str | None] = mapped_column(String(16), unique=True, nullable=True)
    kk: Mapped[str | None] = mapped_column(String(16), nullable=True, index=True)
    name: Mapped[str] = mapped_column(String(150))
    # Lower case, punctuation and titles removed, common spelling variants unified: duplicate checks.
    name_norm: Mapped[str] = mapped_column(String(150))
    birth_place: Mapped[str | None] = mapped_column(String(100), nullable=True)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    sex: Mapped[str | None] = mapped_column(String(1), nullable=True)  # L | P
    address: Mapped[str | None] = mapped_column(String(250), nullable=True)
    rt: Mapped[str | None] = mapped_column(String(3), nullable=True)
    rw: Mapped[str | None] = mapped_column(String(3), nullable=True)
    desa_code: Mapped[str] = mapped_column(String(13), ForeignKey("wilayah.code"))
    condition_notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    needs: Mapped[str | None] = mapped_column(Text, nullable=True)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    data_source: Mapped[str] = mapped_column(String(20), default="form")  # form | import
    import_batch: Mapped[str | None] = mapped_column(String(80), nullable=True)
    enumerator: Mapped[str | None] = mapped_column(String(120), nullable=True)
    collected_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    reject_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    submitted_at: Mapped[datetime | None] = mapped_column(nullable=True)
    verified_at: Mapped[datetime | None] = mapped_column(nullable=True)
    verified_by: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL", name="fk_ppks_person_verified_by_app_user"), nullable=True
    )
    nik_warning: Mapped[bool] = mapped_column(Boolean, default=False)
    nik_warning_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    dtsen_decile: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)

    categories: Mapped[list[PpksPersonCategory]] = relationship(
        back_populates="person",
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="PpksPersonCategory.category_code",
    )

    __table_args__ = (
        Index("ix_ppks_person_tally", "desa_code", "status", "sex", "birth_date", "collected_on"),
        Index("ix_ppks_person_name_norm_birth_date", "name_norm", "birth_date"),
        Index("ix_ppks_person_updated_at", "updated_at"),
    )


class PpksPersonCategory(Base):
    """One PPKS category of a record, with its category-specific details (JSON text).

    ``desa_code`` repeats the person's desa (kept in step by the service) so the dashboard counts
    category x kecamatan from this table's index alone.
    """

    __tablename__ = "ppks_person_category"

    person_id: Mapped[int] = mapped_column(ForeignKey("ppks_person.id", ondelete="CASCADE"), primary_key=True)
    category_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    desa_code: Mapped[str] = mapped_column(String(13))
    details: Mapped[str | None] = mapped_column(Text, nullable=True)

    person: Mapped[PpksPerson] = relationship(back_populates="categories")

    __table_args__ = (Index("ix_ppks_person_category_category_code_desa_code", "category_code", "desa_code"),)


class PpksHistory(Base):
    """Snapshots kept when records are merged (the removed record lives on here)."""

    __tablename__ = "ppks_history"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    person_id: Mapped[int] = mapped_column(Integer, index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(20))
    snapshot: Mapped[str] = mapped_column(Text)


class PpksDismissedPair(Base):
    """A probable-duplicate pair a verifier judged "not the same person": the scan skips it.

    Stored as (lower id, higher id); removed with either record (a merge or delete ends the question).
    """

    __tablename__ = "ppks_dismissed_pair"

    low_id: Mapped[int] = mapped_column(ForeignKey("ppks_person.id", ondelete="CASCADE"), primary_key=True)
    high_id: Mapped[int] = mapped_column(ForeignKey("ppks_person.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL", name="fk_ppks_dismissed_pair_user_id_app_user"), nullable=True
    )
    at: Mapped[datetime] = mapped_column(default=utcnow)
    reason: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_ppks_dismissed_pair_high_id", "high_id"),)
