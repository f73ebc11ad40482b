"""ppks: probable-duplicate pairs dismissed as "not the same person"

Revision ID: ppks_0002
Revises: ppks_0001
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "ppks_0002"
down_revision = "ppks_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    big = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    op.create_table(
        "ppks_dismissed_pair",
        sa.Column("low_id", big, nullable=False),
        sa.Column("high_id", big, nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["low_id"], ["ppks_person.id"], name="fk_ppks_dismissed_pair_low_id_ppks_person", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["high_id"], ["ppks_person.id"], name="fk_ppks_dismissed_pair_high_id_ppks_person", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name="fk_ppks_dismissed_pair_user_id_app_user", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("low_id", "high_id", name="pk_ppks_dismissed_pair"),
    )
    op.create_index("ix_ppks_dismissed_pair_high_id", "ppks_dismissed_pair", ["high_id"])


def downgrade() -> None:
    op.drop_table("ppks_dismissed_pair")
