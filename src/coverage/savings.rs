//! What paying for massage through an FSA or HSA saves, at the patient's tax rates, within the
//! contribution limit of the plan year being planned. Money in integer cents; rates in basis
//! points.
//!
//! The HSA limit, the catch-up and the Medicare bar follow the account owner (see `owner`).
//! When no new money may go into the HSA this year, only its balance can be spent and no new
//! tax is saved; [`Savings::new_money`] and [`Savings::notes`] say so.

use time::{Date, Month};

use super::{STATES_TAXING_HSA, owner, prescribed_visits_per_year};
use crate::case::{Account, Case, Cents, FsaKind};
use crate::flow;
use crate::guidance::strings::Strings;
use crate::guidance::{FigureId, FigureValue, Guidance, ReasonId};

/// Social Security (6.2%) plus Medicare (1.45%) tax, which payroll contributions also skip.
pub const PAYROLL_TAX_BP: u32 = 765;

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
    /// False when no new money may go into the account this year (an HSA whose owner is on
    /// Medicare, without an HSA-qualified plan, or beside a general-purpose FSA): only the
    /// balance can be spent, and `saved` is zero.
    pub new_money: bool,
    /// False when the state rate was left out because the state taxes HSA contributions.
    pub state_rate_counted: bool,
    /// What the estimate leaves out or could not confirm, as reasons whose text the screen and
    /// the papers can show under it.
    pub notes: Vec<ReasonId>,
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
    // A limited-purpose FSA cannot pay for massage, so it saves nothing here.
    let fsa_pays =
        kinds.contains(&Account::Fsa) && case.accounts.fsa_kind != Some(FsaKind::LimitedPurpose);
    let account = if fsa_pays {
        Account::Fsa
    } else if kinds.contains(&Account::Hsa) {
        Account::Hsa
    } else {
        return None;
    };
    let (new_money, state_rate_counted, notes) = what_counts(case, account);
    // An FSA is always paid through payroll; an HSA only when the employer's plan does it.
    let payroll = account == Account::Fsa || costs.through_payroll;
    let rate_bp = u32::from(federal) * 100
        + if state_rate_counted {
            costs.state_rate.unwrap_or(0)
        } else {
            0
        }
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
        _ if !new_money => (case.accounts.hsa_balance, None, true),
        _ => {
            let id = if costs.hsa_family {
                FigureId::HsaLimitFamily
            } else {
                FigureId::HsaLimitSelf
            };
            let f = figure(id);
            let catch_up = if owner::owner_takes_catch_up(case, today, year) {
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
    // Spending a balance saves no new tax: it was saved when the money went in.
    let saved = if new_money {
        pre_tax.saturating_mul(i64::from(rate_bp)) / 10_000
    } else {
        0
    };
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
        new_money,
        state_rate_counted,
        notes,
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

/// For `account`: whether new money may go in, whether the state rate counts, and the notes
/// saying what the estimate leaves out.
fn what_counts(case: &Case, account: Account) -> (bool, bool, Vec<ReasonId>) {
    let state = case.about.state.as_deref();
    let mut notes = Vec::new();
    if flow::account_owner(case).is_none() {
        notes.push(ReasonId::AccountFollowsOwner);
    }
    let bars = if account == Account::Hsa {
        owner::hsa_bars(case)
    } else {
        Vec::new()
    };
    let new_money = bars.is_empty();
    if !new_money {
        notes.push(ReasonId::HsaOnlyExistingBalance);
    }
    let state_rate_counted =
        !(account == Account::Hsa && state.is_some_and(|s| STATES_TAXING_HSA.contains(&s)));
    if !state_rate_counted && new_money {
        notes.push(ReasonId::HsaStateTaxed);
    }
    if account == Account::Fsa && state == Some("NJ") {
        notes.push(ReasonId::NjFsaStateTaxAsk);
    }
    (new_money, state_rate_counted, notes)
}
