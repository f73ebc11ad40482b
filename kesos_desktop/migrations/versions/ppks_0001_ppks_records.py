"""ppks: person records, categories, merge history

Revision ID: ppks_0001
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "ppks_0001"
down_revision = "0001"
branch_labels = ("ppks",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ppks_person",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=True),
        sa.Column("kk", sa.String(length=16), nullable=True),
        sa.Column("name", sa.String(length=150), nullable=False),
        sa.Column("name_norm", sa.String(length=150), nullable=False),
        sa.Column("birth_place", sa.String(length=100), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("address", sa.String(length=250), nullable=True),
        sa.Column("rt", sa.String(length=3), nullable=True),
        sa.Column("rw", sa.String(length=3), nullable=True),
        sa.Column("desa_code", sa.String(length=13), nullable=False),
        sa.Column("condition_notes", sa.Text(), nullable=True),
        sa.Column("needs", sa.Text(), nullable=True),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("data_source", sa.String(length=20), nullable=False),
        sa.Column("import_batch", sa.String(length=80), nullable=True),
        sa.Column("enumerator", sa.String(length=120), nullable=True),
        sa.Column("collected_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("reject_reason", sa.Text(), nullable=True),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("verified_at", sa.DateTime(), nullable=True),
        sa.Column("verified_by", sa.Integer(), nullable=True),
        sa.Column("nik_warning", sa.Boolean(), nullable=False),
        sa.Column("nik_warning_reason", sa.Text(), nullable=True),
        sa.Column("dtsen_decile", sa.SmallInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["desa_code"], ["wilayah.code"], name="fk_ppks_person_desa_code_wilayah"),
        sa.ForeignKeyConstraint(
            ["verified_by"], ["app_user.id"], name="fk_ppks_person_verified_by_app_user", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["app_user.id"], name="fk_ppks_person_created_by_app_user", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["app_user.id"], name="fk_ppks_person_updated_by_app_user", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_ppks_person"),
        sa.UniqueConstraint("nik", name="uq_ppks_person_nik"),
    )
    op.create_index("ix_ppks_person_kk", "ppks_person", ["kk"])
    # Covering index: the dashboard counts (area x status x sex x age x year) read it without the table.
    op.create_index("ix_ppks_person_tally", "ppks_person", ["desa_code", "status", "sex", "birth_date", "collected_on"])
    op.create_index("ix_ppks_person_name_norm_birth_date", "ppks_person", ["name_norm", "birth_date"])
    op.create_index("ix_ppks_person_updated_at", "ppks_person", ["updated_at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute('CREATE INDEX ix_ppks_person_name_key ON ppks_person ((lower(name) COLLATE "C"), id)')
    else:
        op.execute("CREATE INDEX ix_ppks_person_name_key ON ppks_person (name COLLATE NOCASE)")

    op.create_table(
        "ppks_person_category",
        sa.Column("person_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("category_code", sa.String(length=8), nullable=False),
        sa.Column("desa_code", sa.String(length=13), nullable=False),
        sa.Column("details", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["ppks_person.id"],
            name="fk_ppks_person_category_person_id_ppks_person",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "category_code", name="pk_ppks_person_category"),
    )
    op.create_index(
        "ix_ppks_person_category_category_code_desa_code", "ppks_person_category", ["category_code", "desa_code"]
    )

    op.create_table(
        "ppks_history",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_ppks_history"),
    )
    op.create_index("ix_ppks_history_person_id", "ppks_history", ["person_id"])

    # Counts kept by the services on every write (the dashboard reads these, not a million records).
    for name, keys in (
        ("ppks_tally_category", [sa.Column("desa_code", sa.String(13), nullable=False),
                                 sa.Column("category_code", sa.String(8), nullable=False)]),
        ("ppks_tally_age", [sa.Column("desa_code", sa.String(13), nullable=False),
                            sa.Column("sex", sa.String(1), nullable=False),
                            sa.Column("birth_year", sa.Integer(), nullable=False)]),
        ("ppks_tally_year", [sa.Column("desa_code", sa.String(13), nullable=False),
                             sa.Column("collect_year", sa.Integer(), nullable=False)]),
        ("ppks_tally_status", [sa.Column("desa_code", sa.String(13), nullable=False),
                               sa.Column("status", sa.String(12), nullable=False)]),
    ):  # fmt: skip
        op.create_table(
            name,
            *keys,
            sa.Column("n", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint(*[c.name for c in keys], name=f"pk_{name}"),
        )


def downgrade() -> None:
    for name in ("ppks_tally_status", "ppks_tally_year", "ppks_tally_age", "ppks_tally_category"):
        op.drop_table(name)
    op.drop_table("ppks_history")
    op.drop_table("ppks_person_category")
    op.drop_table("ppks_person")
