//! Decisions: for a case, which ways of paying for massage are open, with a verdict, the reasons
//! and the next actions; dated follow-ups; and what an FSA or HSA saves.
//!
//! Pure functions of a [`Case`] and a date; no egui, no disk. Reasons and actions are ids whose
//! sentences and sources live in the content ([`crate::guidance`]).

mod owner;
mod savings;

use time::{Date, Duration};

use crate::case::{
    Account, AccountOwner, Alternative, Answer, Case, Coverage, FsaKind, HsaPlanKind, MedicareCard,
    MedicarePart, Paperwork, Period,
};
use crate::flow;
use crate::guidance::{ActionId, ReasonId, Route};

pub use savings::{Savings, default_plan_year, offered_plan_years, plan_year, savings};

/// How likely a route is to pay for massage, for this case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// Should pay, once its conditions are met.
    Likely,
    /// Might pay: it depends on the plan or on something still to find out.
    Possible,
    /// Almost never pays for massage.
    Unlikely,
    /// Does not apply to this case.
    NotApplicable,
}

/// Something to do, with a date when it has one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Todo {
    /// What to do.
    pub action: ActionId,
    /// By when, for dated follow-ups.
    pub due: Option<Date>,
}

impl Todo {
    const fn now(action: ActionId) -> Self {
        Self { action, due: None }
    }
}

/// One route's verdict for a case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// Which route.
    pub route: Route,
    /// How likely it pays.
    pub verdict: Verdict,
    /// Why, most important first.
    pub reasons: Vec<ReasonId>,
    /// What to do next for this route.
    pub todos: Vec<Todo>,
}

/// States with no statewide massage therapist license (2024): California only certifies, voluntarily
/// (CAMTC), and Vermont only registers; Kansas, Minnesota and Wyoming have no state credential.
const UNLICENSED_STATES: [&str; 5] = ["CA", "KS", "MN", "VT", "WY"];

/// How long administrators commonly keep a letter of medical necessity on file.
const LMN_KEPT_YEARS: i32 = 1;
/// When to call the insurer again if they promised something.
const FOLLOW_UP_DAYS: i64 = 7;

/// The no-fault states that require PIP car insurance, besides Florida and Michigan, which have
/// their own rules for massage.
const NO_FAULT_STATES: [&str; 10] = ["HI", "KS", "KY", "MA", "MN", "NJ", "NY", "ND", "PA", "UT"];

/// States that tax HSA contributions, so an HSA saves no state income tax there.
const STATES_TAXING_HSA: [&str; 2] = ["CA", "NJ"];

/// What the case says about the patient, worked out once.
#[expect(
    clippy::struct_excessive_bools,
    reason = "each is one yes-or-no fact the rules read, worked out once from the case"
)]
struct Facts<'a> {
    case: &'a Case,
    state: Option<&'a str>,
    has_paper: bool,
    has_lmn: bool,
    on_medicare: bool,
    /// Original Medicare is in use: ticked, and not ruled out by the card answer.
    original: bool,
    /// A Medicare Advantage plan is in use: ticked, and not ruled out by the card answer.
    advantage: bool,
    /// Whose accounts they are; `None` while a helper has not said.
    owner: Option<AccountOwner>,
}

/// Whether the patient has any part of Medicare, ticked on step 1 or on the Medicare step.
fn patient_on_medicare(case: &Case) -> bool {
    case.medicare
        .parts
        .iter()
        .any(|p| *p != MedicarePart::NotEnrolled)
        || case.about.coverage.iter().any(|c| c.is_medicare())
}

impl<'a> Facts<'a> {
    fn new(case: &'a Case) -> Self {
        let c = &case.condition;
        let (original, advantage) = flow::medicare_in_use(case);
        Self {
            case,
            state: case.about.state.as_deref(),
            has_paper: c.paperwork.iter().any(|p| *p != Paperwork::NotYet),
            has_lmn: c.paperwork.contains(&Paperwork::LetterOfMedicalNecessity)
                || case.accounts.lmn_on_file == Some(Answer::Yes),
            on_medicare: patient_on_medicare(case),
            original,
            advantage,
            owner: flow::account_owner(case),
        }
    }

    fn has_private_plan(&self) -> bool {
        self.covered_by(Coverage::EmployerOrIndividual) || self.covered_by(Coverage::Marketplace)
    }

    /// The insurer called in step 3 said no, and it can only be this kind of Medicare.
    fn medicare_said_no(&self) -> bool {
        self.case.insurer.massage_covered == Some(Answer::No) && !self.has_private_plan()
    }

    fn injured(&self) -> bool {
        self.covered_by(Coverage::WorkersComp) || self.covered_by(Coverage::AutoInsurance)
    }

    fn covered_by(&self, coverage: Coverage) -> bool {
        self.case.about.coverage.contains(&coverage)
    }

    fn has_account(&self, account: Account) -> bool {
        self.case.accounts.kinds.contains(&account)
    }

    fn in_state(&self, code: &str) -> bool {
        self.state == Some(code)
    }

    fn has_medicare_part(&self, part: MedicarePart) -> bool {
        self.case.medicare.parts.contains(&part)
    }
}

fn assessment(
    route: Route,
    verdict: Verdict,
    reasons: Vec<ReasonId>,
    todos: Vec<Todo>,
) -> Assessment {
    Assessment {
        route,
        verdict,
        reasons,
        todos,
    }
}

fn not_applicable(route: Route) -> Assessment {
    assessment(
        route,
        Verdict::NotApplicable,
        vec![ReasonId::NotInYourCoverage],
        Vec::new(),
    )
}

/// Every route's verdict for `case`, in [`Route::ALL`] order.
pub fn assess(case: &Case) -> Vec<Assessment> {
    let f = Facts::new(case);
    let called = has_called_insurer(case);
    Route::ALL
        .iter()
        .map(|route| {
            let mut a = assess_route(*route, &f);
            if called {
                // Once the patient has called, the plan works from what they were told.
                a.todos
                    .retain(|t| t.action != ActionId::CallInsurerBeforeBooking);
            }
            a
        })
        .collect()
}

fn assess_route(route: Route, f: &Facts<'_>) -> Assessment {
    match route {
        Route::PrivatePlan => health_plan(route, f, Coverage::EmployerOrIndividual),
        Route::Marketplace => health_plan(route, f, Coverage::Marketplace),
        Route::OriginalMedicare => original_medicare(f),
        Route::MedicareAdvantage => medicare_advantage(f),
        Route::Medigap => medigap(f),
        Route::Medicaid => medicaid(f),
        Route::PhysicalTherapy => physical_therapy(f),
        Route::Chiropractic => chiropractic(f),
        Route::AutoInsurance => auto_insurance(f),
        Route::WorkersComp => workers_comp(f),
        Route::Fsa => fsa(f),
        Route::Hsa => hsa(f),
        Route::Hra => hra(f),
        Route::ItemizedDeduction => itemized_deduction(f),
        Route::PayLess => pay_less(),
    }
}

fn health_plan(route: Route, f: &Facts<'_>, coverage: Coverage) -> Assessment {
    if !f.covered_by(coverage) {
        return not_applicable(route);
    }
    let insurer = &f.case.insurer;
    let (verdict, mut reasons, mut todos) = match insurer.massage_covered {
        Some(Answer::Yes) => (
            Verdict::Likely,
            vec![ReasonId::InsurerSaidCovered],
            Vec::new(),
        ),
        Some(Answer::No) => (
            Verdict::Unlikely,
            vec![
                ReasonId::InsurerSaidNotCovered,
                ReasonId::AppealPrivatePlan180Days,
            ],
            vec![
                Todo::now(ActionId::AskAboutPhysicalTherapy),
                Todo::now(ActionId::FileInternalAppeal),
            ],
        ),
        Some(Answer::NotSure) | None => (
            Verdict::Possible,
            vec![ReasonId::CoverageDependsOnPlan],
            vec![Todo::now(ActionId::CallInsurerBeforeBooking)],
        ),
    };
    if verdict != Verdict::Unlikely {
        reasons.push(ReasonId::NeedsMedicalNecessity);
        if !f.has_paper {
            todos.insert(0, Todo::now(ActionId::GetPrescription));
        }
        if insurer.prior_authorization != Some(Answer::No)
            && insurer.massage_covered == Some(Answer::Yes)
        {
            todos.push(Todo::now(ActionId::AskPriorAuthorization));
        }
    }
    if f.injured() {
        reasons.push(ReasonId::InjuryClaimPaysFirst);
    }
    if f.in_state("WA") {
        // Marketplace plans are state-regulated; a plan from work may be self-funded, and
        // then neither Washington rule may bind it.
        let from_work = coverage == Coverage::EmployerOrIndividual;
        match (from_work, insurer.self_funded) {
            (false, _) | (true, Some(Answer::No)) => {
                reasons.push(ReasonId::WaEveryCategory);
                reasons.push(ReasonId::WaNoPriorAuthFirstVisits);
            }
            (true, Some(Answer::Yes)) => reasons.push(ReasonId::WaSelfFundedPlan),
            (true, Some(Answer::NotSure) | None) => {
                reasons.push(ReasonId::WaEveryCategoryIfNotSelfFunded);
                reasons.push(ReasonId::WaPriorAuthIfNotSelfFunded);
                todos.push(Todo::now(ActionId::AskEmployerSelfFunded));
            }
        }
    }
    if f.state.is_some_and(|s| UNLICENSED_STATES.contains(&s)) {
        reasons.push(ReasonId::NoStateMassageLicense);
    }
    assessment(route, verdict, reasons, todos)
}

/// A Medicare route ticked but ruled out by the card the patient carries.
fn ruled_out_by_card(route: Route) -> Assessment {
    assessment(
        route,
        Verdict::NotApplicable,
        vec![ReasonId::MedicareKindsExcludeEachOther],
        Vec::new(),
    )
}

/// While Original Medicare and Advantage are both ticked, say so first and ask for the card.
fn flag_unsettled_medicare(f: &Facts<'_>, reasons: &mut Vec<ReasonId>, todos: &mut Vec<Todo>) {
    // Both in use means both were ticked and the card answer has not settled which one pays.
    if f.original && f.advantage {
        reasons.insert(0, ReasonId::MedicareKindsExcludeEachOther);
        todos.insert(0, Todo::now(ActionId::AskWhichMedicareCard));
    }
}

fn original_medicare(f: &Facts<'_>) -> Assessment {
    if !flow::ticked_original_medicare(f.case) {
        return not_applicable(Route::OriginalMedicare);
    }
    if !f.original {
        return ruled_out_by_card(Route::OriginalMedicare);
    }
    let mut reasons = vec![
        ReasonId::OriginalMedicareExcludesMassage,
        ReasonId::MedicareLmtNotProvider,
    ];
    let mut todos = vec![Todo::now(ActionId::AskAboutPhysicalTherapy)];
    if f.medicare_said_no() {
        reasons.push(ReasonId::AppealOriginalMedicare120Days);
        todos.push(Todo::now(ActionId::AskMedicareRedetermination));
    }
    flag_unsettled_medicare(f, &mut reasons, &mut todos);
    assessment(Route::OriginalMedicare, Verdict::Unlikely, reasons, todos)
}

fn medicare_advantage(f: &Facts<'_>) -> Assessment {
    if !flow::ticked_medicare_advantage(f.case) {
        return not_applicable(Route::MedicareAdvantage);
    }
    if !f.advantage {
        return ruled_out_by_card(Route::MedicareAdvantage);
    }
    let (verdict, mut reasons, mut todos) = match f.case.medicare.advantage_massage_benefit {
        Some(Answer::Yes) => (
            Verdict::Likely,
            vec![ReasonId::AdvantagePlanListsMassage],
            Vec::new(),
        ),
        Some(Answer::No) => (
            Verdict::Unlikely,
            vec![ReasonId::AdvantagePlanDoesNotListMassage],
            vec![Todo::now(ActionId::AskAboutPhysicalTherapy)],
        ),
        Some(Answer::NotSure) | None => (
            Verdict::Possible,
            vec![ReasonId::AdvantageMayOfferMassage],
            vec![Todo::now(ActionId::CheckEvidenceOfCoverage)],
        ),
    };
    if verdict != Verdict::Unlikely {
        reasons.push(ReasonId::NeedsMedicalNecessity);
        if !f.has_paper {
            todos.insert(0, Todo::now(ActionId::GetPrescription));
        }
    }
    if f.state.is_some_and(|s| UNLICENSED_STATES.contains(&s)) {
        reasons.push(ReasonId::NoStateMassageLicense);
    }
    if f.medicare_said_no() {
        reasons.push(ReasonId::AppealAdvantage60Days);
        todos.push(Todo::now(ActionId::AskAdvantageReconsideration));
    }
    flag_unsettled_medicare(f, &mut reasons, &mut todos);
    assessment(Route::MedicareAdvantage, verdict, reasons, todos)
}

fn medigap(f: &Facts<'_>) -> Assessment {
    if !flow::ticked_medigap(f.case) {
        return not_applicable(Route::Medigap);
    }
    let mut reasons = vec![ReasonId::MedigapFollowsMedicare];
    let mut todos = vec![Todo::now(ActionId::AskAboutPhysicalTherapy)];
    if f.advantage {
        if f.case.medicare.card == Some(MedicareCard::AdvantagePlan) {
            // With the plan's card, Medigap's share of Original Medicare's costs is moot.
            reasons.clear();
        } else {
            todos.insert(0, Todo::now(ActionId::AskWhichMedicareCard));
        }
        reasons.insert(0, ReasonId::MedigapNotWithAdvantage);
    }
    assessment(Route::Medigap, Verdict::Unlikely, reasons, todos)
}

fn medicaid(f: &Facts<'_>) -> Assessment {
    if !f.covered_by(Coverage::Medicaid) {
        return not_applicable(Route::Medicaid);
    }
    assessment(
        Route::Medicaid,
        Verdict::Unlikely,
        vec![ReasonId::MedicaidVaries],
        vec![Todo::now(ActionId::AskMedicaidOffice)],
    )
}

fn physical_therapy(f: &Facts<'_>) -> Assessment {
    let insured = f
        .case
        .about
        .coverage
        .iter()
        .any(|c| *c != Coverage::NoCoverage);
    if !insured {
        return not_applicable(Route::PhysicalTherapy);
    }
    // An Advantage plan sets its own cost-sharing, so Part B's 20% is never promised beside it.
    let part_b =
        f.covered_by(Coverage::OriginalMedicare) || f.has_medicare_part(MedicarePart::PartB);
    let reason = if f.advantage {
        ReasonId::PtAdvantageSetsCostSharing
    } else if part_b && f.original {
        ReasonId::PtCoveredByPartB
    } else {
        ReasonId::PtWidelyCovered
    };
    assessment(
        Route::PhysicalTherapy,
        Verdict::Likely,
        vec![reason],
        vec![Todo::now(ActionId::AskAboutPhysicalTherapy)],
    )
}

fn chiropractic(f: &Facts<'_>) -> Assessment {
    let private =
        f.covered_by(Coverage::EmployerOrIndividual) || f.covered_by(Coverage::Marketplace);
    if private {
        assessment(
            Route::Chiropractic,
            Verdict::Possible,
            vec![ReasonId::ChiroPlansVary],
            vec![Todo::now(ActionId::CallInsurerBeforeBooking)],
        )
    } else if f.on_medicare {
        assessment(
            Route::Chiropractic,
            Verdict::Unlikely,
            vec![ReasonId::ChiroMedicareManipulationOnly],
            Vec::new(),
        )
    } else {
        not_applicable(Route::Chiropractic)
    }
}

fn auto_insurance(f: &Facts<'_>) -> Assessment {
    if !f.covered_by(Coverage::AutoInsurance) {
        return not_applicable(Route::AutoInsurance);
    }
    let mut todos = vec![Todo::now(ActionId::AskAdjuster)];
    let (verdict, mut reasons) = if f.in_state("FL") {
        (Verdict::Unlikely, vec![ReasonId::FloridaPipExcludesMassage])
    } else if f.in_state("MI") {
        todos.push(Todo::now(ActionId::AskAdjusterPipLimit));
        // Since July 2020 a driver with Medicare may have opted out of PIP medical entirely.
        let verdict = if f.on_medicare {
            Verdict::Possible
        } else {
            Verdict::Likely
        };
        (
            verdict,
            vec![
                ReasonId::MichiganNoFaultCoversMassage,
                ReasonId::MichiganPipLimitChosen,
            ],
        )
    } else if f.state.is_some_and(|s| NO_FAULT_STATES.contains(&s)) {
        (
            Verdict::Possible,
            vec![ReasonId::PipNeedsReferral, ReasonId::NoFaultStatePip],
        )
    } else {
        (Verdict::Possible, vec![ReasonId::PipNeedsReferral])
    };
    reasons.push(ReasonId::InjuryClaimPaysFirst);
    if verdict != Verdict::Unlikely && !f.has_paper {
        todos.insert(0, Todo::now(ActionId::GetPrescription));
    }
    todos.insert(0, Todo::now(ActionId::CallClaimsAdjuster));
    assessment(Route::AutoInsurance, verdict, reasons, todos)
}

fn workers_comp(f: &Facts<'_>) -> Assessment {
    if !f.covered_by(Coverage::WorkersComp) {
        return not_applicable(Route::WorkersComp);
    }
    let (verdict, reason) = if f.in_state("WA") {
        (Verdict::Likely, ReasonId::WaLniPaysMassage)
    } else {
        (Verdict::Possible, ReasonId::WorkersCompVaries)
    };
    let mut todos = vec![Todo::now(ActionId::AskClaimManager)];
    if !f.has_paper {
        todos.insert(0, Todo::now(ActionId::GetPrescription));
    }
    todos.insert(0, Todo::now(ActionId::CallClaimsAdjuster));
    assessment(
        Route::WorkersComp,
        verdict,
        vec![reason, ReasonId::InjuryClaimPaysFirst],
        todos,
    )
}

/// The verdict, reasons and actions shared by the tax-advantaged accounts: all need the letter.
fn account_basics(f: &Facts<'_>) -> (Verdict, Vec<ReasonId>, Vec<Todo>) {
    if f.has_lmn {
        (
            Verdict::Likely,
            vec![ReasonId::LmnOnFile, ReasonId::MassageNeedsLmn],
            vec![Todo::now(ActionId::KeepReceipts)],
        )
    } else {
        (
            Verdict::Possible,
            vec![ReasonId::MassageNeedsLmn, ReasonId::NoInstantLmn],
            vec![
                Todo::now(ActionId::GetLmnBeforeFirstSession),
                Todo::now(ActionId::KeepReceipts),
            ],
        )
    }
}

/// While a helper has not said whose accounts they are, say the rules follow the owner first.
fn ask_whose_account(f: &Facts<'_>, reasons: &mut Vec<ReasonId>, todos: &mut Vec<Todo>) {
    if f.owner.is_none() {
        reasons.insert(0, ReasonId::AccountFollowsOwner);
        todos.insert(0, Todo::now(ActionId::AskWhoseAccount));
    }
}

fn fsa(f: &Facts<'_>) -> Assessment {
    if !f.has_account(Account::Fsa) {
        return not_applicable(Route::Fsa);
    }
    let kind = f.case.accounts.fsa_kind;
    if kind == Some(FsaKind::LimitedPurpose) {
        return assessment(
            Route::Fsa,
            Verdict::Unlikely,
            vec![ReasonId::FsaLimitedPurposeNoMassage],
            Vec::new(),
        );
    }
    let (mut verdict, mut reasons, mut todos) = account_basics(f);
    // Beside an HSA an FSA is normally limited-purpose, so it is only possible until asked.
    if f.has_account(Account::Hsa) && kind != Some(FsaKind::GeneralPurpose) {
        verdict = Verdict::Possible;
        reasons.insert(0, ReasonId::FsaKindToCheck);
        todos.insert(0, Todo::now(ActionId::AskFsaKind));
    }
    reasons.push(ReasonId::FsaUseItOrLoseIt);
    if f.in_state("NJ") {
        reasons.push(ReasonId::NjFsaStateTaxAsk);
    }
    ask_whose_account(f, &mut reasons, &mut todos);
    todos.push(Todo::now(ActionId::FileManualClaim));
    if let Some(end) = f.case.accounts.plan_year_end {
        todos.push(Todo {
            action: ActionId::UseFsaBy,
            due: Some(end),
        });
    }
    assessment(Route::Fsa, verdict, reasons, todos)
}

fn hsa(f: &Facts<'_>) -> Assessment {
    if !f.has_account(Account::Hsa) {
        return not_applicable(Route::Hsa);
    }
    let (verdict, basics, mut todos) = account_basics(f);
    let bars = owner::hsa_bars(f.case);
    let mut reasons = Vec::new();
    if matches!(f.owner, Some(AccountOwner::Helper | AccountOwner::Spouse)) {
        reasons.push(ReasonId::HsaPaysFamilyCare);
    }
    reasons.extend(bars.iter().copied());
    if bars.contains(&ReasonId::HsaNoContributionsOnMedicare) {
        reasons.push(ReasonId::HsaExistingMoneyUsable);
        todos.insert(0, Todo::now(ActionId::StopHsaContributions));
    }
    if bars.is_empty() {
        match f.case.accounts.hsa_plan_kind {
            // Another plan is a bar, handled above.
            Some(HsaPlanKind::EmployerHdhp | HsaPlanKind::OtherPlan) => {}
            Some(HsaPlanKind::BronzeOrCatastrophic) => {
                reasons.push(ReasonId::HsaBronzeCatastrophicCount);
            }
            Some(HsaPlanKind::NotSure) | None => {
                reasons.push(ReasonId::HsaPlanToCheck);
                todos.insert(0, Todo::now(ActionId::AskHsaPlanKind));
            }
        }
        if f.state.is_some_and(|s| STATES_TAXING_HSA.contains(&s)) {
            reasons.push(ReasonId::HsaStateTaxed);
        }
    } else {
        reasons.push(ReasonId::HsaOnlyExistingBalance);
    }
    reasons.extend(basics);
    ask_whose_account(f, &mut reasons, &mut todos);
    assessment(Route::Hsa, verdict, reasons, todos)
}

fn hra(f: &Facts<'_>) -> Assessment {
    if !f.has_account(Account::Hra) {
        return not_applicable(Route::Hra);
    }
    let (_, mut reasons, mut todos) = account_basics(f);
    reasons.insert(0, ReasonId::HraEmployerDecides);
    todos.insert(0, Todo::now(ActionId::AskEmployerHra));
    ask_whose_account(f, &mut reasons, &mut todos);
    assessment(Route::Hra, Verdict::Possible, reasons, todos)
}

fn itemized_deduction(f: &Facts<'_>) -> Assessment {
    let mut reasons = vec![ReasonId::DeductionAboveFloor, ReasonId::MassageNeedsLmn];
    let has_account = [Account::Fsa, Account::Hsa, Account::Hra]
        .iter()
        .any(|a| f.has_account(*a));
    if has_account {
        reasons.push(ReasonId::NoDoubleDipping);
    }
    assessment(
        Route::ItemizedDeduction,
        Verdict::Possible,
        reasons,
        vec![
            Todo::now(ActionId::ConsiderItemizing),
            Todo::now(ActionId::KeepReceipts),
        ],
    )
}

fn pay_less() -> Assessment {
    assessment(
        Route::PayLess,
        Verdict::Likely,
        vec![
            ReasonId::StudentClinicsCheaper,
            ReasonId::HealthCentersSlidingScale,
        ],
        vec![
            Todo::now(ActionId::TryStudentClinic),
            Todo::now(ActionId::AskHealthCenter),
        ],
    )
}

/// The dated follow-ups a case has: letter renewal, FSA plan-year end, insurer follow-up.
///
/// The insurer follow-up is the date the patient wrote down on her latest call that has one;
/// only when no call has a date of its own is it a week after the call.
pub fn dated_todos(case: &Case) -> Vec<Todo> {
    let mut out = Vec::new();
    let c = &case.condition;
    if c.paperwork.contains(&Paperwork::LetterOfMedicalNecessity)
        && let Some(written) = c.written_on
    {
        out.push(Todo {
            action: ActionId::RenewLmnBy,
            due: Some(add_years(written, LMN_KEPT_YEARS)),
        });
    }
    if case.accounts.kinds.contains(&Account::Fsa)
        && let Some(end) = case.accounts.plan_year_end
    {
        out.push(Todo {
            action: ActionId::UseFsaBy,
            due: Some(end),
        });
    }
    let her_date = case.insurer.calls.iter().rev().find_map(|c| c.follow_up);
    let follow_up = her_date.or_else(|| {
        case.insurer
            .call_date
            .and_then(|called| called.checked_add(Duration::days(FOLLOW_UP_DAYS)))
    });
    if let Some(due) = follow_up {
        out.push(Todo {
            action: ActionId::FollowUpInsurerBy,
            due: Some(due),
        });
    }
    out
}

/// The same day `years` later; 29 February becomes 28 February in a common year.
fn add_years(date: Date, years: i32) -> Date {
    let year = date.year() + years;
    date.replace_year(year)
        .or_else(|_| Date::from_calendar_date(year, date.month(), 28))
        .unwrap_or(date)
}

/// A dated to-do due within this many days comes before everything else: money that is lost
/// at the end of the FSA year matters more than anything undated.
const URGENT_DAYS: i64 = 60;

/// Whether the patient has already called the insurer: a logged call, or a call date.
pub fn has_called_insurer(case: &Case) -> bool {
    !case.insurer.calls.is_empty() || case.insurer.call_date.is_some()
}

/// The order of undated to-dos: who pays first (a car or work injury's adjuster), then the
/// papers and calls coverage depends on, then the accounts, then the rest.
fn rank(action: ActionId) -> u8 {
    match action {
        ActionId::CallClaimsAdjuster
        | ActionId::AskAdjuster
        | ActionId::AskAdjusterPipLimit
        | ActionId::AskClaimManager => 0,
        ActionId::GetPrescription => 1,
        ActionId::CallInsurerBeforeBooking | ActionId::AskWhichMedicareCard => 2,
        // An appeal has a deadline of its own.
        ActionId::FileInternalAppeal
        | ActionId::AskAdvantageReconsideration
        | ActionId::AskMedicareRedetermination
        | ActionId::CheckEvidenceOfCoverage => 3,
        ActionId::AskPriorAuthorization | ActionId::AskEmployerSelfFunded => 4,
        ActionId::GetLmnBeforeFirstSession => 5,
        ActionId::AskWhoseAccount
        | ActionId::AskHsaPlanKind
        | ActionId::AskFsaKind
        | ActionId::StopHsaContributions => 6,
        ActionId::AskMedicaidOffice => 7,
        ActionId::AskEmployerHra => 8,
        ActionId::AskAboutPhysicalTherapy => 9,
        ActionId::FileManualClaim => 10,
        ActionId::KeepReceipts => 11,
        ActionId::ConsiderItemizing => 12,
        ActionId::TryStudentClinic => 13,
        ActionId::AskHealthCenter => 14,
        ActionId::UseFsaBy | ActionId::RenewLmnBy | ActionId::FollowUpInsurerBy => 15,
    }
}

/// The cheaper places to get massage, and the alternative that makes each one part of the
/// plan rather than an "other option".
const CHEAPER_PLACES: [(ActionId, Alternative); 2] = [
    (ActionId::TryStudentClinic, Alternative::MassageSchoolClinic),
    (
        ActionId::AskHealthCenter,
        Alternative::CommunityHealthCenter,
    ),
];

/// Whether `action` is a cheaper place the patient did not choose on the Alternatives step.
fn is_other_option(case: &Case, action: ActionId) -> bool {
    CHEAPER_PLACES
        .iter()
        .any(|(a, wanted)| *a == action && !case.alternatives.wanted.contains(wanted))
}

/// Everything to do for `case`, once each, most urgent first: dated to-dos due within
/// [`URGENT_DAYS`] (or overdue) by date, then undated ones by [`rank`], then later dated ones
/// by date. Only routes that apply contribute; the cheaper places the patient did not choose
/// are left to [`other_options`], and nobody is told to call an insurer they already called.
pub fn plan(case: &Case, today: Date) -> Vec<Todo> {
    let mut todos: Vec<Todo> = assess(case)
        .into_iter()
        .filter(|a| a.verdict != Verdict::NotApplicable)
        .flat_map(|a| a.todos)
        .filter(|t| t.due.is_none() && !is_other_option(case, t.action))
        .collect();
    if flow::applies(crate::case::Step::CallInsurer, case, today)
        && case.insurer.massage_covered.is_none()
        && !has_called_insurer(case)
    {
        todos.push(Todo::now(ActionId::CallInsurerBeforeBooking));
    }
    todos.sort_by_key(|t| (rank(t.action), t.action));
    todos.dedup();
    let mut dated = dated_todos(case);
    dated.sort_by_key(|t| t.due);
    let (soon, later): (Vec<_>, Vec<_>) = dated.into_iter().partition(|t| is_urgent(*t, today));
    soon.into_iter().chain(todos).chain(later).collect()
}

/// The cheaper places to get massage that the patient did not choose: shown apart from the
/// plan, as other options.
pub fn other_options(case: &Case) -> Vec<Todo> {
    CHEAPER_PLACES
        .iter()
        .filter(|(action, _)| is_other_option(case, *action))
        .map(|(action, _)| Todo::now(*action))
        .collect()
}

/// Whether a dated to-do is due within [`URGENT_DAYS`], or overdue.
pub fn is_urgent(todo: Todo, today: Date) -> bool {
    days_left(todo, today).is_some_and(|d| d <= URGENT_DAYS)
}

/// Days from `today` until the to-do is due: 0 on the day, negative once it has passed.
pub fn days_left(todo: Todo, today: Date) -> Option<i64> {
    todo.due.map(|due| (due - today).whole_days())
}

/// Visits a year that the prescription allows: sessions per period over its duration, at most
/// a year; `None` when the paper does not say.
pub fn prescribed_visits_per_year(case: &Case) -> Option<u32> {
    let c = &case.condition;
    let sessions = c.sessions?;
    let per_year = match c.per {
        Period::Week => sessions * 52,
        Period::Month => sessions * 12,
    };
    let Some(duration) = c.duration else {
        return Some(per_year);
    };
    let weeks = match c.duration_unit {
        Period::Week => duration,
        Period::Month => duration * 52 / 12,
    }
    .min(52);
    let total = match c.per {
        Period::Week => sessions * weeks,
        Period::Month => sessions * weeks * 12 / 52,
    };
    Some(total.min(per_year))
}

#[cfg(test)]
mod tests;
