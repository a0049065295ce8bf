; Inno Setup script: MediaDesk for Windows, installed per user without admin rights.
;
; Build (on Windows, from the repository root, after PyInstaller made dist\mediadesk\):
;   uv run --group package pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\mediadesk.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\mediadesk.iss
; (packaging/README.md has a line that reads the version from pyproject.toml.)
; Output: dist\MediaDesk-<version>-windows-x64-setup.exe
;
; - Installs into %LOCALAPPDATA%\Programs\MediaDesk (PrivilegesRequired=lowest: no UAC prompt).
; - Start-menu entry for MediaDesk.exe (no console window); mediadesk-cli.exe sits beside it
;   for admins and scripts.
; - Registers no file types: MediaDesk never claims .jpg/.png/.mp4 or anything else.
; - The uninstaller removes the program only. The user's library (%LOCALAPPDATA%\MediaDesk:
;   library.sqlite, evidence copies, backups, demo, Cache) and settings (HKCU\Software\MediaDesk)
;   stay unless the user ticks "Also delete ..." in the uninstaller. A library saved somewhere
;   else is never touched. Silent uninstalls (/SILENT, /VERYSILENT) always keep the data.

#ifndef AppVersion
  #error Pass the version, e.g. iscc /DAppVersion=0.1.0 packaging\windows\mediadesk.iss
#endif
#define AppName "MediaDesk"
#define AppExe "MediaDesk.exe"
#define AppDataFolder "MediaDesk"

[Setup]
; AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{6F1D3C2A-8B4E-4D1A-9E27-5C3B8A0F4D61}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=MediaDesk contributors
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
UsedUserAreasWarning=no
ChangesAssociations=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=MediaDesk-{#AppVersion}-windows-x64-setup
SetupIconFile=resources\app-icon\mediadesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "da"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[CustomMessages]
en.AppComment=Check school photos and clips against consent forms
da.AppComment=Tjek skolens fotos og klip mod samtykkeblanketter
nl.AppComment=Controleer schoolfoto's en clips aan toestemmingsformulieren
en.UninstallTitle=Uninstall MediaDesk
da.UninstallTitle=Afinstaller MediaDesk
nl.UninstallTitle=MediaDesk verwijderen
en.KeepDataInfo=MediaDesk will be removed from this computer. Your library, its consent evidence and backups stay in %1 so a later installation finds them again.
da.KeepDataInfo=MediaDesk fjernes fra computeren. Dit bibliotek, samtykkebilag og sikkerhedskopier bliver i %1, så en senere installation finder dem igen.
nl.KeepDataInfo=MediaDesk wordt van deze computer verwijderd. Je bibliotheek, toestemmingsbewijzen en back-ups blijven in %1, zodat een latere installatie ze terugvindt.
en.DeleteData=&Also delete my MediaDesk library, evidence copies, thumbnails and settings
da.DeleteData=&Slet også mit MediaDesk-bibliotek, bilag, miniaturer og indstillinger
nl.DeleteData=&Ook mijn MediaDesk-bibliotheek, bewijsstukken, miniaturen en instellingen verwijderen
en.DeleteDataWarning=This cannot be undone. Libraries saved in other folders are not deleted.
da.DeleteDataWarning=Det kan ikke fortrydes. Biblioteker gemt i andre mapper slettes ikke.
nl.DeleteDataWarning=Dit kan niet ongedaan worden gemaakt. Bibliotheken in andere mappen worden niet verwijderd.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\mediadesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python byte-code caches the app may have written next to itself (never the user's data).
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
var
  DeleteUserData: Boolean;

function UserDataDir(): String;
begin
  { platformdirs.user_data_dir("MediaDesk", appauthor=False) on Windows; the cache is its Cache\ }
  Result := ExpandConstant('{localappdata}\{#AppDataFolder}');
end;

function AskAboutUserData(): Boolean;
var
  Form: TSetupForm;
  Info, Warning: TNewStaticText;
  Box: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
#if Ver >= EncodeVer(6, 6, 0)
  Form := CreateCustomForm(440, 190, False, False);
#else
  Form := CreateCustomForm();
  Form.ClientWidth := ScaleX(440);
  Form.ClientHeight := ScaleY(190);
#endif
  try
    Form.Caption := CustomMessage('UninstallTitle');

    Info := TNewStaticText.Create(Form);
    Info.Parent := Form;
    Info.AutoSize := False;
    Info.WordWrap := True;
    Info.SetBounds(ScaleX(16), ScaleY(14), Form.ClientWidth - ScaleX(32), ScaleY(56));
    Info.Caption := FmtMessage(CustomMessage('KeepDataInfo'), [UserDataDir()]);

    Box := TNewCheckBox.Create(Form);
    Box.Parent := Form;
    Box.SetBounds(ScaleX(16), ScaleY(78), Form.ClientWidth - ScaleX(32), ScaleY(20));
    Box.Caption := CustomMessage('DeleteData');
    Box.Checked := False;

    Warning := TNewStaticText.Create(Form);
    Warning.Parent := Form;
    Warning.AutoSize := False;
    Warning.WordWrap := True;
    Warning.SetBounds(ScaleX(34), ScaleY(102), Form.ClientWidth - ScaleX(50), ScaleY(36));
    Warning.Caption := CustomMessage('DeleteDataWarning');

    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Caption := SetupMessage(msgButtonOK);
    OkButton.SetBounds(Form.ClientWidth - ScaleX(176), Form.ClientHeight - ScaleY(36), ScaleX(75), ScaleY(23));
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Caption := SetupMessage(msgButtonCancel);
    CancelButton.SetBounds(Form.ClientWidth - ScaleX(91), Form.ClientHeight - ScaleY(36), ScaleX(75), ScaleY(23));
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    Form.ActiveControl := OkButton;
    Result := Form.ShowModal() = mrOk;
    DeleteUserData := Result and Box.Checked;
  finally
    Form.Free();
  end;
end;

function InitializeUninstall(): Boolean;
begin
  DeleteUserData := False;
  if UninstallSilent() then
    Result := True  { scripted uninstalls keep the data }
  else
    Result := AskAboutUserData();  { Cancel aborts the uninstall }
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DeleteUserData then
  begin
    DelTree(UserDataDir(), True, True, True);
    RegDeleteKeyIncludingSubkeys(HKCU, 'Software\{#AppDataFolder}');
  end;
end;
