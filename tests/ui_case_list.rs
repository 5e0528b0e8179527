//! The list of cases as a patient reads it: titles made from the case, the real step, the case
//! reopened after a restart, and an export that says what it saves.

mod common;

use common::{app_harness, click, shows, spanish_app_harness};
use egui_kittest::kittest::Queryable;
use massage_coverage::case::{
    Account, Alternative, Answer, Case, CaseId, ConditionKind, Coverage, ForWhom, Paperwork, Step,
};
use massage_coverage::guidance::Guidance;
use massage_coverage::store::DiskStore;
use massage_coverage::ui::files::NoDialogs;
use massage_coverage::ui::{App, FixedClock};

/// Saves `case` in `dir` under a fresh id, as if made earlier, and returns it with that id.
fn save(dir: &std::path::Path, mut case: Case) -> Case {
    let store = DiskStore::open(dir).expect("store");
    case.id = store.fresh_id(common::NOW);
    store.save(&case).expect("save");
    case
}

/// A case without a title the patient typed: for `for_whom`, about `condition`.
fn untitled(for_whom: ForWhom, condition: Option<ConditionKind>) -> Case {
    let mut case = Case::new(CaseId::default(), common::NOW);
    case.about.for_whom = Some(for_whom);
    case.condition.kinds.extend(condition);
    case
}

#[test]
fn a_case_without_a_typed_title_is_listed_by_who_it_is_for_and_what_it_is_about() {
    let dir = tempfile::tempdir().expect("temp dir");
    save(
        dir.path(),
        untitled(ForWhom::Myself, Some(ConditionKind::Sciatica)),
    );
    save(dir.path(), untitled(ForWhom::Myself, None));
    let mut maria = untitled(ForWhom::SomeoneElse, Some(ConditionKind::LowBackPain));
    "Maria".clone_into(&mut maria.about.patient_name);
    "mother".clone_into(&mut maria.about.relationship);
    save(dir.path(), maria);
    let mut mother = untitled(ForWhom::SomeoneElse, Some(ConditionKind::NeckPain));
    "mother".clone_into(&mut mother.about.relationship);
    save(dir.path(), mother);

    let h = app_harness(dir.path());
    h.get_by_label("Continue My case: sciatica");
    h.get_by_label("Continue My case");
    h.get_by_label("Continue For Maria: low back pain");
    h.get_by_label("Continue For mother: neck pain");
    assert!(!shows(&h, "Untitled case"));
    assert!(!shows(&h, "For: "), "the old \"For: me\" line is gone");
}

#[test]
fn a_made_up_title_reads_in_spanish_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    save(
        dir.path(),
        untitled(ForWhom::Myself, Some(ConditionKind::Sciatica)),
    );
    let h = spanish_app_harness(dir.path());
    assert!(shows(&h, "Mi caso: ciática"));
}

#[test]
fn a_typed_title_is_kept_and_the_line_under_it_says_who_and_the_insurer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut case = untitled(ForWhom::SomeoneElse, Some(ConditionKind::Sciatica));
    "Mom's back".clone_into(&mut case.title);
    "Maria".clone_into(&mut case.about.patient_name);
    "Aetna".clone_into(&mut case.insurer.name);
    save(dir.path(), case);
    let h = app_harness(dir.path());
    h.get_by_label("Continue Mom's back");
    h.get_by_label("For Maria – Insurer: Aetna");
}

#[test]
fn a_new_case_is_named_by_what_the_patient_answers_not_by_its_date() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    click(&mut h, "New case");
    click(&mut h, "Myself");
    click(&mut h, "All cases");
    h.get_by_label("Continue My case");
    assert!(!shows(&h, "Case started"));
    let listing = DiskStore::open(dir.path()).expect("store").list();
    assert_eq!(
        listing.cases[0].title, "",
        "no title is stored for the patient"
    );
}

#[test]
fn a_case_titled_case_started_by_an_earlier_version_gets_a_title_from_the_case() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut case = untitled(ForWhom::Myself, Some(ConditionKind::NeckPain));
    "Case started Nov 29, 2026".clone_into(&mut case.title);
    save(dir.path(), case);
    let h = app_harness(dir.path());
    h.get_by_label("Continue My case: neck pain");
}

/// A case for the patient themself, 40 years old with a plan from work, with every step that
/// applies answered; Medicare does not apply.
fn every_step_done() -> Case {
    let mut case = untitled(ForWhom::Myself, Some(ConditionKind::Sciatica));
    case.about.age = Some(40);
    case.about.state = Some("WA".to_owned());
    case.about.coverage.insert(Coverage::EmployerOrIndividual);
    case.condition.paperwork.insert(Paperwork::NotYet);
    "Aetna".clone_into(&mut case.insurer.name);
    "XJ-9".clone_into(&mut case.insurer.member_id);
    case.insurer.massage_covered = Some(Answer::Yes);
    case.accounts.kinds.insert(Account::NoAccount);
    case.alternatives
        .wanted
        .insert(Alternative::PhysicalTherapy);
    case
}

#[test]
fn a_case_with_every_step_done_is_listed_as_plan_ready_even_when_left_on_an_earlier_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut case = every_step_done();
    // The patient went back from the plan to change the member ID, then closed the case.
    case.step = Step::CallInsurer;
    save(dir.path(), case);
    let h = app_harness(dir.path());
    assert!(shows(&h, "Plan ready: every step is done"));
    assert!(!shows(&h, "Step 3 of 7"));
}

#[test]
fn a_case_on_the_plan_is_listed_at_step_7_of_7() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    click(&mut h, "New case");
    common::go_to_step(&mut h, "Step 7, Your plan");
    click(&mut h, "All cases");
    assert!(shows(&h, "Step 7 of 7: Your plan"));
}

#[test]
fn the_list_shows_the_step_the_case_opens_on_when_its_step_no_longer_applies() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut case = every_step_done();
    case.accounts.kinds.clear();
    // Left on Medicare, which stopped applying when the patient said they are 40.
    case.step = Step::Medicare;
    save(dir.path(), case);
    let mut h = app_harness(dir.path());
    assert!(
        shows(&h, "Step 5 of 7: FSA / HSA"),
        "as the step map has it"
    );
    click(&mut h, "Continue My case: sciatica");
    assert!(shows(&h, "Step 5 of 7: FSA / HSA"));
}

#[test]
fn the_export_panel_names_the_case_suggests_a_file_named_after_it_and_speaks_of_saving() {
    let dir = tempfile::tempdir().expect("temp dir");
    save(
        dir.path(),
        untitled(ForWhom::Myself, Some(ConditionKind::Sciatica)),
    );
    let mut h = app_harness(dir.path());
    click(&mut h, "Export… My case: sciatica");
    assert!(shows(&h, "Export a copy of \"My case: sciatica\""));
    assert!(shows(&h, "Type where to save the copy"));
    assert!(!shows(&h, "Type where the file is"), "that is for opening");
    let path = common::value_of(&h, "Save the copy to this file");
    assert!(path.ends_with("my-case-sciatica.ron"), "{path}");

    // Opening a file still says where the file is.
    click(&mut h, "Cancel");
    click(&mut h, "Import…");
    assert!(shows(&h, "Type where the file is instead"));
    assert!(!shows(&h, "Export a copy of"));
}

/// The app as `main.rs` starts it: cases in `data`, settings in `config`.
fn app_with_settings(
    data: &std::path::Path,
    config: &std::path::Path,
) -> egui_kittest::Harness<'static, App> {
    let app = App::new(
        DiskStore::open(data).expect("store"),
        Guidance::builtin().expect("content"),
        Box::new(FixedClock(common::NOW)),
        Box::new(NoDialogs),
    )
    .with_settings_dir(config.to_path_buf());
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 2400.0))
        .with_step_dt(0.25)
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run();
    h
}

/// A case about sciatica, left on step 2, saved in `data`.
fn case_on_step_2(data: &std::path::Path) -> Case {
    let mut case = untitled(ForWhom::Myself, Some(ConditionKind::Sciatica));
    case.step = Step::Condition;
    save(data, case)
}

#[test]
fn after_a_restart_the_app_reopens_the_case_the_patient_was_in() {
    let (data, config) = (
        tempfile::tempdir().expect("dir"),
        tempfile::tempdir().expect("dir"),
    );
    let case = case_on_step_2(data.path());
    let mut h = app_with_settings(data.path(), config.path());
    click(&mut h, "Continue My case: sciatica");
    drop(h);

    let h = app_with_settings(data.path(), config.path());
    let open = h.state().open_case().expect("the case is open again");
    assert_eq!(open.id, case.id);
    assert!(shows(&h, "Step 2 of 7: Your condition and prescription"));
    assert!(shows(&h, "My case: sciatica"));
}

#[test]
fn after_going_back_to_the_list_on_purpose_a_restart_shows_the_list() {
    let (data, config) = (
        tempfile::tempdir().expect("dir"),
        tempfile::tempdir().expect("dir"),
    );
    case_on_step_2(data.path());
    let mut h = app_with_settings(data.path(), config.path());
    click(&mut h, "Continue My case: sciatica");
    click(&mut h, "All cases");
    drop(h);

    let h = app_with_settings(data.path(), config.path());
    assert!(h.state().open_case().is_none());
    assert!(shows(&h, "Continue My case: sciatica"));
}

#[test]
fn a_last_case_that_is_gone_or_damaged_opens_the_list_without_extra_messages() {
    let (data, config) = (
        tempfile::tempdir().expect("dir"),
        tempfile::tempdir().expect("dir"),
    );
    let gone = case_on_step_2(data.path());
    let mut h = app_with_settings(data.path(), config.path());
    click(&mut h, "Continue My case: sciatica");
    drop(h);
    DiskStore::open(data.path())
        .expect("store")
        .delete(&gone.id)
        .expect("delete");

    let h = app_with_settings(data.path(), config.path());
    assert!(h.state().open_case().is_none());
    assert!(shows(&h, "You have no saved cases yet"));
    assert!(!shows(&h, "Could not"));
    assert_eq!(h.state().settings().last_case, None, "forgotten");
    drop(h);

    let damaged = case_on_step_2(data.path());
    let mut h = app_with_settings(data.path(), config.path());
    click(&mut h, "Continue My case: sciatica");
    drop(h);
    let file = data
        .path()
        .join("cases")
        .join(format!("{}.ron", damaged.id.as_str()));
    std::fs::write(&file, "(schema: 1, case: (title: 5))").expect("write");

    let h = app_with_settings(data.path(), config.path());
    assert!(h.state().open_case().is_none());
    // The list reports the damaged file once, as for any damaged file.
    assert_eq!(
        h.query_all_by_label_contains("could not be opened").count(),
        1
    );
}

#[test]
fn rename_starts_from_the_name_the_list_shows() {
    let dir = tempfile::tempdir().expect("temp dir");
    save(
        dir.path(),
        untitled(ForWhom::Myself, Some(ConditionKind::Sciatica)),
    );
    let mut h = app_harness(dir.path());
    click(&mut h, "Rename My case: sciatica");
    assert_eq!(
        common::value_of(&h, "New name for this case"),
        "My case: sciatica"
    );
}
