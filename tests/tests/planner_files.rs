//! `giliran plan-file` on instances from shared/tools/planinstance.py, checked by
//! shared/tools/plancheck.py: no hard error, ever.

use giliran_tests::Cli;
use std::path::PathBuf;
use std::process::Command;

/// shared/tools beside the checkout (CI and developer machines have shared/ next to it), or
/// where GILIRAN_SHARED points.
fn tools() -> PathBuf {
    if let Some(dir) = std::env::var_os("GILIRAN_SHARED") {
        return PathBuf::from(dir).join("tools");
    }
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.ancestors()
        .map(|a| a.join("shared/tools"))
        .find(|d| d.join("plancheck.py").exists())
        .unwrap_or_else(|| panic!("shared/tools tidak ditemukan di atas {}; setel GILIRAN_SHARED", here.display()))
}

fn python(args: &[&str]) -> std::process::Output {
    Command::new("python3").args(args).output().expect("python3")
}

#[test]
fn generated_instances_are_planned_without_a_hard_error() {
    let cli = Cli::new();
    let tools = tools();
    let cases = [("80", "5", "10", "1"), ("80", "5", "10", "7"), ("300", "12", "20", "3"), ("1200", "40", "20", "11")];
    for (staff, units, days, seed) in cases {
        let gen = python(&[
            tools.join("planinstance.py").to_str().unwrap(),
            "--staff", staff, "--units", units, "--days", days, "--seed", seed,
        ]);
        assert!(gen.status.success(), "{}", String::from_utf8_lossy(&gen.stderr));
        let inst = cli.dir.path().join(format!("i{staff}-{seed}.json"));
        let sched = cli.dir.path().join(format!("s{staff}-{seed}.json"));
        std::fs::write(&inst, &gen.stdout).unwrap();
        cli.ok(&["plan-file", inst.to_str().unwrap(), "--out", sched.to_str().unwrap()]);
        let check = python(&[tools.join("plancheck.py").to_str().unwrap(), inst.to_str().unwrap(), sched.to_str().unwrap(), "--json"]);
        let out = String::from_utf8_lossy(&check.stdout);
        assert!(check.status.success(), "plancheck {staff}x{days} seed {seed}:\n{out}");
        let figures: serde_json::Value = serde_json::from_str(out.lines().last().unwrap()).unwrap();
        assert_eq!(figures["hard_errors"], 0, "{out}");
        assert_eq!(figures["unmet_unit_days"], 0, "{out}");
    }
}

#[test]
fn a_broken_instance_is_refused_in_indonesian() {
    let cli = Cli::new();
    let inst = cli.dir.path().join("rusak.json");
    std::fs::write(&inst, r#"{"days": ["2026-01-05"], "units": [{"id": "u", "need": [1, 2]}], "staff": []}"#).unwrap();
    let err = cli.refused(&["plan-file", inst.to_str().unwrap()]);
    assert!(err.contains("Unit u: kebutuhan berisi 2 hari, seharusnya 1."), "{err}");
}
