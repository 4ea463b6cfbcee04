//! Helpers shared by the black-box tests: finding the built binaries, running the CLI on a
//! temporary database, and driving the real window through tauri-driver + WebKitWebDriver.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// `target/<profile>/`, where cargo put the binaries of this build.
pub fn target_profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("lokasi berkas uji");
    // target/<profile>/deps/<test-binary>
    exe.parent().and_then(Path::parent).expect("folder target").to_path_buf()
}

/// A binary of the workspace, built by `cargo xtask test` (or `cargo build --workspace`).
pub fn bin(name: &str) -> PathBuf {
    let path = target_profile_dir().join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(path.exists(), "{} belum dibangun: jalankan `cargo xtask test` (atau `cargo build --workspace`) dulu", path.display());
    path
}

/// The day the stories happen on unless one says otherwise: Monday 7 December 2026, an
/// ordinary working day. The CLI and the app under test read it from `GILIRAN_TODAY`, never
/// from the computer's clock, so the tests pass on a Sunday or a holiday too.
pub const STORY_DAY: &str = "2026-12-07T08:00";

/// The periods of [`Cli::two_weeks_to_evaluate`]: the week with flexible work against the
/// week before, as `giliran evaluate` takes them.
pub const EVALUATED_WEEKS: [&str; 8] =
    ["--from", "16-11-2026", "--to", "20-11-2026", "--baseline-from", "02-11-2026", "--baseline-to", "06-11-2026"];

/// The `giliran` command under test, on [`STORY_DAY`] (a test may set `GILIRAN_TODAY` to
/// another day, or remove it): the native build, or in the Windows pass of `cargo xtask test`
/// the Windows build (`GILIRAN_TEST_WINE_EXE`) run by Wine (`GILIRAN_TEST_WINE`, `wine` when
/// unset), in the test prefix xtask prepared.
pub fn giliran() -> Command {
    let mut c = match std::env::var_os("GILIRAN_TEST_WINE_EXE") {
        Some(exe) => {
            let mut c = Command::new(std::env::var_os("GILIRAN_TEST_WINE").unwrap_or_else(|| "wine".into()));
            c.arg(exe).env("WINEDEBUG", "-all");
            c
        }
        None => Command::new(bin("giliran")),
    };
    c.env("GILIRAN_TODAY", STORY_DAY);
    c
}

/// Whether the CLI under test is the Windows build.
pub fn on_windows() -> bool {
    std::env::var_os("GILIRAN_TEST_WINE_EXE").is_some()
}

/// `p` as the CLI under test takes and prints it: under Wine, with the drive letter Wine maps
/// the Unix root to and backslashes (`Z:\tmp\…\giliran.db`), as a clerk's paths are.
pub fn host_path(p: &Path) -> String {
    let text = p.to_string_lossy();
    if on_windows() && text.starts_with('/') {
        format!("Z:{}", text.replace('/', "\\"))
    } else {
        text.into_owned()
    }
}

/// An argument for the CLI under test: absolute paths in the host's form (see [`host_path`]).
pub fn host_arg(a: &str) -> String {
    if a.starts_with('/') {
        host_path(Path::new(a))
    } else {
        a.to_string()
    }
}

/// Where the tests save screenshots of the real window: `target/screenshots/`.
pub fn screenshot_dir() -> PathBuf {
    let dir = target_profile_dir().parent().expect("folder target").join("screenshots");
    std::fs::create_dir_all(&dir).expect("membuat folder screenshots");
    dir
}

/// The `giliran` CLI on a database of its own in a temporary folder.
pub struct Cli {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
}

impl Default for Cli {
    fn default() -> Self {
        Self::new()
    }
}

impl Cli {
    pub fn new() -> Cli {
        let dir = tempfile::tempdir().expect("folder sementara");
        let db = dir.path().join("giliran.db");
        Cli { dir, db }
    }

    /// Runs `giliran --db <db> args...`.
    ///
    /// Under Wine a run now and then ends in failure having written nothing at all, not even
    /// the error every refusal prints (seen once in many CI runs, never natively): such a run
    /// is tried again, up to twice; so is a run Wine itself refused to start ("a wine server
    /// seems to be running, but I cannot connect to it", when many start at once). The native
    /// pass never retries, so a refusal that really printed nothing still fails there.
    pub fn run(&self, args: &[&str]) -> Output {
        let once = || {
            giliran()
                .arg("--db")
                .arg(host_path(&self.db))
                .args(args.iter().map(|a| host_arg(a)))
                .env_remove("GILIRAN_DB")
                .output()
                .expect("menjalankan giliran")
        };
        let mut out = once();
        for _ in 0..2 {
            let wine_refused = String::from_utf8_lossy(&out.stderr).contains("wine server seems to be running");
            if !on_windows() || out.status.success() || !out.stdout.is_empty() || (!out.stderr.is_empty() && !wine_refused) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(500));
            out = once();
        }
        out
    }

    /// Runs and insists on success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "giliran {args:?} gagal ({}):\n{}", out.status, String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).expect("keluaran UTF-8")
    }

    /// Runs and insists on refusal with exit status 1; returns stderr.
    pub fn refused(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(1),
            "giliran {args:?} seharusnya ditolak; stdout:\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).expect("keluaran UTF-8")
    }

    /// Writes a circular from `giliran circular blank` with these rules and imports it: the
    /// letter's details filled in as a clerk would, in force from `from` (ISO date).
    pub fn import_circular(&self, key: &str, from: &str, rules: serde_json::Value) {
        let mut c: serde_json::Value = serde_json::from_str(&self.ok(&["circular", "blank"])).expect("SE kosong");
        c["key"] = key.into();
        c["number"] = format!("800/{key}/Org").into();
        c["title"] = format!("Sistem kerja ({key})").into();
        c["issuer"] = "Gubernur Contoh".into();
        c["valid_from"] = from.into();
        c["rules"] = rules;
        let file = self.dir.path().join(format!("{key}.json"));
        std::fs::write(&file, c.to_string()).expect("menulis SE");
        self.ok(&["circular", "import", file.to_str().expect("jalur UTF-8")]);
    }

    /// The example office under the flexible-work decision from 1 November 2026, where `nip`
    /// works at home on the Fridays of 2–13 November under an approved request with work plan
    /// `plan`, planned, with an activity note for Friday the 6th: a month for e-Kinerja.
    pub fn fridays_away_in_november(&self, nip: &str, plan: &str) {
        self.ok(&["circular", "add", "--template", "fleksibel-2025", "--key", "kf", "--from", "01-11-2026"]);
        let request = ["fwa", "request", "add", nip, "--from", "02-11-2026", "--to", "13-11-2026", "--days", "jumat"];
        self.ok(&[&request[..], &["--location", "rumah", "--reason", "keluarga", "--plan", plan]].concat());
        self.ok(&["fwa", "request", "approve", "1", "--by", "Kepala Subbagian Umum"]);
        self.ok(&["plan", "--from", "02-11-2026", "--to", "13-11-2026"]);
        self.ok(&["activity", "add", nip, "Telaah staf tentang jaringan intra", "--date", "06-11-2026"]);
    }

    /// Issue 31's two weeks on the example office: the Sekretariat's second person in the
    /// office every day of 2-6 and 16-20 November 2026 (as planned on the Mondays), 40 minutes
    /// late on 2 November, at home on 16 November and not reached at 10:00. Returns the NIP.
    pub fn two_weeks_to_evaluate(&self) -> String {
        self.ok(&["demo"]);
        let week = self.json(&["schedule", "--week", "2026-W45"]);
        let nip = week["units"][0]["rows"][1]["id_display"].as_str().expect("NIP").replace(' ', "");
        for monday in ["02-11-2026", "16-11-2026"] {
            self.ok(&["plan", "--from", monday, "--to", monday]);
        }
        for day in (2..=6).chain(16..=20) {
            self.ok(&["presence", "mark", &format!("{day:02}-11-2026"), "H", &nip]);
        }
        self.ok(&["presence", "set", &nip, "02-11-2026", "H", "--in", "08:10", "--out", "16:00"]);
        self.ok(&["presence", "set", &nip, "16-11-2026", "WFH"]);
        self.ok(&["reach", "record", &nip, "--date", "16-11-2026", "--at", "10:00", "--unreached", "--note", "tidak diangkat"]);
        nip
    }

    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        serde_json::from_str(&self.ok(&all)).expect("JSON yang sah")
    }
}

pub mod planfile;
pub mod window;
