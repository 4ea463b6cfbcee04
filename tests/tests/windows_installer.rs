//! The Windows installer (src-tauri/windows/installer.nsi), installed and removed under Wine by
//! the Windows pass of `cargo xtask test`, which builds it and names it in
//! GILIRAN_TEST_INSTALLER with a fresh prefix in WINEPREFIX. Outside that pass there is no
//! installer to try and the test says so. The window itself needs WebView2, which Wine lacks:
//! what is checked is every file, shortcut and registry entry, and the installed command line.

use std::path::{Path, PathBuf};
use std::process::Command;

struct Wine {
    prefix: PathBuf,
    program: String,
}

impl Wine {
    fn run(&self, exe: &Path, args: &[&str]) -> std::process::Output {
        let out = Command::new(&self.program)
            .arg(exe)
            .args(args)
            .env("WINEPREFIX", &self.prefix)
            .env("WINEDEBUG", "-all")
            .env_remove("GILIRAN_DB")
            .output()
            .expect("wine");
        // Wine keeps the registry in its server until it ends: wait, so user.reg is written.
        let _ = Command::new("wineserver").arg("-w").env("WINEPREFIX", &self.prefix).status();
        out
    }

    /// `C:\users\<name>` of the prefix, as a Unix path.
    fn home(&self) -> PathBuf {
        let users = self.prefix.join("drive_c/users");
        std::fs::read_dir(&users)
            .expect("folder users di prefix Wine")
            .map(|e| e.unwrap().path())
            .find(|p| p.file_name().is_some_and(|n| n != "Public"))
            .expect("pengguna Wine")
    }

    fn user_registry(&self) -> String {
        std::fs::read_to_string(self.prefix.join("user.reg")).expect("user.reg")
    }
}

#[test]
fn the_installer_puts_app_cli_and_shortcuts_in_place_and_the_uninstaller_keeps_the_offices_data() {
    let Some(setup) = std::env::var_os("GILIRAN_TEST_INSTALLER").map(PathBuf::from) else {
        eprintln!("Pemasang Windows hanya diuji dalam `cargo xtask test` (tahap Windows).");
        return;
    };
    let wine = Wine {
        prefix: std::env::var_os("WINEPREFIX").map(PathBuf::from).expect("WINEPREFIX"),
        program: std::env::var("GILIRAN_TEST_WINE").unwrap_or_else(|_| "wine".into()),
    };
    let out = wine.run(&setup, &["/S", "/CurrentUser"]);
    assert!(out.status.success(), "{out:?}");

    // Per user: the program under %LOCALAPPDATA%\Programs, the shortcuts, the notes.
    let home = wine.home();
    let dir = home.join("AppData/Local/Programs/Giliran");
    for f in ["giliran-app.exe", "giliran.exe", "WebView2Loader.dll", "giliran.ico", "uninstall.exe", "catatan-pemasangan.txt"] {
        assert!(dir.join(f).is_file(), "{f} in {}", dir.display());
    }
    let menu = home.join("AppData/Roaming/Microsoft/Windows/Start Menu/Programs");
    for lnk in [menu.join("Giliran.lnk"), menu.join("Giliran (baris perintah).lnk"), home.join("Desktop/Giliran.lnk")] {
        assert!(lnk.is_file(), "{}", lnk.display());
    }
    let notes = std::fs::read_to_string(dir.join("catatan-pemasangan.txt")).unwrap();
    assert!(notes.contains("Dipasang untuk: CurrentUser"), "{notes}");
    // Wine has no WebView2: the installer says what to install instead of downloading it.
    assert!(notes.contains("WebView2 Runtime: belum terpasang; pasang \"Microsoft Edge WebView2 Runtime\""), "{notes}");
    assert!(notes.contains("Data kantor: %APPDATA%\\giliran (tidak dihapus saat Giliran dihapus)"), "{notes}");

    // Programs and Features, and the folder on the user's PATH.
    let reg = wine.user_registry();
    assert!(reg.contains("[Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Uninstall\\\\Giliran]"), "uninstall entry");
    assert!(reg.contains(&format!("\"DisplayVersion\"=\"{}\"", env!("CARGO_PKG_VERSION"))), "version");
    let path_line = reg.lines().find(|l| l.starts_with("\"Path\"=") && l.contains("Programs\\\\Giliran")).map(str::to_string);
    assert!(path_line.is_some(), "the install folder on PATH");

    // The installed command line works, on the default database in the user's data folder.
    let cli = dir.join("giliran.exe");
    let demo = wine.run(&cli, &["demo"]);
    assert!(demo.status.success(), "{}", String::from_utf8_lossy(&demo.stderr));
    let listed = String::from_utf8(wine.run(&cli, &["staff", "list", "--format", "csv"]).stdout).unwrap();
    assert_eq!(listed.lines().count(), 58, "57 demo staff and the header");
    let data = home.join("AppData/Roaming/giliran/giliran.db");
    assert!(data.is_file(), "{}", data.display());

    // Uninstalled: the program, the shortcuts, the entries gone; the office's data kept.
    let out = wine.run(&dir.join("uninstall.exe"), &["/S", "/CurrentUser"]);
    assert!(out.status.success(), "{out:?}");
    // The uninstaller copies itself to %TEMP% and runs from there: give it its moment.
    for _ in 0..50 {
        if !dir.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    assert!(!dir.exists(), "program folder removed");
    assert!(!menu.join("Giliran.lnk").exists() && !home.join("Desktop/Giliran.lnk").exists(), "shortcuts removed");
    let _ = Command::new("wineserver").arg("-w").env("WINEPREFIX", &wine.prefix).status();
    let reg = wine.user_registry();
    assert!(!reg.contains("Uninstall\\\\Giliran]"), "uninstall entry removed");
    assert!(!reg.lines().any(|l| l.starts_with("\"Path\"=") && l.contains("Programs\\\\Giliran")), "PATH restored");
    assert!(data.is_file(), "the office's database stays after uninstalling");

    // For everyone on the PC: Program Files, the common Start menu, the machine's registry.
    let out = wine.run(&setup, &["/S", "/AllUsers"]);
    assert!(out.status.success(), "{out:?}");
    let dir = wine.prefix.join("drive_c/Program Files/Giliran");
    assert!(dir.join("giliran-app.exe").is_file() && dir.join("giliran.exe").is_file(), "{}", dir.display());
    let notes = std::fs::read_to_string(dir.join("catatan-pemasangan.txt")).unwrap();
    assert!(notes.contains("Dipasang untuk: AllUsers"), "{notes}");
    let common_menu = wine.prefix.join("drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Giliran.lnk");
    assert!(common_menu.is_file(), "{}", common_menu.display());
    let machine = || std::fs::read_to_string(wine.prefix.join("system.reg")).expect("system.reg");
    assert!(machine().contains("Uninstall\\\\Giliran]"), "machine-wide uninstall entry");
    let out = wine.run(&dir.join("uninstall.exe"), &["/S", "/AllUsers"]);
    assert!(out.status.success(), "{out:?}");
    assert!(!dir.exists() && !common_menu.exists(), "removed for everyone");
    assert!(!machine().contains("Uninstall\\\\Giliran]"), "machine-wide entry removed");
    assert!(data.is_file(), "the clerk's data still there");
}
