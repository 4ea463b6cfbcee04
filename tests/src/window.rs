//! The real Giliran window under WebDriver: tauri-driver in front of WebKitWebDriver, which
//! starts `giliran-app` on a database given through `GILIRAN_DB`.
//!
//! Needs an X display (`cargo xtask test` starts Xvfb), `tauri-driver` on PATH or in
//! ~/.cargo/bin, and WebKitWebDriver (Debian: webkit2gtk-driver).

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use std::io::Write;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long a step may take before the test fails: generous, CI machines are slow.
pub const STEP: Duration = Duration::from_secs(20);
/// How long the app may take to start and show its window (the first start of WebKit on a
/// fresh machine builds its caches; a start takes 1-3 s after that).
const SESSION: Duration = Duration::from_secs(60);

/// A port `p` such that `p` and `p + 1` (WebKitWebDriver's) are free now: asked of the system,
/// never hand-picked, so two test runs on one machine do not collide.
fn free_ports() -> u16 {
    for _ in 0..50 {
        let Ok(l) = std::net::TcpListener::bind(("127.0.0.1", 0)) else { continue };
        let Ok(port) = l.local_addr().map(|a| a.port()) else { continue };
        if port < u16::MAX && std::net::TcpListener::bind(("127.0.0.1", port + 1)).is_ok() {
            return port;
        }
    }
    panic!("tidak ada port bebas untuk tauri-driver");
}

/// One window at a time: two WebKit instances on a 2-core CI machine only slow each other.
static ONE_WINDOW: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A user story in the window: it holds the one-window turn, a fresh folder with the office's
/// database (and the CLI on it, [`crate::Cli`]) for as long as it lives.
pub struct Story {
    pub cli: crate::Cli,
    _turn: tokio::sync::MutexGuard<'static, ()>,
}

/// Waits for the window's turn and makes the story's folder.
pub async fn story() -> Story {
    let turn = ONE_WINDOW.lock().await;
    Story { cli: crate::Cli::new(), _turn: turn }
}

impl Story {
    /// tauri-driver on free ports for the app on the story's database, the day pinned to
    /// [`STORY_DAY`](crate::STORY_DAY) unless `env` sets `GILIRAN_TODAY`; `env` may also set
    /// GILIRAN_TEST_SAVE_DIR or GILIRAN_TEST_OPEN_FILE.
    pub fn driver(&self, env: &[(&str, &Path)]) -> Driver {
        Driver::start_with(&self.cli.db, env)
    }

    /// [`Story::driver`] on another database file (one the story made or broke on purpose).
    pub fn driver_on(&self, db: &Path, env: &[(&str, &Path)]) -> Driver {
        Driver::start_with(db, env)
    }
}

/// A running tauri-driver, killed when dropped.
pub struct Driver {
    db: PathBuf,
    env: Vec<(String, PathBuf)>,
    running: std::cell::RefCell<Running>,
}

/// One tauri-driver process (and the WebKitWebDriver and app under it).
struct Running {
    child: Child,
    port: u16,
    /// What tauri-driver, WebKitWebDriver and the app wrote to stderr, beside the database:
    /// shown when the window does not come up.
    log: PathBuf,
}

fn tauri_driver() -> PathBuf {
    if let Some(p) = std::env::var_os("TAURI_DRIVER") {
        return PathBuf::from(p);
    }
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default();
    let local = home.join(".cargo").join("bin").join("tauri-driver");
    if local.exists() {
        local
    } else {
        PathBuf::from("tauri-driver")
    }
}

impl Running {
    /// Starts tauri-driver (and WebKitWebDriver) on two free ports for an app that will open
    /// the database at `db`, with extra environment for the app.
    fn start(db: &Path, env: &[(String, PathBuf)]) -> Running {
        let port = free_ports();
        assert!(
            std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some(),
            "Uji jendela memerlukan layar X: jalankan lewat `cargo xtask test` (memakai Xvfb)"
        );
        let log = db.with_extension(format!("driver-{port}.log"));
        let log_file = std::fs::File::create(&log).expect("membuat log tauri-driver");
        let mut cmd = Command::new(tauri_driver());
        cmd.args(["--port", &port.to_string(), "--native-port", &(port + 1).to_string()])
            .env("GILIRAN_DB", db)
            .env("GILIRAN_TODAY", crate::STORY_DAY)
            .envs(env.iter().map(|(k, v)| (k, v)))
            .stdout(Stdio::null())
            // A file, not the test's own stderr: WebKitWebDriver would keep that pipe open.
            .stderr(log_file);
        // Its own process group, so that dropping the driver also ends WebKitWebDriver.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
        let child = cmd.spawn().expect("tauri-driver tidak ditemukan: `cargo install --locked tauri-driver --version ^2`");
        let deadline = Instant::now() + STEP;
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "tauri-driver tidak menjawab di port {port}");
            std::thread::sleep(Duration::from_millis(100));
        }
        Running { child, port, log }
    }

    /// The last lines of the driver's log and the processes of its group (is the app there,
    /// did its web process start?), for a failure message.
    fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        let mut tail = lines[lines.len().saturating_sub(40)..].join("\n");
        let group = self.child.id().to_string();
        if let Ok(ps) = Command::new("ps").args(["-eo", "pgid=,pid=,ppid=,stat=,etime=,time=,comm="]).output() {
            tail.push_str("\nProses tauri-driver (pgid pid ppid stat etime time comm):");
            for line in String::from_utf8_lossy(&ps.stdout).lines().filter(|l| l.split_whitespace().next() == Some(&group)) {
                tail.push_str("\n  ");
                tail.push_str(line.trim());
            }
        }
        tail
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        // The whole group: tauri-driver, WebKitWebDriver and any app still open (an app
        // showing a modal dialog may outlive its session).
        #[cfg(unix)]
        for signal in ["-TERM", "-KILL"] {
            let _ = Command::new("kill").args([signal, "--", &format!("-{}", self.child.id())]).status();
            std::thread::sleep(Duration::from_millis(200));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Driver {
    fn start_with(db: &Path, env: &[(&str, &Path)]) -> Driver {
        let env: Vec<(String, PathBuf)> = env.iter().map(|(k, v)| (k.to_string(), v.to_path_buf())).collect();
        let running = Running::start(db, &env);
        Driver { db: db.to_path_buf(), env, running: std::cell::RefCell::new(running) }
    }

    /// Waits until no Giliran holds the database's lock file. A window just closed may take a
    /// moment to exit (on a busy machine, seconds); an app started before it has would find the
    /// database taken, bring that window forward and exit, and WebKitWebDriver would wait for
    /// its window forever.
    fn wait_for_the_last_window_to_let_go(&self) {
        let mut name = self.db.file_name().unwrap_or_default().to_os_string();
        name.push("-kunci");
        let lock = self.db.with_file_name(name);
        let deadline = Instant::now() + STEP;
        loop {
            let Ok(file) = std::fs::File::options().write(true).open(&lock) else { return };
            if file.try_lock().is_ok() {
                return; // released when `file` is dropped, before the app is started
            }
            assert!(Instant::now() < deadline, "jendela sebelumnya masih memegang {}", lock.display());
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Starts the app and connects to its window; waits until the UI says it is ready.
    ///
    /// A window that does not come up gets a second start under a fresh tauri-driver, the
    /// first failure and the driver's log printed: on a loaded CI machine WebKitWebDriver has,
    /// rarely, lost the window between creating the session and its first command. The
    /// stories check the app once it is up; a second failure fails the test, with the log.
    pub async fn open(&self) -> App {
        let first = match self.try_open().await {
            Ok(app) => return app,
            Err(e) => e,
        };
        let log = self.running.borrow().log_tail();
        // Straight to stderr, past the test harness's capture: a story that passes on its
        // second start still shows in CI's output that it needed one.
        let _ = writeln!(std::io::stderr(), "jendela Giliran tidak siap ({first}); dibuka sekali lagi. Log tauri-driver:\n{log}");
        // Replacing the old driver ends its whole group, the app that did not come up too.
        self.running.replace(Running::start(&self.db, &self.env));
        match self.try_open().await {
            Ok(app) => app,
            Err(e) => panic!("jendela Giliran tidak siap, dua kali: {e}\nLog tauri-driver:\n{}", self.running.borrow().log_tail()),
        }
    }

    async fn try_open(&self) -> Result<App, String> {
        self.wait_for_the_last_window_to_let_go();
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), "wry".into());
        caps.insert("tauri:options".into(), serde_json::json!({ "application": crate::bin("giliran-app") }));
        // Bounded: an app that exits before its window shows leaves WebKitWebDriver waiting.
        let url = format!("http://127.0.0.1:{}", self.running.borrow().port);
        let mut builder = ClientBuilder::native();
        let connect = builder.capabilities(caps).connect(&url);
        let client = match tokio::time::timeout(SESSION, connect).await {
            Err(_) => return Err(format!("tidak terbuka dalam {} detik", SESSION.as_secs())),
            Ok(Err(e)) => return Err(format!("sesi WebDriver: {e:?}")),
            Ok(Ok(client)) => client,
        };
        // On failure the session is not ended here: a stuck WebKitWebDriver could hang that
        // request too; the retry ends the whole driver instead.
        match client.wait().at_most(STEP).for_element(Locator::Css("body[data-ready='true'], #fatal")).await {
            Ok(_) => Ok(App { client }),
            Err(e) => Err(format!("halaman tidak siap: {e:?}")),
        }
    }
}

/// One session on the Giliran window.
pub struct App {
    pub client: Client,
}

impl App {
    pub async fn wait(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(STEP)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("elemen {css} tidak muncul: {e} ({e:?})"))
    }

    /// Clicks, retrying while the UI re-renders the element under us.
    pub async fn click(&self, css: &str) {
        let deadline = Instant::now() + STEP;
        loop {
            match self.wait(css).await.click().await {
                Ok(()) => return,
                Err(e) if Instant::now() < deadline => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("klik {css}: {e}"),
            }
        }
    }

    /// Replaces the text of an input.
    pub async fn fill(&self, css: &str, text: &str) {
        let el = self.wait(css).await;
        el.clear().await.unwrap_or_else(|e| panic!("mengosongkan {css}: {e}"));
        el.send_keys(text).await.unwrap_or_else(|e| panic!("mengetik di {css}: {e}"));
    }

    /// Types `typed` into a person picker and chooses the match whose text contains `want`.
    pub async fn pick_person(&self, css: &str, typed: &str, want: &str) {
        self.fill(css, typed).await;
        let matches = format!("{css} ~ .person-matches");
        self.wait_text(&matches, want).await;
        let options = self.client.find_all(Locator::Css(&format!("{matches} li[data-match]"))).await.unwrap_or_default();
        for o in options {
            if o.text().await.is_ok_and(|t| t.contains(want)) {
                o.click().await.unwrap_or_else(|e| panic!("memilih \"{want}\" di {css}: {e}"));
                return;
            }
        }
        panic!("tidak ada pilihan \"{want}\" di {css}");
    }

    /// Picks the option of a <select> whose visible text is `label`.
    pub async fn choose(&self, css: &str, label: &str) {
        let el = self.wait(css).await;
        el.select_by_label(label).await.unwrap_or_else(|e| panic!("memilih \"{label}\" di {css}: {e}"));
    }

    /// The element's text, retrying while the UI re-renders it.
    pub async fn text(&self, css: &str) -> String {
        self.wait_text(css, "").await
    }

    /// Waits until the element's text contains `want`; returns the text.
    pub async fn wait_text(&self, css: &str, want: &str) -> String {
        let deadline = Instant::now() + STEP;
        loop {
            if let Ok(el) = self.client.find(Locator::Css(css)).await {
                if let Ok(t) = el.text().await {
                    if t.contains(want) {
                        return t;
                    }
                    if Instant::now() >= deadline {
                        // Two forms stacked with the same ids read as one that did nothing.
                        let matches = self.client.find_all(Locator::Css(css)).await.map(|v| v.len()).unwrap_or(0);
                        panic!("teks {css} tidak memuat \"{want}\"; isinya: \"{t}\" ({matches} elemen cocok)");
                    }
                }
            }
            assert!(Instant::now() < deadline, "elemen {css} tidak muncul");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The current value of an input or select.
    pub async fn value(&self, css: &str) -> String {
        let el = self.wait(css).await;
        el.prop("value").await.unwrap_or_else(|e| panic!("nilai {css}: {e}")).unwrap_or_default()
    }

    /// Waits until the value of an input or textarea contains `want`; returns the value.
    pub async fn wait_value(&self, css: &str, want: &str) -> String {
        let deadline = Instant::now() + STEP;
        loop {
            let v = self.value(css).await;
            if v.contains(want) {
                return v;
            }
            assert!(Instant::now() < deadline, "nilai {css} tidak memuat \"{want}\": {v}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until no element matches `css`.
    pub async fn wait_gone(&self, css: &str) {
        let deadline = Instant::now() + STEP;
        while !self.client.find_all(Locator::Css(css)).await.map(|v| v.is_empty()).unwrap_or(false) {
            assert!(Instant::now() < deadline, "elemen {css} tidak hilang");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Scrolls the element to the top of the window (for a screenshot of it).
    pub async fn scroll_to(&self, css: &str) {
        self.wait(css).await;
        let script = format!("document.querySelector({}).scrollIntoView()", serde_json::Value::from(css));
        self.client.execute(&script, vec![]).await.unwrap_or_else(|e| panic!("menggulir ke {css}: {e}"));
    }

    /// Moves the keyboard focus to the element.
    pub async fn focus(&self, css: &str) {
        self.wait(css).await;
        let script = format!("document.querySelector({}).focus()", serde_json::Value::from(css));
        self.client.execute(&script, vec![]).await.unwrap_or_else(|e| panic!("fokus {css}: {e}"));
    }

    /// Types `keys` into whatever has the focus, as a person at the keyboard would.
    pub async fn press(&self, keys: &str) {
        let el = self.client.active_element().await.expect("elemen aktif");
        el.send_keys(keys).await.unwrap_or_else(|e| panic!("menekan {keys:?}: {e}"));
    }

    /// Focuses the element and types `keys` there. When the screen draws the element again
    /// between the two (a list loaded twice), the new one is focused and typed into: the keys
    /// of the failed attempt never arrived.
    pub async fn press_on(&self, css: &str, keys: &str) {
        let deadline = Instant::now() + STEP;
        loop {
            self.focus(css).await;
            let el = self.client.active_element().await.expect("elemen aktif");
            match el.send_keys(keys).await {
                Ok(()) => return,
                Err(e) if Instant::now() < deadline && (e.to_string().contains("not found") || e.to_string().contains("stale")) => {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("menekan {keys:?} pada {css}: {e}"),
            }
        }
    }

    /// Saves a PNG of the window under target/screenshots/.
    pub async fn screenshot(&self, name: &str) {
        let png = self.client.screenshot().await.unwrap_or_else(|e| panic!("screenshot {name}: {e}"));
        std::fs::write(crate::screenshot_dir().join(format!("{name}.png")), png).expect("menyimpan screenshot");
    }

    /// Ends the session; WebKitWebDriver closes the app.
    pub async fn close(self) {
        self.client.close().await.expect("menutup sesi");
    }
}
