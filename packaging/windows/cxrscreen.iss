; Inno Setup 6 script: the Windows installer of CXR Screen (offline, per-machine, x64).
;
; Built on Linux under Wine by packaging/windows/build.sh (which CI runs, with the smoke test
; packaging/windows/smoke.sh): it passes the version, the bundle folder and the output folder:
;
;   ISCC.exe /DAppVersion=0.1.0 /DBundleDir=<dist\windows\cxrscreen> /O<dist\windows> cxrscreen.iss
;
; On a Windows build machine, after PyInstaller wrote dist\cxrscreen (see docs/WINDOWS.md):
;
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\cxrscreen.iss
;
; Output: cxrscreen-setup-<version>.exe. Silent install for a fleet (optionally with the
; site configuration file, copied to %ProgramData%\CXRScreen\site.json):
;
;   cxrscreen-setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SITECONFIG="D:\site.json" /LOG="C:\cxrscreen-install.log"
;
; Upgrades: same AppId, so a newer installer replaces the program in place; the cases live in each
; user's %LOCALAPPDATA%\cxrscreen and are never touched by installing or uninstalling.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CXR Screen"
#ifndef BundleDir
  #define BundleDir "..\..\dist\cxrscreen"
#endif

[Setup]
; Never change the AppId: it is how Windows recognises an upgrade of the same application.
AppId={{6E0B7C0D-3B9A-4C5E-9E61-2D4F8A7C1B35}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CXR Screen maintainers
DefaultDirName={autopf}\CXR Screen
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=cxrscreen-setup-{#AppVersion}
SetupIconFile=..\icons\cxrscreen.ico
UninstallDisplayIcon={app}\cxrscreen.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
; The bundle is self-contained: nothing to download during installation.

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "portuguese"; MessagesFile: "compiler:Languages\Portuguese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade must not keep libraries of the previous version next to the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The Windows example (Windows paths); packaging/site.example.json is the Linux one.
Source: "site.example.json"; DestDir: "{app}"; Flags: ignoreversion
; The site configuration file, when IT passes /SITECONFIG=<path> (replaced on every install that
; passes one; kept otherwise, also on uninstall: it is IT's file, not the program's).
Source: "{param:SITECONFIG}"; DestDir: "{commonappdata}\CXRScreen"; DestName: "site.json"; \
  Flags: external skipifsourcedoesntexist uninsneveruninstall; Check: SiteConfigGiven

[Dirs]
Name: "{commonappdata}\CXRScreen"; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\cxrscreen.exe"
Name: "{autoprograms}\{#AppName} self-test"; Filename: "{cmd}"; \
  Parameters: "/k ""{app}\cxrscreen-cli.exe"" self-test"; IconFilename: "{app}\cxrscreen.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\cxrscreen.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\cxrscreen.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; \
  Flags: nowait postinstall skipifsilent

[Code]
function SiteConfigGiven: Boolean;
begin
  Result := ExpandConstant('{param:SITECONFIG|}') <> '';
end;
