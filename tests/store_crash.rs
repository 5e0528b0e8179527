//! Crash safety: a child process is killed at random moments while it saves one case over and
//! over, and the case file must always hold one whole version, never a mix or a broken file.
//!
//! The child is this same test binary, running the ignored helper test below.

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use massage_coverage::case::{Case, CaseId};
use massage_coverage::store::DiskStore;
use time::macros::datetime;

/// Tells the child which data folder to save into; without it the helper test does nothing.
const CHILD_DIR_VAR: &str = "MC_CRASH_CHILD_DIR";

/// How many times to kill the child; 60 unless set.
const ITERATIONS_VAR: &str = "MC_CRASH_ITERATIONS";

/// The helper test's name, as `--exact` wants it.
const CHILD_TEST: &str = "child_saves_two_versions_until_killed";

/// The line the child prints once its store is open and it starts saving.
const READY: &str = "MC_CRASH_CHILD_READY";

/// The longest the child keeps saving, so an orphaned child stops by itself.
const CHILD_MAX_RUN: Duration = Duration::from_secs(30);

/// Version `A` or `B` of the one case: different titles, times and 300 KB of different notes,
/// so that a save takes long enough for kills to land in the middle of it.
fn version(which: char) -> Case {
    let id = CaseId::parse("c20260101-000000-abcd").expect("a valid id");
    let mut case = Case::new(id, datetime!(2026-01-01 00:00 UTC));
    case.title = format!("Version {which}");
    case.updated = if which == 'A' {
        datetime!(2026-01-02 00:00 UTC)
    } else {
        datetime!(2026-01-03 00:00 UTC)
    };
    let line = format!("{which} notes, line of version {which}.\n");
    case.alternatives.notes = line.repeat(300_000 / line.len());
    case
}

/// Kills the child if the test fails before it does.
struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
#[ignore = "helper process for the crash test; run by it"]
fn child_saves_two_versions_until_killed() {
    let Some(dir) = std::env::var_os(CHILD_DIR_VAR) else {
        return;
    };
    let store = DiskStore::open(Path::new(&dir)).expect("the child opens the store");
    let (a, b) = (version('A'), version('B'));
    println!("{READY}");
    let started = Instant::now();
    while started.elapsed() < CHILD_MAX_RUN {
        store.save(&b).expect("the child saves B");
        store.save(&a).expect("the child saves A");
    }
}

#[test]
fn a_case_file_holds_one_whole_version_after_a_crash_at_any_moment_of_a_save() {
    let iterations: u32 = match std::env::var(ITERATIONS_VAR) {
        Ok(text) => text.parse().expect("MC_CRASH_ITERATIONS is a whole number"),
        Err(_) => 60,
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let store = DiskStore::open(dir.path()).expect("open");
    let (a, b) = (version('A'), version('B'));
    let exe = std::env::current_exe().expect("the test binary's path");

    // Kills land within the first 40 ms of saving; on a machine so slow that one save takes more
    // than half of that, the window grows so that kills still land after the first save too.
    let calibration = Instant::now();
    for _ in 0..3 {
        store.save(&a).expect("save A to time it");
    }
    let one_save = calibration.elapsed() / 3;
    let window_ms = 40_u64.max(u64::try_from((one_save * 2).as_millis()).unwrap_or(u64::MAX));

    let (mut seen_a, mut seen_b) = (0_u32, 0_u32);
    let started = Instant::now();
    for iteration in 0..iterations {
        // Each child starts from A and writes B first: a kill during that first save must leave A,
        // a kill during the next one (A again) must leave B.
        store.save(&a).expect("save A before each child");
        let mut child = Command::new(&exe)
            .args(["--exact", CHILD_TEST, "--ignored", "--nocapture"])
            .env(CHILD_DIR_VAR, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map(KillOnDrop)
            .expect("start the child");
        let stdout = child.0.stdout.take().expect("stdout is piped");
        let ready = BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .any(|line| line.contains(READY));
        assert!(
            ready,
            "iteration {iteration}: the child ended before it started saving"
        );

        std::thread::sleep(Duration::from_millis(fastrand::u64(1..window_ms)));
        child.0.kill().expect("kill the child");
        child.0.wait().expect("wait for the child");

        let loaded = store
            .load(&a.id)
            .unwrap_or_else(|e| panic!("iteration {iteration}: {e}"));
        if loaded == a {
            seen_a += 1;
        } else if loaded == b {
            seen_b += 1;
        } else {
            panic!("iteration {iteration}: the file holds neither version A nor version B");
        }
        let listing = store.list();
        assert!(
            listing.problems.is_empty(),
            "iteration {iteration}: {:?}",
            listing.problems
        );
        assert_eq!(listing.cases.len(), 1, "iteration {iteration}");
    }
    println!(
        "crash test: {iterations} kills within 1..{window_ms} ms of saving (one save takes {} ms) in {:.1} s; the file held version A {seen_a} times and version B {seen_b} times",
        one_save.as_millis(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        seen_a > 0 && seen_b > 0,
        "both versions must be seen, so kills landed between saves: A {seen_a}, B {seen_b}"
    );
}
