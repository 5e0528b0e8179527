//! HSA rules that follow the account owner rather than the patient: whether new money may go
//! in this year, and whether the owner may add the catch-up.

use time::{Date, Month};

use crate::case::{Account, AccountOwner, Answer, Case, FsaKind, HsaPlanKind};
use crate::flow;
use crate::guidance::ReasonId;

/// The age from which an HSA owner may add the catch-up contribution, reached by December 31.
const HSA_CATCH_UP_AGE: u8 = 55;

/// Whether the account owner is known to be on Medicare: the patient's coverage when the
/// patient owns it, the helper's answer otherwise, and `false` while nobody said whose it is.
pub(super) fn owner_on_medicare(case: &Case) -> bool {
    match flow::account_owner(case) {
        Some(AccountOwner::Patient) => super::patient_on_medicare(case),
        Some(AccountOwner::Helper | AccountOwner::Spouse) => {
            case.accounts.owner_on_medicare == Some(Answer::Yes)
        }
        None => false,
    }
}

/// Why no new money may go into the HSA this year, most important first; empty when nothing
/// the case says bars it.
pub(super) fn hsa_bars(case: &Case) -> Vec<ReasonId> {
    let a = &case.accounts;
    let mut bars = Vec::new();
    if owner_on_medicare(case) {
        bars.push(ReasonId::HsaNoContributionsOnMedicare);
    }
    if a.hsa_plan_kind == Some(HsaPlanKind::OtherPlan) {
        bars.push(ReasonId::HsaPlanNotQualified);
    }
    let own_general_fsa =
        a.kinds.contains(&Account::Fsa) && a.fsa_kind == Some(FsaKind::GeneralPurpose);
    if a.spouse_general_fsa == Some(Answer::Yes) || own_general_fsa {
        bars.push(ReasonId::GeneralFsaBlocksHsa);
    }
    bars
}

/// Whether the HSA owner is 55 or older by December 31 of `year`; `false` when not known.
pub(super) fn owner_takes_catch_up(case: &Case, today: Date, year: i32) -> bool {
    let age = match flow::account_owner(case) {
        Some(AccountOwner::Patient) => age_by_year_end(case, today, year),
        Some(AccountOwner::Helper | AccountOwner::Spouse) => case.accounts.owner_age_at_year_end,
        None => None,
    };
    age.is_some_and(|a| a >= HSA_CATCH_UP_AGE)
}

/// The patient's age on December 31 of `plan_year`: from the date of birth if given, else the
/// typed age plus the years until then (at least that old by then).
fn age_by_year_end(case: &Case, today: Date, plan_year: i32) -> Option<u8> {
    if case.about.date_of_birth.is_some() {
        let year_end = Date::from_calendar_date(plan_year, Month::December, 31).ok()?;
        return case.age_on(year_end);
    }
    let years_ahead = u8::try_from(plan_year - today.year()).unwrap_or(0);
    case.about.age.map(|a| a.saturating_add(years_ahead))
}
