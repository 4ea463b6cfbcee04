//! `cargo xtask run | test | bundle`: the commands README.md gives, doing all the set-up a
//! fresh Debian/Ubuntu machine needs (system packages, tauri-driver, an X display for tests).

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};

/// Debian/Ubuntu packages the window needs to build and run.
const BUILD_PACKAGES: &[&str] =
    &["libwebkit2gtk-4.1-dev", "build-essential", "pkg-config", "libssl-dev", "libayatana-appindicator3-dev", "librsvg2-dev"];
/// Extra packages for the tests: the WebDriver ones (Xvfb, the driver), PDFs read back
/// (poppler-utils), and office files made by a real client (LibreOffice Calc, headless).
const TEST_PACKAGES: &[&str] =
    &["xvfb", "webkit2gtk-driver", "python3", "poppler-utils", "libreoffice-calc-nogui", "python3-openpyxl", "faketime"];

/// The clock pass: the computer's clock set (by libfaketime, as cargo's runner) to days a test
/// that leaned on the real date would fail on. Each runs core's and the CLI's tests; the
/// `window` ones also run the WebDriver stories. The tests must not notice: they take "today"
/// from their own arguments or `GILIRAN_TODAY`, never from the machine.
const CLOCK_DAYS: &[(&str, &str, bool)] = &[
    ("2027-01-03 10:00:00", "hari Minggu", true),
    ("2026-12-25 10:00:00", "libur nasional (Natal)", true),
    ("2026-12-24 08:00:00", "cuti bersama", false),
    ("2028-02-29 09:00:00", "29 Februari tahun kabisat", false),
    ("2026-12-31 23:59:00", "31 Desember pukul 23.59", false),
];
/// The CLI's black-box tests (the same as the Windows pass runs).
const CLI_TESTS: &[&str] = &["cli"];

/// The Windows build, cross-compiled here: the office PC runs Windows 10/11.
const WINDOWS_TARGET: &str = "x86_64-pc-windows-gnu";
/// For the Windows pass: the mingw cross compiler (SQLite's C, the test shim), Wine to run the
/// build, NSIS for the installer.
const WINDOWS_PACKAGES: &[&str] = &["gcc-mingw-w64-x86-64", "wine", "wine64", "nsis"];
/// The black-box CLI tests run a second time against `giliran.exe` under Wine: staff,
/// circulars, plan, presence import, report and verify, backup and restore, audit, and the
/// files LibreOffice made.
const WINDOWS_TESTS: &[&str] = CLI_TESTS;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("test") => test(&args[1..]),
        Some("bundle") if args.get(1).is_some_and(|a| a == "--windows") => bundle_windows(),
        Some("bundle") => bundle(),
        _ => {
            eprintln!(
                "Pemakaian: cargo xtask run [--release] [-- ARGUMEN APLIKASI] | test [--windows | --clock] [ARGUMEN cargo test] | bundle [--windows]"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

type Result<T = ()> = std::result::Result<T, String>;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace").to_path_buf()
}

fn cargo() -> Command {
    let mut c = Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(root());
    c
}

fn status(mut cmd: Command) -> Result {
    println!("+ {cmd:?}");
    let st = cmd.status().map_err(|e| format!("tidak dapat menjalankan {cmd:?}: {e}"))?;
    if st.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} gagal ({st})"))
    }
}

fn have(program: &str) -> bool {
    Command::new("sh").args(["-c", &format!("command -v {program}")]).stdout(Stdio::null()).status().map(|s| s.success()).unwrap_or(false)
}

/// On Debian/Ubuntu: installs whichever of `packages` are missing, as root or through sudo.
fn ensure_packages(packages: &[&str]) -> Result {
    if !cfg!(target_os = "linux") || !have("apt-get") || !have("dpkg-query") {
        return Ok(());
    }
    let missing: Vec<&str> = packages
        .iter()
        .copied()
        .filter(|p| {
            !Command::new("dpkg-query")
                .args(["-W", "-f=${Status}", p])
                .output()
                .map(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
                .unwrap_or(false)
        })
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    println!("Paket sistem yang belum terpasang: {}", missing.join(" "));
    let is_root = Command::new("id").arg("-u").output().map(|o| o.stdout.starts_with(b"0")).unwrap_or(false);
    let apt = |args: &[&str]| {
        let mut c = if is_root { Command::new("apt-get") } else { Command::new("sudo") };
        if !is_root {
            c.arg("apt-get");
        }
        c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        c
    };
    if !is_root && !have("sudo") {
        return Err(format!("pasang dulu sebagai root: apt-get install {}", missing.join(" ")));
    }
    status(apt(&["update", "-q"]))?;
    let mut install = vec!["install", "-y", "-q", "--no-install-recommends"];
    install.extend(&missing);
    status(apt(&install))
}

fn build_app(release: bool) -> Result {
    let mut c = cargo();
    c.args(["build", "-p", "giliran-app", "--features", "tauri/custom-protocol"]);
    if release {
        c.arg("--release");
    }
    status(c)
}

fn run(args: &[String]) -> Result {
    let release = args.iter().any(|a| a == "--release");
    let app_args: Vec<&String> = args.iter().skip_while(|a| *a != "--").skip(1).collect();
    ensure_packages(BUILD_PACKAGES)?;
    build_app(release)?;
    let exe = root().join("target").join(if release { "release" } else { "debug" }).join("giliran-app");
    let mut c = Command::new(exe);
    c.args(app_args);
    status(c)
}

fn cargo_bin(name: &str) -> PathBuf {
    let home = env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_default();
    home.join("bin").join(name)
}

fn ensure_tauri_driver() -> Result<PathBuf> {
    let local = cargo_bin("tauri-driver");
    if local.exists() {
        return Ok(local);
    }
    if have("tauri-driver") {
        return Ok(PathBuf::from("tauri-driver"));
    }
    let mut c = cargo();
    c.args(["install", "--locked", "tauri-driver", "--version", "^2"]);
    status(c)?;
    Ok(local)
}

/// An Xvfb display for the window tests, stopped when dropped.
struct Xvfb(Child);

impl Drop for Xvfb {
    /// SIGTERM first, so that Xvfb removes its lock file and socket (a SIGKILLed server leaves
    /// them behind, and after a few runs every display number looked taken).
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", &self.0.id().to_string()]).status();
        for _ in 0..30 {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Whether display `n` belongs to a running X server: its lock file names a live process.
/// A lock left by a server that died is not a reason to skip the number (Xvfb replaces it).
fn display_in_use(n: u32) -> bool {
    let Ok(text) = std::fs::read_to_string(format!("/tmp/.X{n}-lock")) else {
        return Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() && !Path::new("/proc").exists();
    };
    match text.trim().parse::<u32>() {
        Ok(pid) if Path::new("/proc").exists() => Path::new(&format!("/proc/{pid}")).exists(),
        _ => true,
    }
}

fn start_xvfb() -> Result<(Xvfb, String)> {
    for n in 90..110 {
        if display_in_use(n) {
            continue;
        }
        let display = format!(":{n}");
        let child = Command::new("Xvfb")
            .args([display.as_str(), "-screen", "0", "1366x768x24", "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("Xvfb tidak dapat dijalankan: {e}"))?;
        let mut x = Xvfb(child);
        for _ in 0..50 {
            if Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() {
                return Ok((x, display));
            }
            if let Ok(Some(_)) = x.0.try_wait() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        drop(x);
    }
    Err("tidak ada layar Xvfb yang dapat dipakai".into())
}

fn test(extra: &[String]) -> Result {
    if extra.first().is_some_and(|a| a == "--windows") {
        return windows_tests(&extra[1..]);
    }
    let clock_only = extra.first().is_some_and(|a| a == "--clock");
    let mut packages = BUILD_PACKAGES.to_vec();
    packages.extend(TEST_PACKAGES);
    ensure_packages(&packages)?;
    let driver = ensure_tauri_driver()?;
    // The habits CI holds: formatted code and no clippy warning (rustup's default profile has
    // both tools; a minimal one gets them added).
    let has_tool =
        |tool: &str| cargo().args([tool, "--version"]).stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success());
    if !(has_tool("fmt") && has_tool("clippy")) && have("rustup") {
        let mut c = Command::new("rustup");
        c.args(["component", "add", "rustfmt", "clippy"]);
        status(c)?;
    }
    if !clock_only {
        let mut fmt = cargo();
        fmt.args(["fmt", "--all", "--", "--check"]);
        status(fmt)?;
        let mut clippy = cargo();
        clippy.args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]);
        status(clippy)?;
    }
    // Binaries first: the black-box tests run `giliran` and `giliran-app` from target/.
    let mut build = cargo();
    build.args(["build", "--workspace", "--exclude", "giliran-bench", "--bins", "--features", "tauri/custom-protocol"]);
    status(build)?;

    let display = env::var("DISPLAY").ok();
    let _xvfb = if cfg!(target_os = "linux") && display.is_none() {
        let (x, display) = start_xvfb()?;
        println!("Xvfb di layar {display}");
        Some((x, display))
    } else {
        None
    };
    let display = _xvfb.as_ref().map(|(_, d)| d.clone()).or(display);
    let with_display = |c: &mut Command| {
        c.env("TAURI_DRIVER", &driver);
        if let Some(d) = &display {
            c.env("DISPLAY", d);
        }
    };
    if !clock_only {
        let mut t = cargo();
        // The criterion benches are measured with `cargo bench -p giliran-bench`, not in tests.
        t.args(["test", "--workspace", "--exclude", "giliran-bench"]).args(extra);
        with_display(&mut t);
        // The whole run already happens on the first day of the clock pass (a Sunday).
        if extra.is_empty() && cfg!(target_os = "linux") && have("faketime") {
            let (at, what, _) = CLOCK_DAYS[0];
            println!("Jam komputer diset ke {at} ({what}) untuk seluruh uji");
            t.env(runner_var(), runner(at));
        }
        status(t)?;
    }
    if extra.is_empty() || clock_only {
        clock_pass(&with_display, if clock_only { 0 } else { 1 })?;
    }
    if clock_only {
        return Ok(());
    }
    // The whole run proves the Windows build too; a run narrowed by arguments does not.
    if extra.is_empty() {
        windows_tests(&[])?;
    }
    Ok(())
}

/// Cargo's runner variable for this machine's target, and the runner that fakes the clock.
fn runner_var() -> String {
    format!("CARGO_TARGET_{}_UNKNOWN_LINUX_GNU_RUNNER", env::consts::ARCH.to_uppercase())
}

fn runner(at: &str) -> String {
    format!("faketime {}", at.replace(' ', "T"))
}

/// The tests again with the machine's clock on each of [`CLOCK_DAYS`] from `first` (Linux,
/// libfaketime).
fn clock_pass(with_display: &dyn Fn(&mut Command), first: usize) -> Result {
    if !cfg!(target_os = "linux") {
        return Ok(());
    }
    if !have("faketime") {
        return Err("faketime tidak ada: pasang paket Debian `faketime` (cargo xtask test memasangnya)".into());
    }
    for (at, what, window) in &CLOCK_DAYS[first..] {
        println!("Jam komputer diset ke {at} ({what}): uji core dan CLI{}", if *window { " dan jendela" } else { "" });
        // One command over the whole workspace, the targets chosen by name: `-p` would resolve
        // the dependencies' features for that package alone and compile some hundred crates
        // again (minutes of CI) for binaries the first pass already built.
        let mut t = cargo();
        t.args(["test", "--workspace", "--exclude", "giliran-bench", "--lib", "--test", "spec"]).env(runner_var(), runner(at));
        for name in CLI_TESTS.iter().chain(window.then_some(&"window")) {
            t.args(["--test", name]);
        }
        with_display(&mut t);
        status(t)?;
    }
    Ok(())
}

/// Rust's target for Windows, added through rustup when missing.
fn ensure_windows_target() -> Result {
    let installed = Command::new("rustup").args(["target", "list", "--installed"]).output();
    match installed {
        Ok(o) if String::from_utf8_lossy(&o.stdout).lines().any(|l| l.trim() == WINDOWS_TARGET) => Ok(()),
        Ok(_) => {
            let mut c = Command::new("rustup");
            c.args(["target", "add", WINDOWS_TARGET]);
            status(c)
        }
        Err(_) => Err(format!("rustup tidak ada: pasang target {WINDOWS_TARGET} untuk membangun versi Windows")),
    }
}

fn wine() -> &'static str {
    if have("wine") {
        "wine"
    } else {
        "/usr/lib/wine/wine64"
    }
}

/// No Mono or Gecko prompts, and no menu entries written into the host's desktop.
const WINE_OVERRIDES: &str = "mscoree,mshtml=;winemenubuilder.exe=d";

/// `c` run in the Wine prefix `prefix`, quietly and with [`WINE_OVERRIDES`].
fn in_wine<'a>(c: &'a mut Command, prefix: &Path) -> &'a mut Command {
    c.env("GILIRAN_TEST_WINE", wine()).env("WINEPREFIX", prefix).env("WINEDEBUG", "-all").env("WINEDLLOVERRIDES", WINE_OVERRIDES)
}

/// A test Wine prefix at `prefix` (made new when `fresh`, else once), with the ProcessPrng shim
/// that Debian 12's Wine 8.0 lacks (tests/wine/bcryptprimitives.c says why) in its system32.
fn wine_prefix(prefix: &Path, fresh: bool) -> Result<PathBuf> {
    if fresh && prefix.exists() {
        std::fs::remove_dir_all(prefix).map_err(|e| format!("tidak dapat menghapus {}: {e}", prefix.display()))?;
    }
    let mut boot = Command::new(wine());
    in_wine(boot.arg("wineboot").arg("--init"), prefix);
    if !prefix.join("system.reg").exists() {
        status(boot)?;
        let mut wait = Command::new("wineserver");
        wait.arg("-w").env("WINEPREFIX", prefix);
        status(wait)?;
    }
    let dll = prefix.join("drive_c/windows/system32/bcryptprimitives.dll");
    if !dll.exists() {
        let src = root().join("tests/wine");
        let mut cc = Command::new("x86_64-w64-mingw32-gcc");
        cc.args(["-O2", "-shared", "-o"])
            .arg(&dll)
            .arg(src.join("bcryptprimitives.c"))
            .arg(src.join("bcryptprimitives.def"))
            .arg("-ladvapi32");
        status(cc)?;
    }
    Ok(prefix.to_path_buf())
}

/// `giliran-app.exe` and `giliran.exe` for Windows, in `target/x86_64-pc-windows-gnu/<profile>/`.
fn build_windows(release: bool) -> Result<PathBuf> {
    ensure_packages(WINDOWS_PACKAGES)?;
    ensure_windows_target()?;
    let mut build = cargo();
    build.args([
        "build",
        "-p",
        "giliran-app",
        "-p",
        "giliran-cli",
        "--bins",
        "--features",
        "tauri/custom-protocol",
        "--target",
        WINDOWS_TARGET,
    ]);
    if release {
        build.arg("--release");
    }
    status(build)?;
    Ok(root().join("target").join(WINDOWS_TARGET).join(if release { "release" } else { "debug" }))
}

/// The installer `Giliran-<versi>-pasang.exe` in `<dir>/bundle/`, by Debian's makensis from
/// src-tauri/windows/installer.nsi (Tauri's NSIS bundler downloads its plugins at bundle time).
fn windows_installer(dir: &Path) -> Result<PathBuf> {
    let version = env!("CARGO_PKG_VERSION");
    let out = dir.join("bundle");
    std::fs::create_dir_all(&out).map_err(|e| format!("tidak dapat membuat {}: {e}", out.display()))?;
    let setup = out.join(format!("Giliran-{version}-pasang.exe"));
    let mut c = Command::new("makensis");
    c.arg("-V2")
        .arg(format!("-DVERSION={version}"))
        .arg(format!("-DAPP_EXE={}", dir.join("giliran-app.exe").display()))
        .arg(format!("-DCLI_EXE={}", dir.join("giliran.exe").display()))
        .arg(format!("-DLOADER_DLL={}", dir.join("WebView2Loader.dll").display()))
        .arg(format!("-DICON={}", root().join("icons/icon.ico").display()))
        .arg(format!("-DOUTFILE={}", setup.display()))
        .arg(root().join("src-tauri/windows/installer.nsi"));
    status(c)?;
    Ok(setup)
}

/// `cargo xtask bundle --windows`: the optimised Windows build and its installer.
fn bundle_windows() -> Result {
    let dir = build_windows(true)?;
    let setup = windows_installer(&dir)?;
    let size = setup.metadata().map(|m| m.len()).unwrap_or(0);
    println!("Pemasang Windows: {} ({:.1} MB)", setup.display(), size as f64 / 1e6);
    Ok(())
}

/// The Windows pass: the Windows build, the CLI tests run against `giliran.exe` under Wine, and
/// the installer installed and removed in a fresh prefix.
fn windows_tests(extra: &[String]) -> Result {
    let dir = build_windows(false)?;
    // The code only Windows compiles (cfg(windows)) held to the same lints.
    let mut clippy = cargo();
    clippy.args(["clippy", "-p", "giliran-core", "-p", "giliran-cli", "--target", WINDOWS_TARGET, "--", "-D", "warnings"]);
    status(clippy)?;
    let exe = dir.join("giliran.exe");
    let prefix = wine_prefix(&root().join("target").join("wine"), false)?;
    let mut t = cargo();
    t.args(["test", "-p", "giliran-tests"]);
    for name in WINDOWS_TESTS {
        t.args(["--test", name]);
    }
    in_wine(t.args(extra).env("GILIRAN_TEST_WINE_EXE", &exe), &prefix);
    println!("Uji CLI versi Windows ({}) di Wine", exe.display());
    status(t)?;
    if !extra.is_empty() {
        return Ok(());
    }
    let setup = windows_installer(&dir)?;
    let fresh = wine_prefix(&root().join("target").join("wine-pasang"), true)?;
    let mut t = cargo();
    in_wine(t.args(["test", "-p", "giliran-tests", "--test", "windows_installer"]).env("GILIRAN_TEST_INSTALLER", &setup), &fresh);
    println!("Uji pemasang Windows ({}) di Wine", setup.display());
    status(t)
}

fn bundle() -> Result {
    ensure_packages(BUILD_PACKAGES)?;
    if !cargo_bin("cargo-tauri").exists() && !have("cargo-tauri") {
        let mut c = cargo();
        c.args(["install", "--locked", "tauri-cli", "--version", "^2"]);
        status(c)?;
    }
    // The command line goes into the package too (/usr/bin/giliran, see tauri.conf.json).
    let mut c = cargo();
    c.args(["build", "--release", "-p", "giliran-cli", "--bin", "giliran"]);
    status(c)?;
    // Windows: the .msi (WiX) and the .exe installer (NSIS); elsewhere the Debian package.
    let bundles = if cfg!(windows) { "msi,nsis" } else { "deb" };
    let mut c = cargo();
    c.args(["tauri", "build", "--bundles", bundles]).current_dir(root().join("src-tauri"));
    status(c)?;
    println!("Paket: {}", root().join("target/release/bundle").display());
    Ok(())
}
