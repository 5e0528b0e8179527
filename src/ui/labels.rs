//! The words the screen shows for stored values. Stored variants are never translated; their
//! text is looked up here, from the UI strings of the current language.

use crate::case::{
    Account, AccountOwner, Alternative, Answer, ConditionKind, Coverage, ForWhom, FsaKind,
    HsaPlanKind, MedicareCard, MedicarePart, Paperwork, Period, Prescriber, Step,
};

use super::i18n::Tr;
use crate::guidance::strings::{answer_key, condition_key};

/// Text for a yes / no / not sure answer.
pub fn answer(tr: &Tr, a: Answer) -> String {
    tr.t(answer_key(a))
}

/// Text for who the case is for.
pub fn for_whom(tr: &Tr, w: ForWhom) -> String {
    tr.t(match w {
        ForWhom::Myself => "for-whom-myself",
        ForWhom::SomeoneElse => "for-whom-someone-else",
    })
}

/// The key of the words for someone helping the patient (`they`) when `helping`, else `key`.
fn they(helping: bool, key: &'static str, they: &'static str) -> &'static str {
    if helping { they } else { key }
}

/// Text for a kind of coverage, in the words for someone helping the patient when `helping`.
pub fn coverage(tr: &Tr, c: Coverage, helping: bool) -> String {
    tr.t(match c {
        Coverage::EmployerOrIndividual => they(
            helping,
            "coverage-employer-or-individual",
            "coverage-employer-or-individual-they",
        ),
        Coverage::Marketplace => "coverage-marketplace",
        Coverage::OriginalMedicare => "coverage-original-medicare",
        Coverage::MedicareAdvantage => "coverage-medicare-advantage",
        Coverage::Medigap => "coverage-medigap",
        Coverage::Medicaid => "coverage-medicaid",
        Coverage::AutoInsurance => "coverage-auto-insurance",
        Coverage::WorkersComp => "coverage-workers-comp",
        Coverage::NoCoverage => "coverage-none",
    })
}

/// Text for a condition.
pub fn condition(tr: &Tr, c: ConditionKind) -> String {
    tr.t(condition_key(c))
}

/// Text for a kind of paper.
pub fn paperwork(tr: &Tr, p: Paperwork) -> String {
    tr.t(match p {
        Paperwork::Prescription => "paperwork-prescription",
        Paperwork::Referral => "paperwork-referral",
        Paperwork::LetterOfMedicalNecessity => "paperwork-lmn",
        Paperwork::NotYet => "paperwork-not-yet",
    })
}

/// Text for who wrote the paper, in the words for someone helping the patient when `helping`.
pub fn prescriber(tr: &Tr, p: Prescriber, helping: bool) -> String {
    tr.t(match p {
        Prescriber::Physician => they(helping, "prescriber-physician", "prescriber-physician-they"),
        Prescriber::Chiropractor => they(
            helping,
            "prescriber-chiropractor",
            "prescriber-chiropractor-they",
        ),
        Prescriber::PhysicalTherapist => they(
            helping,
            "prescriber-physical-therapist",
            "prescriber-physical-therapist-they",
        ),
        Prescriber::Other => "prescriber-other",
    })
}

/// Text for a period, counted `n` times ("week", "weeks").
pub fn period(tr: &Tr, p: Period, n: u32) -> String {
    let key = match p {
        Period::Week => "period-week",
        Period::Month => "period-month",
    };
    tr.t_args(key, &[("n", n.into())])
}

/// Text for a part of Medicare.
pub fn medicare_part(tr: &Tr, p: MedicarePart) -> String {
    tr.t(match p {
        MedicarePart::PartA => "medicare-part-a",
        MedicarePart::PartB => "medicare-part-b",
        MedicarePart::Advantage => "medicare-part-advantage",
        MedicarePart::Medigap => "medicare-part-medigap",
        MedicarePart::NotEnrolled => "medicare-part-not-enrolled",
    })
}

/// Text for the Medicare card a patient shows.
pub fn medicare_card(tr: &Tr, c: MedicareCard) -> String {
    tr.t(match c {
        MedicareCard::OriginalMedicare => "medicare-card-original",
        MedicareCard::AdvantagePlan => "medicare-card-advantage",
        MedicareCard::NotSure => "medicare-card-not-sure",
    })
}

/// Text for whose accounts they are, as the person helping the patient reads it.
pub fn account_owner(tr: &Tr, o: AccountOwner) -> String {
    tr.t(match o {
        AccountOwner::Patient => "accounts-owner-patient",
        AccountOwner::Helper => "accounts-owner-helper",
        AccountOwner::Spouse => "accounts-owner-spouse",
    })
}

/// Text for the health plan that goes with an HSA.
pub fn hsa_plan_kind(tr: &Tr, k: HsaPlanKind) -> String {
    tr.t(match k {
        HsaPlanKind::EmployerHdhp => "accounts-hsa-plan-employer-hdhp",
        HsaPlanKind::BronzeOrCatastrophic => "accounts-hsa-plan-bronze",
        HsaPlanKind::OtherPlan => "accounts-hsa-plan-other",
        HsaPlanKind::NotSure => "accounts-hsa-plan-not-sure",
    })
}

/// Text for what an FSA pays for.
pub fn fsa_kind(tr: &Tr, k: FsaKind) -> String {
    tr.t(match k {
        FsaKind::GeneralPurpose => "accounts-fsa-kind-general",
        FsaKind::LimitedPurpose => "accounts-fsa-kind-limited",
        FsaKind::NotSure => "accounts-fsa-kind-not-sure",
    })
}

/// Text for an account.
pub fn account(tr: &Tr, a: Account) -> String {
    tr.t(match a {
        Account::Fsa => "account-fsa",
        Account::Hsa => "account-hsa",
        Account::Hra => "account-hra",
        Account::NoAccount => "account-none",
    })
}

/// Text for an alternative, in the words for someone helping the patient when `helping`.
pub fn alternative(tr: &Tr, a: Alternative, helping: bool) -> String {
    tr.t(match a {
        Alternative::PhysicalTherapy => "alternative-physical-therapy",
        Alternative::Chiropractic => "alternative-chiropractic",
        Alternative::SportsMedicineClinic => "alternative-sports-medicine",
        Alternative::MassageSchoolClinic => "alternative-massage-school",
        Alternative::CommunityHealthCenter => "alternative-community-health-center",
        Alternative::EmployerProgram => they(
            helping,
            "alternative-employer-program",
            "alternative-employer-program-they",
        ),
        Alternative::CashPackage => "alternative-cash-package",
        Alternative::NoneForNow => "alternative-none-for-now",
    })
}

/// A step's title as the screen shows it, "About them" for someone helping the patient when
/// `helping`; `Step::title` stays the English fallback.
pub fn step_title(tr: &Tr, s: Step, helping: bool) -> String {
    tr.t(match s {
        Step::AboutYou => they(helping, "step-about-you", "step-about-you-they"),
        Step::Condition => they(helping, "step-condition", "step-condition-they"),
        Step::CallInsurer => they(helping, "step-call-insurer", "step-call-insurer-they"),
        Step::Medicare => "step-medicare",
        Step::Accounts => "step-accounts",
        Step::Alternatives => "step-alternatives",
        Step::Plan => they(helping, "step-plan", "step-plan-they"),
    })
}

/// The form of words for the person the case is about: `self` or `other`, for Fluent
/// selectors ("Do you have Medicare?" / "Do they have Medicare?").
pub fn who(case: &crate::case::Case) -> &'static str {
    if case.helping() { "other" } else { "self" }
}
