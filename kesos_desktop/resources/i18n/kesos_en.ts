<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../views/first_run.py" line="+97"/>
        <source>Akun admin pertama</source>
        <translation>First administrator account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin mengelola pengguna, pengaturan, dan seluruh data. Simpan kata sandinya baik-baik.</source>
        <translation>The administrator manages users, settings and all data. Keep the password safe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nama lengkap wajib diisi.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kata sandi minimal {n} karakter.</source>
        <translation>The password must be at least {n} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../app.py" line="+105"/>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengaturan basis data…</source>
        <translation>Database settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ArsipPage</name>
    <message>
        <location filename="../../views/arsip/page.py" line="+697"/>
        <source>Arsip (TEGAR)</source>
        <translation>Archives (TEGAR)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Katalog</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lokasi &amp;&amp; label</source>
        <translation>L&amp;ocations &amp;&amp; labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Peminjaman</source>
        <translation>&amp;Loans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daftar/Laporan</source>
        <translation>Li&amp;sts/Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klasi&amp;fikasi &amp;&amp; JRA</source>
        <translation>Classi&amp;fication &amp;&amp; JRA</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../../views/admin/audit_view.py" line="+39"/>
        <source>Semua pengguna</source>
        <translation>All users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semua aksi</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pengguna:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aksi:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis data:</source>
        <translation>Data type:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pilih satu entri untuk melihat nilai sebelum dan sesudahnya.</source>
        <translation>Select an entry to see its values before and after.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis data</source>
        <translation>Data type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID data</source>
        <translation>Data ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tidak ada nilai sebelum/sesudah yang dicatat.</source>
        <translation>No before/after values were recorded.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sebelum</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sesudah</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>BackupView</name>
    <message>
        <location filename="../../views/admin/backup_view.py" line="+66"/>
        <source>Lokal (SQLite)</source>
        <translation>Local (SQLite)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bersama (PostgreSQL)</source>
        <translation>Shared (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data: {kind} — {where}</source>
        <translation>Database: {kind} — {where}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cadangkan sekarang…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulihkan dari cadangan…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pemulihan mengganti seluruh isi basis data dengan isi cadangan. Data saat ini disimpan lebih dulu sebagai salinan pengaman, lalu semua pengguna masuk lagi.</source>
        <translation>Restoring replaces the whole content of the database with the content of the backup. The current data is first saved as a safety copy, then all users sign in again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PostgreSQL dicadangkan dengan pg_dump dan dipulihkan dengan pg_restore (program klien PostgreSQL harus terpasang di komputer ini). Pemulihan mengganti seluruh isi basis data untuk semua komputer kantor.</source>
        <translation>PostgreSQL is backed up with pg_dump and restored with pg_restore (the PostgreSQL client programs must be installed on this computer). Restoring replaces the whole content of the database for every computer in the office.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cadangan otomatis harian</source>
        <translation>Daily automatic backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadangkan otomatis sekali sehari</source>
        <translation>Back up automatically once a day</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Program klien PostgreSQL</source>
        <translation>PostgreSQL client programs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>otomatis (PATH atau C:\Program Files\PostgreSQL\&lt;versi&gt;\bin)</source>
        <translation>automatic (PATH or C:\Program Files\PostgreSQL\&lt;version&gt;\bin)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder program:</source>
        <translation>Program folder:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> salinan</source>
        <translation> copies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pulihkan yang dipilih…</source>
        <translation>Restore the selected one…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cadangan otomatis harian (hanya untuk SQLite; PostgreSQL dicadangkan di server)</source>
        <translation>Daily automatic backup (SQLite only; PostgreSQL is backed up on the server)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Folder program PostgreSQL (bin)</source>
        <translation>PostgreSQL program folder (bin)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dipakai: {path}</source>
        <translation>In use: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_dump tidak ditemukan: pasang klien PostgreSQL atau pilih folder bin-nya.</source>
        <translation>pg_dump not found: install the PostgreSQL client or choose its bin folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder cadangan otomatis</source>
        <translation>Automatic backup folder</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cadangan otomatis mati.</source>
        <translation>Automatic backup is off.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} salinan; terbaru {when}. Salinan berikutnya dibuat 24 jam setelahnya.</source>
        <translation>{n} copies; latest {when}. The next copy is made 24 hours later.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Belum ada salinan otomatis; yang pertama dibuat saat aplikasi berjalan.</source>
        <translation>No automatic copies yet; the first is made while the application runs.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Basis data SQLite (*.sqlite3)</source>
        <translation>SQLite database (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arsip pg_dump (*.dump)</source>
        <translation>pg_dump archive (*.dump)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan cadangan</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cadangan selesai</source>
        <translation>Backup finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadangan disimpan di {path} ({size}, {seconds} detik).</source>
        <translation>Backup saved to {path} ({size}, {seconds} seconds).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mencadangkan basis data</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Basis data SQLite (*.sqlite3 *.sqlite *.db);;Semua berkas (*)</source>
        <translation>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arsip pg_dump (*.dump);;Semua berkas (*)</source>
        <translation>pg_dump archive (*.dump);;All files (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Memeriksa cadangan</source>
        <translation>Checking the backup</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pulihkan basis data dari cadangan &lt;b&gt;{name}&lt;/b&gt;?</source>
        <translation>Restore the database from backup &lt;b&gt;{name}&lt;/b&gt;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dibuat: {when}</source>
        <translation>Created: {when}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Isi: {counts}</source>
        <translation>Contents: {counts}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seluruhnya {rows} baris dalam {tables} tabel.</source>
        <translation>{rows} rows in total in {tables} tables.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cadangan ini dari versi aplikasi lebih lama; strukturnya diperbarui setelah pulih.</source>
        <translation>This backup is from an older version of the application; its structure is upgraded after restoring.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Seluruh data saat ini diganti&lt;/b&gt; (disimpan dulu sebagai salinan pengaman). Sesudahnya aplikasi membuka ulang basis data dan Anda masuk lagi.</source>
        <translation>&lt;b&gt;All current data is replaced&lt;/b&gt; (saved first as a safety copy). Afterwards the application reopens the database and you sign in again.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Memulihkan basis data</source>
        <translation>Restoring the database</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Basis data dipulihkan dari {name}.</source>
        <translation>Database restored from {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data sebelumnya disimpan di {path}.</source>
        <translation>The previous data is saved in {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aplikasi membuka ulang basis data; silakan masuk lagi.</source>
        <translation>The application reopens the database; please sign in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pemulihan selesai, data perlu diperiksa</source>
        <translation>Restore finished, the data needs checking</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pemulihan selesai</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pemeriksaan konsistensi: tidak ada masalah.</source>
        <translation>Consistency check: no problems.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pemeriksaan konsistensi tidak dapat dijalankan: {error}</source>
        <translation>The consistency check could not run: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pemeriksaan konsistensi menemukan {n} masalah pada data yang dipulihkan (rinciannya: perintah kesos check):</source>
        <translation>The consistency check found {n} problem(s) in the restored data (details: the kesos check command):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contoh: {examples}</source>
        <translation>Examples: {examples}</translation>
    </message>
</context>
<context>
    <name>BerkasForm</name>
    <message>
        <location filename="../../views/arsip/catalogue.py" line="+76"/>
        <location line="+167"/>
        <source>Berkas baru</source>
        <translation>New record</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>ketik kode atau judul, mis. 400.9 atau sosial</source>
        <translation>type a code or title, e.g. 400.9 or social</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dd/mm/yyyy atau tahun</source>
        <translation>dd/mm/yyyy or year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kosong = sama</source>
        <translation>empty = same</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+135"/>
        <source>Boks</source>
        <translation>Box</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kode klasifikasi:</source>
        <translation>Classification &amp;code:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Uraian informasi:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal/kurun:</source>
        <translation>Date/period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit &amp;pengolah:</source>
        <translation>Creating &amp;unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nomor berkas:</source>
        <translation>Reco&amp;rd number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tingkat perkembangan:</source>
        <translation>Stage of development:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah:</source>
        <translation>Quantity:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media:</source>
        <translation>Medium:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klasifikasi keamanan:</source>
        <translation>Security classification:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kondisi:</source>
        <translation>Condition:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lokasi:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keterangan:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berkas &amp;baru (Ctrl+N)</source>
        <translation>&amp;New record (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Ubah berkas #{id}</source>
        <translation>Edit record #{id}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retensi belum ditetapkan untuk kode ini</source>
        <translation>No retention set for this code yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inaktif mulai {a}; retensi berakhir {b}; disposisi {c}</source>
        <translation>Inactive from {a}; retention ends {b}; disposition {c}</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+8"/>
        <source>Tanggal tidak dapat dibaca: tulis dd/mm/yyyy atau tahun.</source>
        <translation>The date cannot be read: write dd/mm/yyyy or a year.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Tersimpan: #{id} {kode} {uraian}</source>
        <translation>Saved: #{id} {kode} {uraian}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hapus berkas</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hapus berkas #{id} dari katalog?</source>
        <translation>Delete record #{id} from the catalogue?</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location line="+29"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>(semua)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dari</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keamanan:</source>
        <translation>Security:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jadwal retensi:</source>
        <translation>Retention schedule:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pinjamkan…</source>
        <translation>Lend…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impor daftar lama (xlsx)…</source>
        <translation>Import old list (xlsx)…</translation>
    </message>
</context>
<context>
    <name>ClassificationTab</name>
    <message>
        <location filename="../../views/arsip/page.py" line="-152"/>
        <source>Tambah kode…</source>
        <translation>Add code…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ubah retensi…</source>
        <translation>Change retention…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonaktifkan/aktifkan</source>
        <translation>Deactivate/activate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impor skema/JRA…</source>
        <translation>Import scheme/JRA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unduh templat…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unduh</source>
        <translation>Download</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <source>Tambah kode</source>
        <translation>Add code</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Kode (mis. 400.9.7):</source>
        <translation>Code (e.g. 400.9.7):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judul:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retensi {code}</source>
        <translation>Retention {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retensi aktif, inaktif (tahun), disposisi — mis. 2, 5, Musnah (kosongkan = belum ditetapkan):</source>
        <translation>Active and inactive retention (years), disposition — e.g. 2, 5, Destroy (leave empty = not set yet):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tulis: aktif, inaktif, disposisi — mis. 2, 5, Musnah</source>
        <translation>Write: active, inactive, disposition — e.g. 2, 5, Destroy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Retensi diubah</source>
        <translation>Retention changed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} berkas dihitung ulang.</source>
        <translation>{n} records recalculated.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hapus kode</source>
        <translation>Delete code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hapus kode {code}?</source>
        <translation>Delete code {code}?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impor skema klasifikasi/JRA</source>
        <translation>Import classification scheme/JRA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel atau CSV (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Excel or CSV (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Baris {line}, {column}: {text}</source>
        <translation>Row {line}, {column}: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impor dibatalkan</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak ada yang disimpan. Kesalahan:
{lines}</source>
        <translation>Nothing was saved. Errors:
{lines}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impor selesai</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{c} kode baru, {u} diubah, {r} berkas dihitung ulang.</source>
        <translation>{c} new codes, {u} changed, {r} records recalculated.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mengimpor skema…</source>
        <translation>Importing the scheme…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simpan templat</source>
        <translation>Save template</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../views/dashboard.py" line="+32"/>
        <source>Pekerjaan menunggu</source>
        <translation>Pending work</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+32"/>
        <source>Selamat datang, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(cakupan kantor belum diatur)</source>
        <translation>(office scope not set yet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peran: {role} · Wilayah kerja: {scope}</source>
        <translation>Role: {role} · Work area: {scope}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kecamatan dalam cakupan</source>
        <translation>Districts in scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desa/kelurahan dalam cakupan</source>
        <translation>Villages in scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengguna aktif</source>
        <translation>Active users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan log audit</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Angka dasbor belum dapat dimuat: {error}</source>
        <translation>The dashboard figures could not be loaded: {error}</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../views/ppks/dashboard.py" line="+80"/>
        <source>Semua kecamatan</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wilayah:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Jumlah PPKS per kategori</source>
        <translation>PPKS per category</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kategori × wilayah (klik judul kecamatan untuk rincian desa)</source>
        <translation>Category × region (click a district heading for its villages)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jenis kelamin × kelompok umur</source>
        <translation>Sex × age group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tahun pendataan</source>
        <translation>Survey year</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kemajuan verifikasi per wilayah</source>
        <translation>Verification progress per region</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Total {total} data · diverifikasi {verified} ({pct}%) · perlu pembaruan {stale}</source>
        <translation>Total {total} records · verified {verified} ({pct}%) · needing update {stale}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+10"/>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Jumlah (keanggotaan kategori)</source>
        <translation>Count (category memberships)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverifikasi</source>
        <translation>verified</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>PPKS</source>
        <translation>PPKS</translation>
    </message>
</context>
<context>
    <name>DatabaseForm</name>
    <message>
        <location filename="../../views/common/database_form.py" line="+34"/>
        <source>Lokal (file SQLite) — satu komputer, tanpa server</source>
        <translation>Local (SQLite file) — one computer, no server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bersama (server PostgreSQL) — banyak komputer dalam satu kantor</source>
        <translation>Shared (PostgreSQL server) — several computers in one office</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Host server:</source>
        <translation>Server host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama basis data:</source>
        <translation>Database name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengguna:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tes koneksi</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pilih file basis data</source>
        <translation>Choose the database file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basis data SQLite (*.sqlite3 *.db);;Semua file (*)</source>
        <translation>SQLite database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Menghubungi…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../views/first_run.py" line="-99"/>
        <source>Tempat penyimpanan data</source>
        <translation>Where the data is stored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pilih Lokal bila aplikasi dipakai di satu komputer saja. Pilih Bersama bila kantor memiliki server PostgreSQL yang dipakai banyak komputer.</source>
        <translation>Choose Local when the application is used on one computer only. Choose Shared when the office has a PostgreSQL server used by several computers.</translation>
    </message>
</context>
<context>
    <name>DismissedPairsDialog</name>
    <message>
        <location filename="../../views/ppks/dismissed.py" line="+35"/>
        <source>Pasangan bukan data ganda</source>
        <translation>Pairs that are not duplicates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data A</source>
        <translation>Record A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data B</source>
        <translation>Record B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kembalikan ke daftar ganda</source>
        <translation>&amp;Return to the duplicates list</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{n} pasangan</source>
        <translation>{n} pairs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kembalikan pasangan</source>
        <translation>Return pair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tampilkan lagi #{a} {an} dan #{b} {bn} sebagai kemungkinan data ganda?</source>
        <translation>Show #{a} {an} and #{b} {bn} as a probable duplicate again?</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../../views/ppks/page.py" line="+462"/>
        <source>Data A</source>
        <translation>Record A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tgl lahir A</source>
        <translation>Date of birth A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NIK A</source>
        <translation>NIK A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data B</source>
        <translation>Record B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tgl lahir B</source>
        <translation>Date of birth B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK B</source>
        <translation>NIK B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pindai data ganda</source>
        <translation>&amp;Scan for duplicates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka A</source>
        <translation>Open A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka B</source>
        <translation>Open B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gabungkan B ke A</source>
        <translation>&amp;Merge B into A</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bukan ganda…</source>
        <translation>&amp;Not a duplicate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandai pasangan ini sebagai dua orang berbeda (tidak muncul lagi)</source>
        <translation>Mark this pair as two different people (it will not be listed again)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daftar bukan ganda</source>
        <translation>Not-duplicate list</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mencari kemungkinan data ganda…</source>
        <translation>Looking for possible duplicates…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} pasangan</source>
        <translation>{n} pairs</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Gabungkan data</source>
        <translation>Merge records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gabungkan #{b} {bn} ke #{a} {an}? Data #{b} dihapus; salinannya disimpan di riwayat.</source>
        <translation>Merge #{b} {bn} into #{a} {an}? Record #{b} is deleted; a copy is kept in the history.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bukan data ganda</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#{a} {an} dan #{b} {bn} adalah dua orang berbeda. Alasan:</source>
        <translation>#{a} {an} and #{b} {bn} are two different people. Reason:</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../views/first_run.py" line="+112"/>
        <source>Selamat datang di {app}</source>
        <translation>Welcome to {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Menyiapkan struktur basis data…</source>
        <translation>Preparing the database structure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mengisi daftar wilayah…</source>
        <translation>Filling in the list of regions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data ini sudah memiliki pengguna. Masuk dengan akun yang ada.</source>
        <translation>This database already has users. Sign in with an existing account.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Menyiapkan {app}</source>
        <translation>Setting up {app}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../views/help_view.py" line="+95"/>
        <source>Panduan pengguna</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berkas panduan tidak ditemukan di instalasi ini.</source>
        <translation>The guide files were not found in this installation.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../views/arsip/import_dialog.py" line="+41"/>
        <source>Impor daftar arsip lama (xlsx)</source>
        <translation>Import old archive list (xlsx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Belum ada berkas.</source>
        <translation>No file yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unduh templat…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lembar:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pemetaan kolom (kolom berkas → isian katalog)</source>
        <translation>Column mapping (file column → catalogue field)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Periksa (tanpa menyimpan)</source>
        <translation>Check (without saving)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impor semua</source>
        <translation>Import all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan daftar kesalahan…</source>
        <translation>Save error list…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pratinjau:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pilih daftar arsip</source>
        <translation>Choose archive list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel (*.xlsx *.xls *.ods)</source>
        <translation>Excel (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{n} baris data</source>
        <translation>{n} data rows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(kolom {n})</source>
        <translation>(column {n})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Memeriksa daftar arsip…</source>
        <translation>Checking the archive list…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mengimpor daftar arsip…</source>
        <translation>Importing the archive list…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dibatalkan: tidak ada yang disimpan.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{n} kesalahan — tidak ada yang disimpan. Perbaiki berkasnya lalu coba lagi.</source>
        <translation>{n} errors — nothing was saved. Fix the file and try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Semua {n} baris benar dan siap diimpor.</source>
        <translation>All {n} rows are correct and ready to import.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} berkas diimpor ({s} detik).</source>
        <translation>{n} records imported ({s} seconds).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Simpan daftar kesalahan</source>
        <translation>Save error list</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simpan templat</source>
        <translation>Save template</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../views/ppks/import_wizard.py" line="+62"/>
        <source>Impor Data PPKS dari Excel</source>
        <translation>Import PPKS Data from Excel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pilih file .xlsx dari desa…</source>
        <translation>Choose the .xlsx file from the village…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pilih file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NIK yang sudah ada: perbarui datanya</source>
        <translation>Existing NIK: update the record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK yang sudah ada: laporkan saja</source>
        <translation>Existing NIK: only report it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simpan hanya bila semua baris valid</source>
        <translation>Save only if all rows are valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan baris yang valid saja</source>
        <translation>Save only the valid rows</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Terima NIK/KK bermasalah (kode wilayah lama dll.) dengan tanda peringatan</source>
        <translation>Accept problematic NIK/KK (old region codes etc.) with a warning flag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data lama:</source>
        <translation>Existing records:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penyimpanan:</source>
        <translation>Saving:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NIK (admin):</source>
        <translation>NIK (admin):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1. Pemetaan kolom</source>
        <translation>1. Column mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Pratinjau</source>
        <translation>2. Preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Hasil pemeriksaan</source>
        <translation>3. Check results</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Peri&amp;ksa</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simpan salinan &amp;kesalahan…</source>
        <translation>Save a copy with &amp;errors…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pilih file Excel</source>
        <translation>Choose Excel file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buku kerja Excel (*.xlsx *.xlsm *.xls);;Semua file (*)</source>
        <translation>Excel workbook (*.xlsx *.xlsm *.xls);;All files (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pilihan berubah: periksa ulang sebelum impor.</source>
        <translation>Options changed: check again before importing.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Memeriksa file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Lembar &apos;{sheet}&apos;, judul di baris {header}. Baris dibaca {read}: valid {valid}, tidak valid {invalid} (baru {new}, diperbarui {upd}, sudah ada {existing}). Dilewati: {skipped}.</source>
        <translation>Sheet &apos;{sheet}&apos;, headings in row {header}. Rows read {read}: valid {valid}, invalid {invalid} (new {new}, updated {upd}, already present {existing}). Skipped: {skipped}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Simpan salinan kesalahan</source>
        <translation>Save a copy with errors</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Menulis salinan kesalahan…</source>
        <translation>Writing the copy with errors…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Salinan kesalahan</source>
        <translation>Copy with errors</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} baris ditandai di {file}.</source>
        <translation>{n} rows marked in {file}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Menyimpan data impor…</source>
        <translation>Saving the imported data…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impor dibatalkan: tidak ada yang disimpan.</source>
        <translation>Import cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tersimpan: {new} data baru, {upd} diperbarui.</source>
        <translation>Saved: {new} new records, {upd} updated.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak ada yang disimpan.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impor selesai</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../views/common/job_dialog.py" line="+30"/>
        <source>Berjalan {clock}</source>
        <translation>Running {clock}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hampir selesai</source>
        <translation>Almost done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sisa sekitar {n} detik</source>
        <translation>About {n} seconds left</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sisa sekitar {n} menit</source>
        <translation>About {n} minutes left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sisa sekitar {h} jam {m} menit</source>
        <translation>About {h} h {m} min left</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Memulai…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Batalkan proses?</source>
        <translation>Cancel the process?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proses ini masih berjalan. Batalkan sekarang?</source>
        <translation>This process is still running. Cancel it now?</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <location filename="../../views/arsip/page.py" line="-628"/>
        <source>Peminjaman arsip</source>
        <translation>Archive loan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pinjam satu boks utuh: isi nomor boks.</source>
        <translation>To lend a whole box: enter the box number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peminjam baru…</source>
        <translation>New borrower…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Arsip:</source>
        <translation>Archive:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nomor &amp;boks:</source>
        <translation>&amp;Box number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Peminjam:</source>
        <translation>Bo&amp;rrower:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harus &amp;kembali:</source>
        <translation>&amp;Due back:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keperluan:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kondisi saat dipinjam:</source>
        <translation>Condition when lent:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pinjamkan</source>
        <translation>Lend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> [boleh rahasia]</source>
        <translation> [may see secret records]</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Peminjam baru</source>
        <translation>New borrower</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Nama peminjam:</source>
        <translation>Borrower name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit kerja:</source>
        <translation>Work unit:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Boks nomor {n} tidak ada.</source>
        <translation>Box number {n} does not exist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pilih atau tambahkan peminjam.</source>
        <translation>Choose or add a borrower.</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <location line="+303"/>
        <source>(semua unit)</source>
        <translation>(all units)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simpan sebagai Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pratinjau &amp;&amp; cetak PDF…</source>
        <translation>Preview &amp;&amp; print PDF…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Daftar:</source>
        <translation>List:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tahun acuan:</source>
        <translation>Reference year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit pengolah:</source>
        <translation>Creating unit:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arsip yang kodenya belum punya retensi (JRA) tidak dilewati: dicantumkan di bagian tersendiri &quot;retensi belum ditetapkan&quot; pada daftar inaktif, usul musnah dan serah permanen.</source>
        <translation>Records whose code has no retention (JRA) yet are not skipped: they are listed in a separate &quot;retention not set&quot; section of the inactive, proposed-destruction and permanent-transfer lists.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Jadwal retensi {year}</source>
        <translation>Retention schedule {year}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simpan daftar</source>
        <translation>Save list</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+23"/>
        <source>; {n} berkas retensi belum ditetapkan</source>
        <translation>; {n} records without retention</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>{title} {year}: {n} berkas{extra} → {path}</source>
        <translation>{title} {year}: {n} records{extra} → {path}</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Menyusun daftar arsip…</source>
        <translation>Compiling the archive list…</translation>
    </message>
</context>
<context>
    <name>LoansTab</name>
    <message>
        <location line="-361"/>
        <source>(semua)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinjam boks…</source>
        <translation>Lend box…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kembalikan…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cetak bon…</source>
        <translation>Print loan slip…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Izin arsip rahasia…</source>
        <translation>Secret-record permission…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin: izinkan atau cabut izin peminjam untuk arsip rahasia/sangat rahasia</source>
        <translation>Admin: grant or revoke a borrower&apos;s permission for secret/top-secret records</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Bon peminjaman</source>
        <translation>Loan slip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peminjaman {n} dicatat. Cetak bon peminjaman sekarang?</source>
        <translation>Loan {n} recorded. Print the loan slip now?</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <location line="+12"/>
        <source>Izin arsip rahasia</source>
        <translation>Secret-record permission</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Belum ada peminjam terdaftar.</source>
        <translation>No borrowers registered yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — sudah diizinkan</source>
        <translation> — already permitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peminjam:</source>
        <translation>Borrower:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>diizinkan</source>
        <translation>is now permitted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dicabut izinnya</source>
        <translation>is no longer permitted</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} {state} meminjam arsip rahasia.</source>
        <translation>{name} {state} to borrow secret records.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pengembalian arsip</source>
        <translation>Archive return</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kondisi arsip saat kembali:</source>
        <translation>Condition of the records on return:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bon peminjaman {nomor}</source>
        <translation>Loan slip {nomor}</translation>
    </message>
</context>
<context>
    <name>LocationsTab</name>
    <message>
        <location line="+13"/>
        <source>Lokasi:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tambah gedung/ruang/rak…</source>
        <translation>Add building/room/shelf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tambah boks…</source>
        <translation>Add box…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pindahkan boks…</source>
        <translation>Move box…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak label boks…</source>
        <translation>Print box labels…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak label folder…</source>
        <translation>Print folder labels…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Label dicetak untuk boks yang dipilih, atau semua boks pada daftar bila tidak ada yang dipilih.</source>
        <translation>Labels are printed for the selected boxes, or for all boxes in the list when none is selected.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(semua lokasi)</source>
        <translation>(all locations)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>Tambah lokasi</source>
        <translation>Add location</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Jenis:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Buat dulu {kind} induknya.</source>
        <translation>Create its parent {kind} first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Di dalam:</source>
        <translation>Inside:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Belum ada rak. Tambahkan gedung, ruang dan rak dulu.</source>
        <translation>No shelves yet. Add a building, a room and a shelf first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rak:</source>
        <translation>Shelf:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Tambah boks</source>
        <translation>Add box</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Nomor boks:</source>
        <translation>Box number:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pindahkan boks {n}</source>
        <translation>Move box {n}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Label folder</source>
        <translation>Folder labels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label boks</source>
        <translation>Box labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label tersimpan/dicetak: {p}</source>
        <translation>Labels saved/printed: {p}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label siap: {n} halaman</source>
        <translation>Labels ready: {n} pages</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../views/login.py" line="+34"/>
        <source>Masuk — {app}</source>
        <translation>Sign in — {app}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nama pengguna</source>
        <translation>user name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengaturan basis data…</source>
        <translation>Database settings…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Membuka basis data…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basis data: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Isi nama pengguna.</source>
        <translation>Enter the user name.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="+173"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cadangkan basis data…</source>
        <translation>&amp;Back up the database…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keluar akun</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tutu&amp;p aplikasi</source>
        <translation>&amp;Quit application</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panduan pengguna</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Tentang {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lokal (SQLite)</source>
        <translation>Local (SQLite)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bersama (PostgreSQL)</source>
        <translation>Shared (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data: {kind} — {where}</source>
        <translation>Database: {kind} — {where}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pengguna: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Halaman ini gagal dibuka.</source>
        <translation>This page could not be opened.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Mulai ulang</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan berlaku setelah aplikasi dimulai ulang. Mulai ulang sekarang?</source>
        <translation>Changes take effect after the application restarts. Restart now?</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Tentang {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Aplikasi administrasi Dinas Sosial: NIPD, arsip (TEGAR), dan PPKS.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Administration application of the Social Affairs Office: NIPD, archives (TEGAR) and PPKS.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NipdImportDialog</name>
    <message>
        <location filename="../../views/nipd/import_dialog.py" line="+43"/>
        <source>Impor perangkat desa dari xlsx</source>
        <translation>Import village officials from xlsx</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Belum ada berkas.</source>
        <translation>No file yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unduh templat…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lembar:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Pemetaan kolom (isian perangkat ← kolom berkas; * wajib)</source>
        <translation>1. Column mapping (official&apos;s field ← file column; * required)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Periksa (tanpa menyimpan)</source>
        <translation>Check (without saving)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impor semua</source>
        <translation>Import all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>2. Pratinjau baris pertama sesuai pemetaan:</source>
        <translation>2. Preview of the first rows as mapped:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Hasil pemeriksaan (semua baris benar, atau tidak ada yang disimpan):</source>
        <translation>3. Check results (all rows correct, or nothing is saved):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Impor perangkat desa</source>
        <translation>Import village officials</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation>Excel (*.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} — lembar &apos;{sheet}&apos;, judul di baris {row}, {n} baris data</source>
        <translation>{path} — sheet &apos;{sheet}&apos;, headings in row {row}, {n} data rows</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(tidak dipetakan)</source>
        <translation>(not mapped)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kolom wajib belum dipetakan: {cols}.</source>
        <translation>Required columns are not mapped yet: {cols}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Semua kolom wajib sudah dipetakan.</source>
        <translation>All required columns are mapped.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Memeriksa berkas perangkat…</source>
        <translation>Checking the officials file…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mengimpor perangkat desa…</source>
        <translation>Importing village officials…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dibatalkan: tidak ada yang disimpan.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{n} kesalahan pada {rows} baris — tidak ada yang disimpan. Perbaiki berkasnya lalu coba lagi.</source>
        <translation>{n} errors in {rows} rows — nothing was saved. Fix the file and try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Semua {rows} baris benar: {new} perangkat baru, {upd} diperbarui. Belum disimpan.</source>
        <translation>All {rows} rows are correct: {new} new officials, {upd} updated. Not saved yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Impor selesai: {new} perangkat baru, {upd} diperbarui.</source>
        <translation>Import finished: {new} new officials, {upd} updated.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Simpan templat impor</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Templat impor disimpan di {path}</source>
        <translation>Import template saved to {path}</translation>
    </message>
</context>
<context>
    <name>NipdPage</name>
    <message>
        <location filename="../../views/nipd/page.py" line="+850"/>
        <source>Perangkat Desa</source>
        <translation>Village Officials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antrean Kartu</source>
        <translation>Card Queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifikasi Kartu</source>
        <translation>Card Verification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pengaturan NIPD</source>
        <translation>NIPD Settings</translation>
    </message>
</context>
<context>
    <name>NotYetAvailable</name>
    <message>
        <location filename="../../views/common/placeholder.py" line="+15"/>
        <source>Modul ini belum tersedia di versi ini.</source>
        <translation>This module is not available in this version yet.</translation>
    </message>
</context>
<context>
    <name>OfficialForm</name>
    <message>
        <location filename="../../views/nipd/form.py" line="+63"/>
        <source>Daftarkan perangkat desa</source>
        <translation>Register a village official</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ubah data perangkat</source>
        <translation>Edit official&apos;s data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mis. H., Drs.</source>
        <translation>e.g. H., Drs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mis. S.Sos.</source>
        <translation>e.g. S.Sos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>18 digit, bila PNS</source>
        <translation>18 digits, for civil servants</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>mis. Kepala Desa Sungai Duri</source>
        <translation>e.g. Village Head of Sungai Duri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belum ada foto</source>
        <translation>No photo yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pilih &amp;foto…</source>
        <translation>Choose &amp;photo…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Data pribadi</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;NIK:</source>
        <translation>&amp;NIK:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nama (tanpa gelar):</source>
        <translation>N&amp;ame (without titles):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>belakang:</source>
        <translation>after:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gelar depan:</source>
        <translation>&amp;Title before:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jenis kelamin:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tempat lahir:</source>
        <translation>Place of b&amp;irth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal &amp;lahir:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agama:</source>
        <translation>Re&amp;ligion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pendidikan terakhir:</source>
        <translation>Highest &amp;education:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ala&amp;mat:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telepon:</source>
        <translation>Telephone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pangkat/golongan:</source>
        <translation>Rank/grade:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jabatan dan SK pengangkatan</source>
        <translation>Position and appointment decree (SK)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desa:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ja&amp;batan:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor &amp;SK:</source>
        <translation>&amp;SK number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal S&amp;K:</source>
        <translation>S&amp;K date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penandatangan SK:</source>
        <translation>SK signed by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TMT (mulai bertugas):</source>
        <translation>TMT (start of duty):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jabatan: {j}, Desa {d}</source>
        <translation>Position: {j}, Village {d}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan jabatan atau desa lewat tombol Mutasi.</source>
        <translation>Change position or village with the Transfer button.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Foto (3:4):</source>
        <translation>Photo (3:4):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Periksa isian bertanda merah ({n}).</source>
        <translation>Check the fields marked in red ({n}).</translation>
    </message>
</context>
<context>
    <name>OfficialsTab</name>
    <message>
        <location filename="../../views/nipd/page.py" line="-796"/>
        <source>Semua kecamatan</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+116"/>
        <source>Semua desa</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Semua jabatan</source>
        <translation>All positions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pensiun ≤ {n} bln</source>
        <translation>retiring ≤ {n} mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kecamatan:</source>
        <translation>District:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desa:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jabatan:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pensiun:</source>
        <translation>Retirement:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>semua</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tahun SK:</source>
        <translation>SK year:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Daftarkan perangkat…</source>
        <translation>&amp;Register official…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Setujui &amp;&amp; beri NIPD</source>
        <translation>&amp;Approve &amp;&amp; assign NIPD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minta &amp;kartu baru…</source>
        <translation>Request new &amp;card…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mutasi…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pemberhentian…</source>
        <translation>&amp;Dismissal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impor xlsx…</source>
        <translation>&amp;Import xlsx…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templat impor…</source>
        <translation>Import template…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ekspor Buku A.4…</source>
        <translation>E&amp;xport Book A.4…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cetak Buku A.4…</source>
        <translation>&amp;Print Book A.4…</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+51"/>
        <source>Pilih perangkat di daftar untuk melihat rinciannya.</source>
        <translation>Select an official in the list to see the details.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>s.d. {date} ({reason})</source>
        <translation>to {date} ({reason})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(belum)</source>
        <translation>(not yet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desa {d}, Kec. {k}</source>
        <translation>Village {d}, Dist. {k}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kartu terkini</source>
        <translation>Current card</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Riwayat jabatan</source>
        <translation>Position history</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tersimpan: {name}.</source>
        <translation>Saved: {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Perhatian (tidak menghalangi):</source>
        <translation>Note (does not block saving):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tersimpan dengan catatan</source>
        <translation>Saved with notes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} disetujui. NIPD: {nipd}. Permintaan kartu baru masuk antrean cetak.</source>
        <translation>{name} approved. NIPD: {nipd}. A request for a new card is in the print queue.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Minta kartu</source>
        <translation>Request card</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Permintaan kartu untuk {name} masuk antrean.</source>
        <translation>The card request for {name} is in the queue.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mutasi {name}: {j}, Desa {d} (NIPD tetap {n}).</source>
        <translation>Transfer of {name}: {j}, Village {d} (NIPD stays {n}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} diberhentikan; NIPD {n} tidak akan dipakai lagi.</source>
        <translation>{name} dismissed; NIPD {n} will not be used again.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+36"/>
        <source>Pilih desa di penyaring (atau pilih seorang perangkat) dulu.</source>
        <translation>Choose a village in the filter (or select an official) first.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Simpan Buku Data Aparat Desa</source>
        <translation>Save Village Officials Data Book</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Buku Data Aparat Pemerintahan Desa (Model A.4)</source>
        <translation>Village Government Officials Data Book (Model A.4)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Mengekspor Buku A.4</source>
        <translation>Exporting Book A.4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} baris diekspor ke {path}</source>
        <translation>{n} rows exported to {path}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../views/common/pdf_preview.py" line="+146"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Sesuaikan lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satu halaman penuh</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Halaman sebelumnya</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+224"/>
        <source>Halaman</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Halaman berikutnya</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Menyiapkan dokumen…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Ukuran kertas; dokumen disusun ulang untuk kertas ini</source>
        <translation>Paper size; the document is laid out again for this paper</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Kertas:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Menyiapkan dokumen untuk kertas {paper}…</source>
        <translation>Preparing the document for {paper} paper…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Menyiapkan pratinjau…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Dokumen PDF tidak dapat dibaca.</source>
        <translation>The PDF document cannot be read.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> dari {n}</source>
        <translation> of {n}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{n} halaman · halaman 1: {w:.0f} × {h:.0f} mm</source>
        <translation>{n} pages · page 1: {w:.0f} × {h:.0f} mm</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lebar</source>
        <translation>Width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selebar jendela</source>
        <translation>Fit window width</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Berkas tidak dapat disimpan: {e}</source>
        <translation>The file cannot be saved: {e}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tersimpan di {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Mengirim ke printer…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mencetak</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printer tidak dapat dibuka.</source>
        <translation>The printer cannot be opened.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Halaman {i} dari {n}</source>
        <translation>Page {i} of {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} halaman dikirim ke printer.</source>
        <translation>{n} pages sent to the printer.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../views/ppks/form.py" line="+67"/>
        <source>Ubah Data PPKS</source>
        <translation>Edit PPKS Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tambah Data PPKS</source>
        <translation>Add PPKS Record</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16 digit (boleh kosong)</source>
        <translation>16 digits (may be empty)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>hh/bb/tttt</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Rincian per kategori, satu baris: KODE: rincian (mis. PD: tuna netra; KBA: banjir 12/01/2026)</source>
        <translation>Details per category, one line each: CODE: details (e.g. PD: blind; KBA: flood 12/01/2026)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terima NIK/KK bermasalah dengan tanda peringatan (admin)</source>
        <translation>Accept problematic NIK/KK with a warning flag (admin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+245"/>
        <source>Tanpa foto</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Pilih &amp;foto…</source>
        <translation>Choose p&amp;hoto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hapus foto</source>
        <translation>&amp;Remove photo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. &amp;KK</source>
        <translation>&amp;KK No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;ma</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tempat/Tgl &amp;Lahir</source>
        <translation>Place/Date of &amp;Birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jenis Kelamin</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Foto (3:4)</source>
        <translation>Photo (3:4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alamat</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kategori dan kondisi</source>
        <translation>Category and condition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kategori &amp;PPKS</source>
        <translation>&amp;PPKS category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rincian kategori</source>
        <translation>Category details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K&amp;ondisi</source>
        <translation>C&amp;ondition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ke&amp;butuhan</source>
        <translation>N&amp;eeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas pendata</source>
        <translation>Enumerator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tgl pendataan</source>
        <translation>Survey date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desil DTSEN</source>
        <translation>DTSEN decile</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Simpan ({key})</source>
        <translation>Save ({key})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ditolak verifikator: {reason}</source>
        <translation>Rejected by the verifier: {reason}</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>Buka data #{id} yang sudah ada</source>
        <translation>Open the existing record #{id}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Data ini telah diubah oleh pengguna lain. Tutup formulir dan buka lagi untuk memuat ulang.</source>
        <translation>This record has been changed by another user. Close the form and open it again to reload it.</translation>
    </message>
</context>
<context>
    <name>PhotoCropper</name>
    <message>
        <location filename="../../views/common/photo_cropper.py" line="+26"/>
        <source>Potong foto (3:4)</source>
        <translation>Crop photo (3:4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ukuran:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geser mendatar:</source>
        <translation>Move horizontally:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geser tegak:</source>
        <translation>Move vertically:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pakai</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pilih foto</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gambar (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <location filename="../../views/nipd/position.py" line="+47"/>
        <source>Mutasi jabatan</source>
        <translation>Position transfer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pemberhentian</source>
        <translation>Dismissal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sekarang: {j}, Desa {d}</source>
        <translation>Now: {j}, Village {d}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Jabatan baru:</source>
        <translation>New position:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desa:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nomor SK:</source>
        <translation>SK number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal SK:</source>
        <translation>SK date:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Penandatangan SK:</source>
        <translation>SK signed by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TMT jabatan baru:</source>
        <translation>TMT of the new position:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PpksPage</name>
    <message>
        <location filename="../../views/ppks/page.py" line="-497"/>
        <source>Data PPKS</source>
        <translation>PPKS Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kemungkinan Ganda</source>
        <translation>Possible Duplicates</translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message>
        <location filename="../../views/nipd/page.py" line="+39"/>
        <source>Belum dicetak</source>
        <translation>Not printed yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudah dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tampilkan:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set&amp;ujui</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batalkan</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandai &amp;diserahkan</source>
        <translation>Mark as &amp;handed over</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A4, 10 kartu per lembar (bolak-balik)</source>
        <translation>A4, 10 cards per sheet (double-sided)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F4, 10 kartu per lembar (bolak-balik)</source>
        <translation>F4, 10 cards per sheet (double-sided)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CR80, 1 kartu per halaman (printer kartu PVC)</source>
        <translation>CR80, 1 card per page (PVC card printer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cetak semua yang disetujui…</source>
        <translation>&amp;Print all approved…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cetak batch kartu</source>
        <translation>Print a batch of cards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templat:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tata letak:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Batch #{id}: {n} kartu, {pages} halaman. Cetak atau simpan dari pratinjau.</source>
        <translation>Batch #{id}: {n} cards, {pages} pages. Print or save from the preview.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Kartu NIPD batch #{id}</source>
        <translation>NIPD cards batch #{id}</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Mencetak…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mencetak kartu NIPD</source>
        <translation>Printing NIPD cards</translation>
    </message>
</context>
<context>
    <name>RecordListWidget</name>
    <message>
        <location filename="../../views/common/record_list.py" line="+296"/>
        <source>Cari…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cari ({find}); muat ulang daftar: {refresh}</source>
        <translation>Search ({find}); reload the list: {refresh}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Coba lagi</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>{count} data</source>
        <translation>{count} records</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../views/ppks/page.py" line="+28"/>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Semua kecamatan</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hapus filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ubah/Lihat</source>
        <translation>&amp;Edit/View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;jukan</source>
        <translation>Sub&amp;mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verifikasi</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;olak</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impor Excel…</source>
        <translation>&amp;Import Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unduh / Cetak</source>
        <translation>Download / Print</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templat impor (xlsx)…</source>
        <translation>Import template (xlsx)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ekspor daftar terfilter (xlsx)…</source>
        <translation>Export the filtered list (xlsx)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rekap per {what} (pratinjau/cetak)…</source>
        <translation>Summary per {what} (preview/print)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rekap per {what} (xlsx)…</source>
        <translation>Summary per {what} (xlsx)…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Semua desa</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Jenis kelamin: {v}</source>
        <translation>Sex: {v}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Umur: {v}</source>
        <translation>Age: {v}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Ubah</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Lihat</source>
        <translation>Vie&amp;w</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alasan ditolak: {r}</source>
        <translation>Reason for rejection: {r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peringatan NIK: {r}</source>
        <translation>NIK warning: {r}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Lihat Data PPKS (hanya baca)</source>
        <translation>View PPKS Record (read only)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tolak data</source>
        <translation>Reject record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alasan penolakan (dikirim ke operator):</source>
        <translation>Reason for rejection (sent to the operator):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hapus data</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hapus data #{id} {name}?</source>
        <translation>Delete record #{id} {name}?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Simpan templat</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <location line="+32"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Templat</source>
        <translation>Template</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Templat disimpan: {p}</source>
        <translation>Template saved: {p}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ekspor daftar</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mengekspor data PPKS…</source>
        <translation>Exporting PPKS data…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} baris diekspor ke {p}</source>
        <translation>{n} rows exported to {p}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rekap PPKS per {what}</source>
        <translation>PPKS summary per {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simpan rekap</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Menyusun rekap…</source>
        <translation>Compiling the summary…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rekap</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rekap disimpan: {p}</source>
        <translation>Summary saved: {p}</translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <location filename="../../views/arsip/scans.py" line="+86"/>
        <source>Lampirkan pindaian…</source>
        <translation>Attach scan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lihat</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Hapus pindaian</source>
        <translation>Delete scan</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Pindaian:</source>
        <translation>Scans:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lampirkan pindaian</source>
        <translation>Attach scan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF atau gambar (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF or image (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Melampirkan pindaian…</source>
        <translation>Attaching the scan…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Hapus pindaian ini?</source>
        <translation>Delete this scan?</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../views/first_run.py" line="-167"/>
        <source>Wilayah kerja kantor</source>
        <translation>Office work area</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pilih provinsi dan kabupaten/kota kantor Anda. Daftar wilayah di aplikasi dibatasi pada cakupan ini.</source>
        <translation>Choose your office&apos;s province and regency/city. The region lists in the application are limited to this scope.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Provinsi:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kabupaten/Kota:</source>
        <translation>&amp;Regency/City:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(seluruh provinsi)</source>
        <translation>(whole province)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../views/settings_dialog.py" line="+38"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Basis data sedang ditentukan oleh variabel lingkungan KESOS_DATABASE_URL; pengaturan di bawah diabaikan.</source>
        <translation>The database is currently set by the environment variable KESOS_DATABASE_URL; the settings below are ignored.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cakupan wilayah kantor:</source>
        <translation>Office region scope:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warna sorotan aplikasi di semua komputer kantor ini</source>
        <translation>Highlight colour of the application on every computer of this office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warna aplikasi:</source>
        <translation>Application colour:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mis. Dinas Sosial Kabupaten Bengkayang</source>
        <translation>e.g. Dinas Sosial Kabupaten Bengkayang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama kantor:</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hanya admin yang dapat mengubah cakupan kantor.</source>
        <translation>Only an administrator can change the office scope.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bahasa:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahasa baru berlaku setelah aplikasi dimulai ulang.</source>
        <translation>The new language takes effect after the application restarts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tampilan</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Koneksi gagal</source>
        <translation>Connection failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data yang dipilih belum dapat dipakai. Simpan pengaturan ini tetap?</source>
        <translation>The chosen database cannot be used yet. Save these settings anyway?</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../views/nipd/page.py" line="+146"/>
        <source>per desa</source>
        <translation>per village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per kecamatan</source>
        <translation>per district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per kabupaten</source>
        <translation>per regency</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>per tahun SK</source>
        <translation>per SK year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selamanya</source>
        <translation>forever</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simpan format NIPD</source>
        <translation>Save NIPD format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format NIPD</source>
        <translation>NIPD format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templat:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token: {desa} {kec} {kab} {prov} {tahun} {jk} {lahir} {urut:N}. Bawaan: {desa}{tahun}{urut:4}</source>
        <translation>Tokens: {desa} {kec} {kab} {prov} {tahun} {jk} {lahir} {urut:N}. Default: {desa}{tahun}{urut:4}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nomor urut dihitung:</source>
        <translation>Serial number counted:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kartu</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nama pemda (kosong: dari kabupaten):</source>
        <translation>Local government name (empty: from the regency):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judul kartu:</source>
        <translation>Card title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama pejabat penanda tangan:</source>
        <translation>Name of the signing official:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP pejabat:</source>
        <translation>Official&apos;s NIP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jabatan pejabat:</source>
        <translation>Official&apos;s position:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempat terbit:</source>
        <translation>Place of issue:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warna utama (#RRGGBB):</source>
        <translation>Main colour (#RRGGBB):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warna aksen (#RRGGBB):</source>
        <translation>Accent colour (#RRGGBB):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Masa berlaku (tahun):</source>
        <translation>Validity (years):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Muat tanda tangan…</source>
        <translation>Load signature…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Muat logo…</source>
        <translation>Load logo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ekspor kunci publik…</source>
        <translation>Export public key…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simpan pengaturan kartu</source>
        <translation>Save card settings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Daftar jabatan (Permendagri 84/2015; dapat ditambah)</source>
        <translation>List of positions (Permendagri 84/2015; can be extended)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tidak dipakai lagi</source>
        <translation>no longer used</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simpan jabatan</source>
        <translation>Save position</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kode:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urutan:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Jabatan {code} disimpan.</source>
        <translation>Position {code} saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>ada</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>BELUM ADA (kartu tidak bisa dicetak)</source>
        <translation>MISSING (cards cannot be printed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lambang bawaan</source>
        <translation>default emblem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanda tangan: {s}; logo: {l}</source>
        <translation>Signature: {s}; logo: {l}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Format NIPD disimpan; berlaku untuk nomor baru saja.</source>
        <translation>NIPD format saved; it applies to new numbers only.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pengaturan kartu disimpan.</source>
        <translation>Card settings saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pilih gambar</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Simpan kunci publik</source>
        <translation>Save public key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kunci publik disimpan di {path}</source>
        <translation>Public key saved to {path}</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../views/admin/users_view.py" line="+42"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ubah pengguna</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(seluruh cakupan kantor)</source>
        <translation>(whole office scope)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kec. {name}</source>
        <translation>Dist. {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Akun aktif</source>
        <translation>Active account</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Peran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wilayah kerja:</source>
        <translation>&amp;Work area:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kata sandi awal:</source>
        <translation>&amp;Initial password:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location line="+60"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilayah kerja</source>
        <translation>Work area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terakhir masuk</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tambah pengguna…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dikunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(seluruh cakupan)</source>
        <translation>(whole scope)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi baru untuk {name}:</source>
        <translation>New password for {name}:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kata sandi diganti</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kata sandi {name} sudah diganti.</source>
        <translation>The password of {name} has been changed.</translation>
    </message>
</context>
<context>
    <name>VerifyTab</name>
    <message>
        <location filename="../../views/nipd/page.py" line="-282"/>
        <source>Pindai kode QR kartu dengan pemindai USB, atau tempel isinya di sini</source>
        <translation>Scan the card&apos;s QR code with a USB scanner, or paste its content here</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;h3&gt;Verifikasi Kartu NIPD&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;NIPD Card Verification&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SAH</source>
        <translation>VALID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PERHATIAN</source>
        <translation>ATTENTION</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIDAK SAH</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Isi kode: NIPD {nipd}, seri {serial}, {name}, jabatan {jab}, desa {desa}, terbit {date}</source>
        <translation>Code content: NIPD {nipd}, serial {serial}, {name}, position {jab}, village {desa}, issued {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{jab}, Desa {desa}</source>
        <translation>{jab}, Village {desa}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status perangkat: {s}</source>
        <translation>Official&apos;s status: {s}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kartu ini kartu terkini</source>
        <translation>This card is the current card</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kartu ini BUKAN kartu terkini</source>
        <translation>This card is NOT the current card</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berlaku s.d. {d}</source>
        <translation>Valid until {d}</translation>
    </message>
</context>
<context>
    <name>WilayahPicker</name>
    <message>
        <location filename="../../views/common/wilayah_picker.py" line="+198"/>
        <source>Cakupan kantor: {code} {name}</source>
        <translation>Office scope: {code} {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ketik untuk mencari…</source>
        <translation>Type to search…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pilih {level} terlebih dahulu</source>
        <translation>Choose the {level} first</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Wilayah tidak dikenal</source>
        <translation>Unknown region</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beberapa wilayah cocok; ketik lebih lengkap</source>
        <translation>Several regions match; type more</translation>
    </message>
</context>
<context>
    <name>WilayahView</name>
    <message>
        <location filename="../../views/wilayah_view.py" line="+23"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tingkat:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hanya cakupan kantor</source>
        <translation>Office scope only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hanya wilayah di bawah {code}</source>
        <translation>Only regions under {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cakupan kantor belum diatur.</source>
        <translation>The office scope has not been set yet.</translation>
    </message>
</context>
<context>
    <name>kesos</name>
    <message>
        <location filename="../../cli_arsip.py" line="+55"/>
        <source>Sebutkan --boks N,M,... atau --all.</source>
        <translation>Give --boks N,M,... or --all.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Boks nomor {missing} tidak ada.</source>
        <translation>Box number {missing} does not exist.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Berkas keluaran harus .xlsx atau .pdf: {path}</source>
        <translation>The output file must be .xlsx or .pdf: {path}</translation>
    </message>
    <message>
        <location filename="../../cli_nipd.py" line="+49"/>
        <source>Pilih --batch ID atau --all-approved.</source>
        <translation>Choose --batch ID or --all-approved.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nama file keluaran harus berakhiran .xlsx atau .pdf.</source>
        <translation>The output file name must end in .xlsx or .pdf.</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="+17"/>
        <source>Terjadi kesalahan.</source>
        <translation>An error occurred.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../models/db.py" line="+232"/>
        <source>Data belum valid: {detail}</source>
        <translation>The data is not valid yet: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anda tidak memiliki hak untuk tindakan ini.</source>
        <translation>You do not have permission for this action.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data tidak ditemukan.</source>
        <translation>The data was not found.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data ini telah diubah oleh pengguna lain. Muat ulang data lalu ulangi perubahan Anda.</source>
        <translation>This record has been changed by another user. Reload the data and repeat your changes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data yang sama sudah ada.</source>
        <translation>The same data already exists.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proses dibatalkan.</source>
        <translation>The process was cancelled.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Koneksi ke server terputus. Data belum tersimpan, tetapi isian Anda tetap ada di formulir; periksa jaringan lalu coba simpan lagi.</source>
        <translation>The connection to the server was lost. The data has not been saved yet, but your entries are still in the form; check the network and try saving again.</translation>
    </message>
    <message>
        <location filename="../../excel/arsip_import.py" line="+121"/>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Berkas tidak dapat dibaca sebagai xlsx: {detail}</source>
        <translation>The file cannot be read as xlsx: {detail}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Berkas berisi beberapa lembar berisi data ({sheets}). Pilih satu lembar untuk diimpor.</source>
        <translation>The file has several sheets with data ({sheets}). Choose one sheet to import.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../excel/nipd_import.py" line="+214"/>
        <source>Lembar {sheet} tidak ada (ada: {sheets}).</source>
        <translation>Sheet {sheet} does not exist (available: {sheets}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Baris judul kolom tidak ditemukan di 15 baris pertama (dicari: Kode Klasifikasi, Uraian, Unit Pengolah).</source>
        <translation>The column heading row was not found in the first 15 rows (looked for: Classification Code, Description, Creating Unit).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sel judul kolom digabung (merge) di baris {row}, kolom {col1}-{col2}. Pisahkan sel judul agar setiap kolom punya judul sendiri, atau pakai templat.</source>
        <translation>Column heading cells are merged in row {row}, columns {col1}-{col2}. Unmerge the heading cells so each column has its own heading, or use the template.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Kolom wajib belum dipetakan: {cols}.</source>
        <translation>Required columns are not mapped yet: {cols}.</translation>
    </message>
    <message>
        <location filename="../../excel/nipd_import.py" line="+20"/>
        <source>File kosong.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Isian &apos;{name}&apos; tidak dikenal. Pilihan: {fields}.</source>
        <translation>Unknown field &apos;{name}&apos;. Choices: {fields}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kolom &apos;{column}&apos; untuk {label} tidak ada di baris judul.</source>
        <translation>Column &apos;{column}&apos; for {label} is not in the heading row.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kolom wajib tidak ditemukan atau belum dipetakan: {cols}. Pilih kolom berkas untuk isian tersebut (baris judul: baris {row} lembar &apos;{sheet}&apos;), atau unduh templat impor untuk contoh.</source>
        <translation>Required columns not found or not mapped yet: {cols}. Choose a file column for those fields (heading row: row {row} of sheet &apos;{sheet}&apos;), or download the import template for an example.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pemetaan &apos;{part}&apos; tidak dimengerti; tulis isian=kolom, mis. nik=B.</source>
        <translation>Mapping &apos;{part}&apos; not understood; write field=column, e.g. nik=B.</translation>
    </message>
    <message>
        <location filename="../../excel/ppks_import.py" line="+216"/>
        <source>File tidak dapat dibuka: {error}</source>
        <translation>The file cannot be opened: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File dilindungi kata sandi. Buka di Excel, hapus kata sandinya, simpan, lalu impor lagi.</source>
        <translation>The file is password-protected. Open it in Excel, remove the password, save it and import again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File ini bukan buku kerja Excel yang dapat dibaca (.xlsx/.xls): {name}</source>
        <translation>This file is not a readable Excel workbook (.xlsx/.xls): {name}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Kolom tujuan &apos;{field}&apos; tidak dikenal.</source>
        <translation>Unknown target column &apos;{field}&apos;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kolom &apos;{header}&apos; untuk {field} tidak ada di baris judul.</source>
        <translation>Column &apos;{header}&apos; for {field} is not in the heading row.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Tanggal berupa angka ({value}); format sel sebagai tanggal atau ketik mis. 12-05-1950.</source>
        <translation>The date is a number ({value}); format the cell as a date or type e.g. 12-05-1950.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tanggal &apos;{value}&apos; tidak dikenali; tulis mis. 12-05-1950.</source>
        <translation>Date &apos;{value}&apos; is not recognised; write e.g. 12-05-1950.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tahun pada tanggal &apos;{value}&apos; harus 4 digit (mis. 1950).</source>
        <translation>The year in date &apos;{value}&apos; must have 4 digits (e.g. 1950).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tanggal &apos;{value}&apos; tidak ada di kalender.</source>
        <translation>Date &apos;{value}&apos; does not exist in the calendar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what} tidak valid.</source>
        <translation>{what} is not valid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} berupa angka pecahan ({value}).</source>
        <translation>{what} is a fractional number ({value}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} tersimpan sebagai angka ({digits}): Excel hanya menyimpan 15 digit, digit terakhir hilang menjadi 0. Format kolom sebagai Teks lalu ketik ulang {what}.</source>
        <translation>{what} is stored as a number ({digits}): Excel keeps only 15 digits, the last digit became 0. Format the column as Text and type {what} again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} tersimpan sebagai angka lebih dari 15 digit ({digits}); digitnya tidak dapat dipercaya. Format kolom sebagai Teks lalu ketik ulang {what}.</source>
        <translation>{what} is stored as a number of more than 15 digits ({digits}); its digits cannot be trusted. Format the column as Text and type {what} again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} tersimpan sebagai angka dan hanya {n} digit ({digits}); ketik 16 digit sebagai teks.</source>
        <translation>{what} is stored as a number with only {n} digits ({digits}); type the 16 digits as text.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{what} tertulis dalam notasi ilmiah ({value}); digit aslinya hilang. Ketik ulang sebagai teks.</source>
        <translation>{what} is written in scientific notation ({value}); its original digits are lost. Type it again as text.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Jenis kelamin &apos;{value}&apos; tidak dikenali (isi L atau P).</source>
        <translation>Sex &apos;{value}&apos; is not recognised (enter L or P).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kategori PPKS &apos;{value}&apos; tidak dikenal (isi nama atau kode, mis. LUT).</source>
        <translation>PPKS category &apos;{value}&apos; is not recognised (enter the name or the code, e.g. LUT).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Desa/kelurahan wajib diisi.</source>
        <translation>The village is required.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kode desa {value} tidak ada di wilayah Anda.</source>
        <translation>Village code {value} is not in your region.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kecamatan &apos;{value}&apos; tidak ada di wilayah Anda.</source>
        <translation>District &apos;{value}&apos; is not in your region.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Desa &apos;{desa}&apos; tidak ada di Kecamatan {kec}.</source>
        <translation>Village &apos;{desa}&apos; is not in District {kec}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desa/kelurahan &apos;{value}&apos; tidak ada di wilayah Anda.</source>
        <translation>Village &apos;{value}&apos; is not in your region.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nama desa &apos;{value}&apos; ada di beberapa kecamatan ({kec}); isi kolom Kecamatan.</source>
        <translation>The village name &apos;{value}&apos; exists in several districts ({kec}); fill in the District column.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Baris judul kolom tidak ditemukan di 30 baris pertama (dicari kolom seperti NIK, Nama, Desa, Kategori). Gunakan templat atau atur pemetaan kolom.</source>
        <translation>The column heading row was not found in the first 30 rows (looked for columns such as NIK, Name, Village, Category). Use the template or set the column mapping.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Kolom wajib tidak ditemukan di baris judul (baris {row}): {columns}.</source>
        <translation>Required columns not found in the heading row (row {row}): {columns}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tidak ada baris data di bawah baris judul (baris {row}).</source>
        <translation>There are no data rows below the heading row (row {row}).</translation>
    </message>
    <message>
        <location line="+381"/>
        <source>Sebagian NIK di file ini sudah disimpan oleh pengguna lain sejak file diperiksa. Tidak ada yang disimpan; periksa dan impor ulang file.</source>
        <translation>Some NIKs in this file have been saved by another user since the file was checked. Nothing was saved; check and import the file again.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Data #{id} telah dihapus atau digabung oleh pengguna lain sejak file diperiksa. Tidak ada yang disimpan; periksa dan impor ulang file.</source>
        <translation>Record #{id} has been deleted or merged by another user since the file was checked. Nothing was saved; check and import the file again.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Salinan kesalahan hanya dapat dibuat dari file .xlsx ({error}).</source>
        <translation>A copy with errors can only be made from an .xlsx file ({error}).</translation>
    </message>
    <message>
        <location filename="../../models/db.py" line="-71"/>
        <source>Disk penuh: data belum tersimpan. Kosongkan ruang disk lalu simpan lagi.</source>
        <translation>Disk full: the data has not been saved. Free up disk space and save again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Berkas basis data hanya-baca: data belum tersimpan. Periksa izin berkas dan folder data (atau media yang dikunci tulis), lalu simpan lagi.</source>
        <translation>The database file is read-only: the data has not been saved. Check the permissions of the file and the data folder (or a write-protected medium), then save again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Berkas basis data tidak dapat dibaca atau ditulis (galat disk): data belum tersimpan. Periksa disk atau media penyimpanan, lalu coba lagi.</source>
        <translation>The database file cannot be read or written (disk error): the data has not been saved. Check the disk or storage medium, then try again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Berkas basis data tidak dapat dibuka. Periksa bahwa folder data ada dan dapat ditulis oleh akun ini.</source>
        <translation>The database file cannot be opened. Check that the data folder exists and this account can write to it.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Disk server penuh: data belum tersimpan. Minta pengelola server mengosongkan ruang disk.</source>
        <translation>The server&apos;s disk is full: the data has not been saved. Ask the server administrator to free up disk space.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server basis data hanya menerima baca: data belum tersimpan. Hubungi pengelola server.</source>
        <translation>The database server accepts reads only: the data has not been saved. Contact the server administrator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Basis data sedang dipakai proses lain terlalu lama. Tunggu sebentar lalu coba lagi.</source>
        <translation>The database has been in use by another process for too long. Wait a moment and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../services/connection.py" line="+88"/>
        <source>File ini bukan basis data Kesos (bukan file SQLite).</source>
        <translation>This file is not a Kesos database (not an SQLite file).</translation>
    </message>
    <message>
        <location filename="../../printing/nipd_cards.py" line="+39"/>
        <source>Lanskap (mendatar)</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potret (tegak)</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Isi kode QR terlalu panjang untuk kartu.</source>
        <translation>The QR code content is too long for the card.</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>Gambar tanda tangan pejabat penandatangan kartu belum diatur. Atur di NIPD &gt; Pengaturan Kartu (file PNG/JPG tanda tangan hasil pindai).</source>
        <translation>The signature image of the official signing the cards has not been set. Set it in NIPD &gt; Card Settings (a scanned PNG/JPG of the signature).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gambar logo atau tanda tangan pada pengaturan kartu rusak: {detail}</source>
        <translation>The logo or signature image in the card settings is damaged: {detail}</translation>
    </message>
    <message>
        <location line="+362"/>
        <location filename="../../services/nipd_cards.py" line="+223"/>
        <source>Tata letak cetak tidak dikenal: {v}</source>
        <translation>Unknown print layout: {v}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../services/nipd_cards.py" line="-4"/>
        <source>Templat kartu tidak dikenal: {v}</source>
        <translation>Unknown card template: {v}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tidak ada kartu untuk dicetak.</source>
        <translation>There are no cards to print.</translation>
    </message>
    <message>
        <location filename="../../services/arsip.py" line="+42"/>
        <source>Musnah</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanen</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dinilai Kembali</source>
        <translation>Re-evaluate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Biasa/Terbuka</source>
        <translation>Ordinary/Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terbatas</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rahasia</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sangat Rahasia</source>
        <translation>Top Secret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asli</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salinan</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tembusan</source>
        <translation>Carbon copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konsep</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petikan</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lembar</source>
        <translation>sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkas</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map</source>
        <translation>folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bundel</source>
        <translation>bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boks</source>
        <translation>box</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peta/Gambar</source>
        <translation>Map/Drawing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio/Video</source>
        <translation>Audio/Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mikrofilm</source>
        <translation>Microfilm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rusak ringan</source>
        <translation>Slightly damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rusak berat</source>
        <translation>Badly damaged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tersedia</source>
        <translation>Available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dipinjam</source>
        <translation>On loan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimusnahkan</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gedung</source>
        <translation>Building</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruang</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/arsip_search.py" line="+317"/>
        <source>Rak</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../services/arsip_search.py" line="-186"/>
        <location line="+225"/>
        <source>Retensi belum ditetapkan</source>
        <translation>Retention not set</translation>
    </message>
    <message>
        <location line="+396"/>
        <source>Berkas kosong.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kolom wajib tidak ditemukan di baris judul: kode dan judul (ditemukan: {found}).</source>
        <translation>Required columns not found in the heading row: code and title (found: {found}).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Berkas tidak dapat dibaca sebagai xlsx/csv: {detail}</source>
        <translation>The file cannot be read as xlsx/csv: {detail}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Judul klasifikasi wajib diisi.</source>
        <translation>The classification title is required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retensi harus 0 sampai 200 tahun.</source>
        <translation>Retention must be 0 to 200 years.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disposisi harus Musnah, Permanen atau Dinilai Kembali.</source>
        <translation>The disposition must be Destroy, Permanent or Re-evaluate.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Format kode klasifikasi tidak dikenal: {code} (contoh: 400.9.1).</source>
        <translation>Unknown classification code format: {code} (example: 400.9.1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kode klasifikasi {code} sudah ada.</source>
        <translation>Classification code {code} already exists.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Induk kode {code} ({parent}) belum ada.</source>
        <translation>The parent code of {code} ({parent}) does not exist yet.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Kode {code} dipakai oleh {n} berkas dan tidak dapat dihapus. Nonaktifkan saja kodenya.</source>
        <translation>Code {code} is used by {n} records and cannot be deleted. Deactivate the code instead.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kode {code} masih mempunyai sub-kode.</source>
        <translation>Code {code} still has sub-codes.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Jenis lokasi harus gedung, ruang atau rak.</source>
        <translation>The location type must be building, room or shelf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama lokasi wajib diisi.</source>
        <translation>The location name is required.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Urutan lokasi: gedung -&gt; ruang -&gt; rak. {kind} harus berada di {parent}.</source>
        <translation>Location order: building -&gt; room -&gt; shelf. A {kind} must be inside a {parent}.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nomor boks wajib diisi.</source>
        <translation>The box number is required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Boks nomor {nomor} sudah ada.</source>
        <translation>Box number {nomor} already exists.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Boks harus disimpan di sebuah rak.</source>
        <translation>A box must be kept on a shelf.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Kode klasifikasi wajib diisi.</source>
        <translation>The classification code is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kode klasifikasi {code} tidak dikenal.</source>
        <translation>Unknown classification code {code}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kode klasifikasi {code} sudah tidak berlaku.</source>
        <translation>Classification code {code} is no longer in force.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uraian informasi wajib diisi.</source>
        <translation>The description is required.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tanggal (awal) wajib diisi.</source>
        <translation>The (start) date is required.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tahun {year} tidak mungkin.</source>
        <translation>The year {year} is not possible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal tidak boleh di masa depan.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal akhir tidak boleh di masa depan.</source>
        <translation>The end date cannot be in the future.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal akhir sebelum tanggal awal.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit pengolah wajib diisi.</source>
        <translation>The creating unit is required.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nilai tidak dikenal: {value}.</source>
        <translation>Unknown value: {value}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jumlah minimal 1.</source>
        <translation>The quantity must be at least 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jumlah paling banyak {n}.</source>
        <translation>At most {n}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Boks nomor {nomor} tidak ada.</source>
        <translation>Box number {nomor} does not exist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Isi nomor boks untuk folder ini.</source>
        <translation>Enter the box number for this folder.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Berkas ini punya riwayat peminjaman dan tidak dapat dihapus.</source>
        <translation>This record has a loan history and cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../services/arsip_daftar.py" line="+23"/>
        <source>DAFTAR ARSIP AKTIF</source>
        <translation>LIST OF ACTIVE RECORDS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DAFTAR ARSIP INAKTIF</source>
        <translation>LIST OF INACTIVE RECORDS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DAFTAR ARSIP YANG MENJADI INAKTIF</source>
        <translation>LIST OF RECORDS BECOMING INACTIVE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DAFTAR ARSIP USUL MUSNAH</source>
        <translation>LIST OF RECORDS PROPOSED FOR DESTRUCTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DAFTAR ARSIP PERMANEN YANG DISERAHKAN</source>
        <translation>LIST OF PERMANENT RECORDS HANDED OVER</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Arsip dengan retensi belum ditetapkan (perlu penilaian JRA)</source>
        <translation>Records with retention not set (JRA appraisal needed)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Jenis daftar tidak dikenal: {kind}. Pilih: {kinds}.</source>
        <translation>Unknown list type: {kind}. Choose: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../services/arsip_pinjam.py" line="+76"/>
        <source>Nama peminjam wajib diisi.</source>
        <translation>The borrower&apos;s name is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit peminjam wajib diisi.</source>
        <translation>The borrower&apos;s unit is required.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Pilih satu berkas atau satu boks.</source>
        <translation>Choose one record or one box.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tanggal kembali tidak boleh sebelum tanggal pinjam.</source>
        <translation>The return date cannot be before the loan date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peminjam tidak ditemukan.</source>
        <translation>Borrower not found.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Berkas ini sedang dipinjam atau sudah dimusnahkan.</source>
        <translation>This record is on loan or has been destroyed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Boks tidak ditemukan.</source>
        <translation>Box not found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boks ini sedang dipinjam.</source>
        <translation>This box is on loan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} berkas di boks ini sedang dipinjam; kembalikan dulu.</source>
        <translation>{n} records in this box are on loan; return them first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arsip berklasifikasi {level} hanya boleh dipinjam oleh peminjam yang disetujui admin.</source>
        <translation>Records classified {level} may only be lent to borrowers approved by the administrator.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Catat kondisi arsip saat kembali.</source>
        <translation>Record the condition of the records on return.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Peminjaman ini sudah dikembalikan.</source>
        <translation>This loan has already been returned.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tanggal kembali sebelum tanggal pinjam.</source>
        <translation>The return date is before the loan date.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Sedang dipinjam</source>
        <translation>On loan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudah kembali</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas/Boks</source>
        <translation>Record/Box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peminjam</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tgl pinjam</source>
        <translation>Loan date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tgl kembali</source>
        <translation>Return date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kondisi kembali</source>
        <translation>Condition on return</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../services/arsip_search.py" line="-131"/>
        <location line="+9"/>
        <location line="+86"/>
        <location filename="../../services/nipd.py" line="+1349"/>
        <location line="+16"/>
        <location line="+139"/>
        <location line="+14"/>
        <location filename="../../services/ppks.py" line="+1479"/>
        <location line="+16"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cari nama peminjam, unit, nomor bon…</source>
        <translation>Search borrower name, unit, slip number…</translation>
    </message>
    <message>
        <location filename="../../services/arsip_scan.py" line="+57"/>
        <source>Berkas {name} bukan PDF/gambar yang dapat dibaca (rusak atau bukan jenisnya).</source>
        <translation>File {name} is not a readable PDF/image (damaged or of another type).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pindaian harus PDF, JPG atau PNG.</source>
        <translation>A scan must be a PDF, JPG or PNG.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Berkas tidak dapat dibaca: {detail}</source>
        <translation>The file cannot be read: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pindaian lebih dari 50 MB.</source>
        <translation>The scan is larger than 50 MB.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pindaian tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>Scan not found (it may have been deleted).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pindaian {name} rusak: isinya tidak cocok dengan sidik SHA-256 saat disimpan.</source>
        <translation>Scan {name} is damaged: its content does not match the SHA-256 fingerprint taken when it was saved.</translation>
    </message>
    <message>
        <location filename="../../services/arsip_search.py" line="-193"/>
        <source>Menjadi inaktif tahun ini</source>
        <translation>Becoming inactive this year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usul musnah</source>
        <translation>Proposed for destruction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serah permanen</source>
        <translation>Permanent transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dinilai kembali</source>
        <translation>Re-evaluate</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+25"/>
        <location line="+112"/>
        <location filename="../../services/nipd.py" line="+25"/>
        <location filename="../../services/wilayah.py" line="+207"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>No. berkas</source>
        <translation>File no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uraian informasi</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kurun waktu</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+104"/>
        <source>Unit pengolah</source>
        <translation>Creating unit</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+20"/>
        <source>Boks</source>
        <translation>Box</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Keamanan</source>
        <translation>Security</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Inaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retensi s.d.</source>
        <translation>Retention until</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+125"/>
        <source>Disposisi</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location line="-118"/>
        <location filename="../../services/ppks.py" line="+1"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+91"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Jadwal retensi</source>
        <translation>Retention schedule</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cari uraian, unit, kode (400.9), tahun (2019), boks 12, atau pindai QR boks…</source>
        <translation>Search description, unit, code (400.9), year (2019), box 12, or scan a box QR code…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Nomor boks</source>
        <translation>Box number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berkas</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nomor boks…</source>
        <translation>Box number…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retensi aktif</source>
        <translation>Active retention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retensi inaktif</source>
        <translation>Inactive retention</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cari kode atau judul…</source>
        <translation>Search code or title…</translation>
    </message>
    <message>
        <location filename="../../services/audit_list.py" line="+23"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akun dikunci</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gabung</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bukan ganda</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal bukan ganda</source>
        <translation>Not-a-duplicate undone</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../services/nipd.py" line="-52"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../views/main_window.py" line="-227"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Jenis data</source>
        <translation>Data type</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>ID data</source>
        <translation>Data ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dari tanggal</source>
        <translation>From date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampai tanggal</source>
        <translation>To date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cari keterangan, ID data atau pengguna…</source>
        <translation>Search description, data ID or user…</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="+37"/>
        <location filename="../../views/help_view.py" line="-74"/>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/help_view.py" line="+1"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/help_view.py" line="+1"/>
        <source>Verifikator</source>
        <translation>Verifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../views/help_view.py" line="+1"/>
        <source>Arsiparis</source>
        <translation>Archivist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peninjau (baca saja)</source>
        <translation>Viewer (read only)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Kata sandi minimal {n} karakter.</source>
        <translation>The password must be at least {n} characters.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nama pengguna hanya boleh huruf, angka, titik, garis bawah atau tanda hubung.</source>
        <translation>A user name may only contain letters, digits, dots, underscores or hyphens.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+54"/>
        <source>Nama lengkap wajib diisi.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Pengguna pertama harus admin.</source>
        <translation>The first user must be an administrator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nama pengguna &apos;{name}&apos; sudah dipakai.</source>
        <translation>User name &apos;{name}&apos; is already taken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kode wilayah {code} tidak dikenal.</source>
        <translation>Unknown region code {code}.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Anda tidak dapat mencabut hak admin atau menonaktifkan akun sendiri.</source>
        <translation>You cannot revoke your own administrator rights or deactivate your own account.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kata sandi lama salah.</source>
        <translation>The old password is wrong.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Akun dikunci karena terlalu banyak percobaan gagal. Coba lagi dalam {minutes} menit.</source>
        <translation>The account is locked after too many failed attempts. Try again in {minutes} minutes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Akun ini dinonaktifkan. Hubungi admin.</source>
        <translation>This account has been deactivated. Contact the administrator.</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="+49"/>
        <source>pengguna</source>
        <translation>users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data PPKS</source>
        <translation>PPKS records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perangkat desa</source>
        <translation>village officials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkas arsip</source>
        <translation>archive records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entri log audit</source>
        <translation>audit log entries</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>baris seluruhnya dalam {n} tabel</source>
        <translation>rows in total in {n} tables</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>{tool} gagal: {detail}</source>
        <translation>{tool} failed: {detail}</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Berkas {name} bukan cadangan basis data Kesos (bukan berkas SQLite atau arsip pg_dump).</source>
        <translation>File {name} is not a Kesos database backup (not an SQLite file or a pg_dump archive).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Berkas cadangan {name} rusak (pemeriksaan SQLite gagal): {detail}</source>
        <translation>Backup file {name} is damaged (SQLite check failed): {detail}</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Cadangan {name} dibuat oleh versi aplikasi yang lebih baru (revisi {rev}). Perbarui Kesos Desktop sebelum memulihkannya.</source>
        <translation>Backup {name} was made by a newer version of the application (revision {rev}). Update Kesos Desktop before restoring it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Berkas {name} bukan cadangan basis data Kesos (tidak ada revisi skema Kesos di dalamnya).</source>
        <translation>File {name} is not a Kesos database backup (it holds no Kesos schema revision).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cadangan {name} berjenis {kind} dan tidak dapat dipulihkan ke basis data {target}. Pilih cadangan dari jenis basis data yang sama.</source>
        <translation>Backup {name} is of type {kind} and cannot be restored into a {target} database. Choose a backup of the same database type.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pemulihan tidak lengkap: jumlah baris berbeda pada {tables}. Data sebelumnya tersimpan di {safety}.</source>
        <translation>Restore incomplete: row counts differ in {tables}. The previous data is kept in {safety}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Berkas cadangan adalah basis data yang sedang dipakai; pilih berkas cadangan.</source>
        <translation>The backup file is the database in use; choose a backup file.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>SQLite: {detail}</source>
        <translation>SQLite: {detail}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disk penuh: {path} tidak dapat ditulis. Kosongkan ruang disk lalu coba lagi.</source>
        <translation>Disk full: {path} cannot be written. Free up disk space and try again.</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+186"/>
        <source>Tidak ada izin menulis {path} (berkas atau folder hanya-baca, atau sedang dipakai program lain).</source>
        <translation>No permission to write {path} (read-only file or folder, or in use by another program).</translation>
    </message>
    <message>
        <location line="-482"/>
        <location line="+489"/>
        <source>Berkas {path} tidak ditemukan.</source>
        <translation>File {path} not found.</translation>
    </message>
    <message>
        <location line="-631"/>
        <source>Program {tool} tidak ditemukan. Pasang klien PostgreSQL (paket postgresql-client), isi folder programnya (mis. C:\Program Files\PostgreSQL\16\bin) di variabel lingkungan KESOS_PG_BIN, atau jalankan {tool} secara manual (lihat README, bagian Cadangan &amp; pemulihan).</source>
        <translation>Program {tool} was not found. Install the PostgreSQL client (package postgresql-client), put its program folder (e.g. C:\Program Files\PostgreSQL\16\bin) in the environment variable KESOS_PG_BIN, or run {tool} manually (see the README, section Backup &amp; restore).</translation>
    </message>
    <message>
        <location line="+633"/>
        <source>Berkas {path} tidak dapat dipakai: {detail}</source>
        <translation>File {path} cannot be used: {detail}</translation>
    </message>
    <message>
        <location filename="../../services/connection.py" line="-43"/>
        <source>Server terhubung, tetapi basis data tersebut tidak ada. Minta admin server membuatnya.</source>
        <translation>The server is reachable, but that database does not exist. Ask the server administrator to create it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server menolak nama pengguna atau kata sandi basis data.</source>
        <translation>The server rejected the database user name or password.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server tidak dapat dihubungi. Periksa alamat host, port, dan jaringan.</source>
        <translation>The server cannot be reached. Check the host address, the port and the network.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Koneksi gagal: {detail}</source>
        <translation>Connection failed: {detail}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder {folder} tidak ada.</source>
        <translation>Folder {folder} does not exist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File belum ada; basis data baru akan dibuat di {path}.</source>
        <translation>The file does not exist yet; a new database will be created at {path}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Koneksi berhasil. Basis data masih kosong dan akan disiapkan.</source>
        <translation>Connection successful. The database is still empty and will be set up.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Koneksi berhasil. Struktur basis data akan diperbarui ke versi aplikasi ini.</source>
        <translation>Connection successful. The database structure will be upgraded to this version of the application.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Koneksi berhasil.</source>
        <translation>Connection successful.</translation>
    </message>
    <message>
        <location filename="../../services/consistency.py" line="+81"/>
        <source>File SQLite rusak ({n} temuan PRAGMA {pragma}).</source>
        <translation>The SQLite file is damaged ({n} findings of PRAGMA {pragma}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} baris {table} menunjuk ke {parent} yang tidak ada.</source>
        <translation>{n} rows of {table} point to a {parent} that does not exist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} indeks PostgreSQL tidak valid (perlu REINDEX).</source>
        <translation>{n} PostgreSQL indexes are invalid (REINDEX needed).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} foreign key PostgreSQL belum tervalidasi.</source>
        <translation>{n} PostgreSQL foreign keys are not validated yet.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Log audit tidak lagi terlindungi dari perubahan/penghapusan (trigger hilang: {names}).</source>
        <translation>The audit log is no longer protected against changes/deletion (missing triggers: {names}).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Indeks pencarian arsip tidak lagi diperbarui otomatis (trigger hilang: {names}).</source>
        <translation>The archive search index is no longer updated automatically (missing triggers: {names}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Indeks pencarian arsip memuat {indexed} dari {records} berkas.</source>
        <translation>The archive search index holds {indexed} of {records} records.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Rekap PPKS ({table}) tidak cocok dengan hitung ulang pada {n} baris. Perbaiki dengan: kesos ppks recount</source>
        <translation>The PPKS tally ({table}) does not match a recount in {n} rows. Fix it with: kesos ppks recount</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} kategori PPKS mencatat desa yang berbeda dari datanya.</source>
        <translation>{n} PPKS categories record a village different from their record&apos;s.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} NIPD dipakai lebih dari satu perangkat desa.</source>
        <translation>{n} NIPDs are used by more than one village official.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} NIPD perangkat tidak tercatat di buku nomor atas nama perangkat itu.</source>
        <translation>{n} officials&apos; NIPDs are not recorded in the number ledger under that official.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{n} penghitung NIPD tertinggal dari nomor yang sudah diberikan (nomor bisa terulang).</source>
        <translation>{n} NIPD counters are behind numbers already assigned (numbers could repeat).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{n} penghitung nomor peminjaman arsip tertinggal dari nomor yang sudah dipakai.</source>
        <translation>{n} archive loan number counters are behind numbers already used.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{n} kode klasifikasi/berkas arsip dengan kunci urut yang tidak cocok dengan kodenya (urutan kode di daftar keliru).</source>
        <translation>{n} classification codes/archive records have a sort key that does not match their code (codes are listed in the wrong order).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{n} baris {table}.{column} menunjuk ke {parent} yang tidak ada.</source>
        <translation>{n} rows of {table}.{column} point to a {parent} that does not exist.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{n} berkas berstatus dipinjam tanpa peminjaman terbuka.</source>
        <translation>{n} records have the status on loan without an open loan.</translation>
    </message>
    <message>
        <location filename="../../services/nik.py" line="+90"/>
        <source>NIK harus 16 digit angka (terisi {n} digit).</source>
        <translation>The NIK must be 16 digits ({n} digits entered).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kode kecamatan {code} pada NIK tidak dikenal.</source>
        <translation>District code {code} in the NIK is unknown.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Digit 7-12 NIK ({part}) bukan tanggal lahir yang mungkin.</source>
        <translation>Digits 7-12 of the NIK ({part}) are not a possible date of birth.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tanggal lahir pada NIK ({nik_date}) berbeda dengan tanggal lahir {entered}.</source>
        <translation>The date of birth in the NIK ({nik_date}) differs from the date of birth {entered}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Jenis kelamin pada NIK ({nik_sex}) berbeda dengan yang diisi ({sex}); perempuan: tanggal + 40.</source>
        <translation>The sex in the NIK ({nik_sex}) differs from the one entered ({sex}); women: day + 40.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nomor urut NIK tidak boleh 0000.</source>
        <translation>The NIK serial number cannot be 0000.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nomor KK harus 16 digit angka (terisi {n} digit).</source>
        <translation>The KK number must be 16 digits ({n} digits entered).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kode kecamatan {code} pada nomor KK tidak dikenal.</source>
        <translation>District code {code} in the KK number is unknown.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nomor urut KK tidak boleh 0000.</source>
        <translation>The KK serial number cannot be 0000.</translation>
    </message>
    <message>
        <location filename="../../services/nipd.py" line="-1429"/>
        <location filename="../../services/ppks.py" line="-1443"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../services/ppks.py" line="+0"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menunggu persetujuan</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1479"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="-1478"/>
        <source>Berhenti</source>
        <translation>Left office</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hilang</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rusak</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan data</source>
        <translation>Data change</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1433"/>
        <location filename="../../services/ppks.py" line="-8"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="-1432"/>
        <location line="+1433"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="-1432"/>
        <location line="+1433"/>
        <source>Dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="-1432"/>
        <source>Diserahkan</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Token {{{name}}} tidak dikenal pada format NIPD.</source>
        <translation>Unknown token {{{name}}} in the NIPD format.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{{urut:N}} harus memakai 1 sampai 9 digit, mis. {{urut:4}}.</source>
        <translation>{{urut:N}} must use 1 to 9 digits, e.g. {{urut:4}}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hanya {{urut:N}} yang memakai jumlah digit.</source>
        <translation>Only {{urut:N}} takes a number of digits.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kurung kurawal pada format NIPD tidak lengkap.</source>
        <translation>The braces in the NIPD format are incomplete.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format NIPD harus memuat {{urut:N}} (nomor urut); tanpa itu nomor tidak bisa unik.</source>
        <translation>The NIPD format must contain {{urut:N}} (the serial number); without it numbers cannot be unique.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format NIPD hanya boleh memuat satu {{urut:N}}.</source>
        <translation>The NIPD format may contain only one {{urut:N}}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format NIPD memuat karakter terlarang.</source>
        <translation>The NIPD format contains forbidden characters.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nomor urut NIPD sudah habis: {{urut:{width}}} hanya sampai {max}. Admin perlu memperbesar jumlah digit pada format NIPD.</source>
        <translation>The NIPD serial numbers are used up: {{urut:{width}}} only goes up to {max}. An administrator needs to increase the number of digits in the NIPD format.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Format NIPD terlalu panjang (maksimal {n} karakter).</source>
        <translation>The NIPD format is too long (at most {n} characters).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cakupan nomor urut tidak dikenal.</source>
        <translation>Unknown serial number scope.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periode nomor urut tidak dikenal.</source>
        <translation>Unknown serial number period.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Tidak dapat membuat NIPD unik dengan format ini.</source>
        <translation>A unique NIPD cannot be made with this format.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>File foto terlalu besar (maksimal {mb} MB).</source>
        <translation>The photo file is too large (at most {mb} MB).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Foto terlalu besar ({w} x {h} piksel).</source>
        <translation>The photo is too large ({w} x {h} pixels).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File ini bukan gambar yang dapat dibaca (pakai JPG atau PNG).</source>
        <translation>This file is not a readable image (use JPG or PNG).</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Desa {code} di luar wilayah kerja Anda.</source>
        <translation>Village {code} is outside your work area.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../services/ppks.py" line="+346"/>
        <source>Nama wajib diisi.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama terlalu panjang (maksimal 120 karakter).</source>
        <translation>The name is too long (at most 120 characters).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pilih jenis kelamin.</source>
        <translation>Choose the sex.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tempat lahir wajib diisi.</source>
        <translation>The place of birth is required.</translation>
    </message>
    <message>
        <location filename="../../services/arsip.py" line="-113"/>
        <location filename="../../services/nipd.py" line="-4"/>
        <source>Terlalu panjang (maksimal {n} karakter).</source>
        <translation>Too long (at most {n} characters).</translation>
    </message>
    <message>
        <location filename="../../services/nipd.py" line="-542"/>
        <source>SD/sederajat</source>
        <translation>Primary school or equivalent (SD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMP/sederajat</source>
        <translation>Junior high school or equivalent (SMP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMA/SMK/sederajat</source>
        <translation>Senior/vocational high school or equivalent (SMA/SMK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diploma I</source>
        <translation>Diploma I (D1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diploma II</source>
        <translation>Diploma II (D2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diploma III</source>
        <translation>Diploma III (D3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diploma IV</source>
        <translation>Diploma IV (D4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sarjana (S1)</source>
        <translation>Bachelor&apos;s degree (S1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Magister (S2)</source>
        <translation>Master&apos;s degree (S2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doktor (S3)</source>
        <translation>Doctorate (S3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Islam</source>
        <translation>Islam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kristen</source>
        <translation>Christian (Protestant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Katolik</source>
        <translation>Catholic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hindu</source>
        <translation>Hindu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buddha</source>
        <translation>Buddhist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khonghucu</source>
        <translation>Confucian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kepercayaan</source>
        <translation>Indigenous belief</translation>
    </message>
    <message>
        <location line="+529"/>
        <location filename="../../services/ppks.py" line="+33"/>
        <source>Tanggal lahir wajib diisi.</source>
        <translation>The date of birth is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal lahir tidak boleh di masa depan.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pendidikan terakhir tidak dikenal.</source>
        <translation>Unknown highest education.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NIP harus 18 digit angka (kosongkan bila bukan PNS).</source>
        <translation>The NIP must be 18 digits (leave it empty if not a civil servant).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>NIK diterima dengan catatan: {detail}</source>
        <translation>NIK accepted with a note: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NIK {nik} sudah terdaftar sebagai perangkat desa.</source>
        <translation>NIK {nik} is already registered as a village official.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pilih desa.</source>
        <translation>Choose a village.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+322"/>
        <source>Pilih desa/kelurahan sampai tingkat desa.</source>
        <translation>Choose the region down to the village level.</translation>
    </message>
    <message>
        <location line="-320"/>
        <location line="+317"/>
        <source>Pilih jabatan.</source>
        <translation>Choose a position.</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>Usia saat pengangkatan {age} tahun, di luar ketentuan {lo}-{hi} tahun.</source>
        <translation>Age at appointment {age} years, outside the rule of {lo}-{hi} years.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pendidikan terakhir di bawah SMA/sederajat.</source>
        <translation>Highest education below senior high school or equivalent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pendidikan terakhir belum diisi.</source>
        <translation>The highest education has not been filled in.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nomor SK pengangkatan wajib diisi.</source>
        <translation>The appointment SK number is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal SK wajib diisi.</source>
        <translation>The SK date is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal SK tidak boleh di masa depan.</source>
        <translation>The SK date cannot be in the future.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal SK tidak boleh sebelum tanggal lahir.</source>
        <translation>The SK date cannot be before the date of birth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TMT (mulai bertugas) wajib diisi.</source>
        <translation>The TMT (start of duty) is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TMT tidak boleh sebelum tanggal lahir.</source>
        <translation>The TMT cannot be before the date of birth.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>NIK {nik} baru saja didaftarkan sebagai perangkat desa oleh pengguna lain.</source>
        <translation>NIK {nik} has just been registered as a village official by another user.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Perangkat ini sudah disetujui.</source>
        <translation>This official has already been approved.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Perangkat ini sudah berhenti; tidak dapat dimutasi.</source>
        <translation>This official has already left office and cannot be transferred.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TMT jabatan baru harus sesudah TMT jabatan lama.</source>
        <translation>The TMT of the new position must be after the TMT of the old one.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Nomor SK pemberhentian wajib diisi.</source>
        <translation>The dismissal SK number is required.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tanggal SK pemberhentian tidak valid.</source>
        <translation>The dismissal SK date is not valid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alasan pemberhentian wajib diisi.</source>
        <translation>The reason for dismissal is required.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Kode jabatan 1-12 huruf besar, angka atau tanda hubung.</source>
        <translation>A position code is 1-12 capital letters, digits or hyphens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nama jabatan wajib diisi.</source>
        <translation>The position name is required.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Alasan permintaan kartu tidak dikenal.</source>
        <translation>Unknown reason for the card request.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kartu hanya untuk perangkat aktif yang sudah memiliki NIPD.</source>
        <translation>Cards are only for active officials who already have an NIPD.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Masih ada permintaan kartu yang belum dicetak untuk perangkat ini.</source>
        <translation>There is still an unprinted card request for this official.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Permintaan berstatus {status}; langkah ini tidak berlaku.</source>
        <translation>The request has status {status}; this step does not apply.</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+151"/>
        <location filename="../../views/main_window.py" line="-35"/>
        <source>NIPD</source>
        <translation>NIPD</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+149"/>
        <location filename="../../services/ppks.py" line="+1044"/>
        <location filename="../../services/wilayah.py" line="+1"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+20"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+13"/>
        <location line="+136"/>
        <location filename="../../services/ppks.py" line="+26"/>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="-148"/>
        <location filename="../../services/ppks.py" line="-17"/>
        <location line="+16"/>
        <location filename="../../services/wilayah.py" line="-180"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tgl lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../views/main_window.py" line="+32"/>
        <source>Wilayah</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tahun SK</source>
        <translation>SK year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pensiun dalam N bulan</source>
        <translation>Retiring within N months</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cari nama, NIPD atau NIK…</source>
        <translation>Search name, NIPD or NIK…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Kode desa {code} tidak dikenal.</source>
        <translation>Unknown village code {code}.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cari nama…</source>
        <translation>Search name…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Urutan</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama jabatan</source>
        <translation>Position name</translation>
    </message>
    <message>
        <location filename="../../services/nipd_cards.py" line="-136"/>
        <location line="+15"/>
        <source>Pengaturan kartu tidak dikenal: {key}</source>
        <translation>Unknown card setting: {key}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Masa berlaku 1 sampai 20 tahun.</source>
        <translation>Validity 1 to 20 years.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warna ditulis #RRGGBB, mis. #0B4F8A.</source>
        <translation>Write colours as #RRGGBB, e.g. #0B4F8A.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Gambar terlalu besar (maksimal 2 MB).</source>
        <translation>The image is too large (at most 2 MB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gunakan gambar PNG atau JPG.</source>
        <translation>Use a PNG or JPG image.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File ini bukan gambar yang dapat dibaca.</source>
        <translation>This file is not a readable image.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Batch cetak {id} tidak ditemukan.</source>
        <translation>Print batch {id} not found.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tidak ada permintaan kartu berstatus disetujui untuk dicetak.</source>
        <translation>There are no approved card requests to print.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} tidak aktif atau belum memiliki NIPD; batalkan permintaannya.</source>
        <translation>{name} is not active or has no NIPD yet; cancel the request.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Bukan kode kartu NIPD (format tidak dikenal).</source>
        <translation>Not an NIPD card code (unknown format).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kunci penanda tangan {kid} tidak dikenal: kartu tidak dapat diverifikasi.</source>
        <translation>Unknown signing key {kid}: the card cannot be verified.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tanda tangan digital TIDAK cocok: isi kode telah diubah atau kartu palsu.</source>
        <translation>The digital signature does NOT match: the code content has been changed or the card is forged.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+40"/>
        <source>Tanda tangan digital sah. Status terkini tidak diperiksa (basis data tidak terhubung).</source>
        <translation>The digital signature is valid. The current status was not checked (no database connection).</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Tanda tangan sah, tetapi nomor seri {serial} tidak ada di basis data ini.</source>
        <translation>The signature is valid, but serial number {serial} is not in this database.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Kartu asli, tetapi SUDAH TIDAK BERLAKU: diganti kartu seri {current}.</source>
        <translation>Genuine card, but NO LONGER VALID: replaced by card serial {current}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kartu asli, tetapi perangkat ini sudah tidak menjabat ({status}).</source>
        <translation>Genuine card, but this official no longer holds office ({status}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kartu asli, tetapi masa berlakunya habis {date}.</source>
        <translation>Genuine card, but its validity ended on {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kartu ASLI dan BERLAKU.</source>
        <translation>Card GENUINE and VALID.</translation>
    </message>
    <message>
        <location filename="../../services/ppks.py" line="-1449"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>perlu pembaruan</source>
        <translation>needs update</translation>
    </message>
    <message>
        <location line="+343"/>
        <source>Nama terlalu panjang (maksimal 150 karakter).</source>
        <translation>The name is too long (at most 150 characters).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kategori PPKS &apos;{value}&apos; tidak dikenal.</source>
        <translation>PPKS category &apos;{value}&apos; is not recognised.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pilih minimal satu kategori PPKS.</source>
        <translation>Choose at least one PPKS category.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jenis kelamin harus L atau P.</source>
        <translation>The sex must be L or P.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jenis kelamin wajib diisi.</source>
        <translation>The sex is required.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tanggal lahir {value} ada di masa depan.</source>
        <translation>Date of birth {value} is in the future.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tanggal lahir sebelum tahun 1900 tidak mungkin.</source>
        <translation>A date of birth before 1900 is not possible.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NIK wajib diisi.</source>
        <translation>The NIK is required.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tanggal pendataan ada di masa depan.</source>
        <translation>The survey date is in the future.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} harus angka, mis. 003.</source>
        <translation>{what} must be a number, e.g. 003.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Desil DTSEN harus 1 sampai 10.</source>
        <translation>The DTSEN decile must be 1 to 10.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Desa/kelurahan wajib dipilih.</source>
        <translation>The village must be chosen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilih sampai tingkat desa/kelurahan.</source>
        <translation>Choose down to the village level.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Umur {age} tahun tidak lazim untuk kategori {category}.</source>
        <translation>Age {age} years is unusual for category {category}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Desa {code} tidak ada di wilayah kantor.</source>
        <translation>Village {code} is not in the office&apos;s region.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Desa {code} di luar wilayah tugas Anda.</source>
        <translation>Village {code} is outside your assigned area.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>NIK {nik} sudah terdaftar pada data #{id} ({name}).</source>
        <translation>NIK {nik} is already registered in record #{id} ({name}).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Data ini di luar wilayah tugas Anda.</source>
        <translation>This record is outside your assigned area.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>NIK {nik} sudah terdaftar oleh pengguna lain.</source>
        <translation>NIK {nik} has already been registered by another user.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Data berstatus {status} hanya dapat dibaca; hanya admin yang dapat mengubah.</source>
        <translation>Records with status {status} are read only; only an administrator can change them.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Data berstatus {status} tidak dapat {action}.</source>
        <translation>A record with status {status} cannot be {action}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diajukan</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverifikasi</source>
        <translation>verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Alasan penolakan wajib diisi.</source>
        <translation>The reason for rejection is required.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Nama dan tanggal lahir sama</source>
        <translation>Same name and date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama mirip di desa yang sama</source>
        <translation>Similar name in the same village</translation>
    </message>
    <message>
        <location line="+160"/>
        <location line="+68"/>
        <source>Pilih dua data yang berbeda.</source>
        <translation>Choose two different records.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Alasan wajib diisi.</source>
        <translation>The reason is required.</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tgl Lahir</source>
        <translation>Date of Birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Desa/Kel.</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tgl Pendataan</source>
        <translation>Survey Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Peringatan NIK</source>
        <translation>NIK warning</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kelompok umur</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cari NIK atau awal nama…</source>
        <translation>Search NIK or the start of a name…</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Rekap hanya per kecamatan, desa, atau kategori (bukan &apos;{by}&apos;).</source>
        <translation>Summaries are only per district, village or category (not &apos;{by}&apos;).</translation>
    </message>
    <message>
        <location filename="../../services/schema.py" line="+114"/>
        <source>Basis data ini dibuat oleh versi aplikasi yang lebih baru (revisi {rev}). Perbarui Kesos Desktop di komputer ini sebelum membukanya.</source>
        <translation>This database was created by a newer version of the application (revision {rev}). Update Kesos Desktop on this computer before opening it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Basis data ini sudah berisi tabel lain dan bukan milik Kesos Desktop. Pilih basis data kosong.</source>
        <translation>This database already contains other tables and does not belong to Kesos Desktop. Choose an empty database.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cadangan langsung hanya untuk basis data SQLite. Untuk PostgreSQL gunakan: pg_dump -Fc -f cadangan.dump NAMA_DB</source>
        <translation>Live backup is only for SQLite databases. For PostgreSQL use: pg_dump -Fc -f backup.dump DB_NAME</translation>
    </message>
    <message>
        <location filename="../../services/wilayah.py" line="-2"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Cakupan kantor harus kode provinsi atau kabupaten/kota yang ada, mis. 61.07.</source>
        <translation>The office scope must be an existing province or regency/city code, e.g. 61.07.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+9"/>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Induk</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Di bawah</source>
        <translation>Below</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cari kode atau nama wilayah…</source>
        <translation>Search region code or name…</translation>
    </message>
    <message>
        <location filename="../../views/arsip/scans.py" line="-111"/>
        <source>Pindaian {name} tidak dapat ditampilkan (PDF rusak).</source>
        <translation>Scan {name} cannot be displayed (damaged PDF).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pindaian {name} tidak dapat ditampilkan (gambar rusak).</source>
        <translation>Scan {name} cannot be displayed (damaged image).</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="-35"/>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NIPD — Nomor Induk Perangkat Desa</source>
        <translation>NIPD — Village Official Registration Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pendaftaran perangkat desa, penomoran NIPD, dan pencetakan kartu identitas.</source>
        <translation>Registration of village officials, NIPD numbering and printing of identity cards.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PPKS</source>
        <translation>PPKS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PPKS — Pemerlu Pelayanan Kesejahteraan Sosial</source>
        <translation>PPKS — People in Need of Social Welfare Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data PPKS 26 kategori per desa/kecamatan: entri, impor Excel, verifikasi, rekap.</source>
        <translation>PPKS data in 26 categories per village/district: entry, Excel import, verification, summaries.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arsip (TEGAR)</source>
        <translation>Archives (TEGAR)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TEGAR — Tertib Gerakan Arsip</source>
        <translation>TEGAR — Orderly Archives Movement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Katalog arsip, retensi (JRA), lokasi simpan, label boks, peminjaman, dan pencarian.</source>
        <translation>Archive catalogue, retention (JRA), storage locations, box labels, loans and search.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Log Audit</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../views/ppks/dashboard.py" line="-195"/>
        <source>Klik untuk membuka data di balik angka ini</source>
        <translation>Click to open the records behind this number</translation>
    </message>
    <message>
        <location filename="../../views/help_view.py" line="-4"/>
        <source>Daftar isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tanya jawab dan masalah</source>
        <translation>Questions and problems</translation>
    </message>
    <message>
        <location filename="../../views/nipd/position.py" line="-58"/>
        <source>Mengundurkan diri</source>
        <translation>Resigned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meninggal dunia</source>
        <translation>Died</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usia 60 tahun (purna tugas)</source>
        <translation>Age 60 (retirement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diberhentikan</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../views/style.py" line="+30"/>
        <source>Biru toska (bawaan)</source>
        <translation>Teal blue (default)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biru</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hijau</source>
        <translation>Green</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merah marun</source>
        <translation>Maroon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ungu</source>
        <translation>Purple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cokelat</source>
        <translation>Brown</translation>
    </message>
    <message>
        <location filename="../../services/worklist.py" line="+45"/>
        <source>Data PPKS ditolak, perlu diperbaiki</source>
        <translation>PPKS records rejected, need correcting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data PPKS draf, belum diajukan</source>
        <translation>PPKS records in draft, not submitted yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data PPKS menunggu verifikasi</source>
        <translation>PPKS records awaiting verification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Perangkat desa menunggu persetujuan</source>
        <translation>Village officials awaiting approval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permintaan kartu menunggu persetujuan</source>
        <translation>Card requests awaiting approval</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kartu NIPD disetujui, belum dicetak</source>
        <translation>NIPD cards approved, not printed yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peminjaman arsip lewat jatuh tempo</source>
        <translation>Archive loans past their due date</translation>
    </message>
    <message>
        <location filename="../../views/common/photo_cropper.py" line="+20"/>
        <source>Berkas foto {name} tidak dapat dibaca; periksa berkasnya lalu pilih lagi.</source>
        <translation>The photo file {name} cannot be read; check the file and choose it again.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../views/common/messages.py" line="+20"/>
        <source>Terjadi kesalahan tak terduga. Detailnya dicatat di log aplikasi.</source>
        <translation>An unexpected error occurred. The details are recorded in the application log.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Koneksi terputus</source>
        <translation>Connection lost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data telah berubah</source>
        <translation>The data has changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak diizinkan</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data belum valid</source>
        <translation>The data is not valid yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
</context>
</TS>
