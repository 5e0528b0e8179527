//! Issue 11's questions on screen: each one shows only when the rules need its answer, in the
//! words for someone helping the patient when they are, and answering it saves it; the savings
//! estimate says what it leaves out, on screen and on paper.

mod common;

use common::{app_harness, click, shows, spanish_app_harness, type_into, value_of};
use egui_kittest::Harness;
use massage_coverage::case::{
    Account, AccountOwner, Answer, Case, Coverage, ForWhom, FsaKind, HsaPlanKind, MedicareCard,
    MedicarePart, Step,
};
use massage_coverage::documents::{self, PageSetup};
use massage_coverage::guidance::Guidance;
use massage_coverage::ui::App;
use time::macros::date;

/// A case filled in up to `step` for a patient of 44 in Oregon with a plan from work.
fn case_on(step: Step) -> Case {
    let mut case = common::case_on("c20261129-100000-0011", step);
    case.about.patient_name = "Ana Ruiz".into();
    case
}

/// [`case_on`] as someone helping the patient filled it in.
fn helping_on(step: Step) -> Case {
    let mut case = case_on(step);
    case.about.for_whom = Some(ForWhom::SomeoneElse);
    case.about.relationship = "mother".into();
    case
}

/// The app with `case` open on its step.
fn opened(dir: &std::path::Path, case: Case) -> Harness<'static, App> {
    let mut h = app_harness(dir);
    h.state_mut().open(case);
    h.run();
    h
}

fn open_case(h: &Harness<'_, App>) -> Case {
    h.state().open_case().expect("a case is open").clone()
}

const CLAIM_NUMBER: &str = "Claim number";
const INJURY_DATE: &str = "Date of the injury or accident";
const ADJUSTER_NAME: &str = "Claims adjuster's name";
const ADJUSTER_PHONE: &str = "Claims adjuster's phone";

#[test]
fn the_injury_claim_is_asked_only_with_workers_comp_or_car_insurance_and_is_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = opened(dir.path(), case_on(Step::AboutYou));
    for label in [CLAIM_NUMBER, INJURY_DATE, ADJUSTER_NAME, ADJUSTER_PHONE] {
        assert!(!shows(&h, label), "{label} is not asked without an injury");
    }
    click(&mut h, "Workers' compensation, after a work injury");
    assert!(shows(&h, "Your claim for the injury or accident"));
    type_into(&mut h, CLAIM_NUMBER, "WC-778899");
    type_into(&mut h, INJURY_DATE, "10/01/2026");
    type_into(&mut h, ADJUSTER_NAME, "Pat Doe");
    type_into(&mut h, ADJUSTER_PHONE, "555 010 2000");
    click(&mut h, CLAIM_NUMBER);
    let injury = open_case(&h).about.injury;
    assert_eq!(injury.claim_number, "WC-778899");
    assert_eq!(injury.date_of_injury, Some(date!(2026 - 10 - 01)));
    assert_eq!(injury.adjuster_name, "Pat Doe");
    assert_eq!(injury.adjuster_phone, "(555) 010-2000");
    assert_eq!(value_of(&h, ADJUSTER_PHONE), "(555) 010-2000");

    click(&mut h, "Workers' compensation, after a work injury");
    assert!(!shows(&h, CLAIM_NUMBER), "hidden again once unticked");
    click(&mut h, "Auto insurance, after an accident");
    assert!(shows(&h, CLAIM_NUMBER), "a car accident has a claim too");
    assert_eq!(
        value_of(&h, CLAIM_NUMBER),
        "WC-778899",
        "the answer was kept"
    );
}

#[test]
fn the_injury_date_must_be_a_past_day_and_the_heading_speaks_of_them_when_helping() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut case = helping_on(Step::AboutYou);
    case.about.coverage.insert(Coverage::AutoInsurance);
    let mut h = opened(dir.path(), case);
    assert!(shows(&h, "Their claim for the injury or accident"));
    type_into(&mut h, INJURY_DATE, "12/25/2026");
    assert!(shows(&h, "That date is in the future. Please check it."));
    assert_eq!(open_case(&h).about.injury.date_of_injury, None);
}

#[test]
fn an_injury_date_that_is_no_longer_asked_never_blocks_next() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut case = case_on(Step::AboutYou);
    case.about.coverage.insert(Coverage::AutoInsurance);
    let mut h = opened(dir.path(), case);
    type_into(&mut h, INJURY_DATE, "12/25/2026");
    assert!(
        shows(&h, "That date is in the future. Please check it."),
        "the problem is shown beside the field"
    );
    click(&mut h, "Auto insurance, after an accident");
    assert!(!shows(&h, INJURY_DATE));
    common::next(&mut h);
    assert!(
        !shows(&h, "An answer on this page needs fixing"),
        "no hidden problem blocks the patient"
    );
    assert_eq!(open_case(&h).step, Step::Condition);
}

const SELF_FUNDED: &str = "Is your plan from work self-funded? That means your employer pays the claims itself. Ask HR if you are not sure.";

#[test]
fn the_self_funded_question_is_asked_only_for_a_plan_from_work_in_washington() {
    let dir = tempfile::tempdir().expect("temp dir");
    let h = opened(dir.path(), case_on(Step::CallInsurer));
    assert!(!shows(&h, "self-funded"), "not asked in Oregon");

    let mut case = case_on(Step::CallInsurer);
    case.about.state = Some("WA".into());
    let mut h = opened(dir.path(), case);
    assert!(shows(&h, SELF_FUNDED));
    click(&mut h, &format!("{SELF_FUNDED} No"));
    assert_eq!(open_case(&h).insurer.self_funded, Some(Answer::No));

    let mut case = case_on(Step::CallInsurer);
    case.about.state = Some("WA".into());
    case.about.coverage = [Coverage::Marketplace].into();
    let h = opened(dir.path(), case);
    assert!(
        !shows(&h, "self-funded"),
        "not asked for a Marketplace plan"
    );
}

#[test]
fn the_self_funded_question_speaks_of_their_plan_when_helping() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut case = helping_on(Step::CallInsurer);
    case.about.state = Some("WA".into());
    let mut h = opened(dir.path(), case);
    let q = "Is their plan from work self-funded? That means the employer pays the claims itself. Ask the employer's HR if you are not sure.";
    assert!(shows(&h, q));
    click(&mut h, &format!("{q} Not sure"));
    assert_eq!(open_case(&h).insurer.self_funded, Some(Answer::NotSure));
}

const CARD: &str = "You ticked kinds of Medicare that one person cannot use together. Which card do you show at the doctor's office?";
const MEDIGAP_HELPS: &str = "Medigap helps with your share of costs";
const MEDIGAP_CANNOT: &str = "It cannot pay your Medicare Advantage plan's costs";

fn medicare_case(parts: &[MedicarePart]) -> Case {
    let mut case = case_on(Step::Medicare);
    case.about.age = Some(70);
    case.medicare.parts = parts.iter().copied().collect();
    case
}

#[test]
fn the_medicare_card_is_asked_only_when_the_kinds_ticked_cannot_go_together() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = opened(
        dir.path(),
        medicare_case(&[MedicarePart::PartA, MedicarePart::PartB]),
    );
    assert!(!shows(&h, CARD), "Part A and Part B go together");
    click(&mut h, "Medicare Advantage (Part C)");
    assert!(shows(&h, CARD), "asked as soon as Advantage is ticked");
    click(
        &mut h,
        &format!("{CARD} The Medicare Advantage plan's card"),
    );
    assert_eq!(
        open_case(&h).medicare.card,
        Some(MedicareCard::AdvantagePlan)
    );
    click(&mut h, "Medicare Advantage (Part C)");
    assert!(!shows(&h, CARD), "no conflict left");
}

#[test]
fn medigap_beside_advantage_says_it_cannot_pay_the_plans_costs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = opened(
        dir.path(),
        medicare_case(&[
            MedicarePart::PartA,
            MedicarePart::PartB,
            MedicarePart::Medigap,
        ]),
    );
    assert!(shows(&h, MEDIGAP_HELPS));
    assert!(!shows(&h, MEDIGAP_CANNOT));
    click(&mut h, "Medicare Advantage (Part C)");
    assert!(shows(&h, MEDIGAP_CANNOT));
    assert!(!shows(&h, MEDIGAP_HELPS), "not both at once");
    click(&mut h, &format!("{CARD} Not sure"));
    assert_eq!(open_case(&h).medicare.card, Some(MedicareCard::NotSure));
}

#[test]
fn the_medicare_card_question_speaks_of_them_when_helping() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut case = medicare_case(&[MedicarePart::PartB, MedicarePart::Advantage]);
    case.about.for_whom = Some(ForWhom::SomeoneElse);
    let h = opened(dir.path(), case);
    assert!(shows(&h, "Which card do they show at the doctor's office?"));
    assert!(!shows(&h, CARD));
}

const OWNER: &str = "Whose accounts are these?";
const OWNER_AGE: &str = "The owner's age on December 31 this year";
const OWNER_MEDICARE: &str = "Does the owner have any part of Medicare?";

fn accounts_case(helping: bool, kinds: &[Account]) -> Case {
    let mut case = if helping {
        helping_on(Step::Accounts)
    } else {
        case_on(Step::Accounts)
    };
    case.accounts.kinds = kinds.iter().copied().collect();
    case
}

#[test]
fn whose_accounts_is_asked_only_when_helping_someone_with_an_account() {
    let dir = tempfile::tempdir().expect("temp dir");
    let h = opened(dir.path(), accounts_case(false, &[Account::Hsa]));
    assert!(!shows(&h, OWNER), "the patient's own accounts are theirs");

    let mut h = opened(dir.path(), accounts_case(true, &[Account::NoAccount]));
    assert!(!shows(&h, OWNER), "no account, no owner");
    click(&mut h, "Health reimbursement arrangement (HRA)");
    assert!(shows(&h, OWNER));
    click(&mut h, &format!("{OWNER} The patient's spouse's"));
    assert_eq!(open_case(&h).accounts.owner, Some(AccountOwner::Spouse));
    assert!(!shows(&h, OWNER_AGE), "an HRA has no age rules");
}

#[test]
fn the_owners_age_and_medicare_are_asked_only_for_an_hsa_someone_else_owns() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = opened(dir.path(), accounts_case(true, &[Account::Hsa]));
    assert!(!shows(&h, OWNER_AGE), "not before the owner is known");
    click(&mut h, &format!("{OWNER} The patient's"));
    assert!(!shows(&h, OWNER_AGE), "the patient's age is known already");
    click(&mut h, &format!("{OWNER} Yours, as the person helping"));
    assert!(shows(&h, OWNER_AGE));
    type_into(&mut h, OWNER_AGE, "58");
    click(&mut h, &format!("{OWNER_MEDICARE} No"));
    let a = open_case(&h).accounts;
    assert_eq!(a.owner, Some(AccountOwner::Helper));
    assert_eq!(a.owner_age_at_year_end, Some(58));
    assert_eq!(a.owner_on_medicare, Some(Answer::No));

    type_into(&mut h, OWNER_AGE, "130");
    assert_eq!(
        open_case(&h).accounts.owner_age_at_year_end,
        Some(58),
        "an age over 120 is refused"
    );
}

const HSA_PLAN: &str = "Which health plan goes with the HSA?";
const SPOUSE_FSA: &str = "Does the HSA owner's spouse have a general-purpose health FSA?";
const FSA_KIND: &str = "What does the FSA pay for?";

#[test]
fn the_hsa_plan_and_a_spouses_fsa_are_asked_only_with_an_hsa() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = opened(dir.path(), accounts_case(false, &[Account::Fsa]));
    assert!(!shows(&h, HSA_PLAN));
    assert!(!shows(&h, SPOUSE_FSA));
    assert!(!shows(&h, FSA_KIND), "an FSA alone pays for most costs");
    click(&mut h, "Health savings account (HSA)");
    assert!(shows(&h, HSA_PLAN));
    assert!(shows(&h, SPOUSE_FSA));
    click(
        &mut h,
        &format!("{HSA_PLAN} A bronze or catastrophic plan (these count since 2026)"),
    );
    click(&mut h, &format!("{SPOUSE_FSA} Yes"));
    let a = open_case(&h).accounts;
    assert_eq!(a.hsa_plan_kind, Some(HsaPlanKind::BronzeOrCatastrophic));
    assert_eq!(a.spouse_general_fsa, Some(Answer::Yes));
}

#[test]
fn what_the_fsa_pays_for_is_asked_only_beside_an_hsa() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = opened(dir.path(), accounts_case(false, &[Account::Hsa]));
    assert!(!shows(&h, FSA_KIND));
    click(&mut h, "Flexible spending account (FSA)");
    assert!(shows(&h, FSA_KIND));
    click(
        &mut h,
        &format!("{FSA_KIND} Only dental and vision care (limited-purpose)"),
    );
    assert_eq!(
        open_case(&h).accounts.fsa_kind,
        Some(FsaKind::LimitedPurpose)
    );
    click(&mut h, "Health savings account (HSA)");
    assert!(!shows(&h, FSA_KIND));
}

#[test]
fn three_not_sure_answers_on_the_accounts_page_have_names_of_their_own() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = opened(
        dir.path(),
        accounts_case(true, &[Account::Fsa, Account::Hsa]),
    );
    click(&mut h, &format!("{OWNER} The patient's spouse's"));
    for q in [HSA_PLAN, SPOUSE_FSA, FSA_KIND, OWNER_MEDICARE] {
        assert!(shows(&h, q), "{q}");
    }
    common::assert_named(&h, "FSA / HSA with every question", 20);
}

#[test]
fn the_new_questions_are_in_spanish_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = spanish_app_harness(dir.path());
    h.state_mut()
        .open(accounts_case(true, &[Account::Fsa, Account::Hsa]));
    h.run();
    for q in [
        "¿De quién son estas cuentas?",
        "¿Qué plan de salud va con la HSA?",
        "¿Qué paga la FSA?",
    ] {
        assert!(shows(&h, q), "{q}");
    }
    click(
        &mut h,
        "¿De quién son estas cuentas? Del cónyuge del paciente",
    );
    assert!(shows(
        &h,
        "Edad de la persona dueña el 31 de diciembre de este año"
    ));
}

/// An HSA whose owner is on Medicare, in `state`, with everything the estimate needs.
fn hsa_on_medicare(state: &str) -> Case {
    let mut case = accounts_case(true, &[Account::Hsa]);
    case.about.state = Some(state.into());
    case.accounts.owner = Some(AccountOwner::Spouse);
    case.accounts.owner_age_at_year_end = Some(67);
    case.accounts.owner_on_medicare = Some(Answer::Yes);
    case.accounts.hsa_balance = Some(50_000);
    case.costs.price_per_visit = Some(9_000);
    case.costs.visits_per_year = Some(12);
    case.costs.federal_bracket = Some(22);
    case
}

const NO_NEW_TAX: &str =
    "Paying through the HSA saves no new tax: only the money already in it can be spent.";
const ONLY_BALANCE: &str = "No new money can go into this HSA this year.";

#[test]
fn an_hsa_that_takes_no_new_money_says_no_new_tax_is_saved_and_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let h = opened(dir.path(), hsa_on_medicare("OR"));
    assert!(shows(
        &h,
        "Massage would cost about $1,080.00 a year (12 visits)."
    ));
    assert!(shows(&h, NO_NEW_TAX));
    assert!(shows(&h, ONLY_BALANCE), "the reason is under the estimate");
    assert!(shows(&h, "The HSA holds $500.00"));
    assert!(!shows(&h, "you would save about $0.00"), "no bare $0");
}

#[test]
fn an_hsa_in_a_state_that_taxes_it_says_the_state_rate_is_left_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut case = hsa_on_medicare("CA");
    case.accounts.owner_on_medicare = Some(Answer::No);
    case.accounts.owner_age_at_year_end = Some(50);
    case.accounts.hsa_plan_kind = Some(HsaPlanKind::EmployerHdhp);
    case.accounts.spouse_general_fsa = Some(Answer::No);
    case.costs.state_rate = Some(930);
    let h = opened(dir.path(), case);
    assert!(shows(&h, "you would save about"));
    assert!(shows(
        &h,
        "The state income tax rate is left out of this estimate."
    ));
    assert!(shows(
        &h,
        "California and New Jersey tax the money put into an HSA."
    ));
    assert!(!shows(&h, NO_NEW_TAX));
}

#[test]
fn the_plan_summary_says_no_new_tax_is_saved_and_why() {
    let guidance = Guidance::builtin().expect("built-in content");
    let case = hsa_on_medicare("OR");
    let doc = documents::summary(&case, &guidance, date!(2026 - 11 - 29));
    let text = documents::to_text(&doc, &PageSetup::letter(date!(2026 - 11 - 29)));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(NO_NEW_TAX), "{text}");
    assert!(flat.contains(ONLY_BALANCE), "{text}");
    assert!(!flat.contains("you would save about $0.00"), "{text}");
}

#[test]
fn a_helpers_own_hsa_is_spoken_of_as_yours_and_the_patients_as_theirs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = opened(dir.path(), accounts_case(true, &[Account::Hsa]));
    click(&mut h, &format!("{OWNER} The patient's"));
    assert!(shows(&h, "Their HSA money comes out of their paycheck"));
    click(&mut h, &format!("{OWNER} Yours, as the person helping"));
    assert!(shows(&h, "My HSA money comes out of my paycheck") || shows(&h, "Your HSA money"));
    assert!(!shows(&h, "Their HSA money comes out of their paycheck"));
}
