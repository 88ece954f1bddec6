; Inno Setup script for hrdesk on Windows.
; First build the one-folder bundle on Windows:  pyinstaller packaging\pyinstaller\hrdesk.spec
; then compile this script:                       iscc packaging\windows\hrdesk.iss
; The version below must match hrdesk/__init__.py (the release checklist in README says so).

#define AppName "hrdesk"
#define AppVersion "0.1.0"

[Setup]
AppId={{6E1D3B8F-2F7A-4C55-9B8E-0D5C1A7F4E21}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=hrdesk developers
DefaultDirName={autopf}\hrdesk
DefaultGroupName=hrdesk
; Installs for the current user only: no administrator rights needed on a borrowed machine.
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=hrdesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayName=hrdesk

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "..\..\dist\hrdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\hrdesk"; Filename: "{app}\hrdesk.exe"
Name: "{group}\Uninstall hrdesk"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\hrdesk.exe"; Description: "Start hrdesk"; Flags: nowait postinstall skipifsilent

; The uninstaller removes the program only. The vault (in %LOCALAPPDATA%\hrdesk) is kept on
; purpose: erasing it is a deliberate act inside hrdesk (Settings > Emergency erase).
