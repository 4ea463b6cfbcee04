//! `giliran plan-file` on generated instances (docs/planner.md), checked by the tests' own
//! checker (tests/src/planfile.rs): no never-broken rule broken and every need met. When the
//! reference tools of the project's briefing are at hand (`shared/tools` beside the checkout,
//! or GILIRAN_SHARED), the same files also go through the reference checker and both checkers
//! must agree on every figure; without them only that comparison is skipped, and said so.

use giliran_tests::planfile::{self, Shape, Verdict};
use giliran_tests::Cli;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The reference checker, if this machine has it.
fn reference_checker() -> Option<PathBuf> {
    let from_env = std::env::var_os("GILIRAN_SHARED").map(|d| PathBuf::from(d).join("tools"));
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let beside = here.ancestors().map(|a| a.join("shared/tools")).find(|d| d.join("plancheck.py").exists());
    from_env.or(beside).map(|d| d.join("plancheck.py")).filter(|p| p.exists())
}

/// The reference checker's figures for the same files, as JSON.
fn reference_figures(checker: &Path, inst: &Path, sched: &Path) -> Value {
    let out = Command::new("python3").arg(checker).arg(inst).arg(sched).arg("--json").output().expect("python3");
    let text = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(text.lines().last().unwrap_or_default()).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn agree(ours: &Verdict, theirs: &Value, what: &str) {
    assert_eq!(theirs["hard_errors"], ours.hard_errors.len(), "{what}: {theirs}");
    let figures = [
        ("breach", ours.breach),
        ("unmet_unit_days", ours.unmet_unit_days),
        ("team_cover_misses", ours.team_cover_misses),
        ("unmet_wants", ours.unmet_wants),
    ];
    for (key, ours) in figures {
        assert_eq!(theirs[key], ours, "{what}: {key}: {theirs}");
    }
    let dev = theirs["fairness_max_dev"].as_f64().unwrap();
    assert!((dev - ours.fairness_max_dev).abs() < 1e-5, "{what}: fairness {dev} vs {}", ours.fairness_max_dev);
}

#[test]
fn generated_instances_are_planned_without_a_hard_error_and_every_need_met() {
    let cli = Cli::new();
    let reference = reference_checker();
    match &reference {
        Some(p) => println!("pembanding: juga diperiksa dengan pemeriksa rujukan {}", p.display()),
        None => println!("pembanding: pemeriksa rujukan (shared/tools) tidak ada; hanya perbandingan itu yang dilewati"),
    }
    let cases = [(80, 5, 10, 1), (80, 5, 10, 7), (300, 12, 20, 3), (1200, 40, 20, 11)];
    for (staff, units, days, seed) in cases {
        let what = format!("{staff}x{days} seed {seed}");
        let instance = planfile::instance(Shape::new(staff, units, days, seed));
        let inst = cli.dir.path().join(format!("i{staff}-{seed}.json"));
        let sched = cli.dir.path().join(format!("s{staff}-{seed}.json"));
        std::fs::write(&inst, instance.to_string()).unwrap();
        cli.ok(&["plan-file", inst.to_str().unwrap(), "--out", sched.to_str().unwrap()]);
        let schedule: Value = serde_json::from_str(&std::fs::read_to_string(&sched).unwrap()).unwrap();
        let verdict = planfile::check(&instance, &schedule);
        assert_eq!(verdict.hard_errors, Vec::<String>::new(), "{what}");
        assert_eq!((verdict.breach, verdict.unmet_unit_days), (0, 0), "{what}: {verdict:?}");
        if let Some(checker) = &reference {
            agree(&verdict, &reference_figures(checker, &inst, &sched), &what);
        }
    }
}

/// A schedule that keeps the never-broken rules and fills every free day by a pattern, with no
/// regard for ranges, limits or wishes: the checker must count what it breaks.
fn patterned(instance: &Value) -> Value {
    let nd = instance["days"].as_array().unwrap().len();
    let rows: serde_json::Map<String, Value> = instance["staff"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let has = |key: &str, d: usize| s[key].as_array().is_some_and(|a| a.iter().any(|x| x.as_u64() == Some(d as u64)));
            let row: String = (0..nd)
                .map(|d| match (has("off", d), has("no_wfo", d), s["lock"][d.to_string()].as_str()) {
                    (true, _, _) => '-',
                    (_, true, _) => 'H',
                    (_, _, Some(l)) => l.chars().next().unwrap(),
                    _ if (i + d) % 3 == 0 => 'H',
                    _ => 'O',
                })
                .collect();
            (s["id"].as_str().unwrap().to_string(), Value::String(row))
        })
        .collect();
    serde_json::json!({ "schedule": rows })
}

#[test]
fn the_checker_counts_breaches_limits_and_wishes_of_flexible_work_files() {
    let cli = Cli::new();
    let reference = reference_checker();
    let instance = planfile::instance(Shape { flexible: true, ..Shape::new(120, 6, 15, 5) });
    let schedule = patterned(&instance);
    let verdict = planfile::check(&instance, &schedule);
    assert_eq!(verdict.hard_errors, Vec::<String>::new());
    assert!(verdict.breach > 0 && verdict.unmet_wants > 0 && verdict.unmet_unit_days > 0, "{verdict:?}");
    let broken = planfile::check(&instance, &serde_json::json!({"schedule": {}}));
    assert_eq!(broken.hard_errors.len(), 120, "every row missing is named");
    match reference {
        Some(checker) => {
            let (inst, sched) = (cli.dir.path().join("fwa.json"), cli.dir.path().join("fwa-s.json"));
            std::fs::write(&inst, instance.to_string()).unwrap();
            std::fs::write(&sched, schedule.to_string()).unwrap();
            agree(&verdict, &reference_figures(&checker, &inst, &sched), "fwa 120x15");
            println!("pembanding: angka sama dengan pemeriksa rujukan {}", checker.display());
        }
        None => println!("pembanding: pemeriksa rujukan tidak ada; perbandingan dilewati"),
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

/// Exactness, the property: on small random instances of every version-2 shape the planner's
/// figures are the best that any schedule has (every schedule tried, checked by the tests' own
/// checker), lexicographically: breach, team cover, unmet wishes, then fairness. And every
/// unit-day outside its range, every person-week over its limit, is named in `violations`.
#[test]
fn the_planner_matches_a_brute_force_optimum_on_small_random_instances() {
    let cli = Cli::new();
    let seeds: u64 = std::env::var("GILIRAN_BRUTE_SEEDS").ok().and_then(|s| s.parse().ok()).unwrap_or(160);
    let mut shapes = [0usize; 4];
    for seed in 0..seeds {
        let instance = planfile::small(seed, 10);
        let (inst, sched) = (cli.dir.path().join(format!("k{seed}.json")), cli.dir.path().join(format!("k{seed}-s.json")));
        std::fs::write(&inst, instance.to_string()).unwrap();
        cli.ok(&["plan-file", inst.to_str().unwrap(), "--out", sched.to_str().unwrap()]);
        let schedule: Value = serde_json::from_str(&std::fs::read_to_string(&sched).unwrap()).unwrap();
        let verdict = planfile::check(&instance, &schedule);
        assert_eq!(verdict.hard_errors, Vec::<String>::new(), "seed {seed}: {instance}");
        let best = planfile::best_by_brute_force(&instance);
        assert_eq!(planfile::figures(&verdict), planfile::figures(&best), "seed {seed}: {instance}\n{schedule}");
        let (b, c, w, f) = planfile::figures(&best);
        for (k, x) in [b as i64, c as i64, w as i64, f].into_iter().enumerate() {
            shapes[k] += usize::from(x > 0);
        }
        let violations = schedule["violations"].as_array().unwrap();
        let days = violations.iter().filter(|v| v.get("staff").is_none()).count();
        assert_eq!(days, verdict.unmet_unit_days, "seed {seed}: {schedule}");
        assert!(violations.iter().all(|v| v["reason"].as_str().is_some_and(|r| !r.is_empty())));
    }
    println!(
        "{seeds} instances; with breach {}, with cover misses {}, with unmet wishes {}, unfair {}",
        shapes[0], shapes[1], shapes[2], shapes[3]
    );
    assert!(shapes.iter().all(|n| *n > 0), "the instances exercise every figure: {shapes:?}");
}
