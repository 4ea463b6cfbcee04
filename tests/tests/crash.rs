//! A power cut or a crash in the middle of a save: the `giliran` writer is killed with SIGKILL
//! at random moments, hundreds of times. Afterwards the database must pass SQLite's
//! integrity_check, every acknowledged action must be there whole, every killed one must be
//! there whole or not at all, and the audit trail's chain must still hold.

use giliran_tests::{bin, Cli};
use std::collections::HashMap;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Rows of a query, tab-separated, through Python's sqlite3 (an independent reader).
fn query(db: &std::path::Path, sql: &str) -> Vec<String> {
    let out = Command::new("python3")
        .args(["-c", "import sqlite3,sys\nfor r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]): print('\\t'.join(map(str, r)))"])
        .arg(db)
        .arg(sql)
        .output()
        .expect("python3");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).lines().map(str::to_string).collect()
}

#[test]
fn killing_the_writer_at_random_points_loses_nothing_acknowledged_and_leaves_no_half_action() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    cli.ok(&["circular", "add", "--template", "kaltim-2020", "--key", "k", "--from", "01-01-2026"]);
    let people: Vec<String> =
        cli.json(&["staff", "list"]).as_array().unwrap().iter().map(|p| p["id_number"].as_str().unwrap().to_string()).collect();
    let first_monday = chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
    // How long one write takes here, so that the kills fall before, during and after writes on
    // a fast machine and a slow one alike: deadlines are spread over twice that time.
    let started = Instant::now();
    cli.ok(&["presence", "set", &people[0], "01-12-2026", "C", "--kind", "CT", "--until", "04-12-2026"]);
    let spread = (started.elapsed().as_micros() as u64 * 2).max(2_000);
    let mut seed: u64 = 0x5EED_2026;
    let mut next = |n: u64| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    // (person, Monday) of each leave written, and whether its process said it was done.
    let mut actions: Vec<(String, chrono::NaiveDate, bool)> = Vec::new();
    let (mut acknowledged, mut killed) = (0, 0);
    for i in 0..240u64 {
        let monday = first_monday + chrono::Days::new(7 * i);
        let friday = monday + chrono::Days::new(4);
        let person = people[(i as usize * 7) % people.len()].clone();
        let mut cmd = Command::new(bin("giliran"));
        cmd.arg("--db").arg(&cli.db).stdout(Stdio::null()).stderr(Stdio::null());
        if i % 4 == 3 {
            // A bigger write now and then: a whole month planned in one transaction.
            let (f, t) = (monday.format("%d-%m-%Y").to_string(), (monday + chrono::Days::new(27)).format("%d-%m-%Y").to_string());
            cmd.args(["plan", "--from", &f, "--to", &t]);
        } else {
            cmd.args(["presence", "set", &person, &monday.format("%d-%m-%Y").to_string(), "C", "--kind", "CT"]);
            cmd.args(["--until", &friday.format("%d-%m-%Y").to_string()]);
        }
        let mut child = cmd.spawn().expect("giliran");
        let deadline = Instant::now() + Duration::from_micros(next(spread));
        let status = loop {
            if let Some(st) = child.try_wait().unwrap() {
                break Some(st);
            }
            if Instant::now() >= deadline {
                child.kill().unwrap(); // SIGKILL
                child.wait().unwrap();
                break None;
            }
            std::thread::sleep(Duration::from_micros(200));
        };
        let done = status.is_some_and(|s| s.success());
        if done {
            acknowledged += 1
        } else {
            killed += 1
        }
        if i % 4 != 3 {
            actions.push((person, monday, done));
        }
    }
    eprintln!("{acknowledged} actions acknowledged, {killed} killed mid-write");
    assert!(acknowledged > 20 && killed > 20, "both outcomes exercised: {acknowledged} done, {killed} killed");

    assert_eq!(query(&cli.db, "PRAGMA integrity_check"), ["ok"]);
    let mut days: HashMap<(String, String), (bool, bool)> = HashMap::new();
    for row in query(&cli.db, "SELECT s.id_number, p.day FROM presence p JOIN staff s ON s.id = p.staff_id") {
        let (n, d) = row.split_once('\t').unwrap();
        days.entry((n.into(), d.into())).or_default().0 = true;
    }
    for row in query(&cli.db, "SELECT s.id_number, a.day FROM availability a JOIN staff s ON s.id = a.staff_id WHERE a.kind = 'off'") {
        let (n, d) = row.split_once('\t').unwrap();
        days.entry((n.into(), d.into())).or_default().1 = true;
    }
    // A leave is written on working days only: a holiday in the week (2027's) has neither.
    let holidays: std::collections::HashSet<String> =
        cli.json(&["holidays", "list"]).as_array().unwrap().iter().map(|h| h["day"].as_str().unwrap().to_string()).collect();
    for (person, monday, done) in &actions {
        let week: Vec<(bool, bool)> = (0..5)
            .map(|k| (*monday + chrono::Days::new(k)).to_string())
            .filter(|d| !holidays.contains(d))
            .map(|d| days.get(&(person.clone(), d)).copied().unwrap_or_default())
            .collect();
        let all = week.iter().all(|&(p, a)| p && a);
        let none = week.iter().all(|&(p, a)| !p && !a);
        assert!(all || none, "{person} week of {monday}: half an action survived: {week:?}");
        if *done {
            assert!(all, "{person} week of {monday} was acknowledged but is missing");
        }
    }
    assert!(cli.ok(&["audit", "verify"]).starts_with("Riwayat perubahan utuh"));
}
