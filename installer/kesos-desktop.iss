; Inno Setup 6.3+ script: the Windows installer of Kesos Desktop, packed from the PyInstaller bundle.
;
;   py installer\build.py --installer           (bundle + installer; passes /DAppVersion)
;   iscc installer\kesos-desktop.iss            (after `pyinstaller installer\kesos-desktop.spec`)
;
; Output: dist\kesos-desktop-<version>-setup.exe
;
; Where the data lives: the database (SQLite), settings, logs and backups are kept per Windows user in
; %LOCALAPPDATA%\Kesos\kesos-desktop (platformdirs user_data_dir/user_config_dir with
; appname "kesos-desktop", appauthor "Kesos"; see kesos_desktop/paths.py), never under {app}.
; Uninstalling removes the program only. There is deliberately NO [UninstallDelete] entry for that
; folder: an uninstall, upgrade or reinstall must never delete an office's records.

#define AppName "Kesos Desktop"
#define AppPublisher "Kesos"
#define AppExeName "kesos-desktop.exe"
#define BundleDir "..\dist\kesos-desktop"

#ifndef AppVersion
  ; Written next to the bundle by installer/kesos-desktop.spec.
  #define VersionFile AddBackslash(SourcePath) + "..\dist\kesos-desktop-version.txt"
  #if FileExists(VersionFile)
    #define VersionHandle FileOpen(VersionFile)
    #define AppVersion Trim(FileRead(VersionHandle))
    #expr FileClose(VersionHandle)
  #else
    #error Version unknown: build the bundle first (pyinstaller installer\kesos-desktop.spec) or pass /DAppVersion=x.y.z
  #endif
#endif

#if !FileExists(AddBackslash(AddBackslash(SourcePath) + BundleDir) + AppExeName)
  #error dist\kesos-desktop\kesos-desktop.exe not found: build the bundle first (pyinstaller installer\kesos-desktop.spec)
#endif

[Setup]
; Never change AppId: Windows uses it to recognise upgrades of the same program.
AppId={{C05D336A-BF69-4451-9E76-EE36BF15C408}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
; Per-machine: one installation in Program Files for every user of the PC.
PrivilegesRequired=admin
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
AllowNoIcons=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=kesos-desktop-{#AppVersion}-setup
; max: the two programs carry the same Python archive, a large window packs the second almost free.
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; Offer to close a running Kesos Desktop before its files are replaced.
CloseApplications=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
#if FileExists(AddBackslash(SourcePath) + "..\kesos_desktop\resources\app-icon.ico")
SetupIconFile=..\kesos_desktop\resources\app-icon.ico
#endif

[Languages]
; Inno Setup ships no Indonesian messages: Indonesian.isl (beside this script) overrides the
; English defaults for every screen of a normal install and uninstall.
Name: "id"; MessagesFile: "compiler:Default.isl,Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Messages]
; Said at the moment people worry about it (the Indonesian text is in Indonesian.isl).
en.ConfirmUninstall=Are you sure you want to completely remove %1 and all of its components?%n%nYour data (database, settings, backups) is kept.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundled libraries wholesale, so files of an older version (e.g. a renamed
; migration) are never picked up. Program files only: user data is not under {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
; As the user who started Setup, not the administrator who approved it: the data folder is that user's.
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser
