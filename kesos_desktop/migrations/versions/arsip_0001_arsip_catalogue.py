"""arsip: classification scheme (JRA), locations, boxes, folders, records, loans, scans, full-text index

Revision ID: arsip_0001
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "arsip_0001"
down_revision = "0001"
branch_labels = ("arsip",)
depends_on = None

FTS_COLUMNS = "uraian, unit_pengolah, nomor_berkas, kode"
# Must stay identical to services/arsip_search.PG_TSVECTOR so PostgreSQL uses the GIN index.
PG_TSVECTOR = (
    "to_tsvector('simple'::regconfig, uraian || ' ' || unit_pengolah || ' ' || coalesce(nomor_berkas, '') "
    "|| ' ' || kode)"
)


def upgrade() -> None:
    op.create_table(
        "arsip_counter",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_arsip_counter"),
    )
    op.create_table(
        "arsip_klasifikasi",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("parent_code", sa.String(length=40), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("retensi_aktif", sa.Integer(), nullable=True),
        sa.Column("retensi_inaktif", sa.Integer(), nullable=True),
        sa.Column("disposisi", sa.String(length=20), nullable=True),
        sa.Column("keterangan", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["app_user.id"], name="fk_arsip_klasifikasi_created_by_app_user", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["app_user.id"], name="fk_arsip_klasifikasi_updated_by_app_user", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_arsip_klasifikasi"),
        sa.UniqueConstraint("code", name="uq_arsip_klasifikasi_code"),
    )
    op.create_index("ix_arsip_klasifikasi_parent_code", "arsip_klasifikasi", ["parent_code"], unique=False)
    op.create_table(
        "arsip_lokasi",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("path", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["app_user.id"], name="fk_arsip_lokasi_created_by_app_user", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["arsip_lokasi.id"], name="fk_arsip_lokasi_parent_id_arsip_lokasi", ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["app_user.id"], name="fk_arsip_lokasi_updated_by_app_user", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_arsip_lokasi"),
    )
    op.create_index("ix_arsip_lokasi_parent_id", "arsip_lokasi", ["parent_id"], unique=False)
    op.create_index("ix_arsip_lokasi_path", "arsip_lokasi", ["path"], unique=False)
    op.create_table(
        "arsip_peminjam",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nama", sa.String(length=150), nullable=False),
        sa.Column("unit", sa.String(length=150), nullable=False),
        sa.Column("nip", sa.String(length=30), nullable=True),
        sa.Column("boleh_rahasia", sa.Boolean(), nullable=False),
        sa.Column("disetujui_oleh", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["app_user.id"], name="fk_arsip_peminjam_created_by_app_user", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["disetujui_oleh"], ["app_user.id"], name="fk_arsip_peminjam_disetujui_oleh_app_user", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["app_user.id"], name="fk_arsip_peminjam_updated_by_app_user", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_arsip_peminjam"),
    )
    op.create_table(
        "arsip_boks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nomor", sa.String(length=30), nullable=False),
        sa.Column("lokasi_id", sa.Integer(), nullable=True),
        sa.Column("unit_pengolah", sa.String(length=150), nullable=True),
        sa.Column("keterangan", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["app_user.id"], name="fk_arsip_boks_created_by_app_user", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["lokasi_id"], ["arsip_lokasi.id"], name="fk_arsip_boks_lokasi_id_arsip_lokasi"),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["app_user.id"], name="fk_arsip_boks_updated_by_app_user", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_arsip_boks"),
        sa.UniqueConstraint("nomor", name="uq_arsip_boks_nomor"),
    )
    op.create_index("ix_arsip_boks_lokasi_id", "arsip_boks", ["lokasi_id"], unique=False)
    op.create_table(
        "arsip_folder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("boks_id", sa.Integer(), nullable=False),
        sa.Column("nomor", sa.String(length=30), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["boks_id"], ["arsip_boks.id"], name="fk_arsip_folder_boks_id_arsip_boks", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["app_user.id"], name="fk_arsip_folder_created_by_app_user", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["app_user.id"], name="fk_arsip_folder_updated_by_app_user", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_arsip_folder"),
    )
    op.create_index("uq_arsip_folder_boks_id_nomor", "arsip_folder", ["boks_id", "nomor"], unique=True)
    op.create_table(
        "arsip_berkas",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("kode", sa.String(length=40), nullable=False),
        sa.Column("nomor_berkas", sa.String(length=40), nullable=True),
        sa.Column("uraian", sa.Text(), nullable=False),
        sa.Column("tanggal_mulai", sa.Date(), nullable=False),
        sa.Column("tanggal_selesai", sa.Date(), nullable=False),
        sa.Column("tahun_mulai", sa.Integer(), nullable=False),
        sa.Column("tahun_selesai", sa.Integer(), nullable=False),
        sa.Column("unit_pengolah", sa.String(length=150), nullable=False),
        sa.Column("tingkat_perkembangan", sa.String(length=20), nullable=False),
        sa.Column("jumlah", sa.Integer(), nullable=False),
        sa.Column("satuan", sa.String(length=20), nullable=False),
        sa.Column("media", sa.String(length=20), nullable=False),
        sa.Column("keamanan", sa.String(length=20), nullable=False),
        sa.Column("hak_akses", sa.String(length=200), nullable=True),
        sa.Column("kondisi", sa.String(length=20), nullable=False),
        sa.Column("boks_id", sa.Integer(), nullable=True),
        sa.Column("folder_id", sa.Integer(), nullable=True),
        sa.Column("keterangan", sa.Text(), nullable=True),
        sa.Column("tahun_inaktif", sa.Integer(), nullable=True),
        sa.Column("tahun_retensi_akhir", sa.Integer(), nullable=True),
        sa.Column("disposisi", sa.String(length=20), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("import_batch", sa.String(length=80), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["boks_id"], ["arsip_boks.id"], name="fk_arsip_berkas_boks_id_arsip_boks"),
        sa.ForeignKeyConstraint(
            ["created_by"], ["app_user.id"], name="fk_arsip_berkas_created_by_app_user", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["folder_id"], ["arsip_folder.id"], name="fk_arsip_berkas_folder_id_arsip_folder"),
        sa.ForeignKeyConstraint(
            ["kode"], ["arsip_klasifikasi.code"], name="fk_arsip_berkas_kode_arsip_klasifikasi", onupdate="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["app_user.id"], name="fk_arsip_berkas_updated_by_app_user", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_arsip_berkas"),
    )
    op.create_index("ix_arsip_berkas_boks_id", "arsip_berkas", ["boks_id"], unique=False)
    op.create_index("ix_arsip_berkas_folder_id", "arsip_berkas", ["folder_id"], unique=False)
    op.create_index("ix_arsip_berkas_kode", "arsip_berkas", ["kode"], unique=False)
    op.create_index("ix_arsip_berkas_tahun_inaktif", "arsip_berkas", ["tahun_inaktif"], unique=False)
    op.create_index(
        "ix_arsip_berkas_disposisi", "arsip_berkas", ["disposisi", "tahun_retensi_akhir", "status"], unique=False
    )
    op.create_index("ix_arsip_berkas_tahun_retensi_akhir", "arsip_berkas", ["tahun_retensi_akhir"], unique=False)
    op.create_index("ix_arsip_berkas_tahun_selesai", "arsip_berkas", ["tahun_selesai"], unique=False)
    op.create_table(
        "arsip_peminjaman",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nomor", sa.String(length=40), nullable=False),
        sa.Column("berkas_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("boks_id", sa.Integer(), nullable=True),
        sa.Column("peminjam_id", sa.Integer(), nullable=False),
        sa.Column("keperluan", sa.String(length=300), nullable=True),
        sa.Column("tanggal_pinjam", sa.Date(), nullable=False),
        sa.Column("jatuh_tempo", sa.Date(), nullable=False),
        sa.Column("tanggal_kembali", sa.Date(), nullable=True),
        sa.Column("kondisi_pinjam", sa.String(length=100), nullable=False),
        sa.Column("kondisi_kembali", sa.String(length=100), nullable=True),
        sa.Column("petugas", sa.String(length=150), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["berkas_id"], ["arsip_berkas.id"], name="fk_arsip_peminjaman_berkas_id_arsip_berkas"),
        sa.ForeignKeyConstraint(["boks_id"], ["arsip_boks.id"], name="fk_arsip_peminjaman_boks_id_arsip_boks"),
        sa.ForeignKeyConstraint(
            ["created_by"], ["app_user.id"], name="fk_arsip_peminjaman_created_by_app_user", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["peminjam_id"], ["arsip_peminjam.id"], name="fk_arsip_peminjaman_peminjam_id_arsip_peminjam"
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["app_user.id"], name="fk_arsip_peminjaman_updated_by_app_user", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_arsip_peminjaman"),
        sa.UniqueConstraint("nomor", name="uq_arsip_peminjaman_nomor"),
    )
    op.create_index("ix_arsip_peminjaman_berkas_id", "arsip_peminjaman", ["berkas_id"], unique=False)
    op.create_index("ix_arsip_peminjaman_boks_id", "arsip_peminjaman", ["boks_id"], unique=False)
    op.create_index(
        "ix_arsip_peminjaman_tanggal_kembali_jatuh_tempo",
        "arsip_peminjaman",
        ["tanggal_kembali", "jatuh_tempo"],
        unique=False,
    )
    op.create_table(
        "arsip_scan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("berkas_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime", sa.String(length=50), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["berkas_id"], ["arsip_berkas.id"], name="fk_arsip_scan_berkas_id_arsip_berkas", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["app_user.id"], name="fk_arsip_scan_created_by_app_user", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_arsip_scan"),
    )
    op.create_index("ix_arsip_scan_berkas_id", "arsip_scan", ["berkas_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"CREATE VIRTUAL TABLE arsip_berkas_fts USING fts5({FTS_COLUMNS}, content='arsip_berkas', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        )
        new = "new.uraian, new.unit_pengolah, new.nomor_berkas, new.kode"
        old = "old.uraian, old.unit_pengolah, old.nomor_berkas, old.kode"
        op.execute(
            "CREATE TRIGGER arsip_berkas_fts_ai AFTER INSERT ON arsip_berkas BEGIN "
            f"INSERT INTO arsip_berkas_fts(rowid, {FTS_COLUMNS}) VALUES (new.id, {new}); END"
        )
        op.execute(
            "CREATE TRIGGER arsip_berkas_fts_ad AFTER DELETE ON arsip_berkas BEGIN "
            f"INSERT INTO arsip_berkas_fts(arsip_berkas_fts, rowid, {FTS_COLUMNS}) VALUES ('delete', old.id, {old}); END"
        )
        op.execute(
            f"CREATE TRIGGER arsip_berkas_fts_au AFTER UPDATE OF {FTS_COLUMNS} ON arsip_berkas BEGIN "
            f"INSERT INTO arsip_berkas_fts(arsip_berkas_fts, rowid, {FTS_COLUMNS}) VALUES ('delete', old.id, {old}); "
            f"INSERT INTO arsip_berkas_fts(rowid, {FTS_COLUMNS}) VALUES (new.id, {new}); END"
        )
    else:
        op.execute(f"CREATE INDEX ix_arsip_berkas_fts ON arsip_berkas USING GIN ({PG_TSVECTOR})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS arsip_berkas_fts_{name}")
        op.execute("DROP TABLE IF EXISTS arsip_berkas_fts")
    for table in (
        "arsip_scan",
        "arsip_peminjaman",
        "arsip_peminjam",
        "arsip_berkas",
        "arsip_folder",
        "arsip_boks",
        "arsip_lokasi",
        "arsip_klasifikasi",
        "arsip_counter",
    ):
        op.drop_table(table)
