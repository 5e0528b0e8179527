//! The steps and the rules that move between them: pure functions of a [`Case`].
//!
//! A step view never changes the current step itself; it returns a [`Nav`] intent and the app
//! applies it with these functions.

use time::Date;

use crate::case::{
    Account, AccountOwner, Case, ConditionKind, Coverage, ForWhom, MedicareCard, MedicarePart,
    Paperwork, Prescriber, Step,
};

/// Where a step stands for one case, as the step map shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepStatus {
    /// Every required answer is there.
    Done,
    /// The step the patient is on.
    Current,
    /// Still to do.
    ToDo,
    /// Does not apply to this case; its answers are kept in case it applies again.
    NotNeeded,
}

/// What a view asks the app to do once the frame's UI is drawn.
#[must_use]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nav {
    /// Nothing.
    Stay,
    /// The previous step that applies.
    Back,
    /// The next step that applies.
    Next,
    /// A given step (ignored if it does not apply).
    GoTo(Step),
    /// Close the case and return to the list of cases.
    Home,
}

/// The age from which the Medicare step is shown even if no Medicare coverage was ticked.
pub const MEDICARE_AGE: u8 = 65;

/// Whether `step` applies to this case on `today`.
pub fn applies(step: Step, case: &Case, today: Date) -> bool {
    match step {
        Step::AboutYou | Step::Condition | Step::Accounts | Step::Alternatives | Step::Plan => true,
        // Nobody to call when the patient has told us they have no coverage at all.
        Step::CallInsurer => {
            case.about.coverage != std::collections::BTreeSet::from([Coverage::NoCoverage])
        }
        Step::Medicare => medicare_applies(case, today),
    }
}

/// Medicare matters from 65, or whenever a kind of Medicare coverage was ticked.
pub fn medicare_applies(case: &Case, today: Date) -> bool {
    case.about.coverage.iter().any(|c| c.is_medicare())
        || case.age_on(today).is_some_and(|age| age >= MEDICARE_AGE)
}

/// Whether the insurer to call is Medicare itself: Original Medicare with no plan of its own
/// to call (no plan from work or the Marketplace, no Advantage plan, no Medicaid). Its card has
/// no member services number; the number is 1-800-MEDICARE.
pub fn calls_medicare(case: &Case) -> bool {
    let c = &case.about.coverage;
    let own_plan = [
        Coverage::EmployerOrIndividual,
        Coverage::Marketplace,
        Coverage::MedicareAdvantage,
        Coverage::Medicaid,
    ]
    .iter()
    .any(|k| c.contains(k));
    ticked_original_medicare(case) && !own_plan
}

/// Whether every answer `step` needs is there.
pub fn is_done(step: Step, case: &Case, today: Date) -> bool {
    match step {
        Step::AboutYou => {
            let a = &case.about;
            let who = match a.for_whom {
                Some(ForWhom::Myself) => true,
                Some(ForWhom::SomeoneElse) => !a.patient_name.trim().is_empty(),
                None => false,
            };
            who && (a.date_of_birth.is_some() || a.age.is_some())
                && a.state.is_some()
                && !a.coverage.is_empty()
        }
        Step::Condition => {
            let c = &case.condition;
            let other_named =
                !c.kinds.contains(&ConditionKind::Other) || !c.other.trim().is_empty();
            let has_paper = !c.paperwork.is_empty() && !c.paperwork.contains(&Paperwork::NotYet);
            let paper_known = c.paperwork.contains(&Paperwork::NotYet)
                || (has_paper && c.prescriber.is_some() && c.written_on.is_some());
            !c.kinds.is_empty()
                && other_named
                && paper_known
                && (c.prescriber != Some(Prescriber::Other) || !c.prescriber_name.trim().is_empty())
        }
        Step::CallInsurer => {
            let i = &case.insurer;
            !i.name.trim().is_empty()
                && !i.member_id.trim().is_empty()
                && i.massage_covered.is_some()
        }
        Step::Medicare => !case.medicare.parts.is_empty(),
        Step::Accounts => {
            let a = &case.accounts;
            let needs_lmn = a.kinds.iter().any(|k| *k != Account::NoAccount);
            !a.kinds.is_empty() && (!needs_lmn || a.lmn_on_file.is_some())
        }
        Step::Alternatives => !case.alternatives.wanted.is_empty(),
        Step::Plan => Step::ALL
            .into_iter()
            .filter(|s| *s != Step::Plan && applies(*s, case, today))
            .all(|s| is_done(s, case, today)),
    }
}

/// The status of `step` for the step map, with `current` the step on screen.
pub fn status(step: Step, current: Step, case: &Case, today: Date) -> StepStatus {
    if step == current {
        StepStatus::Current
    } else if !applies(step, case, today) {
        StepStatus::NotNeeded
    } else if is_done(step, case, today) {
        StepStatus::Done
    } else {
        StepStatus::ToDo
    }
}

/// The next step after `from` that applies; `None` on the last one.
pub fn next(from: Step, case: &Case, today: Date) -> Option<Step> {
    Step::ALL
        .into_iter()
        .filter(|s| *s > from)
        .find(|s| applies(*s, case, today))
}

/// The step before `from` that applies; `None` on the first one.
pub fn back(from: Step, case: &Case, today: Date) -> Option<Step> {
    Step::ALL
        .into_iter()
        .rev()
        .filter(|s| *s < from)
        .find(|s| applies(*s, case, today))
}

/// The step to show when a case is opened: where the patient was, or the next step that
/// applies if that one no longer does.
pub fn resume(case: &Case, today: Date) -> Step {
    if applies(case.step, case, today) {
        case.step
    } else {
        next(case.step, case, today).unwrap_or(Step::Plan)
    }
}

/// The step after applying `nav` on `current`; the same step when there is nowhere to go.
pub fn apply(nav: Nav, current: Step, case: &Case, today: Date) -> Step {
    match nav {
        Nav::Back => back(current, case, today).unwrap_or(current),
        Nav::Next => next(current, case, today).unwrap_or(current),
        Nav::GoTo(step) if applies(step, case, today) => step,
        Nav::Stay | Nav::Home | Nav::GoTo(_) => current,
    }
}

/// Two kinds of Medicare coverage ticked together that one person cannot use together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MedicareConflict {
    /// Original Medicare (or Part A / Part B) and a Medicare Advantage plan: a member of an
    /// Advantage plan keeps Part A and Part B, but the plan pays instead of Original Medicare.
    OriginalAndAdvantage,
    /// Medigap and a Medicare Advantage plan: Medigap pays only with Original Medicare.
    MedigapAndAdvantage,
}

/// Whether Original Medicare (or Part A or Part B) was ticked anywhere.
pub fn ticked_original_medicare(case: &Case) -> bool {
    case.about.coverage.contains(&Coverage::OriginalMedicare)
        || case.medicare.parts.contains(&MedicarePart::PartA)
        || case.medicare.parts.contains(&MedicarePart::PartB)
}

/// Whether a Medicare Advantage plan was ticked anywhere.
pub fn ticked_medicare_advantage(case: &Case) -> bool {
    case.about.coverage.contains(&Coverage::MedicareAdvantage)
        || case.medicare.parts.contains(&MedicarePart::Advantage)
}

/// Whether Medigap was ticked anywhere.
pub fn ticked_medigap(case: &Case) -> bool {
    case.about.coverage.contains(&Coverage::Medigap)
        || case.medicare.parts.contains(&MedicarePart::Medigap)
}

/// The contradictory Medicare kinds ticked in this case, so the app can ask which card the
/// patient carries rather than combine them; empty when there is none.
pub fn medicare_conflicts(case: &Case) -> Vec<MedicareConflict> {
    let advantage = ticked_medicare_advantage(case);
    let mut out = Vec::new();
    if advantage && ticked_original_medicare(case) {
        out.push(MedicareConflict::OriginalAndAdvantage);
    }
    if advantage && ticked_medigap(case) {
        out.push(MedicareConflict::MedigapAndAdvantage);
    }
    out
}

/// Whether to ask which Medicare card the patient shows: only when the kinds ticked conflict.
pub fn asks_medicare_card(case: &Case) -> bool {
    !medicare_conflicts(case).is_empty()
}

/// Whether `account` was ticked.
fn has_account(case: &Case, account: Account) -> bool {
    case.accounts.kinds.contains(&account)
}

/// Whether to ask whose accounts they are: only when helping someone who has an account.
pub fn asks_account_owner(case: &Case) -> bool {
    case.about.for_whom == Some(ForWhom::SomeoneElse)
        && [Account::Fsa, Account::Hsa, Account::Hra]
            .iter()
            .any(|a| has_account(case, *a))
}

/// Whose accounts they are: the patient's when the patient uses the app; `None` while the
/// helper has not said.
pub fn account_owner(case: &Case) -> Option<AccountOwner> {
    match case.about.for_whom {
        Some(ForWhom::SomeoneElse) => case.accounts.owner,
        Some(ForWhom::Myself) | None => Some(AccountOwner::Patient),
    }
}

/// Whether to ask the account owner's age at year end and whether they are on Medicare: only
/// with an HSA whose owner is not the patient, since the HSA rules follow the owner.
pub fn asks_owner_age_and_medicare(case: &Case) -> bool {
    has_account(case, Account::Hsa)
        && asks_account_owner(case)
        && matches!(
            case.accounts.owner,
            Some(AccountOwner::Helper | AccountOwner::Spouse)
        )
}

/// Whether to ask which health plan goes with the HSA, and about a spouse's FSA: only with an
/// HSA.
pub fn asks_hsa_plan_kind(case: &Case) -> bool {
    has_account(case, Account::Hsa)
}

/// Whether to ask what the FSA pays for: only when there is an HSA too, since the FSA is then
/// normally limited-purpose.
pub fn asks_fsa_kind(case: &Case) -> bool {
    has_account(case, Account::Fsa) && has_account(case, Account::Hsa)
}

/// Whether to ask for the claim number, date of injury and adjuster: only for a work injury
/// or a car accident.
pub fn asks_injury_claim(case: &Case) -> bool {
    case.has_injury_claim()
}

/// Whether to ask if the employer's plan is self-funded: only in Washington with a plan from
/// work, where the state's massage rules skip self-funded plans.
pub fn asks_self_funded(case: &Case) -> bool {
    case.about.state.as_deref() == Some("WA")
        && case
            .about
            .coverage
            .contains(&Coverage::EmployerOrIndividual)
}

/// Which Medicare the patient uses, once a card answer settles a conflict: `(original,
/// advantage)`. While a conflict is not settled, everything ticked stays in use; a card answer
/// without a conflict changes nothing.
pub fn medicare_in_use(case: &Case) -> (bool, bool) {
    let original = ticked_original_medicare(case);
    let advantage = ticked_medicare_advantage(case);
    match (asks_medicare_card(case), case.medicare.card) {
        (true, Some(MedicareCard::OriginalMedicare)) => (original, false),
        (true, Some(MedicareCard::AdvantagePlan)) => (false, true),
        _ => (original, advantage),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use time::macros::date;

    use super::*;
    use crate::case::{Answer, MedicarePart};

    const TODAY: Date = date!(2026 - 11 - 29);

    fn case_aged(age: u8) -> Case {
        let mut case = Case::default();
        case.about.age = Some(age);
        case
    }

    #[test]
    fn medicare_is_not_shown_under_65_without_medicare_coverage() {
        let mut case = case_aged(64);
        case.about.coverage.insert(Coverage::EmployerOrIndividual);
        assert!(!applies(Step::Medicare, &case, TODAY));
        assert_eq!(next(Step::CallInsurer, &case, TODAY), Some(Step::Accounts));
        assert_eq!(back(Step::Accounts, &case, TODAY), Some(Step::CallInsurer));
    }

    #[test]
    fn medicare_is_shown_from_65() {
        assert!(applies(Step::Medicare, &case_aged(65), TODAY));
    }

    #[test]
    fn medicare_is_shown_from_the_65th_birthday_by_date_of_birth() {
        let mut case = Case::default();
        case.about.date_of_birth = Some(date!(1961 - 11 - 30));
        assert!(!applies(Step::Medicare, &case, TODAY));
        case.about.date_of_birth = Some(date!(1961 - 11 - 29));
        assert!(applies(Step::Medicare, &case, TODAY));
    }

    #[test]
    fn medicare_is_shown_at_any_age_when_a_medicare_coverage_is_ticked() {
        for coverage in [
            Coverage::OriginalMedicare,
            Coverage::MedicareAdvantage,
            Coverage::Medigap,
        ] {
            let mut case = case_aged(40);
            case.about.coverage.insert(coverage);
            assert!(applies(Step::Medicare, &case, TODAY), "{coverage:?}");
        }
    }

    #[test]
    fn the_insurer_call_is_not_needed_with_no_coverage_at_all() {
        let mut case = Case::default();
        assert!(applies(Step::CallInsurer, &case, TODAY));
        case.about.coverage.insert(Coverage::NoCoverage);
        assert!(!applies(Step::CallInsurer, &case, TODAY));
        assert_eq!(next(Step::Condition, &case, TODAY), Some(Step::Accounts));
    }

    #[test]
    fn next_and_back_stop_at_the_ends() {
        let case = Case::default();
        assert_eq!(back(Step::AboutYou, &case, TODAY), None);
        assert_eq!(next(Step::Plan, &case, TODAY), None);
        assert_eq!(
            apply(Nav::Back, Step::AboutYou, &case, TODAY),
            Step::AboutYou
        );
        assert_eq!(apply(Nav::Next, Step::Plan, &case, TODAY), Step::Plan);
    }

    #[test]
    fn go_to_a_step_that_does_not_apply_stays_put() {
        let case = case_aged(30);
        assert_eq!(
            apply(Nav::GoTo(Step::Medicare), Step::Condition, &case, TODAY),
            Step::Condition
        );
        assert_eq!(
            apply(Nav::GoTo(Step::Plan), Step::Condition, &case, TODAY),
            Step::Plan
        );
    }

    #[test]
    fn resuming_on_a_step_that_no_longer_applies_moves_to_the_next_one() {
        let mut case = case_aged(30);
        case.step = Step::Medicare;
        assert_eq!(resume(&case, TODAY), Step::Accounts);
        case.about.age = Some(70);
        assert_eq!(resume(&case, TODAY), Step::Medicare);
    }

    #[test]
    fn about_you_is_done_with_who_age_state_and_coverage() {
        let mut case = Case::default();
        assert!(!is_done(Step::AboutYou, &case, TODAY));
        case.about.for_whom = Some(ForWhom::Myself);
        case.about.age = Some(50);
        case.about.state = Some("WA".into());
        assert!(!is_done(Step::AboutYou, &case, TODAY));
        case.about.coverage.insert(Coverage::Marketplace);
        assert!(is_done(Step::AboutYou, &case, TODAY));
    }

    #[test]
    fn about_you_for_someone_else_needs_their_name() {
        let mut case = Case::default();
        case.about.for_whom = Some(ForWhom::SomeoneElse);
        case.about.age = Some(80);
        case.about.state = Some("FL".into());
        case.about.coverage.insert(Coverage::OriginalMedicare);
        assert!(!is_done(Step::AboutYou, &case, TODAY));
        case.about.patient_name = "Ana".into();
        assert!(is_done(Step::AboutYou, &case, TODAY));
    }

    #[test]
    fn condition_is_done_with_a_condition_and_not_yet_any_paper() {
        let mut case = Case::default();
        case.condition.kinds.insert(ConditionKind::Sciatica);
        assert!(!is_done(Step::Condition, &case, TODAY));
        case.condition.paperwork.insert(Paperwork::NotYet);
        assert!(is_done(Step::Condition, &case, TODAY));
    }

    #[test]
    fn condition_with_a_paper_needs_who_wrote_it_and_when() {
        let mut case = Case::default();
        case.condition.kinds.insert(ConditionKind::LowBackPain);
        case.condition.paperwork.insert(Paperwork::Prescription);
        assert!(!is_done(Step::Condition, &case, TODAY));
        case.condition.prescriber = Some(Prescriber::Chiropractor);
        case.condition.written_on = Some(date!(2026 - 11 - 01));
        assert!(is_done(Step::Condition, &case, TODAY));
    }

    #[test]
    fn condition_other_needs_words() {
        let mut case = Case::default();
        case.condition.kinds.insert(ConditionKind::Other);
        case.condition.paperwork.insert(Paperwork::NotYet);
        assert!(!is_done(Step::Condition, &case, TODAY));
        case.condition.other = "frozen shoulder".into();
        assert!(is_done(Step::Condition, &case, TODAY));
    }

    #[test]
    fn the_insurer_step_is_done_with_name_member_id_and_the_main_answer() {
        let mut case = Case::default();
        case.insurer.name = "Acme Health".into();
        case.insurer.member_id = "XJ123".into();
        assert!(!is_done(Step::CallInsurer, &case, TODAY));
        case.insurer.massage_covered = Some(Answer::NotSure);
        assert!(is_done(Step::CallInsurer, &case, TODAY));
    }

    #[test]
    fn medicare_is_done_when_parts_are_known() {
        let mut case = Case::default();
        assert!(!is_done(Step::Medicare, &case, TODAY));
        case.medicare.parts.insert(MedicarePart::PartB);
        assert!(is_done(Step::Medicare, &case, TODAY));
    }

    #[test]
    fn accounts_with_an_fsa_need_the_letter_question_answered() {
        let mut case = Case::default();
        case.accounts.kinds.insert(Account::NoAccount);
        assert!(is_done(Step::Accounts, &case, TODAY));
        case.accounts.kinds = BTreeSet::from([Account::Fsa]);
        assert!(!is_done(Step::Accounts, &case, TODAY));
        case.accounts.lmn_on_file = Some(Answer::No);
        assert!(is_done(Step::Accounts, &case, TODAY));
    }

    #[test]
    fn the_plan_is_done_when_every_step_that_applies_is_done() {
        let mut case = case_aged(40);
        case.about.for_whom = Some(ForWhom::Myself);
        case.about.state = Some("WA".into());
        case.about.coverage.insert(Coverage::NoCoverage);
        case.condition.kinds.insert(ConditionKind::NeckPain);
        case.condition.paperwork.insert(Paperwork::NotYet);
        case.accounts.kinds.insert(Account::NoAccount);
        assert!(!is_done(Step::Plan, &case, TODAY));
        case.alternatives
            .wanted
            .insert(crate::case::Alternative::PhysicalTherapy);
        // The insurer call and Medicare do not apply, so they are not required.
        assert!(is_done(Step::Plan, &case, TODAY));
    }

    #[test]
    fn status_marks_current_not_needed_done_and_to_do() {
        let mut case = case_aged(30);
        case.medicare.parts.insert(MedicarePart::NotEnrolled);
        assert_eq!(
            status(Step::AboutYou, Step::AboutYou, &case, TODAY),
            StepStatus::Current
        );
        assert_eq!(
            status(Step::Medicare, Step::AboutYou, &case, TODAY),
            StepStatus::NotNeeded
        );
        assert_eq!(
            status(Step::Condition, Step::AboutYou, &case, TODAY),
            StepStatus::ToDo
        );
        case.alternatives
            .wanted
            .insert(crate::case::Alternative::NoneForNow);
        assert_eq!(
            status(Step::Alternatives, Step::AboutYou, &case, TODAY),
            StepStatus::Done
        );
    }

    #[test]
    fn answers_on_a_step_that_stops_applying_are_kept() {
        let mut case = case_aged(70);
        case.medicare.parts.insert(MedicarePart::PartB);
        case.about.age = Some(50);
        assert!(!applies(Step::Medicare, &case, TODAY));
        assert!(case.medicare.parts.contains(&MedicarePart::PartB));
        case.about.age = Some(66);
        assert!(is_done(Step::Medicare, &case, TODAY));
    }

    fn helping(accounts: &[Account]) -> Case {
        let mut case = case_aged(80);
        case.about.for_whom = Some(ForWhom::SomeoneElse);
        case.accounts.kinds = accounts.iter().copied().collect();
        case
    }

    #[test]
    fn the_account_owner_is_asked_only_when_helping_someone_with_an_account() {
        assert!(asks_account_owner(&helping(&[Account::Hsa])));
        assert!(asks_account_owner(&helping(&[Account::Hra])));
        assert!(!asks_account_owner(&helping(&[Account::NoAccount])));
        let mut myself = helping(&[Account::Hsa]);
        myself.about.for_whom = Some(ForWhom::Myself);
        assert!(!asks_account_owner(&myself));
        assert_eq!(account_owner(&myself), Some(AccountOwner::Patient));
        assert_eq!(account_owner(&helping(&[Account::Hsa])), None);
    }

    #[test]
    fn the_owners_age_and_medicare_are_asked_only_for_an_hsa_someone_else_owns() {
        let mut case = helping(&[Account::Hsa]);
        assert!(
            !asks_owner_age_and_medicare(&case),
            "owner not answered yet"
        );
        case.accounts.owner = Some(AccountOwner::Patient);
        assert!(!asks_owner_age_and_medicare(&case));
        for owner in [AccountOwner::Helper, AccountOwner::Spouse] {
            case.accounts.owner = Some(owner);
            assert!(asks_owner_age_and_medicare(&case), "{owner:?}");
        }
        case.accounts.kinds = BTreeSet::from([Account::Fsa]);
        assert!(
            !asks_owner_age_and_medicare(&case),
            "an FSA has no age rules"
        );
    }

    #[test]
    fn the_hsa_plan_kind_is_asked_only_with_an_hsa_and_the_fsa_kind_only_with_both() {
        let mut case = Case::default();
        case.accounts.kinds = BTreeSet::from([Account::Fsa]);
        assert!(!asks_hsa_plan_kind(&case));
        assert!(!asks_fsa_kind(&case));
        case.accounts.kinds.insert(Account::Hsa);
        assert!(asks_hsa_plan_kind(&case));
        assert!(asks_fsa_kind(&case));
        case.accounts.kinds = BTreeSet::from([Account::Hsa]);
        assert!(asks_hsa_plan_kind(&case));
        assert!(!asks_fsa_kind(&case));
    }

    #[test]
    fn the_injury_claim_is_asked_only_for_a_work_injury_or_a_car_accident() {
        let mut case = Case::default();
        case.about.coverage.insert(Coverage::EmployerOrIndividual);
        assert!(!asks_injury_claim(&case));
        for coverage in [Coverage::WorkersComp, Coverage::AutoInsurance] {
            let mut injured = case.clone();
            injured.about.coverage.insert(coverage);
            assert!(asks_injury_claim(&injured), "{coverage:?}");
        }
    }

    #[test]
    fn self_funded_is_asked_only_for_a_plan_from_work_in_washington() {
        let mut case = Case::default();
        case.about.coverage.insert(Coverage::EmployerOrIndividual);
        case.about.state = Some("OR".into());
        assert!(!asks_self_funded(&case));
        case.about.state = Some("WA".into());
        assert!(asks_self_funded(&case));
        case.about.coverage = BTreeSet::from([Coverage::Marketplace]);
        assert!(
            !asks_self_funded(&case),
            "Marketplace plans are state-regulated"
        );
    }

    #[test]
    fn advantage_with_part_b_or_medigap_is_flagged_and_the_card_asked() {
        let mut case = Case::default();
        case.about.coverage.insert(Coverage::MedicareAdvantage);
        assert!(medicare_conflicts(&case).is_empty());
        assert!(!asks_medicare_card(&case));
        case.medicare.parts.insert(MedicarePart::PartB);
        assert_eq!(
            medicare_conflicts(&case),
            vec![MedicareConflict::OriginalAndAdvantage]
        );
        case.about.coverage.insert(Coverage::Medigap);
        assert_eq!(
            medicare_conflicts(&case),
            vec![
                MedicareConflict::OriginalAndAdvantage,
                MedicareConflict::MedigapAndAdvantage
            ]
        );
        assert!(asks_medicare_card(&case));
    }

    #[test]
    fn original_medicare_with_medigap_is_no_conflict() {
        let mut case = Case::default();
        case.about.coverage = BTreeSet::from([Coverage::OriginalMedicare, Coverage::Medigap]);
        case.medicare.parts = BTreeSet::from([MedicarePart::PartA, MedicarePart::PartB]);
        assert!(medicare_conflicts(&case).is_empty());
    }

    #[test]
    fn the_card_answer_settles_which_medicare_is_in_use() {
        let mut case = Case::default();
        case.about.coverage = BTreeSet::from([Coverage::MedicareAdvantage]);
        case.medicare.parts = BTreeSet::from([MedicarePart::PartA, MedicarePart::PartB]);
        assert_eq!(medicare_in_use(&case), (true, true));
        case.medicare.card = Some(MedicareCard::NotSure);
        assert_eq!(medicare_in_use(&case), (true, true));
        case.medicare.card = Some(MedicareCard::AdvantagePlan);
        assert_eq!(medicare_in_use(&case), (false, true));
        case.medicare.card = Some(MedicareCard::OriginalMedicare);
        assert_eq!(medicare_in_use(&case), (true, false));
    }

    #[test]
    fn the_original_medicare_card_beside_medigap_rules_out_the_advantage_plan() {
        let mut case = Case::default();
        case.about.coverage = BTreeSet::from([Coverage::MedicareAdvantage, Coverage::Medigap]);
        assert_eq!(medicare_in_use(&case), (false, true));
        case.medicare.card = Some(MedicareCard::OriginalMedicare);
        assert_eq!(medicare_in_use(&case), (false, false));
        case.about.coverage = BTreeSet::from([Coverage::OriginalMedicare]);
        case.medicare.card = Some(MedicareCard::AdvantagePlan);
        assert_eq!(
            medicare_in_use(&case),
            (true, false),
            "no conflict, nothing changes"
        );
    }

    #[test]
    fn the_insurer_to_call_is_medicare_only_without_a_plan_of_its_own() {
        let mut case = Case::default();
        case.about.coverage = [Coverage::OriginalMedicare, Coverage::Medigap].into();
        assert!(calls_medicare(&case));
        case.about.coverage.insert(Coverage::AutoInsurance);
        assert!(
            calls_medicare(&case),
            "the car insurer is called as well, not instead"
        );
        case.about.coverage.insert(Coverage::MedicareAdvantage);
        assert!(!calls_medicare(&case));
        case.about.coverage = [Coverage::EmployerOrIndividual].into();
        assert!(!calls_medicare(&case));
    }
}
