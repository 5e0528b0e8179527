//! The wizard driven by its labels, as a patient would, with no GPU and no display.

mod common;

use common::{app_harness, click, shows, type_into, value_of};
use egui_kittest::kittest::{NodeT, Queryable};
use massage_coverage::case::{
    Account, Alternative, Answer, ConditionKind, Coverage, ForWhom, MedicarePart, Paperwork,
    Prescriber, Step,
};
use massage_coverage::store::DiskStore;
use time::macros::date;

/// Walks steps 1 and 2 with typical answers; leaves the harness on step 3.
fn fill_first_two_steps(h: &mut egui_kittest::Harness<'_, massage_coverage::ui::App>) {
    click(h, "New case");
    click(h, "Myself");
    type_into(h, "Your full name", "José Núñez");
    type_into(h, "Date of birth", "03/14/1955");
    click(h, "The state where you live");
    // Far down the list, out of view: chosen the way a screen reader would.
    h.get_by_label("Washington").scroll_to_me();
    h.run();
    click(h, "Washington");
    click(h, "Original Medicare (Part A, Part B)");
    click(h, "A plan from work, or one I bought myself");
    common::next(h);
    click(h, "Sciatica");
    click(h, "A prescription");
    click(h, "My doctor");
    type_into(h, "Their name", "Dr. Maria Lopez");
    type_into(h, "Date on the paper", "11/01/2026");
    type_into(h, "Sessions", "2");
    type_into(h, "For how long", "6");
    common::next(h);
}

#[test]
fn a_patient_walks_every_step_from_the_start_screen_and_everything_is_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    assert!(shows(&h, "You have no saved cases yet"));
    fill_first_two_steps(&mut h);

    assert!(shows(&h, "Step 3 of 7: Call your insurer"));
    type_into(&mut h, "Insurance company or plan", "Acme Health");
    type_into(&mut h, "Member services phone", "1 800 555 0123");
    type_into(&mut h, "Member ID", "XJ-445566");
    type_into(&mut h, "Group number", "G-100");
    click(&mut h, "Is massage therapy covered? Yes");
    click(&mut h, "Is prior authorization needed? Not sure");
    type_into(&mut h, "Visits allowed each year", "12");
    type_into(&mut h, "Copay for each visit", "$25");
    type_into(&mut h, "Who you spoke to", "Sam");
    type_into(&mut h, "Call reference number", "REF-778");
    common::next(&mut h);

    assert!(shows(&h, "Step 4 of 7: Medicare"));
    // Original Medicare was ticked on step 1: Parts A and B are ticked here already.
    assert_eq!(
        h.get_by_label("Part B (medical)")
            .accesskit_node()
            .toggled(),
        Some(egui::accesskit::Toggled::True)
    );
    common::next(&mut h);

    assert!(shows(&h, "Step 5 of 7: FSA / HSA"));
    click(&mut h, "Flexible spending account (FSA)");
    type_into(&mut h, "FSA balance", "1,250.50");
    type_into(&mut h, "Last day of the FSA plan year", "12/31/2026");
    click(
        &mut h,
        "Is a letter of medical necessity on file with the account? No",
    );
    common::next(&mut h);

    assert!(shows(&h, "Step 6 of 7: Alternatives"));
    click(&mut h, "Physical therapy");
    common::next(&mut h);

    assert!(shows(&h, "Step 7 of 7: Your plan"));
    assert!(shows(&h, "José Núñez"));
    assert!(shows(&h, "(800) 555-0123"));
    assert!(shows(&h, "$1,250.50"));
    let guidance = massage_coverage::guidance::Guidance::builtin().expect("content");
    let lmn = &guidance
        .action(massage_coverage::guidance::ActionId::GetLmnBeforeFirstSession)
        .text;
    assert!(shows(&h, &lmn[..40]), "the plan asks for the letter");
    assert!(
        shows(&h, "Original Medicare"),
        "the verdicts name the routes"
    );

    let case = h.state().open_case().expect("a case is open").clone();
    assert_eq!(case.step, Step::Plan);
    assert_eq!(case.about.for_whom, Some(ForWhom::Myself));
    assert_eq!(case.about.patient_name, "José Núñez");
    assert_eq!(case.about.date_of_birth, Some(date!(1955 - 03 - 14)));
    assert_eq!(case.about.state.as_deref(), Some("WA"));
    assert!(case.about.coverage.contains(&Coverage::OriginalMedicare));
    assert!(case.condition.kinds.contains(&ConditionKind::Sciatica));
    assert!(case.condition.paperwork.contains(&Paperwork::Prescription));
    assert_eq!(case.condition.prescriber, Some(Prescriber::Physician));
    assert_eq!(case.condition.written_on, Some(date!(2026 - 11 - 01)));
    assert_eq!(
        (case.condition.sessions, case.condition.duration),
        (Some(2), Some(6))
    );
    assert_eq!(case.insurer.phone, "(800) 555-0123");
    assert_eq!(case.insurer.member_id, "XJ-445566");
    assert_eq!(case.insurer.massage_covered, Some(Answer::Yes));
    assert_eq!(case.insurer.prior_authorization, Some(Answer::NotSure));
    assert_eq!(case.insurer.visit_limit, Some(12));
    assert_eq!(case.insurer.copay, Some(2_500));
    assert!(case.medicare.parts.contains(&MedicarePart::PartB));
    assert!(case.accounts.kinds.contains(&Account::Fsa));
    assert_eq!(case.accounts.fsa_balance, Some(125_050));
    assert_eq!(case.accounts.lmn_on_file, Some(Answer::No));
    assert!(
        case.alternatives
            .wanted
            .contains(&Alternative::PhysicalTherapy)
    );

    drop(h);
    let store = DiskStore::open(dir.path()).expect("store");
    assert_eq!(store.load(&case.id).expect("saved case loads"), case);
}

#[test]
fn back_and_next_never_lose_an_answer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    fill_first_two_steps(&mut h);
    common::back(&mut h);
    assert!(shows(&h, "Step 2 of 7"));
    assert_eq!(value_of(&h, "Their name"), "Dr. Maria Lopez");
    assert_eq!(value_of(&h, "Date on the paper"), "11/01/2026");
    common::back(&mut h);
    assert_eq!(value_of(&h, "Your full name"), "José Núñez");
    assert_eq!(value_of(&h, "Date of birth"), "03/14/1955");
    common::next(&mut h);
    common::next(&mut h);
    assert!(shows(&h, "Step 3 of 7"));
    let case = h.state().open_case().expect("open").clone();
    assert_eq!(case.condition.prescriber_name, "Dr. Maria Lopez");
    assert_eq!(case.about.patient_name, "José Núñez");
}

#[test]
fn answers_on_a_step_that_stops_applying_come_back_with_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    fill_first_two_steps(&mut h);
    common::next(&mut h);
    // Ticked already, from Original Medicare on step 1.
    assert!(
        h.state()
            .open_case()
            .expect("open")
            .medicare
            .parts
            .contains(&MedicarePart::PartB)
    );
    // Back to step 1: make the patient younger and drop Medicare, so the Medicare step goes.
    click(&mut h, "Step 1, About you, done");
    type_into(&mut h, "Date of birth", "03/14/1980");
    click(&mut h, "Original Medicare (Part A, Part B)");
    assert!(shows(&h, "Step 4, Medicare, not needed for this case"));
    click(&mut h, "Original Medicare (Part A, Part B)");
    click(&mut h, "Step 4, Medicare, done");
    assert!(shows(&h, "Step 4 of 7: Medicare"));
    let case = h.state().open_case().expect("open").clone();
    assert!(case.medicare.parts.contains(&MedicarePart::PartB));
}

#[test]
fn an_impossible_date_is_explained_beside_the_field_and_blocks_next() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    click(&mut h, "New case");
    type_into(&mut h, "Date of birth", "03/14/1955");
    type_into(&mut h, "Date of birth", "02/31/2026");
    assert!(shows(&h, "February 2026 has only 28 days."));
    common::next(&mut h);
    assert!(shows(&h, "Step 1 of 7"));
    assert!(shows(&h, "needs fixing before you move on"));
    // The last good answer is still what is saved.
    let case = h.state().open_case().expect("open").clone();
    assert_eq!(case.about.date_of_birth, Some(date!(1955 - 03 - 14)));
    type_into(&mut h, "Date of birth", "02/28/1956");
    common::next(&mut h);
    assert!(shows(&h, "Step 2 of 7"));
}

#[test]
fn bad_phone_money_and_a_huge_paste_get_clear_messages_and_are_not_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    click(&mut h, "New case");
    click(&mut h, "Step 3, Call your insurer, still to do");
    type_into(&mut h, "Member services phone", "1 800 555 0123 HELP");
    assert!(shows(&h, "The letters after the number are not part of it"));
    type_into(&mut h, "Copay for each visit", "-20");
    assert!(shows(&h, "zero or more"));
    let paste = "x".repeat(10_000);
    type_into(&mut h, "Member ID", &paste);
    assert!(shows(&h, "10,000 characters"));
    let case = h.state().open_case().expect("open").clone();
    assert_eq!(case.insurer.phone, "");
    assert_eq!(case.insurer.copay, None);
    assert_eq!(case.insurer.member_id, "");
    // What was typed is still in the field, not silently dropped.
    assert_eq!(value_of(&h, "Member ID").chars().count(), 10_000);
}

#[test]
fn a_second_app_on_the_same_data_dir_resumes_at_the_same_step_with_every_answer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    fill_first_two_steps(&mut h);
    type_into(&mut h, "Member ID", "XJ-9");
    let before = h.state().open_case().expect("open").clone();
    drop(h);

    let mut h = app_harness(dir.path());
    assert!(shows(&h, "Step 3 of 7: Call your insurer"));
    click(&mut h, "Continue My case: sciatica");
    assert!(shows(&h, "Step 3 of 7: Call your insurer"));
    assert_eq!(value_of(&h, "Member ID"), "XJ-9");
    let after = h.state().open_case().expect("open").clone();
    assert_eq!(after.about, before.about);
    assert_eq!(after.condition, before.condition);
    assert_eq!(after.insurer, before.insurer);
    assert_eq!(after.step, Step::CallInsurer);
}

#[test]
fn the_window_title_never_holds_patient_data() {
    assert_eq!(massage_coverage::ui::WINDOW_TITLE, "Massage Coverage Guide");
}
