"""arsip: stored numeric sort key of classification codes (400.9 < 400.10 < 1000)

Revision ID: arsip_0002
Revises: arsip_0001
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "arsip_0002"
down_revision = "arsip_0001"
branch_labels = None
depends_on = None

# Frozen copy of models.arsip.code_sort_text: a migration must not change when the model code does.
WIDTH = 6


def _sort_text(code: str) -> str:
    return "".join(p.zfill(WIDTH) if p.isdigit() else p for p in code.strip().split("."))


def upgrade() -> None:
    op.add_column("arsip_klasifikasi", sa.Column("sort_key", sa.String(length=160), nullable=True))
    op.add_column("arsip_berkas", sa.Column("kode_sort", sa.String(length=160), nullable=True))
    conn = op.get_bind()
    codes = conn.execute(sa.text("SELECT id, code FROM arsip_klasifikasi")).all()
    if codes:
        conn.execute(
            sa.text("UPDATE arsip_klasifikasi SET sort_key = :k WHERE id = :id"),
            [{"k": _sort_text(code), "id": id_} for id_, code in codes],
        )
    # One statement for all records (the FTS5 update trigger watches other columns, so it stays quiet).
    conn.execute(
        sa.text(
            "UPDATE arsip_berkas SET kode_sort = "
            "(SELECT k.sort_key FROM arsip_klasifikasi k WHERE k.code = arsip_berkas.kode)"
        )
    )
    op.create_index("ix_arsip_klasifikasi_sort_key", "arsip_klasifikasi", ["sort_key"], unique=False)
    op.create_index("ix_arsip_berkas_kode_sort", "arsip_berkas", ["kode_sort", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_arsip_berkas_kode_sort", table_name="arsip_berkas")
    op.drop_index("ix_arsip_klasifikasi_sort_key", table_name="arsip_klasifikasi")
    # Plain DROP COLUMN (SQLite >= 3.35): a batch copy would lose the FTS5 triggers on arsip_berkas.
    op.execute("ALTER TABLE arsip_berkas DROP COLUMN kode_sort")
    op.execute("ALTER TABLE arsip_klasifikasi DROP COLUMN sort_key")
