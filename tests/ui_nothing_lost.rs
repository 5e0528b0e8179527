//! Issue 17, "Nothing typed is lost": what a patient types is kept and shown where they look
//! for it, and a problem that blocks moving on is always on screen.

mod common;

use common::{app_harness, click, shows, type_into};
use massage_coverage::case::{
    Account, Case, CaseId, ConditionKind, Coverage, ForWhom, Paperwork, Step,
};

/// A case filled in up to `step`, as a patient would have left it.
fn case_on(step: Step) -> Case {
    let mut case = Case::new(
        CaseId::parse("c20261129-100000-0001").expect("id"),
        common::NOW,
    );
    case.step = step;
    case.about.for_whom = Some(ForWhom::Myself);
    case.about.patient_name = "Ana Ruiz".into();
    case.about.age = Some(44);
    case.about.state = Some("OR".into());
    case.about.coverage.insert(Coverage::EmployerOrIndividual);
    case.condition.kinds.insert(ConditionKind::LowBackPain);
    case.condition.paperwork.insert(Paperwork::NotYet);
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
