//! What paying for massage through an FSA or HSA saves, at the patient's tax rates, within the
//! contribution limit of the plan year being planned. Money in integer cents; rates in basis
//! points.

use time::{Date, Month};

use super::prescribed_visits_per_year;
use crate::case::{Account, Case, Cents, Coverage, MedicarePart};
use crate::guidance::strings::Strings;
use crate::guidance::{FigureId, FigureValue, Guidance};

/// Social Security (6.2%) plus Medicare (1.45%) tax, which payroll contributions also skip.
pub const PAYROLL_TAX_BP: u32 = 765;
/// The age from which an HSA may take the catch-up contribution.
const HSA_CATCH_UP_AGE: u8 = 55;

/// The plan year an estimate is for when the patient has not chosen one: in December, when
/// open enrolment is over and people plan the coming year, next year; otherwise this year.
pub fn default_plan_year(today: Date) -> i32 {
    if today.month() == Month::December {
        today.year() + 1
    } else {
        today.year()
    }
}

/// The plan years a patient can choose between on `today`: this year and next.
pub fn offered_plan_years(today: Date) -> [i32; 2] {
    [today.year(), today.year() + 1]
}

/// The plan year the estimate for `case` is for: the patient's choice, or the default.
pub fn plan_year(case: &Case, today: Date) -> i32 {
    case.costs
        .plan_year
        .unwrap_or_else(|| default_plan_year(today))
}

/// A savings estimate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Savings {
    /// The plan year the estimate is for.
    pub plan_year: i32,
    /// Visits a year counted.
    pub visits: u32,
    /// What massage costs in a year.
    pub yearly_cost: Cents,
    /// The account the estimate is for.
    pub account: Account,
    /// The most that can go into that account in the plan year, if known.
    pub limit: Option<Cents>,
    /// The year of the limit's figure.
    pub limit_year: Option<i32>,
    /// False when the plan year's limit is not out yet and the limit is from an older year.
    pub limit_current: bool,
    /// The part of the cost paid with pre-tax money.
    pub pre_tax: Cents,
    /// The tax rate saved, in basis points.
    pub rate_bp: u32,
    /// The tax saved in a year.
    pub saved: Cents,
}

/// The estimate for `case` on `today`, for its [`plan_year`], or `None` while the price, the
/// visits, a tax bracket or an FSA or HSA is missing.
pub fn savings(case: &Case, guidance: &Guidance, today: Date) -> Option<Savings> {
    let costs = &case.costs;
    let price = costs.price_per_visit?;
    let visits = costs
        .visits_per_year
        .or_else(|| prescribed_visits_per_year(case))?;
    let federal = costs.federal_bracket?;
    let kinds = &case.accounts.kinds;
    let account = if kinds.contains(&Account::Fsa) {
        Account::Fsa
    } else if kinds.contains(&Account::Hsa) {
        Account::Hsa
    } else {
        return None;
    };
    // An FSA is always paid through payroll; an HSA only when the employer's plan does it.
    let payroll = account == Account::Fsa || costs.through_payroll;
    let rate_bp = u32::from(federal) * 100
        + costs.state_rate.unwrap_or(0)
        + if payroll { PAYROLL_TAX_BP } else { 0 };

    let year = plan_year(case, today);
    let figure = |id| guidance.figure(id, year);
    let cents_of = |f: Option<crate::guidance::YearFigure<'_>>| match f.map(|f| f.figure.value) {
        Some(FigureValue::Cents(c)) => Some(c),
        _ => None,
    };
    let (limit, limit_year, limit_current) = match account {
        Account::Fsa => {
            let f = figure(FigureId::FsaLimit);
            (
                cents_of(f),
                f.map(|f| f.figure.year),
                f.is_none_or(|f| f.current),
            )
        }
        _ if on_medicare(case) => (case.accounts.hsa_balance, None, true),
        _ => {
            let id = if costs.hsa_family {
                FigureId::HsaLimitFamily
            } else {
                FigureId::HsaLimitSelf
            };
            let f = figure(id);
            let catch_up =
                if age_by_year_end(case, today, year).is_some_and(|a| a >= HSA_CATCH_UP_AGE) {
                    cents_of(figure(FigureId::HsaCatchUp)).unwrap_or(0)
                } else {
                    0
                };
            (
                cents_of(f).map(|c| c + catch_up),
                f.map(|f| f.figure.year),
                f.is_none_or(|f| f.current),
            )
        }
    };

    let yearly_cost = price.saturating_mul(i64::from(visits));
    let pre_tax = limit.map_or(yearly_cost, |l| yearly_cost.min(l.max(0)));
    let saved = pre_tax.saturating_mul(i64::from(rate_bp)) / 10_000;
    Some(Savings {
        plan_year: year,
        visits,
        yearly_cost,
        account,
        limit,
        limit_year,
        limit_current,
        pre_tax,
        rate_bp,
        saved,
    })
}

impl Savings {
    /// The sentence saying that the plan year's limit is not out yet and which year's limit the
    /// estimate uses (`savings-old-limits`, in both `ui.ftl` and `documents.ftl`); `None` when
    /// the limit is the plan year's own.
    pub fn older_limit_note(&self, words: &Strings) -> Option<String> {
        let year = self.limit_year.filter(|_| !self.limit_current)?;
        Some(words.t_args(
            "savings-old-limits",
            &[
                ("year", year.to_string().into()),
                ("this_year", self.plan_year.to_string().into()),
            ],
        ))
    }
}

/// The age on December 31 of `plan_year`, which decides the HSA catch-up: from the date of
/// birth if given, else the typed age plus the years until then (at least that old by then).
fn age_by_year_end(case: &Case, today: Date, plan_year: i32) -> Option<u8> {
    if case.about.date_of_birth.is_some() {
        let year_end = Date::from_calendar_date(plan_year, Month::December, 31).ok()?;
        return case.age_on(year_end);
    }
    let years_ahead = u8::try_from(plan_year - today.year()).unwrap_or(0);
    case.about.age.map(|a| a.saturating_add(years_ahead))
}

/// New HSA money stops once Medicare starts; only the balance can still be spent.
fn on_medicare(case: &Case) -> bool {
    case.medicare
        .parts
        .iter()
        .any(|p| *p != MedicarePart::NotEnrolled)
        || case
            .about
            .coverage
            .iter()
            .any(|c| Coverage::is_medicare(*c))
}
