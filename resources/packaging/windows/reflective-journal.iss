; Inno Setup 6 script: the Windows installer for the one-folder build.
;
; build.py runs it (when Inno Setup's ISCC.exe is installed) after building and checking the
; folder, passing the values below with /D. By hand, from the top of the repository:
;
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=dist\reflective-journal-0.1.0-windows-amd64 ^
;            /DOutputDir=dist /DIconFile=build\pyinstaller\icon.ico ^
;            resources\packaging\windows\reflective-journal.iss
;
; What it does, and why:
; - installs for the current user only, without administrator rights (PrivilegesRequired=
;   lowest): into %LOCALAPPDATA%\Programs\Reflective Journal, with a Start menu entry;
; - silent installs for IT deployment: Setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   (Intune: a Win32 app with that command; uninstall: the same switches on unins000.exe);
; - upgrades in place: the same AppId finds the earlier install and replaces the program
;   files, asking a running copy to close first;
; - never touches the journal: it lives in %LOCALAPPDATA%\ReflectiveJournal (and its backups
;   wherever the person chose), which the installer neither writes nor deletes. Uninstalling
;   removes only the program's folder, and says that the journal is kept.
; Not MSIX: MSIX redirects AppData\Local writes into a package folder deleted on uninstall,
; and the journal would go with it.

#ifndef AppVersion
  #error Pass /DAppVersion=... (build.py does)
#endif
#ifndef SourceDir
  #error Pass /DSourceDir=... (the built folder; build.py does)
#endif
#ifndef OutputDir
  #define OutputDir "."
#endif

#define AppName "Reflective Journal"
#define AppExe "Reflective Journal.exe"

[Setup]
; The AppId must never change: it is how an upgrade finds the installed copy.
AppId={{6F0C5E2A-9B1D-4C3E-8A47-2D5B7E91C0F4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Reflective Supervision Journal
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=reflective-journal-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
; a running copy is asked to close (it saves and closes the journal) before files change
CloseApplications=yes
RestartApplications=no
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
#ifdef SignTool
; build.py passes /DSignTool=journal and /Sjournal=... when a signing command is configured
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Messages]
ConfirmUninstall=Remove %1 from this computer?%n%nYour journal and its backups are NOT deleted: they stay in your own folders (the journal in your AppData\Local\ReflectiveJournal folder). Installing the app again opens them as before.

[InstallDelete]
; An upgrade replaces the program's own files completely, so no library of the old version is
; left beside the new ones. Only the program's folder: never the journal's.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Your reflective supervision journal"

[Run]
Filename: "{app}\{#AppExe}"; Description: "Open {#AppName} now"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Nothing beyond what was installed: the journal folder is deliberately not listed.
Type: dirifempty; Name: "{app}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox('{#AppName} has been removed.' + #13#10 + #13#10 +
      'Your journal and its backups were not deleted. The journal is in ' +
      ExpandConstant('{localappdata}\ReflectiveJournal') +
      '; keep it, or delete it yourself if you no longer need it.',
      mbInformation, MB_OK);
end;
