; The Windows installer of Giliran, built on Debian by `cargo xtask bundle --windows` with
; Debian's makensis: no plugin or download at build or install time (Tauri's own NSIS bundler
; fetches its plugins from the internet). Only what NSIS itself ships is used: MUI2,
; MultiUser (per-user or per-machine), LogicLib, StrFunc, x64, and the Indonesian language.
;
; makensis -DVERSION=0.1.0 -DAPP_EXE=... -DCLI_EXE=... -DLOADER_DLL=... -DICON=... -DOUTFILE=... installer.nsi
;
; Silent use (IT staff, tests): Giliran-<versi>-setup.exe /S /CurrentUser | /AllUsers [/D=FOLDER]
; and uninstall.exe /S. The office's data (%APPDATA%\giliran) is never removed.

; A 64-bit installer for a 64-bit program (Windows 10/11 x64); it also runs under Debian's
; 64-bit-only Wine, where the tests install and uninstall it.
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "VERSION tidak diberikan (-DVERSION=...)"
!endif

!define PRODUCT "Giliran"
!define PUBLISHER "Giliran"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Giliran"
!define SETTINGS_KEY "Software\Giliran"
; Microsoft Edge WebView2 Runtime, as its installer registers it (per machine or per user).
!define WEBVIEW2_GUID "{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1057 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1057 "FileDescription" "Pemasang ${PRODUCT}: jadwal WFO/WFH, presensi, dan laporan OPD"
VIAddVersionKey /LANG=1057 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1057 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1057 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1057 "LegalCopyright" "${PUBLISHER}"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${PRODUCT}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include StrFunc.nsh
!include x64.nsh
!include WinMessages.nsh

; StrStr is declared by MultiUser.nsh (its command-line parsing).
${UnStrRep}

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\giliran-app.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Buka Giliran sekarang"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "Giliran akan dihapus dari komputer ini. Data kantor (basis data, cadangan, kunci tanda tangan laporan) di folder data setiap pengguna (%APPDATA%\giliran) TIDAK dihapus; hapus sendiri bila memang tidak diperlukan lagi."

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Indonesian"

Var WebView2
Var PathKeyRoot

Function .onInit
  SetRegView 64
  !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

; The WebView2 runtime draws Giliran's window. Windows 11 and updated Windows 10 have it; when
; it is missing the clerk is told what to install (nothing is downloaded here, the office may
; be offline). The command line `giliran` works without it.
Function CheckWebView2
  ReadRegStr $WebView2 HKLM "SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_GUID}" "pv"
  ${If} $WebView2 == ""
  ${OrIf} $WebView2 == "0.0.0.0"
    ReadRegStr $WebView2 HKCU "Software\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_GUID}" "pv"
  ${EndIf}
  ${If} $WebView2 == ""
  ${OrIf} $WebView2 == "0.0.0.0"
    StrCpy $WebView2 ""
    DetailPrint "WebView2 Runtime belum terpasang."
    MessageBox MB_OK|MB_ICONEXCLAMATION "Jendela Giliran memerlukan Microsoft Edge WebView2 Runtime, yang belum ada di komputer ini.$\r$\n$\r$\nMinta petugas TI memasang $\"Microsoft Edge WebView2 Runtime$\" (pemasang Evergreen dari Microsoft, dapat dibawa dengan flashdisk), lalu buka Giliran lagi.$\r$\n$\r$\nPemasangan Giliran tetap dilanjutkan; perintah giliran (baris perintah) sudah dapat dipakai." /SD IDOK
  ${Else}
    DetailPrint "WebView2 Runtime terpasang: versi $WebView2."
  ${EndIf}
FunctionEnd

Section "Giliran" Main
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "/oname=giliran-app.exe" "${APP_EXE}"
  File "/oname=giliran.exe" "${CLI_EXE}"
  ; The window's loader of the WebView2 runtime, linked dynamically by the GNU build.
  File "/oname=WebView2Loader.dll" "${LOADER_DLL}"
  File "/oname=giliran.ico" "${ICON}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\Giliran.lnk" "$INSTDIR\giliran-app.exe" "" "$INSTDIR\giliran.ico" 0 SW_SHOWNORMAL "" "Jadwal WFO/WFH, presensi, dan laporan OPD"
  CreateShortCut "$SMPROGRAMS\Giliran (baris perintah).lnk" "$SYSDIR\cmd.exe" '/k cd /d "$INSTDIR" && giliran.exe --help' "$INSTDIR\giliran.ico" 0 SW_SHOWNORMAL "" "Perintah giliran untuk skrip dan petugas TI"
  CreateShortCut "$DESKTOP\Giliran.lnk" "$INSTDIR\giliran-app.exe" "" "$INSTDIR\giliran.ico" 0

  ; Where the install is, for an update and for Programs and Features.
  ${If} $MultiUser.InstallMode == "AllUsers"
    StrCpy $PathKeyRoot "HKLM"
    WriteRegStr HKLM "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
    WriteRegStr HKLM "${SETTINGS_KEY}" "InstallMode" "AllUsers"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\giliran.ico"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /AllUsers'
    WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /AllUsers /S'
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${Else}
    StrCpy $PathKeyRoot "HKCU"
    WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
    WriteRegStr HKCU "${SETTINGS_KEY}" "InstallMode" "CurrentUser"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\giliran.ico"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /CurrentUser'
    WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /CurrentUser /S'
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${EndIf}

  Call AddToPath
  Call CheckWebView2

  ; What was done, for the IT staff: in the install folder, removed with it.
  FileOpen $0 "$INSTDIR\catatan-pemasangan.txt" w
  FileWrite $0 "Giliran ${VERSION}$\r$\n"
  FileWrite $0 "Dipasang untuk: $MultiUser.InstallMode$\r$\n"
  FileWrite $0 "Folder program: $INSTDIR$\r$\n"
  FileWrite $0 "Data kantor: %APPDATA%\giliran (tidak dihapus saat Giliran dihapus)$\r$\n"
  ${If} $WebView2 == ""
    FileWrite $0 "WebView2 Runtime: belum terpasang; pasang $\"Microsoft Edge WebView2 Runtime$\" agar jendela Giliran dapat dibuka$\r$\n"
  ${Else}
    FileWrite $0 "WebView2 Runtime: $WebView2$\r$\n"
  ${EndIf}
  FileClose $0
SectionEnd

; The install folder on the PATH, so `giliran` works in any command prompt. NSIS reads at most
; 1024 characters of a registry value: a longer PATH would be cut short if written back, so
; it is left alone (giliran.exe is beside the app either way).
Function AddToPath
  ${If} $PathKeyRoot == "HKLM"
    ReadRegStr $1 HKLM "SYSTEM\CurrentControlSet\Control\Session Manager\Environment" "Path"
  ${Else}
    ReadRegStr $1 HKCU "Environment" "Path"
  ${EndIf}
  StrLen $2 $1
  ${If} $2 > 900
    DetailPrint "PATH terlalu panjang untuk diubah dengan aman; giliran.exe ada di $INSTDIR."
    Return
  ${EndIf}
  ${StrStr} $3 "$1;" "$INSTDIR;"
  ${If} $3 != ""
    Return
  ${EndIf}
  ${If} $1 == ""
    StrCpy $1 "$INSTDIR"
  ${Else}
    StrCpy $1 "$1;$INSTDIR"
  ${EndIf}
  ${If} $PathKeyRoot == "HKLM"
    WriteRegExpandStr HKLM "SYSTEM\CurrentControlSet\Control\Session Manager\Environment" "Path" "$1"
  ${Else}
    WriteRegExpandStr HKCU "Environment" "Path" "$1"
  ${EndIf}
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=3000
FunctionEnd

Section "Uninstall"
  Delete "$INSTDIR\giliran-app.exe"
  Delete "$INSTDIR\giliran.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\giliran.ico"
  Delete "$INSTDIR\catatan-pemasangan.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\Giliran.lnk"
  Delete "$SMPROGRAMS\Giliran (baris perintah).lnk"
  Delete "$DESKTOP\Giliran.lnk"

  ${If} $MultiUser.InstallMode == "AllUsers"
    ReadRegStr $1 HKLM "SYSTEM\CurrentControlSet\Control\Session Manager\Environment" "Path"
  ${Else}
    ReadRegStr $1 HKCU "Environment" "Path"
  ${EndIf}
  StrLen $2 $1
  ${If} $2 <= 900
    ${UnStrRep} $3 $1 ";$INSTDIR" ""
    ${UnStrRep} $3 $3 "$INSTDIR" ""
    ${If} $3 != $1
      ${If} $MultiUser.InstallMode == "AllUsers"
        WriteRegExpandStr HKLM "SYSTEM\CurrentControlSet\Control\Session Manager\Environment" "Path" "$3"
      ${Else}
        WriteRegExpandStr HKCU "Environment" "Path" "$3"
      ${EndIf}
      SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=3000
    ${EndIf}
  ${EndIf}

  ${If} $MultiUser.InstallMode == "AllUsers"
    DeleteRegKey HKLM "${UNINSTALL_KEY}"
    DeleteRegKey HKLM "${SETTINGS_KEY}"
  ${Else}
    DeleteRegKey HKCU "${UNINSTALL_KEY}"
    DeleteRegKey HKCU "${SETTINGS_KEY}"
  ${EndIf}
  DetailPrint "Data kantor di %APPDATA%\giliran tidak dihapus."
SectionEnd
