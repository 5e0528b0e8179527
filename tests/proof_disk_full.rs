//! "Never lose data" when the disk will not take it: a cases folder that cannot be written, a
//! disk that is full and one that is read-only. Through the real app, driven by its labels: the
//! patient sees a clear message, keeps typing, and once the problem is gone the edit lands on
//! disk by itself (the wizard tries again every few seconds).
//!
//! The folder test runs everywhere. The full and read-only disk tests need a real small disk:
//! they run a child copy of this test binary in its own mount namespace (`unshare -m`, root
//! only) on a 512 KiB tmpfs, and say that they were skipped when that is not allowed.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{app_harness, click, run_until, shows, type_into};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use massage_coverage::case::{Case, CaseId};
use massage_coverage::store::DiskStore;
use massage_coverage::ui::App;

/// Names the mount point the child works on; without it the child tests do nothing.
const CHILD_DIR_VAR: &str = "MC_DISK_CHILD_DIR";

/// The failed-save message is on screen in full and leaves the buttons above it clickable.
fn message_is_readable(h: &Harness<'_, App>) {
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 2400.0));
    let button = h.get_by_label("All cases").rect();
    for node in h.query_all_by_label_contains("Not saved yet") {
        let rect = node.rect();
        assert!(
            screen.contains_rect(rect),
            "the message runs off the screen: {rect:?}"
        );
        assert!(
            !rect.intersects(button),
            "the message covers the \"All cases\" button: {rect:?} over {button:?}"
        );
    }
}

/// The case open in the app.
fn open_case(h: &Harness<'_, App>) -> Case {
    h.state().open_case().expect("a case is open").clone()
}

/// The case as it is on disk now.
fn on_disk(data_dir: &Path, id: &CaseId) -> Case {
    DiskStore::open(data_dir)
        .expect("open the store again")
        .load(id)
        .expect("the case file loads")
}

/// The shared story: a new case, an edit that is saved, then `break_it`; two edits that are not
/// saved and a clear message with `reason`; then `fix_it`, and both edits are on disk.
fn edits_survive(data_dir: &Path, reason: &str, break_it: impl Fn(), fix_it: impl Fn()) {
    let mut h = app_harness(data_dir);
    click(&mut h, "New case");
    type_into(&mut h, "Your full name", "Ana");
    run_until(&mut h, "the first edit is saved", |h| {
        shows(h, "Saved just now")
    });
    let id = open_case(&h).id;
    assert_eq!(on_disk(data_dir, &id).about.patient_name, "Ana");

    break_it();
    type_into(&mut h, "Your full name", "Ana María");
    run_until(&mut h, "the message that the edit is not saved", |h| {
        shows(h, "Not saved yet")
    });
    assert!(shows(&h, reason), "the message says why: {reason}");
    message_is_readable(&h);

    // The patient keeps working: another answer is taken while saving keeps failing.
    type_into(&mut h, "Age in years", "71");
    h.run_steps(40); // 10 s: two more tries, both failing.
    assert!(shows(&h, "Not saved yet"));
    let case = open_case(&h);
    assert_eq!(case.about.patient_name, "Ana María");
    assert_eq!(case.about.age, Some(71));

    fix_it();
    run_until(&mut h, "the edits are saved once the disk works", |h| {
        shows(h, "Saved just now")
    });
    let saved = on_disk(data_dir, &id);
    assert_eq!(saved.about.patient_name, "Ana María");
    assert_eq!(saved.about.age, Some(71));
    let leftovers: Vec<_> = fs::read_dir(data_dir.join("cases"))
        .expect("read the cases folder")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "failed saves left temp files: {leftovers:?}"
    );
}

#[test]
fn a_cases_folder_that_cannot_be_written_shows_a_message_and_the_edit_is_saved_once_it_can() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = dir.path().join("cases");
    // As root, permission bits do not stop writes; a file where the folder should be does.
    let break_it = || {
        fs::remove_dir_all(&cases).expect("remove the cases folder");
        fs::write(&cases, "not a folder").expect("put a file in its place");
    };
    let fix_it = || {
        fs::remove_file(&cases).expect("remove the file");
        fs::create_dir(&cases).expect("make the folder again");
    };
    edits_survive(dir.path(), "a part of its path is a file", break_it, fix_it);
}

#[test]
fn leaving_a_case_that_is_not_saved_keeps_the_edit_until_it_can_be_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = dir.path().join("cases");
    let mut h = app_harness(dir.path());
    click(&mut h, "New case");
    let id = open_case(&h).id;
    fs::remove_dir_all(&cases).expect("remove the cases folder");
    fs::write(&cases, "not a folder").expect("put a file in its place");
    type_into(&mut h, "Your full name", "Ana");
    run_until(&mut h, "the message that the edit is not saved", |h| {
        shows(h, "Not saved yet")
    });

    // The patient asks for the list of cases while the edit is still not on disk: the case
    // stays open, with the message, rather than its answers being dropped.
    click(&mut h, "All cases");
    assert!(shows(&h, "Not saved yet"));
    assert_eq!(open_case(&h).about.patient_name, "Ana");
    fs::remove_file(&cases).expect("remove the file");
    fs::create_dir(&cases).expect("make the folder again");
    run_until(
        &mut h,
        "the edit reaches the disk once the folder is back",
        |_| {
            DiskStore::open(dir.path())
                .and_then(|store| store.load(&id))
                .is_ok_and(|case| case.about.patient_name == "Ana")
        },
    );
}

/// Runs `child_test` of this binary in a private mount namespace with a fresh mount point;
/// false (and a note) when this machine does not allow it.
fn run_in_mount_namespace(child_test: &str) -> bool {
    let dir = tempfile::tempdir().expect("temp dir");
    let exe = std::env::current_exe().expect("the test binary's path");
    let output = Command::new("unshare")
        .args(["--mount", "--propagation", "private", "--"])
        .arg(&exe)
        .args(["--exact", child_test, "--ignored", "--nocapture"])
        .env(CHILD_DIR_VAR, dir.path())
        .output();
    let output = match output {
        Ok(output) => output,
        Err(e) => {
            println!("skipped: `unshare` could not be started ({e})");
            return false;
        }
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    if stderr.contains("unshare failed") || stdout.contains("MC_NO_MOUNT") {
        println!(
            "skipped: no mount namespace or tmpfs here (needs root): {}",
            stderr.trim()
        );
        return false;
    }
    assert!(
        output.status.success(),
        "the child test {child_test} failed:\n{stdout}\n{stderr}"
    );
    assert!(
        stdout.contains("1 passed"),
        "the child test {child_test} did not run:\n{stdout}"
    );
    true
}

/// In the child: a 512 KiB tmpfs on a fresh folder, or `None` (and a marker line) when not allowed.
fn small_disk() -> Option<PathBuf> {
    let dir = PathBuf::from(std::env::var_os(CHILD_DIR_VAR)?);
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=512k,mode=0700", "tmpfs"])
        .arg(&dir)
        .status()
        .is_ok_and(|s| s.success());
    if mounted {
        Some(dir)
    } else {
        println!("MC_NO_MOUNT");
        None
    }
}

fn remount(dir: &Path, how: &str) {
    let ok = Command::new("mount")
        .args(["-o", &format!("remount,{how}")])
        .arg(dir)
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "remount {how}");
}

#[test]
#[ignore = "helper: runs in its own mount namespace, started by the test below"]
fn child_full_disk() {
    let Some(disk) = small_disk() else { return };
    let filler = disk.join("filler");
    let break_it = || {
        // Fill every free block; the write stops with "no space left on device".
        let error = fs::write(&filler, vec![0_u8; 1024 * 1024]).expect_err("the disk fills up");
        assert_eq!(error.kind(), std::io::ErrorKind::StorageFull, "{error}");
    };
    let fix_it = || fs::remove_file(&filler).expect("free the disk");
    edits_survive(&disk, "the disk is full", break_it, fix_it);
}

#[test]
fn a_full_disk_shows_a_message_and_the_edit_is_saved_once_there_is_room() {
    if run_in_mount_namespace("child_full_disk") {
        println!("ran on a real full tmpfs");
    }
}

#[test]
#[ignore = "helper: runs in its own mount namespace, started by the test below"]
fn child_read_only_disk() {
    let Some(disk) = small_disk() else { return };
    edits_survive(
        &disk,
        "the disk is read-only",
        || remount(&disk, "ro"),
        || remount(&disk, "rw"),
    );
}

#[test]
fn a_read_only_disk_shows_a_message_and_the_edit_is_saved_once_it_is_writable() {
    if run_in_mount_namespace("child_read_only_disk") {
        println!("ran on a real read-only tmpfs");
    }
}

/// Asks the window to close, as its close button does.
fn request_close(h: &mut Harness<'_, App>) {
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run();
}

/// A new case whose name "Ana" is saved, then the cases folder replaced by a file and the name
/// changed to "Ana María", which cannot be saved. Gives the case's id and its saved file.
fn case_with_an_unsaved_edit(data_dir: &Path) -> (Harness<'static, App>, CaseId, Vec<u8>) {
    let cases = data_dir.join("cases");
    let mut h = app_harness(data_dir);
    click(&mut h, "New case");
    type_into(&mut h, "Your full name", "Ana");
    run_until(&mut h, "the first edit is saved", |h| {
        shows(h, "Saved just now")
    });
    let id = open_case(&h).id;
    let saved = fs::read(cases.join(format!("{}.ron", id.as_str()))).expect("the file");
    fs::remove_dir_all(&cases).expect("remove the cases folder");
    fs::write(&cases, "not a folder").expect("put a file in its place");
    type_into(&mut h, "Your full name", "Ana María");
    (h, id, saved)
}

/// Puts the cases folder back, with `saved` as the case's file.
fn fix_cases_folder(data_dir: &Path, id: &CaseId, saved: &[u8]) {
    let cases = data_dir.join("cases");
    fs::remove_file(&cases).expect("remove the file");
    fs::create_dir(&cases).expect("make the folder again");
    fs::write(cases.join(format!("{}.ron", id.as_str())), saved).expect("restore");
}

#[test]
fn closing_the_window_while_the_last_answers_cannot_be_saved_asks_first_and_can_save_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, id, saved) = case_with_an_unsaved_edit(dir.path());
    request_close(&mut h);
    assert!(shows(&h, "Your latest answers are not saved"));
    assert!(shows(&h, "a part of its path is a file"), "it says why");
    click(&mut h, "Keep the app open");
    assert!(!shows(&h, "Your latest answers are not saved"));
    assert_eq!(open_case(&h).about.patient_name, "Ana María");

    request_close(&mut h);
    assert!(shows(&h, "Your latest answers are not saved"));
    fix_cases_folder(dir.path(), &id, &saved);
    click(&mut h, "Try again and close");
    assert!(!shows(&h, "Your latest answers are not saved"));
    assert_eq!(on_disk(dir.path(), &id).about.patient_name, "Ana María");
}

#[test]
fn closing_without_saving_is_the_patients_choice_and_the_saved_answers_stay() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, id, saved) = case_with_an_unsaved_edit(dir.path());
    request_close(&mut h);
    click(&mut h, "Close without saving");
    assert!(!shows(&h, "Your latest answers are not saved"));
    // A second close request is not stopped again.
    request_close(&mut h);
    assert!(!shows(&h, "Your latest answers are not saved"));
    drop(h);
    fix_cases_folder(dir.path(), &id, &saved);
    assert_eq!(on_disk(dir.path(), &id).about.patient_name, "Ana");
}
