//! Issue 17, "Nothing typed is lost": what a patient types is kept and shown where they look
//! for it, and a problem that blocks moving on is always on screen.

mod common;

use common::{app_harness, click, shows, type_into};
use egui_kittest::kittest::{NodeT, Queryable};
use massage_coverage::case::{Account, Case, Coverage, Step};

/// A case filled in up to `step`, as a patient would have left it.
fn case_on(step: Step) -> Case {
    let mut case = common::case_on("c20261129-100000-0001", step);
    case.about.patient_name = "Ana Ruiz".into();
    case
}

#[test]
fn an_answer_that_is_no_longer_asked_never_blocks_next() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    h.state_mut().open(case_on(Step::Accounts));
    h.run();
    click(&mut h, "Flexible spending account (FSA)");
    type_into(&mut h, "FSA balance", "-300");
    assert!(
        shows(&h, "Please enter an amount of zero or more."),
        "the problem is shown beside the field"
    );
    click(&mut h, "Flexible spending account (FSA)");
    click(&mut h, "None of these");
    common::next(&mut h);
    assert!(
        !shows(&h, "An answer on this page needs fixing"),
        "no hidden problem blocks the patient"
    );
    let case = h.state().open_case().expect("a case is open");
    assert_eq!(case.step, Step::Alternatives);
    assert_eq!(case.accounts.kinds, [Account::NoAccount].into());
}

#[test]
fn saving_a_pdf_over_a_file_that_is_there_asks_first_and_keeps_it_when_told() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = tempfile::tempdir().expect("temp dir");
    let target = out.path().join("call-checklist.pdf");
    std::fs::write(&target, b"the blank one saved a minute ago").expect("old file");
    let mut h = app_harness(dir.path());
    h.state_mut().open(case_on(Step::Plan));
    h.run();
    let save = |h: &mut egui_kittest::Harness<'_, massage_coverage::ui::App>| {
        click(h, "Save as PDF… Letter for your doctor");
        type_into(
            h,
            "Save the PDF to this file",
            &target.display().to_string(),
        );
        click(h, "Save PDF");
    };
    save(&mut h);
    assert!(shows(&h, "A file with this name is already there"));
    assert_eq!(
        std::fs::read(&target).expect("old file"),
        b"the blank one saved a minute ago"
    );
    click(&mut h, "Keep the old file");
    assert!(!shows(&h, "A file with this name is already there"));
    assert_eq!(
        std::fs::read(&target).expect("old file"),
        b"the blank one saved a minute ago"
    );
    click(&mut h, "Save PDF");
    click(&mut h, "Replace it");
    assert!(shows(&h, "Saved the PDF to"));
    assert!(
        std::fs::read(&target)
            .expect("new file")
            .starts_with(b"%PDF")
    );
}

#[test]
fn the_plan_starts_with_fsa_money_about_to_be_lost_and_says_how_many_days_are_left() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    let mut case = case_on(Step::Plan);
    case.accounts.kinds.insert(Account::Fsa);
    case.accounts.fsa_balance = Some(125_000);
    case.accounts.plan_year_end = Some(time::macros::date!(2026 - 12 - 31));
    case.alternatives
        .wanted
        .insert(massage_coverage::case::Alternative::PhysicalTherapy);
    h.state_mut().open(case);
    h.run();
    // Labels keep their text in the accessibility node's value.
    let fsa = h
        .query_all_by_label_contains("12/31/2026")
        .filter_map(|n| n.accesskit_node().value())
        .find(|l| l.contains("FSA"))
        .expect("the FSA deadline is in the plan");
    assert!(fsa.starts_with("1. "), "first in the plan: {fsa}");
    assert!(fsa.ends_with("(32 days left)"), "{fsa}");
    assert!(shows(&h, "Other options, if you want to pay less"));
}

#[test]
fn what_was_typed_during_the_call_fills_what_they_told_you_right_after_done() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    h.state_mut().open(case_on(Step::CallInsurer));
    h.run();
    click(&mut h, "Start call");
    click(&mut h, "A person answered");
    type_into(&mut h, "What they said", "Yes, under physical medicine");
    for _ in 0..6 {
        click(&mut h, "Next question");
    }
    assert!(shows(&h, "Question 7 of"));
    type_into(&mut h, "What they said", "20 visits a year");
    click(&mut h, "Next question");
    click(&mut h, "Next question");
    assert!(shows(&h, "Question 9 of"));
    type_into(
        &mut h,
        "What they said",
        "20% coinsurance after the deductible",
    );
    type_into(&mut h, "Representative's name", "Sam");
    type_into(&mut h, "Reference number", "REF-9");
    click(&mut h, "End call");
    click(&mut h, "Done with this call");
    assert_eq!(common::value_of(&h, "Visits allowed each year"), "20");
    assert_eq!(common::value_of(&h, "Coinsurance, in percent"), "20");
    assert_eq!(
        common::value_of(&h, "Under which benefit"),
        "Yes, under physical medicine"
    );
    assert_eq!(common::value_of(&h, "Who you spoke to"), "Sam");
    assert_eq!(common::value_of(&h, "Call reference number"), "REF-9");
    let i = &h.state().open_case().expect("open").insurer;
    assert_eq!(i.visit_limit, Some(20));
    assert_eq!(i.coinsurance_percent, Some(20));
}

#[test]
fn a_number_spelled_with_letters_is_dialled_as_digits_and_shown_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    h.state_mut().open(case_on(Step::CallInsurer));
    h.run();
    type_into(&mut h, "Member services phone", "1-800-MEDICARE");
    assert!(!shows(
        &h,
        "The letters after the number are not part of it"
    ));
    // Out of the field, it shows the number as dialled.
    click(&mut h, "Member ID");
    assert_eq!(
        common::value_of(&h, "Member services phone"),
        "(800) 633-4227"
    );
    let i = &h.state().open_case().expect("open").insurer;
    assert_eq!(i.phone, "(800) 633-4227");
}

#[test]
fn medicare_ticked_on_the_first_step_is_already_ticked_on_the_medicare_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    let mut case = case_on(Step::Alternatives);
    case.about.age = Some(70);
    case.about.coverage = [Coverage::OriginalMedicare, Coverage::MedicareAdvantage].into();
    h.state_mut().open(case);
    h.run();
    common::go_to_step(&mut h, "Step 4, Medicare");
    let parts = &h.state().open_case().expect("open").medicare.parts;
    assert!(parts.contains(&massage_coverage::case::MedicarePart::PartB));
    assert!(parts.contains(&massage_coverage::case::MedicarePart::Advantage));
    assert!(
        h.get_by_label("Part B (medical)")
            .accesskit_node()
            .toggled()
            == Some(egui::accesskit::Toggled::True)
    );
}

#[test]
fn a_follow_up_date_field_gives_a_day_ahead_as_its_example_not_a_birth_date() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    let mut case = case_on(Step::Accounts);
    case.accounts.kinds.insert(Account::Fsa);
    h.state_mut().open(case);
    h.run();
    let hint = |h: &egui_kittest::Harness<'_, massage_coverage::ui::App>, label: &str| {
        h.get_by_label(label)
            .accesskit_node()
            .placeholder()
            .unwrap_or_default()
            .to_owned()
    };
    let year_end = hint(&h, "Last day of the FSA plan year");
    assert!(year_end.contains("12/31/2026"), "{year_end}");
    assert!(!year_end.contains("1961"), "{year_end}");
    common::go_to_step(&mut h, "Step 3, Call your insurer");
    click(&mut h, "Start call");
    let follow_up = hint(&h, "Follow up on");
    assert!(!follow_up.contains("1961"), "{follow_up}");
    common::go_to_step(&mut h, "Step 1, About you");
    assert!(hint(&h, "Date of birth").contains("03/14/1961"));
}

#[test]
fn with_original_medicare_the_call_step_gives_1_800_medicare_not_the_back_of_a_card() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    let mut case = case_on(Step::CallInsurer);
    case.about.age = Some(70);
    case.about.coverage = [Coverage::OriginalMedicare].into();
    h.state_mut().open(case.clone());
    h.run();
    assert!(shows(&h, "call 1-800-MEDICARE (1-800-633-4227"));
    assert!(!shows(
        &h,
        "member services number on the back of your card"
    ));
    case.about.coverage = [Coverage::EmployerOrIndividual].into();
    case.about.age = Some(44);
    h.state_mut().open(case);
    h.run();
    assert!(shows(&h, "member services number on the back of your card"));
}

#[test]
fn after_a_car_accident_the_call_step_says_to_call_the_claims_adjuster_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    let mut case = case_on(Step::CallInsurer);
    h.state_mut().open(case.clone());
    h.run();
    assert!(!shows(&h, "call the claims adjuster first"));
    case.about.coverage.insert(Coverage::AutoInsurance);
    h.state_mut().open(case);
    h.run();
    assert!(shows(
        &h,
        "For your work injury or car accident, call the claims adjuster first, with your claim number"
    ));
}
