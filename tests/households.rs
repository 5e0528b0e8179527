//! Households, one row each, written as the sentence they check: who they are, what they have,
//! the verdict every route must get, the reasons and actions that must and must not appear, and
//! what the savings estimate must say.
//!
//! A route a row does not name must get its default: the itemized deduction is always
//! possible, paying less in cash is always likely, and every other route does not apply.
//! Every row runs in English and in Spanish: each reason and action it shows has text in both,
//! the plan summary prints every route's verdict in that language, and Spanish is not English
//! copied over.

use std::fmt::Write as _;

use massage_coverage::case::{
    Account, AccountOwner, Alternative, Answer, CallRecord, Case, Cents, ConditionKind, Coverage,
    ForWhom, FsaKind, HsaPlanKind, Lang, MedicareCard, MedicarePart, Paperwork, Prescriber,
};
use massage_coverage::coverage::{self, Assessment, Savings, Verdict};
use massage_coverage::documents::{self, PageSetup};
use massage_coverage::guidance::strings::{Arg, Strings};
use massage_coverage::guidance::{ActionId, Guidance, ReasonId, Route};
use time::Date;
use time::macros::date;

use Verdict::{Likely, NotApplicable, Possible, Unlikely};

const TODAY: Date = date!(2026 - 11 - 29);

/// What the savings estimate of a row must say.
#[derive(Default)]
struct SavingsCheck {
    account: Option<Account>,
    new_money: Option<bool>,
    state_counted: Option<bool>,
    rate_bp: Option<u32>,
    limit: Option<Cents>,
    saves_nothing: bool,
    notes: Vec<ReasonId>,
}

/// One household and everything the app must tell it.
struct Household {
    sentence: &'static str,
    case: Case,
    verdicts: Vec<(Route, Verdict)>,
    reasons: Vec<(Route, ReasonId)>,
    first_reasons: Vec<(Route, ReasonId)>,
    not_reasons: Vec<(Route, ReasonId)>,
    nowhere: Vec<ReasonId>,
    actions: Vec<(Route, ActionId)>,
    first_actions: Vec<(Route, ActionId)>,
    not_actions: Vec<(Route, ActionId)>,
    no_action: Vec<ActionId>,
    savings: Option<SavingsCheck>,
    /// The plan's first to-dos, in this order (issue 17: the plan follows the case).
    plan_starts: Vec<ActionId>,
    /// To-dos the plan must not list (they may still be "other options").
    plan_lacks: Vec<ActionId>,
    /// Dated to-dos the plan must list with this date.
    plan_dates: Vec<(ActionId, Date)>,
    /// The cheaper places listed apart, as other options, in this order.
    other_options: Option<Vec<ActionId>>,
}

/// A household that reads like its sentence: a 45-year-old in Oregon using the app for
/// themself, with low back pain, no paper yet, no coverage ticked, and the prices for an
/// estimate ($90 a visit, 24 visits, the 22% bracket, 5% state tax).
fn household(sentence: &'static str) -> Household {
    let mut case = Case::default();
    case.about.for_whom = Some(ForWhom::Myself);
    case.about.age = Some(45);
    case.about.state = Some("OR".into());
    case.condition.kinds.insert(ConditionKind::LowBackPain);
    case.condition.paperwork.insert(Paperwork::NotYet);
    case.costs.price_per_visit = Some(9_000);
    case.costs.visits_per_year = Some(24);
    case.costs.federal_bracket = Some(22);
    case.costs.state_rate = Some(500);
    Household {
        sentence,
        case,
        verdicts: Vec::new(),
        reasons: Vec::new(),
        first_reasons: Vec::new(),
        not_reasons: Vec::new(),
        nowhere: Vec::new(),
        actions: Vec::new(),
        first_actions: Vec::new(),
        not_actions: Vec::new(),
        no_action: Vec::new(),
        savings: None,
        plan_starts: Vec::new(),
        plan_lacks: Vec::new(),
        plan_dates: Vec::new(),
        other_options: None,
    }
}

/// The verdict a route gets when a row does not name it.
fn default_verdict(route: Route) -> Verdict {
    match route {
        Route::ItemizedDeduction => Possible,
        Route::PayLess => Likely,
        _ => NotApplicable,
    }
}

// Inputs.
impl Household {
    fn covered(mut self, coverage: Coverage) -> Self {
        self.case.about.coverage.insert(coverage);
        self
    }
    fn employer_plan(self) -> Self {
        self.covered(Coverage::EmployerOrIndividual)
    }
    fn marketplace(self) -> Self {
        self.covered(Coverage::Marketplace)
    }
    fn original_medicare(self) -> Self {
        self.covered(Coverage::OriginalMedicare)
    }
    fn medicare_advantage(self) -> Self {
        self.covered(Coverage::MedicareAdvantage)
    }
    fn medigap(self) -> Self {
        self.covered(Coverage::Medigap)
    }
    fn medicaid(self) -> Self {
        self.covered(Coverage::Medicaid)
    }
    fn car_insurance(self) -> Self {
        self.covered(Coverage::AutoInsurance)
    }
    fn workers_comp(self) -> Self {
        self.covered(Coverage::WorkersComp)
    }
    fn no_coverage(self) -> Self {
        self.covered(Coverage::NoCoverage)
    }
    fn part(mut self, part: MedicarePart) -> Self {
        self.case.medicare.parts.insert(part);
        self
    }
    fn part_a(self) -> Self {
        self.part(MedicarePart::PartA)
    }
    fn part_b(self) -> Self {
        self.part(MedicarePart::PartB)
    }
    fn card(mut self, card: MedicareCard) -> Self {
        self.case.medicare.card = Some(card);
        self
    }
    fn advantage_lists_massage(mut self, answer: Answer) -> Self {
        self.case.medicare.advantage_massage_benefit = Some(answer);
        self
    }
    fn age(mut self, age: u8) -> Self {
        self.case.about.age = Some(age);
        self
    }
    fn born(mut self, day: Date) -> Self {
        self.case.about.date_of_birth = Some(day);
        self
    }
    fn state(mut self, code: &str) -> Self {
        self.case.about.state = Some(code.into());
        self
    }
    fn helping_someone(mut self) -> Self {
        self.case.about.for_whom = Some(ForWhom::SomeoneElse);
        self.case.about.patient_name = "Ana".into();
        self
    }
    fn prescription(mut self) -> Self {
        let c = &mut self.case.condition;
        c.paperwork.clear();
        c.paperwork.insert(Paperwork::Prescription);
        c.prescriber = Some(Prescriber::Physician);
        c.written_on = Some(date!(2026 - 11 - 01));
        self
    }
    fn letter_on_file(mut self) -> Self {
        self.case.accounts.lmn_on_file = Some(Answer::Yes);
        self
    }
    fn insurer_said(mut self, answer: Answer) -> Self {
        self.case.insurer.massage_covered = Some(answer);
        self
    }
    fn self_funded(mut self, answer: Answer) -> Self {
        self.case.insurer.self_funded = Some(answer);
        self
    }
    fn account(mut self, account: Account) -> Self {
        self.case.accounts.kinds.insert(account);
        self
    }
    fn fsa(self) -> Self {
        self.account(Account::Fsa)
    }
    fn hsa(self) -> Self {
        self.account(Account::Hsa)
    }
    fn hra(self) -> Self {
        self.account(Account::Hra)
    }
    fn hsa_balance(mut self, cents: Cents) -> Self {
        self.case.accounts.hsa_balance = Some(cents);
        self
    }
    fn owned_by(mut self, owner: AccountOwner) -> Self {
        self.case.accounts.owner = Some(owner);
        self
    }
    fn owner_age_at_year_end(mut self, age: u8) -> Self {
        self.case.accounts.owner_age_at_year_end = Some(age);
        self
    }
    fn owner_on_medicare(mut self, answer: Answer) -> Self {
        self.case.accounts.owner_on_medicare = Some(answer);
        self
    }
    fn hsa_plan(mut self, kind: HsaPlanKind) -> Self {
        self.case.accounts.hsa_plan_kind = Some(kind);
        self
    }
    fn spouse_general_fsa(mut self, answer: Answer) -> Self {
        self.case.accounts.spouse_general_fsa = Some(answer);
        self
    }
    fn fsa_year_ends(mut self, day: Date) -> Self {
        self.case.accounts.plan_year_end = Some(day);
        self
    }
    fn wants(mut self, alternative: Alternative) -> Self {
        self.case.alternatives.wanted.insert(alternative);
        self
    }
    fn called_insurer_on(mut self, day: Date, follow_up: Option<Date>) -> Self {
        self.case.insurer.call_date = Some(day);
        self.case.insurer.calls.push(CallRecord {
            follow_up,
            ..CallRecord::default()
        });
        self
    }
    fn letter_written_on(mut self, day: Date) -> Self {
        self.case.condition.paperwork = [Paperwork::LetterOfMedicalNecessity].into();
        self.case.condition.prescriber = Some(Prescriber::Physician);
        self.case.condition.written_on = Some(day);
        self
    }
    fn fsa_kind(mut self, kind: FsaKind) -> Self {
        self.case.accounts.fsa_kind = Some(kind);
        self
    }
}

// Expectations.
impl Household {
    fn expect(mut self, route: Route, verdict: Verdict) -> Self {
        self.verdicts.push((route, verdict));
        self
    }
    fn reason(mut self, route: Route, reason: ReasonId) -> Self {
        self.reasons.push((route, reason));
        self
    }
    fn first_reason(mut self, route: Route, reason: ReasonId) -> Self {
        self.first_reasons.push((route, reason));
        self.reason(route, reason)
    }
    fn not_reason(mut self, route: Route, reason: ReasonId) -> Self {
        self.not_reasons.push((route, reason));
        self
    }
    fn nowhere(mut self, reason: ReasonId) -> Self {
        self.nowhere.push(reason);
        self
    }
    fn action(mut self, route: Route, action: ActionId) -> Self {
        self.actions.push((route, action));
        self
    }
    fn first_action(mut self, route: Route, action: ActionId) -> Self {
        self.first_actions.push((route, action));
        self.action(route, action)
    }
    fn not_action(mut self, route: Route, action: ActionId) -> Self {
        self.not_actions.push((route, action));
        self
    }
    fn no_action(mut self, action: ActionId) -> Self {
        self.no_action.push(action);
        self
    }
    fn plan_starts_with(mut self, actions: &[ActionId]) -> Self {
        self.plan_starts = actions.to_vec();
        self
    }
    fn plan_lacks(mut self, action: ActionId) -> Self {
        self.plan_lacks.push(action);
        self
    }
    fn plan_date(mut self, action: ActionId, day: Date) -> Self {
        self.plan_dates.push((action, day));
        self
    }
    fn other_options(mut self, actions: &[ActionId]) -> Self {
        self.other_options = Some(actions.to_vec());
        self
    }
    fn estimate(mut self, check: impl FnOnce(&mut SavingsCheck)) -> Self {
        check(self.savings.get_or_insert_with(SavingsCheck::default));
        self
    }
}

/// Every household of issue 11, and the everyday ones around them.
#[expect(
    clippy::too_many_lines,
    reason = "one table of rows, each a sentence; splitting it would hide the table"
)]
fn households() -> Vec<Household> {
    use ActionId as A;
    use ReasonId as R;
    use Route::{
        AutoInsurance, Chiropractic, Fsa, Hra, Hsa, Marketplace, Medicaid, MedicareAdvantage,
        Medigap, OriginalMedicare, PhysicalTherapy, PrivatePlan, WorkersComp,
    };
    vec![
        // ----- Health plans and appeals -----
        household("a 45-year-old with a plan from work who has not called it yet")
            .employer_plan()
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .first_reason(PrivatePlan, R::CoverageDependsOnPlan)
            .action(PrivatePlan, A::CallInsurerBeforeBooking)
            .first_action(PrivatePlan, A::GetPrescription)
            .nowhere(R::InjuryClaimPaysFirst)
            .nowhere(R::AppealPrivatePlan180Days),
        household("a 45-year-old whose plan from work said massage is covered")
            .employer_plan()
            .insurer_said(Answer::Yes)
            .expect(PrivatePlan, Likely)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .reason(PrivatePlan, R::InsurerSaidCovered)
            .action(PrivatePlan, A::AskPriorAuthorization),
        household("a 45-year-old whose plan from work said no, told the 180-day internal appeal")
            .employer_plan()
            .insurer_said(Answer::No)
            .expect(PrivatePlan, Unlikely)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .reason(PrivatePlan, R::AppealPrivatePlan180Days)
            .action(PrivatePlan, A::FileInternalAppeal)
            .nowhere(R::AppealAdvantage60Days)
            .nowhere(R::AppealOriginalMedicare120Days),
        household("a Marketplace member whose plan said no, told the 180-day internal appeal")
            .marketplace()
            .insurer_said(Answer::No)
            .expect(Marketplace, Unlikely)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .reason(Marketplace, R::AppealPrivatePlan180Days)
            .action(Marketplace, A::FileInternalAppeal),
        household("a 75-year-old on Medicare Advantage whose plan said no, told the 60-day reconsideration")
            .medicare_advantage()
            .age(75)
            .insurer_said(Answer::No)
            .expect(MedicareAdvantage, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Unlikely)
            .reason(MedicareAdvantage, R::AppealAdvantage60Days)
            .action(MedicareAdvantage, A::AskAdvantageReconsideration)
            .nowhere(R::AppealPrivatePlan180Days)
            .nowhere(R::AppealOriginalMedicare120Days),
        household("a 67-year-old on Original Medicare whose claim was denied, told the 120-day redetermination")
            .original_medicare()
            .age(67)
            .insurer_said(Answer::No)
            .expect(OriginalMedicare, Unlikely)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Unlikely)
            .reason(OriginalMedicare, R::AppealOriginalMedicare120Days)
            .action(OriginalMedicare, A::AskMedicareRedetermination)
            .nowhere(R::AppealPrivatePlan180Days)
            .nowhere(R::AppealAdvantage60Days),
        // ----- The plan follows what the patient already did (issue 17) -----
        household("a 44-year-old with an FSA whose money is lost after December 31 is told that first")
            .employer_plan()
            .fsa()
            .letter_on_file()
            .fsa_year_ends(date!(2026 - 12 - 31))
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Fsa, Likely)
            .plan_starts_with(&[A::UseFsaBy])
            .plan_date(A::UseFsaBy, date!(2026 - 12 - 31))
            .nowhere(R::PtCoveredByPartB),
        household("a patient who called and wrote down a follow-up of December 16 is told that date, not a week after the call")
            .employer_plan()
            .called_insurer_on(date!(2026 - 12 - 02), Some(date!(2026 - 12 - 16)))
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .plan_date(A::FollowUpInsurerBy, date!(2026 - 12 - 16))
            .plan_lacks(A::CallInsurerBeforeBooking)
            .no_action(A::CallInsurerBeforeBooking),
        household("a patient who called without a follow-up date is told to call again a week later")
            .employer_plan()
            .called_insurer_on(date!(2026 - 11 - 20), None)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .plan_starts_with(&[A::FollowUpInsurerBy])
            .plan_date(A::FollowUpInsurerBy, date!(2026 - 11 - 27))
            .plan_lacks(A::CallInsurerBeforeBooking),
        household("a patient whose letter was written this month renews it at the end of the plan, after everything else")
            .employer_plan()
            .fsa()
            .letter_written_on(date!(2026 - 11 - 01))
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Fsa, Likely)
            .plan_date(A::RenewLmnBy, date!(2027 - 11 - 01))
            .plan_starts_with(&[A::CallInsurerBeforeBooking]),
        household("a patient who chose only physical therapy sees the cheaper places apart, as other options")
            .employer_plan()
            .wants(Alternative::PhysicalTherapy)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .plan_lacks(A::TryStudentClinic)
            .plan_lacks(A::AskHealthCenter)
            .other_options(&[A::TryStudentClinic, A::AskHealthCenter]),
        household("a patient who chose a student clinic has it in the plan and only the health center apart")
            .employer_plan()
            .wants(Alternative::MassageSchoolClinic)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .other_options(&[A::AskHealthCenter]),
        household("a 70-year-old on Original Medicare hurt in a car accident calls the car insurer's adjuster first")
            .original_medicare()
            .car_insurance()
            .age(70)
            .expect(OriginalMedicare, Unlikely)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Unlikely)
            .expect(AutoInsurance, Possible)
            .plan_starts_with(&[A::CallClaimsAdjuster]),
        // ----- Medicare kinds that exclude each other -----
        household("a 70-year-old on Medicare Advantage who also ticked Part A and Part B")
            .medicare_advantage()
            .part_a()
            .part_b()
            .age(70)
            .expect(OriginalMedicare, Unlikely)
            .expect(MedicareAdvantage, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Unlikely)
            .first_reason(OriginalMedicare, R::MedicareKindsExcludeEachOther)
            .first_reason(MedicareAdvantage, R::MedicareKindsExcludeEachOther)
            .first_action(OriginalMedicare, A::AskWhichMedicareCard)
            .first_action(MedicareAdvantage, A::AskWhichMedicareCard)
            .reason(PhysicalTherapy, R::PtAdvantageSetsCostSharing)
            .nowhere(R::PtCoveredByPartB),
        household("a 70-year-old on Medicare Advantage with Part A and Part B ticked who carries the plan's card")
            .medicare_advantage()
            .part_a()
            .part_b()
            .age(70)
            .card(MedicareCard::AdvantagePlan)
            .expect(MedicareAdvantage, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Unlikely)
            .reason(PhysicalTherapy, R::PtAdvantageSetsCostSharing)
            .not_reason(MedicareAdvantage, R::MedicareKindsExcludeEachOther)
            .nowhere(R::OriginalMedicareExcludesMassage)
            .no_action(A::AskWhichMedicareCard),
        household("a 70-year-old who ticked both but carries the red, white and blue Medicare card")
            .medicare_advantage()
            .part_b()
            .age(70)
            .card(MedicareCard::OriginalMedicare)
            .expect(OriginalMedicare, Unlikely)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Unlikely)
            .reason(OriginalMedicare, R::OriginalMedicareExcludesMassage)
            .reason(PhysicalTherapy, R::PtCoveredByPartB)
            .not_reason(OriginalMedicare, R::MedicareKindsExcludeEachOther)
            .nowhere(R::PtAdvantageSetsCostSharing)
            .no_action(A::AskWhichMedicareCard),
        household("a 70-year-old not sure which card they carry is still asked")
            .original_medicare()
            .medicare_advantage()
            .age(70)
            .card(MedicareCard::NotSure)
            .expect(OriginalMedicare, Unlikely)
            .expect(MedicareAdvantage, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Unlikely)
            .first_reason(MedicareAdvantage, R::MedicareKindsExcludeEachOther)
            .action(OriginalMedicare, A::AskWhichMedicareCard),
        household("a 68-year-old on Original Medicare with Medigap, whose Medigap helps with the 20% for therapy")
            .original_medicare()
            .medigap()
            .part_a()
            .part_b()
            .age(68)
            .expect(OriginalMedicare, Unlikely)
            .expect(Medigap, Unlikely)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Unlikely)
            .first_reason(Medigap, R::MedigapFollowsMedicare)
            .reason(PhysicalTherapy, R::PtCoveredByPartB)
            .nowhere(R::MedigapNotWithAdvantage)
            .nowhere(R::MedicareKindsExcludeEachOther),
        household("a 72-year-old on Medicare Advantage who also ticked Medigap")
            .medicare_advantage()
            .medigap()
            .age(72)
            .expect(MedicareAdvantage, Possible)
            .expect(Medigap, Unlikely)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Unlikely)
            .first_reason(Medigap, R::MedigapNotWithAdvantage)
            .first_action(Medigap, A::AskWhichMedicareCard)
            .reason(PhysicalTherapy, R::PtAdvantageSetsCostSharing),
        household("a 72-year-old with Medigap who carries the Advantage plan's card is told Medigap cannot help")
            .medicare_advantage()
            .medigap()
            .age(72)
            .card(MedicareCard::AdvantagePlan)
            .expect(MedicareAdvantage, Possible)
            .expect(Medigap, Unlikely)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Unlikely)
            .first_reason(Medigap, R::MedigapNotWithAdvantage)
            .not_reason(Medigap, R::MedigapFollowsMedicare)
            .no_action(A::AskWhichMedicareCard),
        household("a 72-year-old who ticked Advantage and Medigap but carries the red, white and blue card")
            .medicare_advantage()
            .medigap()
            .age(72)
            .card(MedicareCard::OriginalMedicare)
            .expect(Medigap, Unlikely)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Unlikely)
            .first_reason(Medigap, R::MedigapFollowsMedicare)
            .nowhere(R::MedigapNotWithAdvantage)
            .nowhere(R::PtAdvantageSetsCostSharing),
        household("a 75-year-old whose Advantage plan lists massage in its Evidence of Coverage")
            .medicare_advantage()
            .age(75)
            .prescription()
            .advantage_lists_massage(Answer::Yes)
            .expect(MedicareAdvantage, Likely)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Unlikely)
            .reason(MedicareAdvantage, R::AdvantagePlanListsMassage)
            .not_action(MedicareAdvantage, A::GetPrescription),
        household("a 66-year-old Medicare Advantage member in Kansas, where massage therapists have no state license")
            .medicare_advantage()
            .age(66)
            .state("KS")
            .expect(MedicareAdvantage, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Unlikely)
            .reason(MedicareAdvantage, R::NoStateMassageLicense),
        // ----- Whose account -----
        household("a 45-year-old paying from their own HSA with an HSA-qualified plan from work")
            .employer_plan()
            .hsa()
            .hsa_plan(HsaPlanKind::EmployerHdhp)
            .spouse_general_fsa(Answer::No)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Hsa, Possible)
            .reason(Route::ItemizedDeduction, R::NoDoubleDipping)
            .nowhere(R::AccountFollowsOwner)
            .nowhere(R::HsaOnlyExistingBalance)
            .nowhere(R::HsaPlanToCheck)
            .no_action(A::AskWhoseAccount)
            .estimate(|s| {
                s.account = Some(Account::Hsa);
                s.new_money = Some(true);
                s.rate_bp = Some(2_700);
                s.limit = Some(440_000);
            }),
        household("a daughter helping her 80-year-old father on Medicare with an HSA, not yet saying whose it is")
            .helping_someone()
            .original_medicare()
            .age(80)
            .hsa()
            .expect(OriginalMedicare, Unlikely)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Unlikely)
            .expect(Hsa, Possible)
            .first_reason(Hsa, R::AccountFollowsOwner)
            .first_action(Hsa, A::AskWhoseAccount)
            .not_reason(Hsa, R::HsaNoContributionsOnMedicare)
            .estimate(|s| s.notes.push(R::AccountFollowsOwner)),
        household("a 50-year-old daughter paying her 80-year-old father's massage from her own HSA")
            .helping_someone()
            .original_medicare()
            .age(80)
            .hsa()
            .owned_by(AccountOwner::Helper)
            .owner_age_at_year_end(50)
            .owner_on_medicare(Answer::No)
            .hsa_plan(HsaPlanKind::EmployerHdhp)
            .expect(OriginalMedicare, Unlikely)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Unlikely)
            .expect(Hsa, Possible)
            .first_reason(Hsa, R::HsaPaysFamilyCare)
            .not_reason(Hsa, R::HsaNoContributionsOnMedicare)
            .not_reason(Hsa, R::AccountFollowsOwner)
            .not_action(Hsa, A::StopHsaContributions)
            .estimate(|s| {
                s.new_money = Some(true);
                s.limit = Some(440_000);
            }),
        household("a 57-year-old wife paying her 62-year-old husband's care from her own HSA, with the catch-up")
            .helping_someone()
            .employer_plan()
            .age(62)
            .hsa()
            .owned_by(AccountOwner::Spouse)
            .owner_age_at_year_end(57)
            .owner_on_medicare(Answer::No)
            .hsa_plan(HsaPlanKind::EmployerHdhp)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Hsa, Possible)
            .reason(Hsa, R::HsaPaysFamilyCare)
            .estimate(|s| {
                s.new_money = Some(true);
                s.limit = Some(440_000 + 100_000);
            }),
        household("a 52-year-old husband paying his 60-year-old wife's care from his own HSA, without the catch-up")
            .helping_someone()
            .employer_plan()
            .age(60)
            .hsa()
            .owned_by(AccountOwner::Spouse)
            .owner_age_at_year_end(52)
            .owner_on_medicare(Answer::No)
            .hsa_plan(HsaPlanKind::EmployerHdhp)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Hsa, Possible)
            .reason(Hsa, R::HsaPaysFamilyCare)
            .estimate(|s| s.limit = Some(440_000)),
        household("a son on Medicare paying his mother's care from his own HSA, which takes no new money")
            .helping_someone()
            .original_medicare()
            .age(90)
            .hsa()
            .hsa_balance(80_000)
            .owned_by(AccountOwner::Helper)
            .owner_age_at_year_end(67)
            .owner_on_medicare(Answer::Yes)
            .expect(OriginalMedicare, Unlikely)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Unlikely)
            .expect(Hsa, Possible)
            .reason(Hsa, R::HsaPaysFamilyCare)
            .reason(Hsa, R::HsaNoContributionsOnMedicare)
            .reason(Hsa, R::HsaOnlyExistingBalance)
            .action(Hsa, A::StopHsaContributions)
            .estimate(|s| {
                s.new_money = Some(false);
                s.saves_nothing = true;
                s.limit = Some(80_000);
                s.notes.push(R::HsaOnlyExistingBalance);
            }),
        household("someone helping a parent who pays from the parent's own HSA is asked nothing about the owner")
            .helping_someone()
            .employer_plan()
            .age(58)
            .hsa()
            .owned_by(AccountOwner::Patient)
            .hsa_plan(HsaPlanKind::EmployerHdhp)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Hsa, Possible)
            .nowhere(R::AccountFollowsOwner)
            .nowhere(R::HsaPaysFamilyCare)
            .estimate(|s| s.limit = Some(440_000 + 100_000)),
        household("someone helping a parent with an HRA, not yet saying whose it is")
            .helping_someone()
            .employer_plan()
            .age(70)
            .hra()
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Hra, Possible)
            .first_reason(Hra, R::AccountFollowsOwner)
            .action(Hra, A::AskWhoseAccount)
            .reason(Hra, R::HraEmployerDecides),
        household("someone helping a parent with an FSA that is the parent's own")
            .helping_someone()
            .employer_plan()
            .age(60)
            .fsa()
            .owned_by(AccountOwner::Patient)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Fsa, Possible)
            .reason(Fsa, R::FsaUseItOrLoseIt)
            .nowhere(R::AccountFollowsOwner)
            .nowhere(R::FsaKindToCheck),
        household("a 54-year-old who turns 55 in December takes the HSA catch-up this year")
            .employer_plan()
            .born(date!(1971 - 12 - 20))
            .hsa()
            .hsa_plan(HsaPlanKind::EmployerHdhp)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Hsa, Possible)
            .estimate(|s| s.limit = Some(440_000 + 100_000)),
        // ----- HSA eligibility -----
        household("a 45-year-old with an HSA who does not know whether the plan is HSA-qualified")
            .employer_plan()
            .hsa()
            .hsa_plan(HsaPlanKind::NotSure)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Hsa, Possible)
            .reason(Hsa, R::HsaPlanToCheck)
            .first_action(Hsa, A::AskHsaPlanKind),
        household("a Marketplace member with a bronze plan and an HSA in 2026")
            .marketplace()
            .hsa()
            .hsa_plan(HsaPlanKind::BronzeOrCatastrophic)
            .spouse_general_fsa(Answer::No)
            .expect(Marketplace, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Hsa, Possible)
            .reason(Hsa, R::HsaBronzeCatastrophicCount)
            .not_reason(Hsa, R::HsaOnlyExistingBalance)
            .not_reason(Hsa, R::HsaPlanToCheck)
            .estimate(|s| s.new_money = Some(true)),
        household("an HSA beside a plan that is not HSA-qualified can only spend its balance")
            .employer_plan()
            .hsa()
            .hsa_balance(30_000)
            .hsa_plan(HsaPlanKind::OtherPlan)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Hsa, Possible)
            .reason(Hsa, R::HsaPlanNotQualified)
            .reason(Hsa, R::HsaOnlyExistingBalance)
            .not_action(Hsa, A::AskHsaPlanKind)
            .estimate(|s| {
                s.new_money = Some(false);
                s.saves_nothing = true;
                s.limit = Some(30_000);
            }),
        household("an HSA owner whose spouse has a general-purpose FSA can only spend the balance")
            .employer_plan()
            .hsa()
            .hsa_plan(HsaPlanKind::EmployerHdhp)
            .spouse_general_fsa(Answer::Yes)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Hsa, Possible)
            .reason(Hsa, R::GeneralFsaBlocksHsa)
            .reason(Hsa, R::HsaOnlyExistingBalance)
            .estimate(|s| {
                s.new_money = Some(false);
                s.saves_nothing = true;
            }),
        household("a 66-year-old on Original Medicare with their own HSA spends only the balance")
            .original_medicare()
            .age(66)
            .hsa()
            .hsa_balance(120_000)
            .expect(OriginalMedicare, Unlikely)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Unlikely)
            .expect(Hsa, Possible)
            .reason(Hsa, R::HsaNoContributionsOnMedicare)
            .reason(Hsa, R::HsaExistingMoneyUsable)
            .reason(Hsa, R::HsaOnlyExistingBalance)
            .first_action(Hsa, A::StopHsaContributions)
            .not_action(Hsa, A::AskHsaPlanKind)
            .estimate(|s| {
                s.new_money = Some(false);
                s.saves_nothing = true;
                s.limit = Some(120_000);
            }),
        // ----- FSA and HSA together -----
        household("a 45-year-old with an FSA and an HSA who does not know the FSA's kind")
            .employer_plan()
            .fsa()
            .hsa()
            .letter_on_file()
            .hsa_plan(HsaPlanKind::EmployerHdhp)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Fsa, Possible)
            .expect(Hsa, Likely)
            .first_reason(Fsa, R::FsaKindToCheck)
            .first_action(Fsa, A::AskFsaKind),
        household("a 45-year-old whose FSA beside the HSA is limited-purpose")
            .employer_plan()
            .fsa()
            .hsa()
            .fsa_kind(FsaKind::LimitedPurpose)
            .hsa_plan(HsaPlanKind::EmployerHdhp)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Fsa, Unlikely)
            .expect(Hsa, Possible)
            .first_reason(Fsa, R::FsaLimitedPurposeNoMassage)
            .not_reason(Hsa, R::GeneralFsaBlocksHsa)
            .estimate(|s| {
                s.account = Some(Account::Hsa);
                s.new_money = Some(true);
            }),
        household("a 45-year-old whose FSA beside the HSA is general-purpose, which blocks new HSA money")
            .employer_plan()
            .fsa()
            .hsa()
            .fsa_kind(FsaKind::GeneralPurpose)
            .hsa_plan(HsaPlanKind::EmployerHdhp)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Fsa, Possible)
            .expect(Hsa, Possible)
            .not_reason(Fsa, R::FsaKindToCheck)
            .reason(Hsa, R::GeneralFsaBlocksHsa)
            .reason(Hsa, R::HsaOnlyExistingBalance)
            .estimate(|s| s.account = Some(Account::Fsa)),
        household("a 45-year-old with an FSA and no HSA is not asked the FSA's kind")
            .employer_plan()
            .fsa()
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Fsa, Possible)
            .nowhere(R::FsaKindToCheck)
            .no_action(A::AskFsaKind)
            .estimate(|s| {
                s.account = Some(Account::Fsa);
                s.rate_bp = Some(2_200 + 500 + 765);
            }),
        // ----- State tax -----
        household("a Californian with an HSA saves no state tax on it")
            .employer_plan()
            .state("CA")
            .hsa()
            .hsa_plan(HsaPlanKind::EmployerHdhp)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Hsa, Possible)
            .reason(Hsa, R::HsaStateTaxed)
            .estimate(|s| {
                s.state_counted = Some(false);
                s.rate_bp = Some(2_200);
                s.notes.push(R::HsaStateTaxed);
            }),
        household("a New Jersey resident with an HSA saves no state tax on it")
            .employer_plan()
            .state("NJ")
            .hsa()
            .hsa_plan(HsaPlanKind::EmployerHdhp)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Hsa, Possible)
            .reason(Hsa, R::HsaStateTaxed)
            .estimate(|s| {
                s.state_counted = Some(false);
                s.rate_bp = Some(2_200);
            }),
        household("a New Jersey resident with an FSA keeps the state saving but is told to ask")
            .employer_plan()
            .state("NJ")
            .fsa()
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Fsa, Possible)
            .reason(Fsa, R::NjFsaStateTaxAsk)
            .nowhere(R::HsaStateTaxed)
            .estimate(|s| {
                s.state_counted = Some(true);
                s.rate_bp = Some(2_200 + 500 + 765);
                s.notes.push(R::NjFsaStateTaxAsk);
            }),
        household("an Oregon resident with an HSA counts the state tax saved")
            .employer_plan()
            .hsa()
            .hsa_plan(HsaPlanKind::EmployerHdhp)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .expect(Hsa, Possible)
            .nowhere(R::HsaStateTaxed)
            .estimate(|s| {
                s.state_counted = Some(true);
                s.rate_bp = Some(2_700);
            }),
        // ----- Work injury and car accident -----
        household("a worker hurt on the job in Texas calls the claims adjuster first")
            .workers_comp()
            .state("TX")
            .expect(WorkersComp, Possible)
            .expect(PhysicalTherapy, Likely)
            .first_reason(WorkersComp, R::WorkersCompVaries)
            .reason(WorkersComp, R::InjuryClaimPaysFirst)
            .first_action(WorkersComp, A::CallClaimsAdjuster)
            .action(WorkersComp, A::AskClaimManager),
        household("a worker hurt on the job in Washington with a doctor's written order")
            .workers_comp()
            .state("WA")
            .prescription()
            .expect(WorkersComp, Likely)
            .expect(PhysicalTherapy, Likely)
            .reason(WorkersComp, R::WaLniPaysMassage)
            .first_action(WorkersComp, A::CallClaimsAdjuster)
            .not_action(WorkersComp, A::GetPrescription),
        household("a worker hurt on the job who also has a plan from work is told the claim pays first")
            .workers_comp()
            .employer_plan()
            .expect(PrivatePlan, Possible)
            .expect(WorkersComp, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .reason(PrivatePlan, R::InjuryClaimPaysFirst)
            .first_action(WorkersComp, A::CallClaimsAdjuster),
        household("a driver hurt in a crash in New York calls the claims adjuster first")
            .car_insurance()
            .state("NY")
            .expect(AutoInsurance, Possible)
            .expect(PhysicalTherapy, Likely)
            .reason(AutoInsurance, R::PipNeedsReferral)
            .reason(AutoInsurance, R::NoFaultStatePip)
            .reason(AutoInsurance, R::InjuryClaimPaysFirst)
            .first_action(AutoInsurance, A::CallClaimsAdjuster)
            .action(AutoInsurance, A::AskAdjuster),
        household("a driver hurt in a crash in Oregon, not a no-fault state, is not told it is one")
            .car_insurance()
            .expect(AutoInsurance, Possible)
            .expect(PhysicalTherapy, Likely)
            .reason(AutoInsurance, R::PipNeedsReferral)
            .not_reason(AutoInsurance, R::NoFaultStatePip)
            .first_action(AutoInsurance, A::CallClaimsAdjuster),
        household("a driver hurt in a crash in Florida, where PIP leaves out massage")
            .car_insurance()
            .state("FL")
            .expect(AutoInsurance, Unlikely)
            .expect(PhysicalTherapy, Likely)
            .first_reason(AutoInsurance, R::FloridaPipExcludesMassage)
            .first_action(AutoInsurance, A::CallClaimsAdjuster)
            .not_action(AutoInsurance, A::GetPrescription)
            .nowhere(R::MichiganPipLimitChosen),
        household("a 40-year-old Michigan driver hurt in a crash asks about the PIP limit")
            .car_insurance()
            .state("MI")
            .age(40)
            .expect(AutoInsurance, Likely)
            .expect(PhysicalTherapy, Likely)
            .reason(AutoInsurance, R::MichiganNoFaultCoversMassage)
            .reason(AutoInsurance, R::MichiganPipLimitChosen)
            .action(AutoInsurance, A::AskAdjusterPipLimit)
            .first_action(AutoInsurance, A::CallClaimsAdjuster),
        household("a 70-year-old Michigan driver on Original Medicare who may have opted out of PIP")
            .car_insurance()
            .original_medicare()
            .state("MI")
            .age(70)
            .expect(AutoInsurance, Possible)
            .expect(OriginalMedicare, Unlikely)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Unlikely)
            .reason(AutoInsurance, R::MichiganPipLimitChosen),
        household("a 45-year-old with a plan from work and no injury is asked for no claim")
            .employer_plan()
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .nowhere(R::InjuryClaimPaysFirst)
            .no_action(A::CallClaimsAdjuster),
        // ----- Washington -----
        household("a Washington employee who does not know whether the plan is self-funded")
            .employer_plan()
            .state("WA")
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .reason(PrivatePlan, R::WaEveryCategoryIfNotSelfFunded)
            .reason(PrivatePlan, R::WaPriorAuthIfNotSelfFunded)
            .action(PrivatePlan, A::AskEmployerSelfFunded)
            .not_reason(PrivatePlan, R::WaEveryCategory)
            .not_reason(PrivatePlan, R::WaNoPriorAuthFirstVisits),
        household("a Washington employee whose plan is self-funded")
            .employer_plan()
            .state("WA")
            .self_funded(Answer::Yes)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .reason(PrivatePlan, R::WaSelfFundedPlan)
            .not_reason(PrivatePlan, R::WaEveryCategory)
            .not_reason(PrivatePlan, R::WaEveryCategoryIfNotSelfFunded)
            .no_action(A::AskEmployerSelfFunded),
        household("a Washington employee whose plan is not self-funded gets both state rules")
            .employer_plan()
            .state("WA")
            .self_funded(Answer::No)
            .expect(PrivatePlan, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .reason(PrivatePlan, R::WaEveryCategory)
            .reason(PrivatePlan, R::WaNoPriorAuthFirstVisits)
            .not_reason(PrivatePlan, R::WaEveryCategoryIfNotSelfFunded)
            .no_action(A::AskEmployerSelfFunded),
        household("a Washington Marketplace member gets both state rules without the self-funded question")
            .marketplace()
            .state("WA")
            .expect(Marketplace, Possible)
            .expect(PhysicalTherapy, Likely)
            .expect(Chiropractic, Possible)
            .reason(Marketplace, R::WaEveryCategory)
            .reason(Marketplace, R::WaNoPriorAuthFirstVisits)
            .no_action(A::AskEmployerSelfFunded),
        // ----- Everyone else -----
        household("someone with no coverage at all can still pay less")
            .no_coverage()
            .reason(Route::PayLess, R::StudentClinicsCheaper)
            .nowhere(R::PtCoveredByPartB),
        household("a Medicaid member is pointed to the state office and to physical therapy")
            .medicaid()
            .expect(Medicaid, Unlikely)
            .expect(PhysicalTherapy, Likely)
            .reason(Medicaid, R::MedicaidVaries)
            .action(Medicaid, A::AskMedicaidOffice),
    ]
}

fn assessment(all: &[Assessment], route: Route) -> &Assessment {
    all.iter()
        .find(|a| a.route == route)
        .expect("every route is assessed")
}

/// Every problem with one row's verdicts, reasons, actions and estimate, as lines.
fn problems_with(row: &Household, g: &Guidance) -> Vec<String> {
    let all = coverage::assess(&row.case);
    let mut out = Vec::new();
    for route in Route::ALL {
        let expected = row
            .verdicts
            .iter()
            .find(|(r, _)| r == route)
            .map_or_else(|| default_verdict(*route), |(_, v)| *v);
        let got = assessment(&all, *route).verdict;
        if got != expected {
            out.push(format!("{route:?}: expected {expected:?}, got {got:?}"));
        }
    }
    for (route, reason) in &row.reasons {
        if !assessment(&all, *route).reasons.contains(reason) {
            out.push(format!("{route:?}: missing reason {reason:?}"));
        }
    }
    for (route, reason) in &row.first_reasons {
        if assessment(&all, *route).reasons.first() != Some(reason) {
            out.push(format!("{route:?}: {reason:?} is not the first reason"));
        }
    }
    for (route, reason) in &row.not_reasons {
        if assessment(&all, *route).reasons.contains(reason) {
            out.push(format!("{route:?}: reason {reason:?} must not appear"));
        }
    }
    for reason in &row.nowhere {
        for a in all.iter().filter(|a| a.reasons.contains(reason)) {
            out.push(format!(
                "{:?}: reason {reason:?} must appear nowhere",
                a.route
            ));
        }
    }
    let has_action = |a: &Assessment, action: ActionId| a.todos.iter().any(|t| t.action == action);
    for (route, action) in &row.actions {
        if !has_action(assessment(&all, *route), *action) {
            out.push(format!("{route:?}: missing action {action:?}"));
        }
    }
    for (route, action) in &row.first_actions {
        if assessment(&all, *route).todos.first().map(|t| t.action) != Some(*action) {
            out.push(format!("{route:?}: {action:?} is not the first action"));
        }
    }
    for (route, action) in &row.not_actions {
        if has_action(assessment(&all, *route), *action) {
            out.push(format!("{route:?}: action {action:?} must not appear"));
        }
    }
    let plan = coverage::plan(&row.case, TODAY);
    let order: Vec<ActionId> = plan.iter().map(|t| t.action).collect();
    if !row.plan_starts.is_empty() && !order.starts_with(&row.plan_starts) {
        out.push(format!(
            "the plan should start with {:?}, it is {order:?}",
            row.plan_starts
        ));
    }
    for action in &row.plan_lacks {
        if order.contains(action) {
            out.push(format!("the plan must not list {action:?}: {order:?}"));
        }
    }
    for (action, day) in &row.plan_dates {
        if !plan
            .iter()
            .any(|t| t.action == *action && t.due == Some(*day))
        {
            out.push(format!(
                "the plan should list {action:?} by {day}: {plan:?}"
            ));
        }
    }
    if let Some(expected) = &row.other_options {
        let got: Vec<ActionId> = coverage::other_options(&row.case)
            .iter()
            .map(|t| t.action)
            .collect();
        if &got != expected {
            out.push(format!("other options should be {expected:?}, are {got:?}"));
        }
    }
    for action in &row.no_action {
        for a in all.iter().filter(|a| has_action(a, *action)) {
            out.push(format!(
                "{:?}: action {action:?} must appear nowhere",
                a.route
            ));
        }
    }
    if let Some(check) = &row.savings {
        match coverage::savings(&row.case, g, TODAY) {
            Some(s) => out.extend(savings_problems(check, &s)),
            None => out.push("no savings estimate".to_owned()),
        }
    }
    out
}

fn savings_problems(check: &SavingsCheck, s: &Savings) -> Vec<String> {
    let mut out = Vec::new();
    let mut expect = |what: &str, ok: bool, got: String| {
        if !ok {
            out.push(format!("estimate: {what}, got {got}"));
        }
    };
    if let Some(account) = check.account {
        expect("account", s.account == account, format!("{:?}", s.account));
    }
    if let Some(new_money) = check.new_money {
        expect(
            "new money",
            s.new_money == new_money,
            s.new_money.to_string(),
        );
    }
    if let Some(counted) = check.state_counted {
        expect(
            "state rate counted",
            s.state_rate_counted == counted,
            s.state_rate_counted.to_string(),
        );
    }
    if let Some(rate) = check.rate_bp {
        expect("rate", s.rate_bp == rate, s.rate_bp.to_string());
    }
    if let Some(limit) = check.limit {
        expect("limit", s.limit == Some(limit), format!("{:?}", s.limit));
    }
    if check.saves_nothing {
        expect("nothing saved", s.saved == 0, s.saved.to_string());
    } else {
        expect("something saved", s.saved > 0, s.saved.to_string());
    }
    for note in &check.notes {
        expect(
            &format!("note {note:?}"),
            s.notes.contains(note),
            format!("{:?}", s.notes),
        );
    }
    out
}

/// Whitespace collapsed, so wrapped lines of a document compare with one-line texts.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The document words of `lang`, as the plan summary prints them.
fn document_words(lang: Lang) -> Strings {
    let source = match lang {
        Lang::En => include_str!("../assets/i18n/en/documents.ftl"),
        Lang::Es => include_str!("../assets/i18n/es/documents.ftl"),
    };
    Strings::new(lang, "documents.ftl", source)
}

fn verdict_key(v: Verdict) -> &'static str {
    match v {
        Likely => "verdict-likely",
        Possible => "verdict-possible",
        Unlikely => "verdict-unlikely",
        NotApplicable => "verdict-not-applicable",
    }
}

/// Every problem with one row in `lang`: missing or untranslated text, and verdicts the plan
/// summary does not print as expected.
fn language_problems(row: &Household, lang: Lang, g: &Guidance, en: &Guidance) -> Vec<String> {
    let mut out = Vec::new();
    let all = coverage::assess(&row.case);
    let expected_reasons = row.reasons.iter().map(|(_, r)| *r);
    let shown_reasons = all.iter().flat_map(|a| a.reasons.iter().copied());
    for reason in expected_reasons.chain(shown_reasons) {
        let text = g.reason(reason).text.trim();
        if text.is_empty() {
            out.push(format!("{lang:?}: reason {reason:?} has no text"));
        } else if lang != Lang::En && text == en.reason(reason).text.trim() {
            out.push(format!("{lang:?}: reason {reason:?} is the English text"));
        }
    }
    let expected_actions = row.actions.iter().map(|(_, a)| *a);
    let shown_actions = all.iter().flat_map(|a| a.todos.iter().map(|t| t.action));
    for action in expected_actions.chain(shown_actions) {
        let text = g.action(action).text.trim();
        if text.is_empty() {
            out.push(format!("{lang:?}: action {action:?} has no text"));
        } else if lang != Lang::En && text == en.action(action).text.trim() {
            out.push(format!("{lang:?}: action {action:?} is the English text"));
        }
    }

    let mut case = row.case.clone();
    case.language = lang;
    let summary = flat(&documents::to_text(
        &documents::summary(&case, g, TODAY),
        &PageSetup::letter(TODAY),
    ));
    let words = document_words(lang);
    let mut skipped = 0_u32;
    for a in &all {
        let name = g.route(a.route).name.trim();
        let verdict = words.t(verdict_key(a.verdict));
        if verdict.trim().is_empty() {
            out.push(format!("{lang:?}: no word for {:?}", a.verdict));
        }
        let line = flat(&words.t_args(
            "summary-route",
            &[("route", name.into()), ("verdict", verdict.into())],
        ));
        if a.verdict == NotApplicable {
            skipped += 1;
            if summary.contains(&line) {
                out.push(format!("{lang:?}: the summary shows {line:?}"));
            }
            continue;
        }
        if !summary.contains(&line) {
            out.push(format!("{lang:?}: the summary lacks {line:?}"));
        }
        for reason in &a.reasons {
            if !summary.contains(&flat(&g.reason(*reason).text)) {
                out.push(format!(
                    "{lang:?}: the summary lacks the text of {:?} / {reason:?}",
                    a.route
                ));
            }
        }
    }
    let note = flat(&words.t_args("summary-skipped", &[("n", Arg::from(skipped))]));
    if skipped > 0 && !summary.contains(&note) {
        out.push(format!("{lang:?}: the summary lacks {note:?}"));
    }
    out
}

#[test]
fn every_household_gets_the_expected_verdict_on_every_route_in_english_and_spanish() {
    let en = Guidance::builtin_for(Lang::En).expect("English content");
    let es = Guidance::builtin_for(Lang::Es).expect("Spanish content");
    let mut report = String::new();
    for row in households() {
        let mut problems = problems_with(&row, &en);
        problems.extend(language_problems(&row, Lang::En, &en, &en));
        problems.extend(language_problems(&row, Lang::Es, &es, &en));
        if !problems.is_empty() {
            let _ = writeln!(report, "\n{}:", row.sentence);
            for p in problems {
                let _ = writeln!(report, "  - {p}");
            }
        }
    }
    assert!(
        report.is_empty(),
        "households told the wrong thing:{report}"
    );
}

#[test]
fn there_are_at_least_40_households_each_with_its_own_sentence() {
    let rows = households();
    assert!(rows.len() >= 40, "only {} households", rows.len());
    let mut sentences: Vec<_> = rows.iter().map(|r| r.sentence).collect();
    sentences.sort_unstable();
    sentences.dedup();
    assert_eq!(sentences.len(), rows.len(), "two rows share a sentence");
}

#[test]
fn every_situation_of_issue_11_has_a_household_that_expects_its_reason() {
    let expected: Vec<ReasonId> = households()
        .iter()
        .flat_map(|r| r.reasons.iter().map(|(_, id)| *id))
        .collect();
    let issue_11 = [
        ReasonId::MedicareKindsExcludeEachOther,
        ReasonId::MedigapNotWithAdvantage,
        ReasonId::PtAdvantageSetsCostSharing,
        ReasonId::AccountFollowsOwner,
        ReasonId::HsaPaysFamilyCare,
        ReasonId::HsaPlanToCheck,
        ReasonId::HsaBronzeCatastrophicCount,
        ReasonId::HsaPlanNotQualified,
        ReasonId::GeneralFsaBlocksHsa,
        ReasonId::HsaOnlyExistingBalance,
        ReasonId::HsaStateTaxed,
        ReasonId::NjFsaStateTaxAsk,
        ReasonId::FsaKindToCheck,
        ReasonId::FsaLimitedPurposeNoMassage,
        ReasonId::InjuryClaimPaysFirst,
        ReasonId::MichiganPipLimitChosen,
        ReasonId::NoFaultStatePip,
        ReasonId::FloridaPipExcludesMassage,
        ReasonId::WaEveryCategoryIfNotSelfFunded,
        ReasonId::WaPriorAuthIfNotSelfFunded,
        ReasonId::WaSelfFundedPlan,
        ReasonId::AppealPrivatePlan180Days,
        ReasonId::AppealAdvantage60Days,
        ReasonId::AppealOriginalMedicare120Days,
    ];
    let missing: Vec<_> = issue_11.iter().filter(|r| !expected.contains(r)).collect();
    assert!(missing.is_empty(), "no household expects {missing:?}");
}
