//! The words the screen shows for stored values. Stored variants are never translated; their
//! text is looked up here.

use crate::case::{
    Account, Alternative, Answer, ConditionKind, Coverage, ForWhom, MedicarePart, Paperwork,
    Period, Prescriber,
};

/// Text for a yes / no / not sure answer.
pub fn answer(a: Answer) -> &'static str {
    match a {
        Answer::Yes => "Yes",
        Answer::No => "No",
        Answer::NotSure => "Not sure",
    }
}

/// Text for who the case is for.
pub fn for_whom(w: ForWhom) -> &'static str {
    match w {
        ForWhom::Myself => "Myself",
        ForWhom::SomeoneElse => "Someone I am helping",
    }
}

/// Text for a kind of coverage.
pub fn coverage(c: Coverage) -> &'static str {
    match c {
        Coverage::EmployerOrIndividual => "A plan from work, or one I bought myself",
        Coverage::Marketplace => "A Marketplace plan (HealthCare.gov or a state exchange)",
        Coverage::OriginalMedicare => "Original Medicare (Part A, Part B)",
        Coverage::MedicareAdvantage => "Medicare Advantage (Part C)",
        Coverage::Medigap => "Medigap (Medicare Supplement)",
        Coverage::Medicaid => "Medicaid",
        Coverage::AutoInsurance => "Auto insurance, after an accident",
        Coverage::WorkersComp => "Workers' compensation, after a work injury",
        Coverage::NoCoverage => "No coverage",
    }
}

/// Text for a condition.
pub fn condition(c: ConditionKind) -> &'static str {
    match c {
        ConditionKind::Sciatica => "Sciatica",
        ConditionKind::RepetitiveStrain => {
            "Repetitive strain (for example carpal tunnel, tennis elbow)"
        }
        ConditionKind::AfterSurgery => "Recovery after surgery",
        ConditionKind::SportsInjury => "Sports injury, sprain or strain",
        ConditionKind::Concussion => "Concussion",
        ConditionKind::LowBackPain => "Low back pain",
        ConditionKind::NeckPain => "Neck pain",
        ConditionKind::Other => "Something else",
    }
}

/// Text for a kind of paper.
pub fn paperwork(p: Paperwork) -> &'static str {
    match p {
        Paperwork::Prescription => "A prescription",
        Paperwork::Referral => "A referral",
        Paperwork::LetterOfMedicalNecessity => "A letter of medical necessity (LMN)",
        Paperwork::NotYet => "Nothing yet",
    }
}

/// Text for who wrote the paper.
pub fn prescriber(p: Prescriber) -> &'static str {
    match p {
        Prescriber::Physician => "My doctor",
        Prescriber::Chiropractor => "My chiropractor",
        Prescriber::PhysicalTherapist => "My physical therapist",
        Prescriber::Other => "Someone else",
    }
}

/// Text for a period, after "a" or "for … ".
pub fn period(p: Period, plural: bool) -> &'static str {
    match (p, plural) {
        (Period::Week, false) => "week",
        (Period::Week, true) => "weeks",
        (Period::Month, false) => "month",
        (Period::Month, true) => "months",
    }
}

/// Text for a part of Medicare.
pub fn medicare_part(p: MedicarePart) -> &'static str {
    match p {
        MedicarePart::PartA => "Part A (hospital)",
        MedicarePart::PartB => "Part B (medical)",
        MedicarePart::Advantage => "Medicare Advantage (Part C)",
        MedicarePart::Medigap => "Medigap (Medicare Supplement)",
        MedicarePart::NotEnrolled => "Not enrolled yet",
    }
}

/// Text for an account.
pub fn account(a: Account) -> &'static str {
    match a {
        Account::Fsa => "Flexible spending account (FSA)",
        Account::Hsa => "Health savings account (HSA)",
        Account::Hra => "Health reimbursement arrangement (HRA)",
        Account::NoAccount => "None of these",
    }
}

/// Text for an alternative.
pub fn alternative(a: Alternative) -> &'static str {
    match a {
        Alternative::PhysicalTherapy => "Physical therapy",
        Alternative::Chiropractic => "Chiropractic care",
        Alternative::SportsMedicineClinic => "A sports medicine or orthopedic clinic",
        Alternative::MassageSchoolClinic => "A massage school student clinic (lower prices)",
        Alternative::CommunityHealthCenter => "A community health center (sliding-scale fees)",
        Alternative::EmployerProgram => "A program from my employer",
        Alternative::CashPackage => "Paying cash, with a package or a discount",
        Alternative::NoneForNow => "None for now",
    }
}
