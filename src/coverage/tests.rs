//! One test per rule, named as the sentence it checks.

use time::macros::date;

use super::savings::PAYROLL_TAX_BP;
use super::*;
use crate::case::{Alternative, ConditionKind, ForWhom, Prescriber};
use crate::guidance::Guidance;
use crate::guidance::strings::Strings;

const TODAY: Date = date!(2026 - 11 - 29);

fn case_with(coverage: &[Coverage]) -> Case {
    let mut case = Case::default();
    case.about.for_whom = Some(ForWhom::Myself);
    case.about.age = Some(50);
    case.about.state = Some("OR".into());
    case.about.coverage = coverage.iter().copied().collect();
    case.condition.kinds.insert(ConditionKind::LowBackPain);
    case.alternatives
        .wanted
        .insert(Alternative::PhysicalTherapy);
    case
}

fn verdict(case: &Case, route: Route) -> Assessment {
    assess(case)
        .into_iter()
        .find(|a| a.route == route)
        .expect("every route is assessed")
}

fn has_todo(a: &Assessment, action: ActionId) -> bool {
    a.todos.iter().any(|t| t.action == action)
}

#[test]
fn every_route_gets_a_verdict_with_at_least_one_reason_for_any_case() {
    for coverage in [vec![], vec![Coverage::NoCoverage], Coverage::ALL.to_vec()] {
        let case = case_with(&coverage);
        let all = assess(&case);
        assert_eq!(all.len(), Route::ALL.len());
        assert!(all.iter().all(|a| !a.reasons.is_empty()), "{coverage:?}");
    }
}

#[test]
fn original_medicare_alone_makes_massage_unlikely_and_points_to_physical_therapy() {
    let case = case_with(&[Coverage::OriginalMedicare]);
    let a = verdict(&case, Route::OriginalMedicare);
    assert_eq!(a.verdict, Verdict::Unlikely);
    assert!(
        a.reasons
            .contains(&ReasonId::OriginalMedicareExcludesMassage)
    );
    assert!(has_todo(&a, ActionId::AskAboutPhysicalTherapy));
    let pt = verdict(&case, Route::PhysicalTherapy);
    assert_eq!(pt.verdict, Verdict::Likely);
    assert_eq!(pt.reasons, vec![ReasonId::PtCoveredByPartB]);
}

#[test]
fn medicare_enrolled_means_no_new_hsa_contributions_but_the_money_is_still_usable() {
    let mut case = case_with(&[Coverage::OriginalMedicare]);
    case.accounts.kinds.insert(Account::Hsa);
    let a = verdict(&case, Route::Hsa);
    assert!(a.reasons.contains(&ReasonId::HsaNoContributionsOnMedicare));
    assert!(a.reasons.contains(&ReasonId::HsaExistingMoneyUsable));
    assert!(has_todo(&a, ActionId::StopHsaContributions));
}

#[test]
fn an_hsa_without_medicare_says_nothing_about_medicare() {
    let mut case = case_with(&[Coverage::EmployerOrIndividual]);
    case.accounts.kinds.insert(Account::Hsa);
    let a = verdict(&case, Route::Hsa);
    assert!(!a.reasons.contains(&ReasonId::HsaNoContributionsOnMedicare));
}

#[test]
fn an_fsa_or_hsa_without_a_letter_asks_for_the_letter_before_the_first_session() {
    for account in [Account::Fsa, Account::Hsa] {
        let mut case = case_with(&[Coverage::EmployerOrIndividual]);
        case.accounts.kinds.insert(account);
        let route = if account == Account::Fsa {
            Route::Fsa
        } else {
            Route::Hsa
        };
        let a = verdict(&case, route);
        assert_eq!(a.verdict, Verdict::Possible, "{account:?}");
        assert!(
            has_todo(&a, ActionId::GetLmnBeforeFirstSession),
            "{account:?}"
        );
        assert!(a.reasons.contains(&ReasonId::NoInstantLmn), "{account:?}");
    }
}

#[test]
fn an_fsa_with_a_letter_on_file_is_likely() {
    let mut case = case_with(&[Coverage::EmployerOrIndividual]);
    case.accounts.kinds.insert(Account::Fsa);
    case.accounts.lmn_on_file = Some(Answer::Yes);
    let a = verdict(&case, Route::Fsa);
    assert_eq!(a.verdict, Verdict::Likely);
    assert!(!has_todo(&a, ActionId::GetLmnBeforeFirstSession));
}

#[test]
fn no_action_ever_suggests_an_instant_questionnaire_letter() {
    // The IRS warned in March 2024 that such letters do not make wellness spending medical;
    // the app only ever sends the patient to their own doctor.
    let mut case = case_with(&Coverage::ALL);
    case.accounts.kinds = [Account::Fsa, Account::Hsa, Account::Hra]
        .into_iter()
        .collect();
    let g = Guidance::builtin().expect("content");
    for todo in plan(&case, TODAY) {
        let text = g.action(todo.action).text.to_lowercase();
        assert!(!text.contains("online letter service"), "{:?}", todo.action);
    }
    let letter = g
        .action(ActionId::GetLmnBeforeFirstSession)
        .text
        .to_lowercase();
    assert!(letter.contains("doctor"), "{letter}");
}

#[test]
fn a_plan_whose_insurer_said_yes_is_likely_and_asks_about_prior_authorization() {
    let mut case = case_with(&[Coverage::EmployerOrIndividual]);
    case.insurer.massage_covered = Some(Answer::Yes);
    let a = verdict(&case, Route::PrivatePlan);
    assert_eq!(a.verdict, Verdict::Likely);
    assert!(has_todo(&a, ActionId::AskPriorAuthorization));
    assert!(has_todo(&a, ActionId::GetPrescription), "no paper yet");
}

#[test]
fn a_plan_whose_insurer_said_no_is_unlikely_and_points_to_physical_therapy() {
    let mut case = case_with(&[Coverage::Marketplace]);
    case.insurer.massage_covered = Some(Answer::No);
    let a = verdict(&case, Route::Marketplace);
    assert_eq!(a.verdict, Verdict::Unlikely);
    assert!(has_todo(&a, ActionId::AskAboutPhysicalTherapy));
}

#[test]
fn a_plan_not_asked_yet_is_possible_and_says_call_before_booking() {
    let case = case_with(&[Coverage::EmployerOrIndividual]);
    let a = verdict(&case, Route::PrivatePlan);
    assert_eq!(a.verdict, Verdict::Possible);
    assert!(has_todo(&a, ActionId::CallInsurerBeforeBooking));
}

#[test]
fn a_prescription_in_hand_drops_the_get_a_prescription_action() {
    let mut case = case_with(&[Coverage::EmployerOrIndividual]);
    case.condition.paperwork.insert(Paperwork::Prescription);
    case.condition.prescriber = Some(Prescriber::Physician);
    assert!(!has_todo(
        &verdict(&case, Route::PrivatePlan),
        ActionId::GetPrescription
    ));
}

#[test]
fn washington_plans_mention_the_every_category_law_and_the_six_visits() {
    let mut case = case_with(&[Coverage::Marketplace]);
    case.about.state = Some("WA".into());
    let a = verdict(&case, Route::Marketplace);
    assert!(a.reasons.contains(&ReasonId::WaEveryCategory));
    assert!(a.reasons.contains(&ReasonId::WaNoPriorAuthFirstVisits));
    case.about.coverage = [Coverage::EmployerOrIndividual].into_iter().collect();
    case.insurer.self_funded = Some(Answer::No);
    let a = verdict(&case, Route::PrivatePlan);
    assert!(a.reasons.contains(&ReasonId::WaEveryCategory));
    assert!(a.reasons.contains(&ReasonId::WaNoPriorAuthFirstVisits));
}

#[test]
fn a_washington_plan_from_work_gets_the_state_rules_only_if_it_is_not_self_funded() {
    let mut case = case_with(&[Coverage::EmployerOrIndividual]);
    case.about.state = Some("WA".into());
    let a = verdict(&case, Route::PrivatePlan);
    assert!(!a.reasons.contains(&ReasonId::WaEveryCategory));
    assert!(
        a.reasons
            .contains(&ReasonId::WaEveryCategoryIfNotSelfFunded)
    );
    assert!(a.reasons.contains(&ReasonId::WaPriorAuthIfNotSelfFunded));
    assert!(has_todo(&a, ActionId::AskEmployerSelfFunded));
    case.insurer.self_funded = Some(Answer::Yes);
    let a = verdict(&case, Route::PrivatePlan);
    assert!(a.reasons.contains(&ReasonId::WaSelfFundedPlan));
    assert!(
        !a.reasons
            .contains(&ReasonId::WaEveryCategoryIfNotSelfFunded)
    );
    assert!(!has_todo(&a, ActionId::AskEmployerSelfFunded));
}

#[test]
fn advantage_with_part_b_ticked_asks_for_the_card_and_never_promises_part_b_costs() {
    let mut case = case_with(&[Coverage::MedicareAdvantage]);
    case.medicare.parts = [MedicarePart::PartA, MedicarePart::PartB]
        .into_iter()
        .collect();
    let om = verdict(&case, Route::OriginalMedicare);
    assert_eq!(om.reasons[0], ReasonId::MedicareKindsExcludeEachOther);
    assert!(has_todo(&om, ActionId::AskWhichMedicareCard));
    let ma = verdict(&case, Route::MedicareAdvantage);
    assert_eq!(ma.verdict, Verdict::Possible);
    assert!(
        ma.reasons
            .contains(&ReasonId::MedicareKindsExcludeEachOther)
    );
    let pt = verdict(&case, Route::PhysicalTherapy);
    assert_eq!(pt.reasons, vec![ReasonId::PtAdvantageSetsCostSharing]);
    case.medicare.card = Some(MedicareCard::AdvantagePlan);
    assert_eq!(
        verdict(&case, Route::OriginalMedicare).verdict,
        Verdict::NotApplicable
    );
    case.medicare.card = Some(MedicareCard::OriginalMedicare);
    assert_eq!(
        verdict(&case, Route::MedicareAdvantage).verdict,
        Verdict::NotApplicable
    );
    assert_eq!(
        verdict(&case, Route::PhysicalTherapy).reasons,
        vec![ReasonId::PtCoveredByPartB]
    );
}

#[test]
fn medigap_beside_advantage_says_it_cannot_pay_the_advantage_costs() {
    let case = case_with(&[Coverage::MedicareAdvantage, Coverage::Medigap]);
    let a = verdict(&case, Route::Medigap);
    assert_eq!(a.verdict, Verdict::Unlikely);
    assert_eq!(a.reasons[0], ReasonId::MedigapNotWithAdvantage);
}

#[test]
fn a_helpers_own_hsa_follows_the_helper_not_the_patient_on_medicare() {
    let mut case = case_with(&[Coverage::OriginalMedicare]);
    case.about.for_whom = Some(ForWhom::SomeoneElse);
    case.about.age = Some(80);
    case.accounts.kinds.insert(Account::Hsa);
    let unknown = verdict(&case, Route::Hsa);
    assert_eq!(unknown.reasons[0], ReasonId::AccountFollowsOwner);
    assert!(has_todo(&unknown, ActionId::AskWhoseAccount));
    case.accounts.owner = Some(AccountOwner::Helper);
    case.accounts.owner_on_medicare = Some(Answer::No);
    case.accounts.hsa_plan_kind = Some(HsaPlanKind::EmployerHdhp);
    let a = verdict(&case, Route::Hsa);
    assert!(a.reasons.contains(&ReasonId::HsaPaysFamilyCare));
    assert!(!a.reasons.contains(&ReasonId::HsaNoContributionsOnMedicare));
    assert!(!has_todo(&a, ActionId::StopHsaContributions));
    case.accounts.owner = Some(AccountOwner::Patient);
    let a = verdict(&case, Route::Hsa);
    assert!(a.reasons.contains(&ReasonId::HsaNoContributionsOnMedicare));
    assert!(a.reasons.contains(&ReasonId::HsaOnlyExistingBalance));
}

#[test]
fn an_hsa_without_a_qualified_plan_or_beside_a_general_fsa_takes_no_new_money() {
    let mut case = case_with(&[Coverage::EmployerOrIndividual]);
    case.accounts.kinds.insert(Account::Hsa);
    let a = verdict(&case, Route::Hsa);
    assert!(a.reasons.contains(&ReasonId::HsaPlanToCheck));
    assert!(has_todo(&a, ActionId::AskHsaPlanKind));
    case.accounts.hsa_plan_kind = Some(HsaPlanKind::OtherPlan);
    let a = verdict(&case, Route::Hsa);
    assert!(a.reasons.contains(&ReasonId::HsaPlanNotQualified));
    assert!(a.reasons.contains(&ReasonId::HsaOnlyExistingBalance));
    case.accounts.hsa_plan_kind = Some(HsaPlanKind::BronzeOrCatastrophic);
    case.accounts.spouse_general_fsa = Some(Answer::Yes);
    let a = verdict(&case, Route::Hsa);
    assert!(a.reasons.contains(&ReasonId::GeneralFsaBlocksHsa));
    assert!(a.reasons.contains(&ReasonId::HsaOnlyExistingBalance));
    case.accounts.spouse_general_fsa = Some(Answer::No);
    let a = verdict(&case, Route::Hsa);
    assert!(a.reasons.contains(&ReasonId::HsaBronzeCatastrophicCount));
    assert!(!a.reasons.contains(&ReasonId::HsaOnlyExistingBalance));
}

#[test]
fn an_fsa_beside_an_hsa_is_asked_about_and_a_limited_purpose_one_does_not_pay() {
    let mut case = case_with(&[Coverage::EmployerOrIndividual]);
    case.accounts.kinds = [Account::Fsa, Account::Hsa].into_iter().collect();
    case.accounts.lmn_on_file = Some(Answer::Yes);
    let a = verdict(&case, Route::Fsa);
    assert_eq!(a.verdict, Verdict::Possible);
    assert!(a.reasons.contains(&ReasonId::FsaKindToCheck));
    assert!(has_todo(&a, ActionId::AskFsaKind));
    case.accounts.fsa_kind = Some(FsaKind::LimitedPurpose);
    let a = verdict(&case, Route::Fsa);
    assert_eq!(a.verdict, Verdict::Unlikely);
    assert_eq!(a.reasons, vec![ReasonId::FsaLimitedPurposeNoMassage]);
}

#[test]
fn a_work_injury_or_car_accident_starts_with_the_claims_adjuster() {
    for (coverage, route) in [
        (Coverage::WorkersComp, Route::WorkersComp),
        (Coverage::AutoInsurance, Route::AutoInsurance),
    ] {
        let case = case_with(&[coverage, Coverage::EmployerOrIndividual]);
        let a = verdict(&case, route);
        assert_eq!(a.todos[0].action, ActionId::CallClaimsAdjuster, "{route:?}");
        assert!(a.reasons.contains(&ReasonId::InjuryClaimPaysFirst));
        let plan = verdict(&case, Route::PrivatePlan);
        assert!(plan.reasons.contains(&ReasonId::InjuryClaimPaysFirst));
    }
}

#[test]
fn michigan_drivers_are_asked_about_their_pip_limit_and_medicare_may_have_opted_out() {
    let mut case = case_with(&[Coverage::AutoInsurance]);
    case.about.state = Some("MI".into());
    let a = verdict(&case, Route::AutoInsurance);
    assert_eq!(a.verdict, Verdict::Likely);
    assert!(a.reasons.contains(&ReasonId::MichiganPipLimitChosen));
    assert!(has_todo(&a, ActionId::AskAdjusterPipLimit));
    case.about.coverage.insert(Coverage::OriginalMedicare);
    assert_eq!(
        verdict(&case, Route::AutoInsurance).verdict,
        Verdict::Possible
    );
}

#[test]
fn each_kind_of_plan_that_said_no_names_its_own_appeal_deadline() {
    let mut case = case_with(&[Coverage::EmployerOrIndividual]);
    case.insurer.massage_covered = Some(Answer::No);
    let a = verdict(&case, Route::PrivatePlan);
    assert!(a.reasons.contains(&ReasonId::AppealPrivatePlan180Days));
    assert!(has_todo(&a, ActionId::FileInternalAppeal));
    let mut case = case_with(&[Coverage::MedicareAdvantage]);
    case.insurer.massage_covered = Some(Answer::No);
    let a = verdict(&case, Route::MedicareAdvantage);
    assert!(a.reasons.contains(&ReasonId::AppealAdvantage60Days));
    assert!(!a.reasons.contains(&ReasonId::AppealPrivatePlan180Days));
    let mut case = case_with(&[Coverage::OriginalMedicare]);
    case.insurer.massage_covered = Some(Answer::No);
    let a = verdict(&case, Route::OriginalMedicare);
    assert!(a.reasons.contains(&ReasonId::AppealOriginalMedicare120Days));
    assert!(has_todo(&a, ActionId::AskMedicareRedetermination));
}

#[test]
fn a_state_without_a_massage_license_is_flagged_for_plans_that_need_one() {
    let mut case = case_with(&[Coverage::MedicareAdvantage]);
    case.about.state = Some("KS".into());
    assert!(
        verdict(&case, Route::MedicareAdvantage)
            .reasons
            .contains(&ReasonId::NoStateMassageLicense)
    );
}

#[test]
fn california_which_only_certifies_massage_therapists_is_flagged_like_the_unlicensed_states() {
    let mut case = case_with(&[Coverage::MedicareAdvantage]);
    case.about.state = Some("CA".into());
    assert!(
        verdict(&case, Route::MedicareAdvantage)
            .reasons
            .contains(&ReasonId::NoStateMassageLicense)
    );
    case.about.state = Some("OR".into());
    assert!(
        !verdict(&case, Route::MedicareAdvantage)
            .reasons
            .contains(&ReasonId::NoStateMassageLicense)
    );
}

#[test]
fn medicare_advantage_depends_on_the_evidence_of_coverage() {
    let mut case = case_with(&[Coverage::MedicareAdvantage]);
    let a = verdict(&case, Route::MedicareAdvantage);
    assert_eq!(a.verdict, Verdict::Possible);
    assert!(has_todo(&a, ActionId::CheckEvidenceOfCoverage));
    case.medicare.advantage_massage_benefit = Some(Answer::Yes);
    assert_eq!(
        verdict(&case, Route::MedicareAdvantage).verdict,
        Verdict::Likely
    );
    case.medicare.advantage_massage_benefit = Some(Answer::No);
    assert_eq!(
        verdict(&case, Route::MedicareAdvantage).verdict,
        Verdict::Unlikely
    );
}

#[test]
fn medigap_never_adds_massage() {
    let case = case_with(&[Coverage::OriginalMedicare, Coverage::Medigap]);
    let a = verdict(&case, Route::Medigap);
    assert_eq!(a.verdict, Verdict::Unlikely);
    assert_eq!(a.reasons, vec![ReasonId::MedigapFollowsMedicare]);
}

#[test]
fn medicaid_is_unlikely_and_says_ask_the_state_office() {
    let a = verdict(&case_with(&[Coverage::Medicaid]), Route::Medicaid);
    assert_eq!(a.verdict, Verdict::Unlikely);
    assert!(has_todo(&a, ActionId::AskMedicaidOffice));
}

#[test]
fn chiropractic_under_medicare_is_spinal_manipulation_only() {
    let a = verdict(
        &case_with(&[Coverage::OriginalMedicare]),
        Route::Chiropractic,
    );
    assert_eq!(a.verdict, Verdict::Unlikely);
    assert_eq!(a.reasons, vec![ReasonId::ChiroMedicareManipulationOnly]);
    let private = verdict(
        &case_with(&[Coverage::EmployerOrIndividual]),
        Route::Chiropractic,
    );
    assert_eq!(private.verdict, Verdict::Possible);
}

#[test]
fn florida_auto_insurance_does_not_pay_for_massage_but_michigan_does() {
    let mut case = case_with(&[Coverage::AutoInsurance]);
    case.about.state = Some("FL".into());
    assert_eq!(
        verdict(&case, Route::AutoInsurance).verdict,
        Verdict::Unlikely
    );
    case.about.state = Some("MI".into());
    assert_eq!(
        verdict(&case, Route::AutoInsurance).verdict,
        Verdict::Likely
    );
    case.about.state = Some("NY".into());
    let a = verdict(&case, Route::AutoInsurance);
    assert_eq!(a.verdict, Verdict::Possible);
    assert!(a.reasons.contains(&ReasonId::PipNeedsReferral));
}

#[test]
fn washington_workers_comp_pays_on_the_doctors_written_order() {
    let mut case = case_with(&[Coverage::WorkersComp]);
    case.about.state = Some("WA".into());
    assert_eq!(verdict(&case, Route::WorkersComp).verdict, Verdict::Likely);
    case.about.state = Some("TX".into());
    assert_eq!(
        verdict(&case, Route::WorkersComp).verdict,
        Verdict::Possible
    );
}

#[test]
fn an_hra_depends_on_the_employer() {
    let mut case = case_with(&[Coverage::EmployerOrIndividual]);
    case.accounts.kinds.insert(Account::Hra);
    let a = verdict(&case, Route::Hra);
    assert_eq!(a.verdict, Verdict::Possible);
    assert_eq!(a.reasons[0], ReasonId::HraEmployerDecides);
}

#[test]
fn the_itemized_deduction_warns_against_paying_twice_when_an_account_is_used() {
    let mut case = case_with(&[Coverage::EmployerOrIndividual]);
    assert!(
        !verdict(&case, Route::ItemizedDeduction)
            .reasons
            .contains(&ReasonId::NoDoubleDipping)
    );
    case.accounts.kinds.insert(Account::Fsa);
    assert!(
        verdict(&case, Route::ItemizedDeduction)
            .reasons
            .contains(&ReasonId::NoDoubleDipping)
    );
}

#[test]
fn paying_less_in_cash_is_always_open() {
    let a = verdict(&case_with(&[Coverage::NoCoverage]), Route::PayLess);
    assert_eq!(a.verdict, Verdict::Likely);
    assert!(has_todo(&a, ActionId::TryStudentClinic));
}

#[test]
fn routes_not_in_the_case_are_not_applicable() {
    let case = case_with(&[Coverage::NoCoverage]);
    for route in [
        Route::PrivatePlan,
        Route::OriginalMedicare,
        Route::Fsa,
        Route::PhysicalTherapy,
    ] {
        assert_eq!(
            verdict(&case, route).verdict,
            Verdict::NotApplicable,
            "{route:?}"
        );
    }
}

#[test]
fn the_letter_is_renewed_a_year_after_it_was_written() {
    let mut case = case_with(&[]);
    case.condition
        .paperwork
        .insert(Paperwork::LetterOfMedicalNecessity);
    case.condition.written_on = Some(date!(2024 - 02 - 29));
    let dated = dated_todos(&case);
    assert_eq!(
        dated,
        vec![Todo {
            action: ActionId::RenewLmnBy,
            due: Some(date!(2025 - 02 - 28))
        }]
    );
}

#[test]
fn the_fsa_plan_year_end_and_the_insurer_follow_up_are_dated() {
    let mut case = case_with(&[Coverage::EmployerOrIndividual]);
    case.accounts.kinds.insert(Account::Fsa);
    case.accounts.plan_year_end = Some(date!(2026 - 12 - 31));
    case.insurer.call_date = Some(date!(2026 - 11 - 20));
    let dated = dated_todos(&case);
    assert!(dated.contains(&Todo {
        action: ActionId::UseFsaBy,
        due: Some(date!(2026 - 12 - 31))
    }));
    assert!(dated.contains(&Todo {
        action: ActionId::FollowUpInsurerBy,
        due: Some(date!(2026 - 11 - 27))
    }));
}

#[test]
fn the_plan_puts_money_about_to_be_lost_first_then_the_prescription_then_later_dates() {
    let mut case = case_with(&[Coverage::EmployerOrIndividual]);
    case.accounts.kinds.insert(Account::Fsa);
    case.accounts.plan_year_end = Some(date!(2026 - 12 - 31));
    case.condition.paperwork = [Paperwork::LetterOfMedicalNecessity].into();
    case.condition.written_on = Some(date!(2026 - 11 - 01));
    let todos = plan(&case, TODAY);
    assert_eq!(
        todos[0],
        Todo {
            action: ActionId::UseFsaBy,
            due: Some(date!(2026 - 12 - 31))
        },
        "{todos:?}"
    );
    assert_eq!(days_left(todos[0], TODAY), Some(32));
    assert_eq!(
        todos.last().map(|t| t.action),
        Some(ActionId::RenewLmnBy),
        "a date eleven months away comes last"
    );
    let mut unique = todos.clone();
    unique.dedup();
    assert_eq!(unique.len(), todos.len(), "no action twice");
}

#[test]
fn after_a_logged_call_no_route_says_call_your_insurer_before_you_book() {
    let mut case = case_with(&[Coverage::EmployerOrIndividual]);
    assert!(plan(&case, TODAY).contains(&Todo::now(ActionId::CallInsurerBeforeBooking)));
    case.insurer.calls.push(crate::case::CallRecord {
        rep_name: "Sam".into(),
        ..Default::default()
    });
    assert!(!plan(&case, TODAY).contains(&Todo::now(ActionId::CallInsurerBeforeBooking)));
    for a in assess(&case) {
        assert!(
            !has_todo(&a, ActionId::CallInsurerBeforeBooking),
            "{:?} still says to call",
            a.route
        );
    }
}

#[test]
fn the_follow_up_date_is_the_one_the_patient_wrote_down_on_her_call() {
    let mut case = case_with(&[Coverage::EmployerOrIndividual]);
    case.insurer.call_date = Some(date!(2026 - 12 - 02));
    case.insurer.calls.push(crate::case::CallRecord {
        follow_up: Some(date!(2026 - 12 - 16)),
        ..Default::default()
    });
    let follow_ups: Vec<_> = plan(&case, TODAY)
        .into_iter()
        .filter(|t| t.action == ActionId::FollowUpInsurerBy)
        .collect();
    assert_eq!(
        follow_ups,
        vec![Todo {
            action: ActionId::FollowUpInsurerBy,
            due: Some(date!(2026 - 12 - 16))
        }]
    );
}

#[test]
fn a_44_year_old_on_a_work_plan_reads_nothing_about_medicare_in_the_plan() {
    let mut case = case_with(&[Coverage::EmployerOrIndividual]);
    case.about.age = Some(44);
    for g in [
        Guidance::builtin().expect("content"),
        Guidance::builtin_for(crate::case::Lang::Es).expect("content"),
    ] {
        for todo in plan(&case, TODAY) {
            let text = &g.action(todo.action).text;
            assert!(!text.contains("Medicare"), "{:?}: {text}", todo.action);
        }
    }
}

#[test]
fn cheaper_places_not_chosen_are_other_options_apart_from_the_plan() {
    let mut case = case_with(&[Coverage::EmployerOrIndividual]);
    case.alternatives.wanted = [Alternative::PhysicalTherapy].into();
    let todos = plan(&case, TODAY);
    assert!(!todos.contains(&Todo::now(ActionId::TryStudentClinic)));
    assert!(!todos.contains(&Todo::now(ActionId::AskHealthCenter)));
    assert_eq!(
        other_options(&case),
        vec![
            Todo::now(ActionId::TryStudentClinic),
            Todo::now(ActionId::AskHealthCenter)
        ]
    );
    case.alternatives
        .wanted
        .insert(Alternative::MassageSchoolClinic);
    assert!(plan(&case, TODAY).contains(&Todo::now(ActionId::TryStudentClinic)));
    assert_eq!(
        other_options(&case),
        vec![Todo::now(ActionId::AskHealthCenter)]
    );
}

#[test]
fn after_a_car_accident_the_adjuster_comes_before_calling_medicare_or_an_insurer() {
    let mut case = case_with(&[Coverage::OriginalMedicare, Coverage::AutoInsurance]);
    case.about.age = Some(70);
    let todos = plan(&case, TODAY);
    assert_eq!(todos[0].action, ActionId::CallClaimsAdjuster, "{todos:?}");
}

#[test]
fn prescribed_visits_count_sessions_over_the_duration_within_a_year() {
    let mut case = Case::default();
    assert_eq!(prescribed_visits_per_year(&case), None);
    case.condition.sessions = Some(2);
    case.condition.per = Period::Month;
    assert_eq!(prescribed_visits_per_year(&case), Some(24));
    case.condition.duration = Some(6);
    case.condition.duration_unit = Period::Month;
    assert_eq!(prescribed_visits_per_year(&case), Some(12));
    case.condition.per = Period::Week;
    case.condition.duration = Some(8);
    case.condition.duration_unit = Period::Week;
    assert_eq!(prescribed_visits_per_year(&case), Some(16));
    case.condition.duration = Some(36);
    case.condition.duration_unit = Period::Month;
    assert_eq!(prescribed_visits_per_year(&case), Some(104));
}

fn savings_case() -> Case {
    let mut case = case_with(&[Coverage::EmployerOrIndividual]);
    case.accounts.kinds.insert(Account::Fsa);
    case.costs.price_per_visit = Some(9_000);
    case.costs.visits_per_year = Some(24);
    case.costs.federal_bracket = Some(22);
    case.costs.state_rate = Some(500);
    case
}

#[test]
fn fsa_savings_count_federal_state_and_payroll_tax() {
    let g = Guidance::builtin().expect("content");
    let s = savings(&savings_case(), &g, TODAY).expect("estimate");
    assert_eq!(s.yearly_cost, 216_000);
    assert_eq!(s.rate_bp, 2_200 + 500 + PAYROLL_TAX_BP);
    assert_eq!(s.pre_tax, 216_000);
    assert_eq!(s.saved, 216_000 * 3_465 / 10_000);
    assert_eq!(
        (s.limit, s.limit_year, s.limit_current),
        (Some(340_000), Some(2026), true)
    );
}

#[test]
fn savings_stop_at_the_years_contribution_limit() {
    let g = Guidance::builtin().expect("content");
    let mut case = savings_case();
    case.costs.visits_per_year = Some(100);
    let s = savings(&case, &g, TODAY).expect("estimate");
    assert_eq!(s.yearly_cost, 900_000);
    assert_eq!(s.pre_tax, 340_000);
}

#[test]
fn an_hsa_paid_outside_payroll_saves_no_payroll_tax_and_adds_the_catch_up_from_55() {
    let g = Guidance::builtin().expect("content");
    let mut case = savings_case();
    case.accounts.kinds = [Account::Hsa].into_iter().collect();
    case.about.age = Some(56);
    let s = savings(&case, &g, TODAY).expect("estimate");
    assert_eq!(s.rate_bp, 2_700);
    assert_eq!(s.limit, Some(440_000 + 100_000));
}

#[test]
fn a_later_year_uses_the_latest_limit_and_says_it_is_older() {
    let g = Guidance::builtin().expect("content");
    let s = savings(&savings_case(), &g, date!(2028 - 03 - 01)).expect("estimate");
    assert_eq!(s.limit_year, Some(2026));
    assert!(!s.limit_current);
}

/// The screen's words, as the savings note formats them.
fn ui_words(lang: crate::case::Lang) -> Strings {
    let source = match lang {
        crate::case::Lang::En => include_str!("../../assets/i18n/en/ui.ftl"),
        crate::case::Lang::Es => include_str!("../../assets/i18n/es/ui.ftl"),
    };
    Strings::new(lang, "ui.ftl", source)
}

#[test]
fn the_plan_year_defaults_to_next_year_only_in_december() {
    assert_eq!(default_plan_year(date!(2026 - 11 - 30)), 2026);
    assert_eq!(default_plan_year(date!(2026 - 12 - 01)), 2027);
    assert_eq!(default_plan_year(date!(2026 - 12 - 31)), 2027);
    assert_eq!(default_plan_year(date!(2027 - 01 - 01)), 2027);
    assert_eq!(offered_plan_years(date!(2026 - 12 - 31)), [2026, 2027]);
    assert_eq!(offered_plan_years(date!(2027 - 01 - 01)), [2027, 2028]);
}

#[test]
fn the_plan_year_the_patient_chose_wins_over_the_default() {
    let mut case = savings_case();
    assert_eq!(plan_year(&case, date!(2026 - 12 - 31)), 2027);
    case.costs.plan_year = Some(2026);
    assert_eq!(plan_year(&case, date!(2026 - 12 - 31)), 2026);
}

#[test]
fn in_december_an_hsa_estimate_uses_next_years_published_limit() {
    let g = Guidance::builtin().expect("content");
    let mut case = savings_case();
    case.accounts.kinds = [Account::Hsa].into_iter().collect();
    let s = savings(&case, &g, date!(2026 - 12 - 02)).expect("estimate");
    assert_eq!(
        (s.plan_year, s.limit, s.limit_year, s.limit_current),
        (2027, Some(450_000), Some(2027), true)
    );
    assert_eq!(s.older_limit_note(&ui_words(crate::case::Lang::En)), None);
    case.costs.plan_year = Some(2026);
    let s = savings(&case, &g, date!(2026 - 12 - 02)).expect("estimate");
    assert_eq!((s.plan_year, s.limit), (2026, Some(440_000)));
}

#[test]
fn an_fsa_limit_not_out_yet_uses_the_latest_year_and_the_screen_says_which() {
    let g = Guidance::builtin().expect("content");
    let s = savings(&savings_case(), &g, date!(2026 - 12 - 02)).expect("estimate");
    assert_eq!(
        (s.plan_year, s.limit, s.limit_year, s.limit_current),
        (2027, Some(340_000), Some(2026), false)
    );
    let en = s
        .older_limit_note(&ui_words(crate::case::Lang::En))
        .expect("a note");
    assert!(en.contains("2027") && en.contains("2026"), "{en}");
    let es = s
        .older_limit_note(&ui_words(crate::case::Lang::Es))
        .expect("a note");
    assert!(es.contains("2027") && es.contains("2026"), "{es}");
}

#[test]
fn the_hsa_catch_up_counts_the_age_on_december_31_of_the_plan_year() {
    let g = Guidance::builtin().expect("content");
    let mut case = savings_case();
    case.accounts.kinds = [Account::Hsa].into_iter().collect();
    case.about.age = None;
    // Turns 55 on December 30, 2026: the 2026 catch-up is allowed all year.
    case.about.date_of_birth = Some(date!(1971 - 12 - 30));
    let s = savings(&case, &g, date!(2026 - 03 - 01)).expect("estimate");
    assert_eq!(s.limit, Some(440_000 + 100_000));
    // Turns 55 in 2027: none for 2026.
    case.about.date_of_birth = Some(date!(1972 - 01 - 01));
    let s = savings(&case, &g, date!(2026 - 03 - 01)).expect("estimate");
    assert_eq!(s.limit, Some(440_000));
}

#[test]
fn no_estimate_without_a_price_a_bracket_or_an_account() {
    let g = Guidance::builtin().expect("content");
    let mut case = savings_case();
    case.costs.federal_bracket = None;
    assert!(savings(&case, &g, TODAY).is_none());
    let mut case = savings_case();
    case.accounts.kinds.clear();
    assert!(savings(&case, &g, TODAY).is_none());
}

#[test]
fn the_visits_come_from_the_prescription_when_not_typed() {
    let g = Guidance::builtin().expect("content");
    let mut case = savings_case();
    case.costs.visits_per_year = None;
    case.condition.sessions = Some(1);
    case.condition.per = Period::Week;
    assert_eq!(savings(&case, &g, TODAY).expect("estimate").visits, 52);
}

#[test]
fn an_hsa_that_takes_no_new_money_saves_no_new_tax_and_says_so() {
    let g = Guidance::builtin().expect("content");
    let mut case = savings_case();
    case.accounts.kinds = [Account::Hsa].into_iter().collect();
    case.accounts.hsa_balance = Some(50_000);
    case.accounts.hsa_plan_kind = Some(HsaPlanKind::OtherPlan);
    let s = savings(&case, &g, TODAY).expect("estimate");
    assert!(!s.new_money);
    assert_eq!(s.pre_tax, 50_000);
    assert_eq!(s.saved, 0);
    assert!(s.notes.contains(&ReasonId::HsaOnlyExistingBalance));
}

#[test]
fn an_hsa_in_california_or_new_jersey_saves_no_state_tax_but_an_fsa_still_does() {
    let g = Guidance::builtin().expect("content");
    for state in ["CA", "NJ"] {
        let mut case = savings_case();
        case.about.state = Some(state.into());
        case.accounts.kinds = [Account::Hsa].into_iter().collect();
        let s = savings(&case, &g, TODAY).expect("estimate");
        assert_eq!(s.rate_bp, 2_200, "{state}");
        assert!(!s.state_rate_counted);
        assert!(s.notes.contains(&ReasonId::HsaStateTaxed));
    }
    let mut case = savings_case();
    case.about.state = Some("NJ".into());
    let s = savings(&case, &g, TODAY).expect("estimate");
    assert_eq!(s.rate_bp, 2_200 + 500 + PAYROLL_TAX_BP);
    assert!(s.notes.contains(&ReasonId::NjFsaStateTaxAsk));
}

#[test]
fn the_catch_up_follows_the_owners_age_at_year_end_not_the_patients() {
    let g = Guidance::builtin().expect("content");
    let mut case = savings_case();
    case.accounts.kinds = [Account::Hsa].into_iter().collect();
    case.about.for_whom = Some(ForWhom::SomeoneElse);
    case.about.age = Some(80);
    case.costs.visits_per_year = Some(100);
    case.accounts.owner = Some(AccountOwner::Helper);
    case.accounts.owner_on_medicare = Some(Answer::No);
    case.accounts.owner_age_at_year_end = Some(50);
    let s = savings(&case, &g, TODAY).expect("estimate");
    assert!(
        s.new_money,
        "the patient's Medicare does not bar the helper's HSA"
    );
    assert_eq!(s.limit, Some(440_000));
    case.accounts.owner_age_at_year_end = Some(55);
    assert_eq!(
        savings(&case, &g, TODAY).expect("estimate").limit,
        Some(540_000)
    );
}

#[test]
fn a_limited_purpose_fsa_beside_an_hsa_leaves_the_estimate_to_the_hsa() {
    let g = Guidance::builtin().expect("content");
    let mut case = savings_case();
    case.accounts.kinds = [Account::Fsa, Account::Hsa].into_iter().collect();
    case.accounts.fsa_kind = Some(FsaKind::LimitedPurpose);
    assert_eq!(
        savings(&case, &g, TODAY).expect("estimate").account,
        Account::Hsa
    );
}
