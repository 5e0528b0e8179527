//! The start screen driven by its labels: the list of cases and what can be done with them.

mod common;

use common::{app_harness, click, shows, type_into};
use egui_kittest::kittest::Queryable;
use massage_coverage::case::Case;
use massage_coverage::store::{self, DiskStore};

/// A saved case titled `title`, as if made earlier.
fn saved_case(dir: &std::path::Path, title: &str, name: &str) -> Case {
    let store = DiskStore::open(dir).expect("store");
    let mut case = Case::new(store.fresh_id(common::NOW), common::NOW);
    title.clone_into(&mut case.title);
    name.clone_into(&mut case.about.patient_name);
    store.save(&case).expect("save");
    case
}

#[test]
fn the_start_screen_lists_good_cases_and_reports_garbage_files_without_losing_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    saved_case(dir.path(), "My back", "Ana");
    let cases = dir.path().join("cases");
    std::fs::write(cases.join("c1-broken.ron"), b"\xff\xfe not a case").expect("write");
    std::fs::write(cases.join("c1-future.ron"), b"(schema: 99, case: ())").expect("write");
    let h = app_harness(dir.path());
    assert!(shows(&h, "My back"));
    assert!(shows(&h, "Some files could not be opened"));
    assert!(shows(&h, "c1-broken.ron"));
    assert!(shows(&h, "newer version"));
    let names: Vec<String> = std::fs::read_dir(&cases)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().any(|n| n.starts_with("c1-broken.corrupt-")),
        "{names:?}"
    );
    assert_eq!(
        std::fs::read(cases.join("c1-future.ron")).expect("read"),
        b"(schema: 99, case: ())"
    );
}

#[test]
fn rename_changes_the_title_on_disk() {
    let dir = tempfile::tempdir().expect("temp dir");
    let case = saved_case(dir.path(), "My back", "Ana");
    let mut h = app_harness(dir.path());
    click(&mut h, "Rename My back");
    type_into(&mut h, "New name for this case", "Mom's shoulder");
    click(&mut h, "Save name");
    assert!(shows(&h, "Mom's shoulder"));
    let store = DiskStore::open(dir.path()).expect("store");
    assert_eq!(store.load(&case.id).expect("load").title, "Mom's shoulder");
}

#[test]
fn duplicate_makes_a_second_case_with_the_same_answers() {
    let dir = tempfile::tempdir().expect("temp dir");
    saved_case(dir.path(), "My back", "Ana");
    let mut h = app_harness(dir.path());
    click(&mut h, "Duplicate My back");
    assert!(shows(&h, "Copy of My back"));
    drop(h);
    let listing = DiskStore::open(dir.path()).expect("store").list();
    assert_eq!(listing.cases.len(), 2);
    assert!(listing.cases.iter().all(|c| c.about.patient_name == "Ana"));
}

#[test]
fn delete_asks_first_and_keep_it_keeps_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let case = saved_case(dir.path(), "My back", "Ana");
    let mut h = app_harness(dir.path());
    click(&mut h, "Delete… My back");
    assert!(shows(&h, "Delete this case?"));
    click(&mut h, "Keep it");
    let store = DiskStore::open(dir.path()).expect("store");
    assert!(store.exists(&case.id));
    click(&mut h, "Delete… My back");
    click(&mut h, "Delete");
    assert!(!store.exists(&case.id));
    assert!(shows(&h, "You have no saved cases yet"));
}

#[test]
fn export_and_import_fall_back_to_a_path_field_without_a_file_dialog() {
    let dir = tempfile::tempdir().expect("temp dir");
    let outside = tempfile::tempdir().expect("temp dir");
    let case = saved_case(dir.path(), "My back", "Ana");
    let target = outside.path().join("copy.ron");
    let mut h = app_harness(dir.path());

    click(&mut h, "Export… My back");
    assert!(shows(&h, "No file window can be shown"));
    type_into(
        &mut h,
        "Save the copy to this file",
        &target.display().to_string(),
    );
    click(&mut h, "Save copy");
    assert!(shows(&h, "Saved a copy to"));
    let exported = store::import_case(&target).expect("exported file reads back");
    assert_eq!(exported.about, case.about);

    click(&mut h, "Import…");
    type_into(&mut h, "Case file to import", &target.display().to_string());
    click(&mut h, "Import this file");
    assert!(shows(&h, "The case was imported"));
    drop(h);
    let listing = DiskStore::open(dir.path()).expect("store").list();
    assert_eq!(
        listing.cases.len(),
        2,
        "the import is a new case, never a replacement"
    );
}

#[test]
fn importing_a_missing_or_broken_file_says_so_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    saved_case(dir.path(), "My back", "Ana");
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(schema: 1, case: (title: 5))").expect("write");
    let mut h = app_harness(dir.path());
    click(&mut h, "Import…");
    type_into(&mut h, "Case file to import", "/nonexistent/nowhere.ron");
    click(&mut h, "Import this file");
    assert!(shows(&h, "Could not read"));
    type_into(&mut h, "Case file to import", &broken.display().to_string());
    click(&mut h, "Import this file");
    assert!(shows(&h, "not a case file"));
    assert_eq!(
        std::fs::read_to_string(&broken).expect("read"),
        "(schema: 1, case: (title: 5))"
    );
    assert_eq!(h.get_all_by_label_contains("Continue").count(), 1);
}
