"""nipd: officials, positions, jabatan, number counters and ledger, card requests, cards, signing keys

Revision ID: nipd_0001
Revises: 0001
Create Date: 2026-11-23
"""

from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "nipd_0001"
down_revision = "0001"
branch_labels = ("nipd",)
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

JABATAN = [
    ("KADES", "Kepala Desa"),
    ("SEKDES", "Sekretaris Desa"),
    ("KAUR-TU", "Kaur Tata Usaha dan Umum"),
    ("KAUR-KEU", "Kaur Keuangan"),
    ("KAUR-REN", "Kaur Perencanaan"),
    ("KASI-PEM", "Kasi Pemerintahan"),
    ("KASI-KESRA", "Kasi Kesejahteraan"),
    ("KASI-PEL", "Kasi Pelayanan"),
    ("KADUS", "Kepala Dusun/Kewilayahan"),
]


def _tracked(table: str) -> list:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["app_user.id"], name=f"fk_{table}_created_by_app_user", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["app_user.id"], name=f"fk_{table}_updated_by_app_user", ondelete="SET NULL"
        ),
    ]


def _user_fk(table: str, column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["app_user.id"], name=f"fk_{table}_{column}_app_user", ondelete="SET NULL")


def upgrade() -> None:
    jabatan = op.create_table(
        "nipd_jabatan",
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_tracked("nipd_jabatan"),
        sa.PrimaryKeyConstraint("code", name="pk_nipd_jabatan"),
    )
    now = datetime.utcnow()
    op.bulk_insert(
        jabatan,
        [
            {
                "code": c,
                "name": n,
                "sort_order": i + 1,
                "active": True,
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
            for i, (c, n) in enumerate(JABATAN)
        ],
    )

    op.create_table(
        "nipd_official",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("nik_flagged", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("title_front", sa.String(length=40), nullable=False),
        sa.Column("title_back", sa.String(length=40), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("birth_place", sa.String(length=80), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("religion", sa.String(length=20), nullable=False),
        sa.Column("education", sa.String(length=10), nullable=False),
        sa.Column("address", sa.String(length=250), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("nip", sa.String(length=18), nullable=False),
        sa.Column("pangkat", sa.String(length=60), nullable=False),
        sa.Column("notes", sa.String(length=250), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("nipd", sa.String(length=40), nullable=True),
        sa.Column("nipd_display", sa.String(length=60), nullable=True),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("approved_by", sa.Integer(), nullable=True),
        sa.Column("desa_code", sa.String(length=13), nullable=False),
        sa.Column("jabatan_code", sa.String(length=12), nullable=False),
        sa.Column("current_card_id", sa.BigInteger(), nullable=True),
        *_tracked("nipd_official"),
        _user_fk("nipd_official", "approved_by"),
        sa.ForeignKeyConstraint(["desa_code"], ["wilayah.code"], name="fk_nipd_official_desa_code_wilayah"),
        sa.ForeignKeyConstraint(
            ["jabatan_code"], ["nipd_jabatan.code"], name="fk_nipd_official_jabatan_code_nipd_jabatan"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_nipd_official"),
        sa.UniqueConstraint("nik", name="uq_nipd_official_nik"),
        sa.UniqueConstraint("nipd", name="uq_nipd_official_nipd"),
    )
    op.create_index("ix_nipd_official_desa_code", "nipd_official", ["desa_code"])
    op.create_index("ix_nipd_official_name", "nipd_official", ["name"])

    op.create_table(
        "nipd_position",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("official_id", sa.BigInteger(), nullable=False),
        sa.Column("jabatan_code", sa.String(length=12), nullable=False),
        sa.Column("desa_code", sa.String(length=13), nullable=False),
        sa.Column("sk_number", sa.String(length=80), nullable=False),
        sa.Column("sk_date", sa.Date(), nullable=False),
        sa.Column("sk_signer", sa.String(length=120), nullable=False),
        sa.Column("tmt", sa.Date(), nullable=False),
        sa.Column("end_sk_number", sa.String(length=80), nullable=True),
        sa.Column("end_sk_date", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(length=200), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        *_tracked("nipd_position"),
        sa.ForeignKeyConstraint(
            ["official_id"], ["nipd_official.id"], name="fk_nipd_position_official_id_nipd_official", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["jabatan_code"], ["nipd_jabatan.code"], name="fk_nipd_position_jabatan_code_nipd_jabatan"
        ),
        sa.ForeignKeyConstraint(["desa_code"], ["wilayah.code"], name="fk_nipd_position_desa_code_wilayah"),
        sa.PrimaryKeyConstraint("id", name="pk_nipd_position"),
    )
    op.create_index("ix_nipd_position_official_id", "nipd_position", ["official_id"])

    op.create_table(
        "nipd_counter",
        sa.Column("scope_key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("scope_key", name="pk_nipd_counter"),
    )
    op.create_table(
        "nipd_number",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("official_id", sa.BigInteger(), nullable=True),
        sa.Column("scope_key", sa.String(length=80), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("allocated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("number", name="pk_nipd_number"),
    )
    op.create_table(
        "nipd_print_batch",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("template", sa.String(length=30), nullable=False),
        sa.Column("layout", sa.String(length=10), nullable=False),
        sa.Column("card_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        _user_fk("nipd_print_batch", "created_by"),
        sa.PrimaryKeyConstraint("id", name="pk_nipd_print_batch"),
    )
    op.create_table(
        "nipd_card_request",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("official_id", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("note", sa.String(length=250), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("requested_by", sa.Integer(), nullable=True),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("approved_by", sa.Integer(), nullable=True),
        sa.Column("printed_at", sa.DateTime(), nullable=True),
        sa.Column("printed_by", sa.Integer(), nullable=True),
        sa.Column("distributed_at", sa.DateTime(), nullable=True),
        sa.Column("distributed_by", sa.Integer(), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("cancelled_by", sa.Integer(), nullable=True),
        sa.Column("batch_id", sa.BigInteger(), nullable=True),
        sa.Column("card_id", sa.BigInteger(), nullable=True),
        *_tracked("nipd_card_request"),
        *[
            _user_fk("nipd_card_request", f"{s}_by")
            for s in ("requested", "approved", "printed", "distributed", "cancelled")
        ],
        sa.ForeignKeyConstraint(
            ["official_id"],
            ["nipd_official.id"],
            name="fk_nipd_card_request_official_id_nipd_official",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["nipd_print_batch.id"], name="fk_nipd_card_request_batch_id_nipd_print_batch"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_nipd_card_request"),
    )
    op.create_index("ix_nipd_card_request_official_id", "nipd_card_request", ["official_id"])
    op.create_index("ix_nipd_card_request_status", "nipd_card_request", ["status"])
    op.create_index("ix_nipd_card_request_batch_id", "nipd_card_request", ["batch_id"])

    op.create_table(
        "nipd_card",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("serial", sa.String(length=20), nullable=False),
        sa.Column("official_id", sa.BigInteger(), nullable=False),
        sa.Column("request_id", sa.BigInteger(), nullable=True),
        sa.Column("batch_id", sa.BigInteger(), nullable=True),
        sa.Column("nipd", sa.String(length=40), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["official_id"], ["nipd_official.id"], name="fk_nipd_card_official_id_nipd_official", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["request_id"], ["nipd_card_request.id"], name="fk_nipd_card_request_id_nipd_card_request"
        ),
        sa.ForeignKeyConstraint(["batch_id"], ["nipd_print_batch.id"], name="fk_nipd_card_batch_id_nipd_print_batch"),
        sa.PrimaryKeyConstraint("id", name="pk_nipd_card"),
        sa.UniqueConstraint("serial", name="uq_nipd_card_serial"),
    )
    op.create_index("ix_nipd_card_official_id", "nipd_card", ["official_id"])

    op.create_table(
        "nipd_signing_key",
        sa.Column("kid", sa.String(length=8), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("private_pem", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("kid", name="pk_nipd_signing_key"),
    )


def downgrade() -> None:
    for table in (
        "nipd_signing_key",
        "nipd_card",
        "nipd_card_request",
        "nipd_print_batch",
        "nipd_number",
        "nipd_counter",
        "nipd_position",
        "nipd_official",
        "nipd_jabatan",
    ):
        op.drop_table(table)
