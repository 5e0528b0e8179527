//! `massage-coverage check-content DIR` finds each kind of mistake, with its file and line.

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_massage-coverage");
const BUILT_IN: &str = "assets/content/en";

/// A copy of the built-in content in a temporary folder.
fn copy_of_built_in() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for entry in std::fs::read_dir(BUILT_IN).expect("content folder") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, dir.path().join(path.file_name().expect("name"))).expect("copy");
    }
    dir
}

fn edit(dir: &Path, file: &str, change: impl FnOnce(String) -> String) -> PathBuf {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, change(text)).expect("write");
    path
}

/// Appends an entry to a list file, just before its closing bracket; returns its first line.
fn append_entry(dir: &Path, file: &str, entry: &str) -> usize {
    let mut line = 0;
    edit(dir, file, |text| {
        let at = text.rfind(']').expect("a list file ends with ]");
        let before = &text[..at];
        line = before.matches('\n').count() + 2;
        format!("{before}\n{entry}\n{}", &text[at..])
    });
    line
}

fn line_of(dir: &Path, file: &str, needle: &str) -> usize {
    let text = std::fs::read_to_string(dir.join(file)).expect("read");
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in {file}"));
    text[..at].matches('\n').count() + 1
}

/// Runs check-content; returns (success, stderr).
fn check(dir: &Path) -> (bool, String) {
    let out = Command::new(BIN)
        .arg("check-content")
        .arg(dir)
        .output()
        .expect("run");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn expect_problem(dir: &Path, file: &str, line: usize, words: &str) {
    let (ok, stderr) = check(dir);
    assert!(!ok, "check-content passed a broken folder");
    let at = format!("{}:{line}:", dir.join(file).display());
    let hit = stderr.lines().find(|l| l.starts_with(&at));
    let hit = hit.unwrap_or_else(|| panic!("no problem reported at {at}\n{stderr}"));
    assert!(hit.to_lowercase().contains(words), "{hit}");
}

#[test]
fn the_built_in_content_passes() {
    let out = Command::new(BIN)
        .arg("check-content")
        .arg(BUILT_IN)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("The content is fine"));
}

#[test]
fn the_built_in_spanish_content_passes() {
    let out = Command::new(BIN)
        .arg("check-content")
        .arg("assets/content/es")
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn an_unknown_key_is_reported_at_its_line() {
    let dir = copy_of_built_in();
    let line = append_entry(
        dir.path(),
        "facts.ron",
        "(id: \"extra\", colour: \"red\", text: \"x\", sources: [], reviewed: \"2026-01-01\", strength: Official),",
    );
    expect_problem(dir.path(), "facts.ron", line, "colour");
}

#[test]
fn a_fact_without_a_source_is_reported_at_its_line() {
    let dir = copy_of_built_in();
    let line = append_entry(
        dir.path(),
        "facts.ron",
        "(id: \"no-source\", text: \"x\", sources: [], reviewed: \"2026-01-01\", strength: Official),",
    );
    expect_problem(dir.path(), "facts.ron", line, "no source");
}

#[test]
fn an_impossible_review_date_is_reported_at_its_line() {
    let dir = copy_of_built_in();
    let line = append_entry(
        dir.path(),
        "facts.ron",
        "(id: \"bad-date\", text: \"x\", sources: [(title: \"t\", url: \"https://example.org\")], reviewed: \"2026-02-31\", strength: Official),",
    );
    expect_problem(dir.path(), "facts.ron", line, "");
}

#[test]
fn a_duplicate_id_is_reported_at_the_second_one() {
    let dir = copy_of_built_in();
    let text = std::fs::read_to_string(dir.path().join("glossary.ron")).expect("read");
    let first = text
        .split("id: \"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("an id");
    let entry = format!("(id: \"{first}\", term: \"Again\", definition: \"x\"),");
    let line = append_entry(dir.path(), "glossary.ron", &entry);
    expect_problem(dir.path(), "glossary.ron", line, "used twice");
}

#[test]
fn a_fact_referred_to_but_not_defined_is_reported_where_it_is_used() {
    let dir = copy_of_built_in();
    edit(dir.path(), "questions.ron", |t| {
        t.replacen("facts: [", "facts: [\"no-such-fact\", ", 1)
    });
    let line = line_of(dir.path(), "questions.ron", "no-such-fact");
    expect_problem(dir.path(), "questions.ron", line, "not defined");
}

#[test]
fn a_question_the_app_uses_but_the_folder_does_not_define_is_reported() {
    let dir = copy_of_built_in();
    edit(dir.path(), "questions.ron", |t| {
        t.replacen("id: \"covered\"", "id: \"is-it-covered\"", 1)
    });
    expect_problem(
        dir.path(),
        "questions.ron",
        1,
        "\"covered\" is used by the call log but not defined",
    );
}

#[test]
fn a_missing_file_is_reported() {
    let dir = copy_of_built_in();
    std::fs::remove_file(dir.path().join("routes.ron")).expect("remove");
    expect_problem(dir.path(), "routes.ron", 1, "missing");
}

#[test]
fn a_route_without_text_is_reported() {
    let dir = copy_of_built_in();
    edit(dir.path(), "routes.ron", |t| {
        let at = t.find("PayLess").expect("PayLess entry");
        // Cut the PayLess entry: from its name to the end of its parenthesised value.
        let rest = &t[at..];
        let close = rest.find("),").expect("entry end") + 2;
        format!("{}{}", &t[..at], &rest[close..])
    });
    expect_problem(dir.path(), "routes.ron", 1, "payless");
}

#[test]
fn several_mistakes_in_different_files_are_all_reported() {
    let dir = copy_of_built_in();
    std::fs::remove_file(dir.path().join("codes.ron")).expect("remove");
    edit(dir.path(), "questions.ron", |t| {
        t.replacen("facts: [", "facts: [\"no-such-fact\", ", 1)
    });
    let (ok, stderr) = check(dir.path());
    assert!(!ok);
    assert!(stderr.contains("codes.ron:1:"), "{stderr}");
    assert!(stderr.contains("questions.ron:"), "{stderr}");
    assert!(stderr.contains("2 problem(s) found"), "{stderr}");
}

#[test]
fn the_app_refuses_a_broken_content_folder_with_one_clear_message() {
    let dir = copy_of_built_in();
    std::fs::remove_file(dir.path().join("routes.ron")).expect("remove");
    let data = tempfile::tempdir().expect("temp dir");
    let out = Command::new(BIN)
        .arg("--data-dir")
        .arg(data.path())
        .arg("--content")
        .arg(dir.path())
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("run");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("check-content"), "{stderr}");
    assert!(stderr.contains("routes.ron"), "{stderr}");
}

/// Runs check-content as on `day`; returns (success, stderr).
fn check_on(dir: &Path, day: &str) -> (bool, String) {
    let out = Command::new(BIN)
        .arg("check-content")
        .arg(dir)
        .arg("--today")
        .arg(day)
        .output()
        .expect("run");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The line of the last entry of `figure` for `year` in the built-in figures.
fn figure_line(figure: &str, year: i32) -> usize {
    let text = std::fs::read_to_string(Path::new(BUILT_IN).join("figures.ron")).expect("read");
    let entry = format!("figure: {figure}, year: {year},");
    let at = text
        .rfind(&entry)
        .unwrap_or_else(|| panic!("{entry} not in figures.ron"));
    text[..at].matches('\n').count() + 1
}

#[test]
fn figures_for_this_year_and_before_october_raise_no_warning() {
    let (ok, stderr) = check_on(Path::new(BUILT_IN), "2026-09-30");
    assert!(ok, "{stderr}");
    assert!(!stderr.contains("warning"), "{stderr}");
}

#[test]
fn from_october_1_a_figure_missing_for_next_year_is_a_warning_at_its_latest_line() {
    let (ok, stderr) = check_on(Path::new(BUILT_IN), "2026-10-01");
    assert!(ok, "a warning must not fail the check:\n{stderr}");
    let at = format!(
        "{}:{}: warning:",
        Path::new(BUILT_IN).join("figures.ron").display(),
        figure_line("FsaLimit", 2026)
    );
    let hit = stderr
        .lines()
        .find(|l| l.starts_with(&at))
        .unwrap_or_else(|| panic!("no warning at {at}\n{stderr}"));
    assert!(hit.contains("2027") && hit.contains("FsaLimit"), "{hit}");
    // The 2027 HSA limit is published, so it is not warned about.
    assert!(!stderr.contains("HsaLimitSelf"), "{stderr}");
    assert!(stderr.contains("warning(s)."), "{stderr}");
}

#[test]
fn a_folder_with_no_figures_for_the_current_year_warns_for_each_figure_but_passes() {
    let dir = copy_of_built_in();
    let (ok, stderr) = check_on(dir.path(), "2029-03-01");
    assert!(ok, "{stderr}");
    let at = format!(
        "{}:{}: warning:",
        dir.path().join("figures.ron").display(),
        figure_line("HsaLimitSelf", 2027)
    );
    let hit = stderr
        .lines()
        .find(|l| l.starts_with(&at))
        .unwrap_or_else(|| panic!("no warning at {at}\n{stderr}"));
    assert!(hit.contains("2029") && hit.contains("this year"), "{hit}");
    assert!(
        !stderr.contains("2030"),
        "no next-year warning before October:\n{stderr}"
    );
}

#[test]
fn warnings_are_printed_beside_errors_and_only_errors_fail() {
    let dir = copy_of_built_in();
    std::fs::remove_file(dir.path().join("routes.ron")).expect("remove");
    let (ok, stderr) = check_on(dir.path(), "2029-03-01");
    assert!(!ok);
    assert!(stderr.contains("warning:"), "{stderr}");
    assert!(stderr.contains("1 problem(s) found"), "{stderr}");
}

#[test]
fn an_action_without_words_for_someone_helping_is_reported() {
    let dir = copy_of_built_in();
    edit(dir.path(), "helping.ron", |t| {
        t.lines()
            .filter(|l| !l.trim_start().starts_with("ConsiderItemizing:"))
            .collect::<Vec<_>>()
            .join("\n")
    });
    expect_problem(
        dir.path(),
        "helping.ron",
        1,
        "consideritemizing has no text for someone helping",
    );
}

#[test]
fn a_step_without_words_for_someone_helping_is_reported() {
    let dir = copy_of_built_in();
    edit(dir.path(), "helping.ron", |t| {
        let at = t.find("        Plan: (").expect("Plan entry");
        let end = t[at..].find("\n    },").expect("end of the steps") + at;
        format!("{}{}", &t[..at], &t[end + 1..])
    });
    expect_problem(
        dir.path(),
        "helping.ron",
        1,
        "step plan has no text for someone helping",
    );
}

#[test]
fn an_unknown_step_in_the_helping_words_is_reported_at_its_line() {
    let dir = copy_of_built_in();
    edit(dir.path(), "helping.ron", |t| {
        t.replacen("        Plan: (", "        Planning: (", 1)
    });
    let line = line_of(dir.path(), "helping.ron", "Planning:");
    expect_problem(dir.path(), "helping.ron", line, "planning");
}

#[test]
fn a_helping_action_that_loses_its_date_is_reported_at_its_line() {
    let dir = copy_of_built_in();
    edit(dir.path(), "helping.ron", |t| {
        t.replacen("FSA money by {date}", "FSA money soon", 1)
    });
    let line = line_of(dir.path(), "helping.ron", "UseFsaBy:");
    expect_problem(dir.path(), "helping.ron", line, "{date}");
}

#[test]
fn a_missing_helping_file_is_reported() {
    let dir = copy_of_built_in();
    std::fs::remove_file(dir.path().join("helping.ron")).expect("remove");
    expect_problem(dir.path(), "helping.ron", 1, "missing");
}
