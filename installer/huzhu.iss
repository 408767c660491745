; Inno Setup script for Huzhu Desk (职工互助保障代办系统). Build on Windows with
;   python installer\build.py --setup
; which builds dist\huzhu\ with PyInstaller, then runs
;   ISCC.exe /DAppVersion=<pyproject version> /DBundleDir=<dist\huzhu> /O<dist> installer\huzhu.iss
; Rules (checked by tests/test_installer_script.py):
; - the program goes under Program Files, for every user of the machine (per-machine install);
; - the office's data never goes there: the program keeps it in the user's data folder
;   {localappdata}\Huzhu\HuzhuDesk (app/paths.py, platformdirs), which setup never writes to;
; - upgrades replace {app} only (same AppId), so data survives them;
; - uninstall removes {app} and keeps the data unless the clerk says yes to deleting it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\huzhu"
#endif
#define AppName "Huzhu Desk"
#define AppExe "huzhu-desk.exe"
#define DataDir "{localappdata}\Huzhu\HuzhuDesk"

[Setup]
AppId={{6E0F4B52-3C1D-4B8E-9A57-2D4C1F0E8B31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
VersionInfoVersion={#AppVersion}
AppPublisher=Huzhu
DefaultDirName={autopf}\Huzhu Desk
DefaultGroupName={cm:GroupName}
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=HuzhuDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
UsedUserAreasWarning=no
UninstallDisplayIcon={app}\{#AppExe}
CloseApplications=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.GroupName=职工互助保障代办系统
english.GroupName=Huzhu Desk
chinesesimplified.AppTitle=职工互助保障代办系统
english.AppTitle=Huzhu Desk (workers' mutual aid agency desk)
chinesesimplified.DeleteData=是否同时删除本机的代办处数据（数据库、备份、日志）？%n%n{#DataDir}%n%n选择“否”保留数据，重新安装后可继续使用。
english.DeleteData=Also delete this computer's office data (database, backups, logs)?%n%n{#DataDir}%n%nChoose No to keep it for a later reinstall.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade starts from a clean program folder (stale libraries from an older bundle removed).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole PyInstaller folder, recursively: launchers, Python, Qt plugins, resources, migrations.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Data stays unless the clerk explicitly asks; silent uninstalls always keep it. }
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    if MsgBox(CustomMessage('DeleteData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(ExpandConstant('{#DataDir}'), True, True, True);
end;
