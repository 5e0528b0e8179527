//! The patient's case: plain data that the patient entered, and nothing else.
//!
//! No I/O and no egui here. Every stored enum variant is part of the file format: variants are
//! named explicitly and never translated; the UI looks up their text.

pub mod input;
mod step;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

pub use step::Step;

/// Whole US cents; money is never a float.
pub type Cents = i64;

/// A language the app, its content and its documents are written in. Stored in case files as
/// `En` / `Es`, never translated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Spanish, written for patients (not word for word).
    Es,
}

impl Lang {
    /// Every language, in the order offered.
    pub const ALL: [Self; 2] = [Self::En, Self::Es];

    /// The language's code: "en" or "es".
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Es => "es",
        }
    }

    /// The language for a code, if it is one of ours.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// The version of the case file format this build writes.
///
/// Schema 2 added the account owner, the HSA plan kind, the FSA kind, the injury claim, the
/// self-funded question and the Medicare card; a schema 1 file reads with them not answered.
pub const SCHEMA: u32 = 2;

/// The name of a case's file, safe to use as a file name: lower-case letters, digits and `-`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(transparent)]
pub struct CaseId(String);

impl CaseId {
    /// A new id from the creation time and a random suffix, e.g. `c20261129-041453-3fa2`.
    pub fn new(now: OffsetDateTime) -> Self {
        let suffix: u16 = fastrand::u16(..);
        Self(format!("c{}-{suffix:04x}", compact_stamp(now)))
    }

    /// Accepts only ids that are safe as a file name (so a crafted file cannot point elsewhere).
    pub fn parse(s: &str) -> Option<Self> {
        let ok = !s.is_empty()
            && s.len() <= 64
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !s.starts_with('-');
        ok.then(|| Self(s.to_owned()))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CaseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A moment as `YYYYMMDD-HHMMSS`, for file names.
pub fn compact_stamp(t: OffsetDateTime) -> String {
    format!(
        "{:04}{:02}{:02}-{:02}{:02}{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Everything one patient entered about getting one course of massage therapy paid for.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Case {
    /// Names the case file; never shown as patient data.
    pub id: CaseId,
    /// What the patient calls this case on the start screen, e.g. "My back" or "Mom".
    pub title: String,
    /// When the case was started.
    #[serde(with = "time::serde::rfc3339")]
    pub created: OffsetDateTime,
    /// When anything in the case last changed.
    #[serde(with = "time::serde::rfc3339")]
    pub updated: OffsetDateTime,
    /// The step the patient was on, so they resume there.
    pub step: Step,
    /// Step 1: who the case is for and their coverage.
    pub about: About,
    /// Step 2: the condition and the prescription or letter.
    pub condition: Condition,
    /// Step 3: the insurer and what they said.
    pub insurer: Insurer,
    /// Step 4: Medicare details.
    pub medicare: Medicare,
    /// Step 5: FSA, HSA and HRA accounts.
    pub accounts: Accounts,
    /// Step 6: other ways to get care.
    pub alternatives: Alternatives,
    /// What massage costs and the tax rates, for the savings estimate (step 5).
    pub costs: Costs,
    /// The language the case was last used in: its documents print in it. Files from before
    /// this field read as English.
    pub language: Lang,
}

impl Default for Case {
    fn default() -> Self {
        Self::new(CaseId::default(), OffsetDateTime::UNIX_EPOCH)
    }
}

impl Case {
    /// An empty case with this id, started at `now`.
    pub fn new(id: CaseId, now: OffsetDateTime) -> Self {
        Self {
            id,
            title: String::new(),
            created: now,
            updated: now,
            step: Step::AboutYou,
            about: About::default(),
            condition: Condition::default(),
            insurer: Insurer::default(),
            medicare: Medicare::default(),
            accounts: Accounts::default(),
            alternatives: Alternatives::default(),
            costs: Costs::default(),
            language: Lang::default(),
        }
    }

    /// The patient's age in whole years on `today`: from the date of birth if given, else the
    /// age they typed.
    pub fn age_on(&self, today: Date) -> Option<u8> {
        match self.about.date_of_birth {
            Some(dob) => {
                let mut years = today.year() - dob.year();
                if (today.month() as u8, today.day()) < (dob.month() as u8, dob.day()) {
                    years -= 1;
                }
                u8::try_from(years.max(0)).ok()
            }
            None => self.about.age,
        }
    }

    /// Ticks on the Medicare step what the patient already ticked on the first step (Original
    /// Medicare is Parts A and B), when nothing is ticked there yet.
    pub fn carry_coverage_into_medicare(&mut self) {
        if !self.medicare.parts.is_empty() {
            return;
        }
        for c in &self.about.coverage {
            let parts: &[MedicarePart] = match c {
                Coverage::OriginalMedicare => &[MedicarePart::PartA, MedicarePart::PartB],
                Coverage::MedicareAdvantage => &[MedicarePart::Advantage],
                Coverage::Medigap => &[MedicarePart::Medigap],
                _ => &[],
            };
            self.medicare.parts.extend(parts.iter().copied());
        }
    }

    /// The name shown on the start screen: the title, or a neutral fallback.
    pub fn display_title(&self) -> &str {
        let t = self.title.trim();
        if t.is_empty() { "Untitled case" } else { t }
    }

    /// Whether someone is helping the patient: then the app speaks of the patient as "they".
    pub fn helping(&self) -> bool {
        self.about.for_whom == Some(ForWhom::SomeoneElse)
    }

    /// Whether the case has an injury claim: a work injury or a car accident, whose claims
    /// adjuster is called with the claim number and the date of injury.
    pub fn has_injury_claim(&self) -> bool {
        self.about.coverage.contains(&Coverage::WorkersComp)
            || self.about.coverage.contains(&Coverage::AutoInsurance)
    }
}

// Patient data must never reach a log through `{:?}`: only the id is printed.
impl fmt::Debug for Case {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Case")
            .field("id", &self.id)
            .field("step", &self.step)
            .finish_non_exhaustive()
    }
}

/// A yes / no / not sure answer; `None` where it holds one means not answered yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Answer {
    Yes,
    No,
    NotSure,
}

impl Answer {
    /// Every answer, in the order shown.
    pub const ALL: [Self; 3] = [Self::Yes, Self::No, Self::NotSure];
}

/// Whose case this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ForWhom {
    Myself,
    SomeoneElse,
}

/// A kind of health coverage; several may apply at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Coverage {
    EmployerOrIndividual,
    Marketplace,
    OriginalMedicare,
    MedicareAdvantage,
    Medigap,
    Medicaid,
    AutoInsurance,
    WorkersComp,
    NoCoverage,
}

impl Coverage {
    /// Every kind, in the order shown.
    pub const ALL: [Self; 9] = [
        Self::EmployerOrIndividual,
        Self::Marketplace,
        Self::OriginalMedicare,
        Self::MedicareAdvantage,
        Self::Medigap,
        Self::Medicaid,
        Self::AutoInsurance,
        Self::WorkersComp,
        Self::NoCoverage,
    ];

    /// Whether this kind is a part of Medicare.
    pub fn is_medicare(self) -> bool {
        matches!(
            self,
            Self::OriginalMedicare | Self::MedicareAdvantage | Self::Medigap
        )
    }
}

/// Step 1: who the case is for and their coverage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct About {
    /// Whether the patient is the person using the app.
    pub for_whom: Option<ForWhom>,
    /// The patient's name, as it should appear on printed papers.
    pub patient_name: String,
    /// When helping someone else: who they are to the user, e.g. "mother".
    pub relationship: String,
    /// The patient's date of birth, if they gave it.
    pub date_of_birth: Option<Date>,
    /// The patient's age in years, if they gave that instead of a date of birth.
    pub age: Option<u8>,
    /// Two-letter code of the US state or territory where the patient lives.
    pub state: Option<String>,
    /// Every kind of coverage that applies.
    pub coverage: BTreeSet<Coverage>,
    /// The work injury or car accident claim; asked only with workers' comp or car insurance.
    pub injury: Injury,
}

/// The claim for a work injury or a car accident, for the call to the claims adjuster.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Injury {
    /// The claim number the insurer gave.
    pub claim_number: String,
    /// The day of the injury or the accident.
    pub date_of_injury: Option<Date>,
    /// The claims adjuster's (or claim manager's) name.
    pub adjuster_name: String,
    /// The claims adjuster's phone number, formatted.
    pub adjuster_phone: String,
}

// The claim number and the adjuster identify the patient: only whether each is filled in shows.
impl fmt::Debug for Injury {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Injury")
            .field("claim_number", &!self.claim_number.is_empty())
            .field("date_of_injury", &self.date_of_injury.is_some())
            .field("adjuster_name", &!self.adjuster_name.is_empty())
            .field("adjuster_phone", &!self.adjuster_phone.is_empty())
            .finish()
    }
}

/// A diagnosed condition massage might treat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ConditionKind {
    Sciatica,
    RepetitiveStrain,
    AfterSurgery,
    SportsInjury,
    Concussion,
    LowBackPain,
    NeckPain,
    Other,
}

impl ConditionKind {
    /// Every condition, in the order shown.
    pub const ALL: [Self; 8] = [
        Self::Sciatica,
        Self::RepetitiveStrain,
        Self::AfterSurgery,
        Self::SportsInjury,
        Self::Concussion,
        Self::LowBackPain,
        Self::NeckPain,
        Self::Other,
    ];
}

/// A piece of paper from a provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Paperwork {
    Prescription,
    Referral,
    LetterOfMedicalNecessity,
    NotYet,
}

impl Paperwork {
    /// Every kind, in the order shown.
    pub const ALL: [Self; 4] = [
        Self::Prescription,
        Self::Referral,
        Self::LetterOfMedicalNecessity,
        Self::NotYet,
    ];
}

/// Who wrote the prescription, referral or letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Prescriber {
    Physician,
    Chiropractor,
    PhysicalTherapist,
    Other,
}

impl Prescriber {
    /// Every kind, in the order shown.
    pub const ALL: [Self; 4] = [
        Self::Physician,
        Self::Chiropractor,
        Self::PhysicalTherapist,
        Self::Other,
    ];
}

/// A unit of time for how often or how long.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Period {
    Week,
    #[default]
    Month,
}

impl Period {
    /// Every unit, in the order shown.
    pub const ALL: [Self; 2] = [Self::Week, Self::Month];
}

/// Step 2: the condition and the prescription or letter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Condition {
    /// The diagnosed conditions.
    pub kinds: BTreeSet<ConditionKind>,
    /// The condition in the patient's words when "Other" is chosen.
    pub other: String,
    /// Which papers the patient has; `NotYet` alone when none.
    pub paperwork: BTreeSet<Paperwork>,
    /// Who wrote the paper.
    pub prescriber: Option<Prescriber>,
    /// The provider's name, as on the paper.
    pub prescriber_name: String,
    /// The date on the paper.
    pub written_on: Option<Date>,
    /// How many sessions the paper allows in each `per`.
    pub sessions: Option<u32>,
    /// The period `sessions` counts over.
    pub per: Period,
    /// How long the paper allows treatment, in `duration_unit`s.
    pub duration: Option<u32>,
    /// The unit of `duration`.
    pub duration_unit: Period,
}

/// Step 3: the insurer, and what they said on the phone.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Insurer {
    /// The insurance company or plan name.
    pub name: String,
    /// The member services number, formatted.
    pub phone: String,
    /// The member ID from the card.
    pub member_id: String,
    /// The group number from the card.
    pub group_number: String,
    /// Whether massage therapy is covered.
    pub massage_covered: Option<Answer>,
    /// The benefit it is covered under, e.g. "physical medicine".
    pub benefit: String,
    /// Whether a prescription is needed.
    pub prescription_needed: Option<Answer>,
    /// Whether prior authorization is needed.
    pub prior_authorization: Option<Answer>,
    /// Visits allowed a year.
    pub visit_limit: Option<u32>,
    /// In-network therapists they named, or how to find them.
    pub in_network: String,
    /// Copay per visit.
    pub copay: Option<Cents>,
    /// Coinsurance, in percent.
    pub coinsurance_percent: Option<u8>,
    /// Deductible still to meet.
    pub deductible_left: Option<Cents>,
    /// The representative's name.
    pub rep_name: String,
    /// The call reference number.
    pub reference: String,
    /// The day of the call.
    pub call_date: Option<Date>,
    /// Every call logged with the call log, oldest first.
    pub calls: Vec<CallRecord>,
    /// Whether the employer pays claims itself (a self-funded plan); asked in Washington only.
    pub self_funded: Option<Answer>,
}

/// The answer to one checklist question during a call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct CallAnswer {
    /// Yes, no or not sure; `None` when not asked yet.
    pub answer: Option<Answer>,
    /// What the representative said, in the patient's words.
    pub note: String,
}

/// One phone call to the insurer, logged while it happened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct CallRecord {
    /// When the call started.
    #[serde(with = "time::serde::rfc3339::option")]
    pub started: Option<OffsetDateTime>,
    /// Seconds spent on hold.
    pub hold_seconds: u32,
    /// Seconds spent talking to a person.
    pub talk_seconds: u32,
    /// The representative's name.
    pub rep_name: String,
    /// The call reference number.
    pub reference: String,
    /// Answers by question id (the ids of the content's questions).
    pub answers: BTreeMap<String, CallAnswer>,
    /// What came of the call, in the patient's words.
    pub outcome: String,
    /// When to call again, if needed.
    pub follow_up: Option<Date>,
}

/// A part of Medicare the patient has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum MedicarePart {
    PartA,
    PartB,
    Advantage,
    Medigap,
    NotEnrolled,
}

impl MedicarePart {
    /// Every part, in the order shown.
    pub const ALL: [Self; 5] = [
        Self::PartA,
        Self::PartB,
        Self::Advantage,
        Self::Medigap,
        Self::NotEnrolled,
    ];
}

/// Step 4: Medicare details.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Medicare {
    /// The parts the patient has; `NotEnrolled` alone when none.
    pub parts: BTreeSet<MedicarePart>,
    /// The Medicare Advantage plan's name.
    pub advantage_plan: String,
    /// Whether the Advantage plan lists a massage benefit.
    pub advantage_massage_benefit: Option<Answer>,
    /// The Medigap plan letter or name.
    pub medigap_plan: String,
    /// Which card the patient shows at the doctor's; asked when both Original Medicare and
    /// Medicare Advantage were ticked, since one person cannot use both.
    pub card: Option<MedicareCard>,
}

/// The card a person with Medicare shows when they get care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MedicareCard {
    /// The red, white and blue Medicare card: Original Medicare.
    OriginalMedicare,
    /// A Medicare Advantage plan's own card.
    AdvantagePlan,
    /// The patient does not know.
    NotSure,
}

impl MedicareCard {
    /// Every answer, in the order shown.
    pub const ALL: [Self; 3] = [Self::OriginalMedicare, Self::AdvantagePlan, Self::NotSure];
}

/// A tax-advantaged account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Account {
    Fsa,
    Hsa,
    Hra,
    NoAccount,
}

impl Account {
    /// Every account, in the order shown.
    pub const ALL: [Self; 4] = [Self::Fsa, Self::Hsa, Self::Hra, Self::NoAccount];
}

/// Step 5: FSA, HSA and HRA accounts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Accounts {
    /// The accounts the patient has; `NoAccount` alone when none.
    pub kinds: BTreeSet<Account>,
    /// FSA balance.
    pub fsa_balance: Option<Cents>,
    /// HSA balance.
    pub hsa_balance: Option<Cents>,
    /// HRA balance.
    pub hra_balance: Option<Cents>,
    /// The last day of the FSA plan year.
    pub plan_year_end: Option<Date>,
    /// Whether a letter of medical necessity is on file with the account administrator.
    pub lmn_on_file: Option<Answer>,
    /// Whose accounts they are; asked only when helping someone else.
    pub owner: Option<AccountOwner>,
    /// The account owner's age on December 31 of this year; asked when the owner is not the
    /// patient.
    pub owner_age_at_year_end: Option<u8>,
    /// Whether the account owner is enrolled in any part of Medicare; asked when the owner is
    /// not the patient.
    pub owner_on_medicare: Option<Answer>,
    /// The health plan that goes with the HSA; asked only with an HSA.
    pub hsa_plan_kind: Option<HsaPlanKind>,
    /// Whether the HSA owner's spouse has a general-purpose health FSA; asked only with an HSA.
    pub spouse_general_fsa: Option<Answer>,
    /// What the FSA pays for; asked only when there is an HSA too.
    pub fsa_kind: Option<FsaKind>,
}

/// Whose FSA, HSA or HRA it is, when the user helps someone else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountOwner {
    /// The patient's own accounts.
    Patient,
    /// The accounts of the person using the app.
    Helper,
    /// The accounts of the patient's spouse.
    Spouse,
}

impl AccountOwner {
    /// Every owner, in the order shown.
    pub const ALL: [Self; 3] = [Self::Patient, Self::Helper, Self::Spouse];
}

/// The health plan the HSA goes with, which decides whether new money may go in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum HsaPlanKind {
    /// A high-deductible health plan from work that the employer calls HSA-qualified.
    EmployerHdhp,
    /// A bronze or catastrophic individual plan, HSA-compatible since 2026.
    BronzeOrCatastrophic,
    /// Another plan, not HSA-qualified.
    OtherPlan,
    /// The patient does not know.
    NotSure,
}

impl HsaPlanKind {
    /// Every kind, in the order shown.
    pub const ALL: [Self; 4] = [
        Self::EmployerHdhp,
        Self::BronzeOrCatastrophic,
        Self::OtherPlan,
        Self::NotSure,
    ];
}

/// What a health FSA pays for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FsaKind {
    /// Most medical costs.
    GeneralPurpose,
    /// Dental and vision only (sometimes preventive care), the kind that goes with an HSA.
    LimitedPurpose,
    /// The patient does not know.
    NotSure,
}

impl FsaKind {
    /// Every kind, in the order shown.
    pub const ALL: [Self; 3] = [Self::GeneralPurpose, Self::LimitedPurpose, Self::NotSure];
}

/// Another way to get care when massage is not covered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Alternative {
    PhysicalTherapy,
    Chiropractic,
    SportsMedicineClinic,
    MassageSchoolClinic,
    CommunityHealthCenter,
    EmployerProgram,
    CashPackage,
    NoneForNow,
}

impl Alternative {
    /// Every option, in the order shown.
    pub const ALL: [Self; 8] = [
        Self::PhysicalTherapy,
        Self::Chiropractic,
        Self::SportsMedicineClinic,
        Self::MassageSchoolClinic,
        Self::CommunityHealthCenter,
        Self::EmployerProgram,
        Self::CashPackage,
        Self::NoneForNow,
    ];
}

/// Step 6: other ways to get care.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Alternatives {
    /// The options the patient wants to look into; `NoneForNow` alone when none.
    pub wanted: BTreeSet<Alternative>,
    /// The patient's own notes.
    pub notes: String,
}

/// What massage costs and the patient's tax rates, for the savings estimate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Costs {
    /// The price of one visit.
    pub price_per_visit: Option<Cents>,
    /// Visits a year, if the patient knows; else worked out from the prescription.
    pub visits_per_year: Option<u32>,
    /// Federal income tax bracket, in percent (10, 12, 22, 24, 32, 35 or 37).
    pub federal_bracket: Option<u8>,
    /// State income tax rate, in basis points (4.95% is 495).
    pub state_rate: Option<u32>,
    /// Whether the account is paid into through payroll, which also saves Social Security and
    /// Medicare tax.
    pub through_payroll: bool,
    /// Whether the HSA covers a family rather than one person.
    pub hsa_family: bool,
    /// The plan year the estimate is for, if the patient chose one; else the app's default
    /// (next year in December, otherwise this year).
    pub plan_year: Option<i32>,
}

/// Federal income tax brackets, in percent.
pub const FEDERAL_BRACKETS: [u8; 7] = [10, 12, 22, 24, 32, 35, 37];

/// Ticks or unticks `item` in a set where `none` is exclusive: ticking `none` clears the others,
/// and ticking anything else clears `none`.
pub fn toggle_exclusive<T: Ord + Copy>(set: &mut BTreeSet<T>, item: T, on: bool, none: T) {
    if on {
        if item == none {
            set.clear();
        } else {
            set.remove(&none);
        }
        set.insert(item);
    } else {
        set.remove(&item);
    }
}

/// US states, DC and territories: (code, name).
pub const US_STATES: [(&str, &str); 56] = [
    ("AL", "Alabama"),
    ("AK", "Alaska"),
    ("AZ", "Arizona"),
    ("AR", "Arkansas"),
    ("CA", "California"),
    ("CO", "Colorado"),
    ("CT", "Connecticut"),
    ("DE", "Delaware"),
    ("DC", "District of Columbia"),
    ("FL", "Florida"),
    ("GA", "Georgia"),
    ("HI", "Hawaii"),
    ("ID", "Idaho"),
    ("IL", "Illinois"),
    ("IN", "Indiana"),
    ("IA", "Iowa"),
    ("KS", "Kansas"),
    ("KY", "Kentucky"),
    ("LA", "Louisiana"),
    ("ME", "Maine"),
    ("MD", "Maryland"),
    ("MA", "Massachusetts"),
    ("MI", "Michigan"),
    ("MN", "Minnesota"),
    ("MS", "Mississippi"),
    ("MO", "Missouri"),
    ("MT", "Montana"),
    ("NE", "Nebraska"),
    ("NV", "Nevada"),
    ("NH", "New Hampshire"),
    ("NJ", "New Jersey"),
    ("NM", "New Mexico"),
    ("NY", "New York"),
    ("NC", "North Carolina"),
    ("ND", "North Dakota"),
    ("OH", "Ohio"),
    ("OK", "Oklahoma"),
    ("OR", "Oregon"),
    ("PA", "Pennsylvania"),
    ("RI", "Rhode Island"),
    ("SC", "South Carolina"),
    ("SD", "South Dakota"),
    ("TN", "Tennessee"),
    ("TX", "Texas"),
    ("UT", "Utah"),
    ("VT", "Vermont"),
    ("VA", "Virginia"),
    ("WA", "Washington"),
    ("WV", "West Virginia"),
    ("WI", "Wisconsin"),
    ("WY", "Wyoming"),
    ("AS", "American Samoa"),
    ("GU", "Guam"),
    ("MP", "Northern Mariana Islands"),
    ("PR", "Puerto Rico"),
    ("VI", "US Virgin Islands"),
];

/// The name of a state from its two-letter code.
pub fn state_name(code: &str) -> Option<&'static str> {
    US_STATES.iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn age_comes_from_the_date_of_birth_and_counts_birthdays() {
        let mut case = Case::default();
        case.about.date_of_birth = Some(date!(1961 - 03 - 14));
        case.about.age = Some(20);
        assert_eq!(case.age_on(date!(2026 - 03 - 13)), Some(64));
        assert_eq!(case.age_on(date!(2026 - 03 - 14)), Some(65));
    }

    #[test]
    fn age_falls_back_to_the_typed_age() {
        let mut case = Case::default();
        case.about.age = Some(70);
        assert_eq!(case.age_on(date!(2026 - 01 - 01)), Some(70));
    }

    #[test]
    fn ticking_none_clears_the_others_and_the_other_way_round() {
        let mut set = BTreeSet::new();
        toggle_exclusive(&mut set, Coverage::Medicaid, true, Coverage::NoCoverage);
        toggle_exclusive(&mut set, Coverage::NoCoverage, true, Coverage::NoCoverage);
        assert_eq!(set, BTreeSet::from([Coverage::NoCoverage]));
        toggle_exclusive(&mut set, Coverage::Marketplace, true, Coverage::NoCoverage);
        assert_eq!(set, BTreeSet::from([Coverage::Marketplace]));
    }

    #[test]
    fn medicare_ticked_on_the_first_step_is_ticked_on_the_medicare_step_once() {
        let mut case = Case::default();
        case.about.coverage = [Coverage::OriginalMedicare, Coverage::MedicareAdvantage].into();
        case.carry_coverage_into_medicare();
        assert_eq!(
            case.medicare.parts,
            [
                MedicarePart::PartA,
                MedicarePart::PartB,
                MedicarePart::Advantage
            ]
            .into()
        );
        case.medicare.parts = [MedicarePart::PartB].into();
        case.carry_coverage_into_medicare();
        assert_eq!(
            case.medicare.parts,
            [MedicarePart::PartB].into(),
            "the patient's own ticks stay"
        );
    }

    #[test]
    fn case_ids_are_safe_file_names() {
        let id = CaseId::new(datetime!(2026-11-29 04:14:53 UTC));
        assert!(id.as_str().starts_with("c20261129-041453-"));
        assert!(CaseId::parse(id.as_str()).is_some());
        assert!(CaseId::parse("../etc/passwd").is_none());
        assert!(CaseId::parse("").is_none());
        assert!(CaseId::parse("A").is_none());
    }

    #[test]
    fn debug_output_hides_patient_data() {
        let mut case = Case::default();
        case.about.patient_name = "José Núñez".into();
        assert!(!format!("{case:?}").contains("José"));
    }

    #[test]
    fn debug_output_of_an_injury_claim_hides_the_claim_and_the_adjuster() {
        let injury = Injury {
            claim_number: "WC-778899".into(),
            date_of_injury: Some(date!(2026 - 10 - 01)),
            adjuster_name: "Pat Doe".into(),
            adjuster_phone: "(555) 010-2000".into(),
        };
        let text = format!("{injury:?}");
        for secret in ["778899", "Pat", "2026", "555"] {
            assert!(!text.contains(secret), "{text}");
        }
    }
}
