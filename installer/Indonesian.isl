; Bahasa Indonesia for the Kesos Desktop installer (Inno Setup 6).
; Loaded after compiler:Default.isl, so any message not listed here stays in English.
; Written for this project; keep it ASCII (Inno Setup reads .isl without a BOM as ANSI).

[LangOptions]
LanguageName=Bahasa Indonesia
LanguageID=$0421
LanguageCodePage=0

[Messages]
SetupAppTitle=Instalasi
SetupWindowTitle=Instalasi - %1
UninstallAppTitle=Hapus Instalasi
UninstallAppFullTitle=Hapus Instalasi %1

InformationTitle=Informasi
ConfirmTitle=Konfirmasi
ErrorTitle=Galat

SetupLdrStartupMessage=Program ini akan memasang %1. Lanjutkan?
SetupAlreadyRunning=Instalasi sudah berjalan.
WindowsVersionNotSupported=Program ini tidak mendukung versi Windows di komputer ini.
AdminPrivilegesRequired=Anda harus masuk sebagai administrator untuk memasang program ini.
SetupAppRunningError=%1 sedang berjalan.%n%nTutup semua jendelanya, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.
UninstallAppRunningError=%1 sedang berjalan.%n%nTutup semua jendelanya, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.

ExitSetupTitle=Keluar dari Instalasi
ExitSetupMessage=Instalasi belum selesai. Jika Anda keluar sekarang, program tidak akan terpasang.%n%nAnda dapat menjalankan instalasi lagi lain kali.%n%nKeluar dari instalasi?
AboutSetupMenuItem=&Tentang Instalasi...
AboutSetupTitle=Tentang Instalasi

ButtonBack=< &Kembali
ButtonNext=&Lanjut >
ButtonInstall=&Pasang
ButtonOK=OK
ButtonCancel=Batal
ButtonYes=&Ya
ButtonYesToAll=Ya untuk &Semua
ButtonNo=&Tidak
ButtonNoToAll=T&idak untuk Semua
ButtonFinish=&Selesai
ButtonBrowse=&Telusuri...
ButtonWizardBrowse=T&elusuri...
ButtonNewFolder=&Buat Folder Baru

SelectLanguageTitle=Pilih Bahasa Instalasi
SelectLanguageLabel=Pilih bahasa yang digunakan selama instalasi:

ClickNext=Klik Lanjut untuk melanjutkan, atau Batal untuk keluar dari instalasi.
BrowseDialogTitle=Telusuri Folder
BrowseDialogLabel=Pilih folder dalam daftar di bawah, lalu klik OK.
NewFolderName=Folder Baru

WelcomeLabel1=Selamat datang di Panduan Instalasi [name]
WelcomeLabel2=Program ini akan memasang [name/ver] di komputer Anda.%n%nSebaiknya tutup semua aplikasi lain sebelum melanjutkan.

WizardSelectDir=Pilih Lokasi Tujuan
SelectDirDesc=Di mana [name] akan dipasang?
SelectDirLabel3=[name] akan dipasang di folder berikut.
SelectDirBrowseLabel=Klik Lanjut untuk melanjutkan. Untuk memilih folder lain, klik Telusuri.
DiskSpaceMBLabel=Dibutuhkan ruang kosong sedikitnya [mb] MB.
DiskSpaceWarningTitle=Ruang Disk Tidak Cukup
DiskSpaceWarning=Instalasi membutuhkan ruang kosong sedikitnya %1 KB, tetapi drive yang dipilih hanya memiliki %2 KB.%n%nTetap lanjutkan?
DirExistsTitle=Folder Sudah Ada
DirExists=Folder:%n%n%1%n%nsudah ada. Tetap pasang di folder tersebut?
DirDoesntExistTitle=Folder Belum Ada
DirDoesntExist=Folder:%n%n%1%n%nbelum ada. Buat folder tersebut?

WizardSelectTasks=Pilih Tugas Tambahan
SelectTasksDesc=Tugas tambahan apa yang perlu dijalankan?
SelectTasksLabel2=Pilih tugas tambahan yang perlu dijalankan saat memasang [name], lalu klik Lanjut.

WizardSelectProgramGroup=Pilih Folder Menu Start
SelectStartMenuFolderDesc=Di mana pintasan program akan dibuat?
SelectStartMenuFolderLabel3=Pintasan program akan dibuat di folder Menu Start berikut.
SelectStartMenuFolderBrowseLabel=Klik Lanjut untuk melanjutkan. Untuk memilih folder lain, klik Telusuri.
MustEnterGroupName=Anda harus mengisi nama folder.
NoProgramGroupCheck2=&Jangan buat folder Menu Start

WizardReady=Siap Memasang
ReadyLabel1=Instalasi siap memasang [name] di komputer Anda.
ReadyLabel2a=Klik Pasang untuk mulai memasang, atau Kembali untuk meninjau atau mengubah pengaturan.
ReadyLabel2b=Klik Pasang untuk mulai memasang.
ReadyMemoDir=Lokasi tujuan:
ReadyMemoGroup=Folder Menu Start:
ReadyMemoTasks=Tugas tambahan:

WizardPreparing=Bersiap Memasang
PreparingDesc=Instalasi sedang bersiap memasang [name] di komputer Anda.
CannotContinue=Instalasi tidak dapat dilanjutkan. Klik Batal untuk keluar.
ApplicationsFound=Aplikasi berikut memakai berkas yang perlu diperbarui. Sebaiknya izinkan instalasi menutup aplikasi tersebut secara otomatis.
ApplicationsFound2=Aplikasi berikut memakai berkas yang perlu diperbarui. Sebaiknya izinkan instalasi menutup aplikasi tersebut secara otomatis. Setelah selesai, instalasi akan mencoba membukanya kembali.
CloseApplications=&Tutup aplikasi secara otomatis
DontCloseApplications=&Jangan tutup aplikasi

WizardInstalling=Memasang
InstallingLabel=Harap tunggu, [name] sedang dipasang di komputer Anda.

FinishedHeadingLabel=Menyelesaikan Instalasi [name]
FinishedLabelNoIcons=[name] sudah terpasang di komputer Anda.
FinishedLabel=[name] sudah terpasang di komputer Anda. Program dapat dibuka melalui pintasan yang dibuat.
ClickFinish=Klik Selesai untuk keluar dari instalasi.
RunEntryExec=Jalankan %1

SetupAborted=Instalasi tidak selesai.%n%nPerbaiki masalahnya, lalu jalankan instalasi lagi.

StatusClosingApplications=Menutup aplikasi...
StatusCreateDirs=Membuat folder...
StatusExtractFiles=Menyalin berkas...
StatusCreateIcons=Membuat pintasan...
StatusCreateRegistryEntries=Menulis registri...
StatusSavingUninstall=Menyimpan informasi penghapusan...
StatusRunProgram=Menyelesaikan instalasi...
StatusRollback=Membatalkan perubahan...

ConfirmUninstall=Yakin ingin menghapus %1 beserta semua komponennya?%n%nData Anda (basis data, pengaturan, cadangan) tetap disimpan.
OnlyAdminCanUninstall=Instalasi ini hanya dapat dihapus oleh pengguna dengan hak administrator.
UninstallStatusLabel=Harap tunggu, %1 sedang dihapus dari komputer Anda.
UninstalledAll=%1 sudah dihapus dari komputer Anda.
UninstalledMost=Penghapusan %1 selesai.%n%nBeberapa bagian tidak dapat dihapus dan dapat dihapus secara manual.
WizardUninstalling=Status Penghapusan
StatusUninstalling=Menghapus %1...

[CustomMessages]
NameAndVersion=%1 versi %2
AdditionalIcons=Pintasan tambahan:
CreateDesktopIcon=Buat pintasan di &desktop
UninstallProgram=Hapus %1
LaunchProgram=Jalankan %1
