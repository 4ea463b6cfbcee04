//! How quick the real window is on a big office: the figures of docs/performance.md ("The
//! window"). A script, not a test: it prints a table and asserts nothing about time.
//!
//! ```text
//! cargo build --release --workspace --exclude giliran-bench --bins --features tauri/custom-protocol
//! DISPLAY=:97 cargo run --release -p giliran-tests --example window_timing -- 88
//! ```
//! The argument is how many copies of the example office to make (88: 4,929 staff in 440
//! units). Each step is timed from the click or key to the screen painted with its result,
//! three times; the median is printed with the page's DOM size afterwards.

use fantoccini::key::Key;
use fantoccini::Locator;
use giliran_tests::window::{story, App};
use std::time::{Duration, Instant};

/// Runs `act` then waits for `done`; the time between, in milliseconds.
async fn timed<A, D>(act: A, done: D) -> f64
where
    A: std::future::Future<Output = ()>,
    D: std::future::Future<Output = ()>,
{
    let start = Instant::now();
    act.await;
    done.await;
    start.elapsed().as_secs_f64() * 1000.0
}

/// Waits until `css` is on the page (with `text` in it, if given), looking every 5 ms: the
/// library's own waits look every 100–250 ms, which would round every figure up.
async fn seen(app: &App, css: &str, text: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(el) = app.client.find(Locator::Css(css)).await {
            if text.is_empty() || el.text().await.is_ok_and(|t| t.contains(text)) {
                return;
            }
        }
        assert!(Instant::now() < deadline, "{css} tidak muncul");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// Three times from Beranda: the click on `nav` until `ready` shows (with `text`, if given).
async fn opening(app: &App, nav: &str, ready: &str, text: &str) -> Vec<f64> {
    let mut t = Vec::new();
    for _ in 0..3 {
        app.click("#nav-beranda").await;
        app.wait("#card-staff").await;
        t.push(
            timed(app.click(nav), async {
                seen(app, ready, text).await;
            })
            .await,
        );
    }
    t
}

async fn nodes(app: &App) -> u64 {
    app.client.execute("return document.getElementsByTagName('*').length", vec![]).await.ok().and_then(|v| v.as_u64()).unwrap_or(0)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    xs[xs.len() / 2]
}

#[tokio::main]
async fn main() {
    let copies: String = std::env::args().nth(1).unwrap_or_else(|| "88".into());
    let story = story().await;
    let cli = &story.cli;
    let made = Instant::now();
    cli.ok(&["demo", "--copies", &copies]);
    cli.ok(&["circular", "add", "--template", "kaltim-2020", "--key", "k26", "--from", "01-01-2026"]);
    cli.ok(&["plan", "--from", "01-12-2026", "--to", "31-12-2026"]);
    eprintln!("kantor contoh ×{copies} dibuat dan Desember disusun dalam {:.1} s", made.elapsed().as_secs_f64());

    let driver = story.driver(&[]);
    let mut rows: Vec<(String, f64, u64)> = Vec::new();
    let start = Instant::now();
    let app = driver.open().await;
    app.wait("#card-staff").await;
    rows.push(("app dibuka → Beranda".into(), start.elapsed().as_secs_f64() * 1000.0, nodes(&app).await));

    let mut step = |name: &str, times: Vec<f64>, n: u64| rows.push((name.to_string(), median(times), n));
    let t = opening(&app, "#nav-jadwal", "#week-grid .unit-block", "").await;
    step("Jadwal dibuka", t, nodes(&app).await);

    let mut t = Vec::new();
    for i in 0..3 {
        let want = if i % 2 == 0 { "#week-next" } else { "#week-prev" };
        let before = app.text("#week-title").await;
        t.push(
            timed(app.click(want), async {
                while app.text("#week-title").await == before {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
                seen(&app, "#week-grid .unit-block", "").await;
            })
            .await,
        );
    }
    step("Jadwal: minggu berikutnya", t, nodes(&app).await);

    let mut t = Vec::new();
    for value in ["25", "40", "1"] {
        let el = app.wait("#week-unit").await;
        t.push(
            timed(async { el.select_by_value(value).await.unwrap() }, async {
                seen(&app, &format!("#week-grid .unit-block[data-unit='{value}']"), "").await;
            })
            .await,
        );
    }
    step("Jadwal: pilih unit", t, nodes(&app).await);

    let mut t = Vec::new();
    for key in ["w", "o", "w"] {
        let cell = app.wait("#week-grid td.cell[data-code]:not([data-off])").await;
        let (staff, date) = (cell.attr("data-staff").await.unwrap().unwrap(), cell.attr("data-date").await.unwrap().unwrap());
        let code = if key == "w" { "H" } else { "O" };
        let css = format!("td.cell[data-staff='{staff}'][data-date='{date}']");
        t.push(
            timed(app.press_on(&css, key), async {
                seen(&app, &format!("{css}[data-code='{code}']"), "").await;
            })
            .await,
        );
    }
    step("Jadwal: ubah satu sel (papan ketik)", t, nodes(&app).await);

    let mut t = Vec::new();
    for _ in 0..3 {
        let css = "#week-grid td.cell[data-code][tabindex='0']";
        let before = app.wait(css).await.attr("data-staff").await.unwrap();
        t.push(
            timed(app.press_on(css, &Key::Down.to_string()), async {
                while app.wait(css).await.attr("data-staff").await.unwrap() == before {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
            })
            .await,
        );
    }
    step("Jadwal: panah bawah", t, nodes(&app).await);

    let t = opening(&app, "#nav-pegawai", "#staff-count", "pegawai").await;
    step("Pegawai dibuka", t, nodes(&app).await);

    let mut t = Vec::new();
    for word in ["gunawan", "siti", "rahman"] {
        t.push(
            timed(app.fill("#staff-search", word), async {
                let first = app.wait("#staff-rows tr td:nth-child(3)").await;
                while !first.text().await.map(|s| s.to_lowercase().contains(word)).unwrap_or(true) {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
            })
            .await,
        );
    }
    step("Pegawai: cari nama", t, nodes(&app).await);

    let t = opening(&app, "#nav-presensi", "#presence-summary", "Tercatat").await;
    step("Presensi dibuka (satu unit)", t, nodes(&app).await);

    let mut t = Vec::new();
    for _ in 0..3 {
        // One unit first (not timed), then "Semua unit": its first page of 200 rows.
        let el = app.wait("#presence-unit").await;
        el.select_by_value("25").await.unwrap();
        seen(&app, "#presence-summary", "dari 9 pegawai").await;
        let el = app.wait("#presence-unit").await;
        t.push(
            timed(async { el.select_by_value("").await.unwrap() }, async { seen(&app, "#presence-page", "Baris 1–200 dari").await }).await,
        );
    }
    step("Presensi: Semua unit (200 baris)", t, nodes(&app).await);

    let t = opening(&app, "#nav-keberadaan", "#activity-missing ul, #activity-missing p", "").await;
    step("Cek Keberadaan dibuka", t, nodes(&app).await);

    let t = opening(&app, "#nav-laporan", "#report-rows", "").await;
    step("Laporan dibuka (ringkasan bulan)", t, nodes(&app).await);

    println!("| layar, tindakan | median (ms) | simpul DOM sesudahnya |");
    println!("|---|---|---|");
    for (name, ms, n) in rows {
        println!("| {name} | {ms:.0} | {n} |");
    }
}
