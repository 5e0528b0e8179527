//! What paying for massage through an FSA or HSA saves, at the patient's tax rates, within the
//! year's contribution limit. Money in integer cents; rates in basis points.

use time::Date;

use super::prescribed_visits_per_year;
use crate::case::{Account, Case, Cents, Coverage, MedicarePart};
use crate::guidance::{FigureId, FigureValue, Guidance};

/// Social Security (6.2%) plus Medicare (1.45%) tax, which payroll contributions also skip.
pub const PAYROLL_TAX_BP: u32 = 765;
/// The age from which an HSA may take the catch-up contribution.
const HSA_CATCH_UP_AGE: u8 = 55;

/// A savings estimate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Savings {
    /// Visits a year counted.
    pub visits: u32,
    /// What massage costs in a year.
    pub yearly_cost: Cents,
    /// The account the estimate is for.
    pub account: Account,
    /// The most that can go into that account this year, if known.
    pub limit: Option<Cents>,
    /// The year of the limit's figure.
    pub limit_year: Option<i32>,
    /// False when the limit is from an older year than today's.
    pub limit_current: bool,
    /// The part of the cost paid with pre-tax money.
    pub pre_tax: Cents,
    /// The tax rate saved, in basis points.
    pub rate_bp: u32,
    /// The tax saved in a year.
    pub saved: Cents,
}

/// The estimate for `case` on `today`, or `None` while the price, the visits, a tax bracket or
/// an FSA or HSA is missing.
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

    let year = today.year();
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
            let catch_up = if case.age_on(today).is_some_and(|a| a >= HSA_CATCH_UP_AGE) {
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
