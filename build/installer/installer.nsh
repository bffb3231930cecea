; Homeline NSIS include (electron-builder `nsis.include`).
;
; Installing over, and uninstalling, a per-machine Homeline must leave no Homeline process behind:
; the tray app runs in every signed-in user's session, not only the installing admin's. The default
; check asks the user and, silently (/S), gives up when a process survives. This one ends every
; Homeline process in every session (the installer runs elevated), twice with a pause, because
; the tray app may restart its background check while it shuts down.
!macro customCheckAppRunning
  DetailPrint "Closing ${PRODUCT_NAME} in every session"
  nsExec::Exec `"$SYSDIR\taskkill.exe" /F /T /IM "${APP_EXECUTABLE_FILENAME}"`
  Pop $0
  Sleep 800
  nsExec::Exec `"$SYSDIR\taskkill.exe" /F /T /IM "${APP_EXECUTABLE_FILENAME}"`
  Pop $0
  Sleep 300
!macroend

; Start-at-login entries written for all users would start a program that no longer exists.
!macro customUnInstall
  DeleteRegValue HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "${PRODUCT_NAME}"
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "${PRODUCT_NAME}"
!macroend
