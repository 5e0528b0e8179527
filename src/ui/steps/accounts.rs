//! Step 5, "FSA / HSA": which tax-advantaged accounts the patient has, their balances, the FSA
//! plan-year end, and whether a letter of medical necessity is on file. Writes `case.accounts`.
//! Never skipped.

use egui::{RichText, Ui};

use crate::case::input::{InputError, format_money, parse_money};
use crate::case::{Account, Case, Cents, FEDERAL_BRACKETS};
use crate::coverage;
use crate::flow::Nav;
use crate::guidance::FigureId;
use crate::ui::guide::figures_ui;
use crate::ui::labels;
use crate::ui::widgets::{
    Drafts, answer_choice, count_field, date_field, hint, money_field, parsed_field, section,
    tick_set,
};

use super::StepCx;

/// Draws the step.
pub fn ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) -> Nav {
    let a = &mut case.accounts;
    section(ui, "Which of these accounts do you have?");
    tick_set(
        ui,
        &mut a.kinds,
        &Account::ALL,
        Some(Account::NoAccount),
        labels::account,
    );

    if a.kinds.contains(&Account::Fsa) {
        balance(
            ui,
            cx.drafts,
            "fsa_balance",
            "FSA balance",
            &mut a.fsa_balance,
        );
        let label = "Last day of the FSA plan year";
        date_field(
            ui,
            cx.drafts,
            "plan_year_end",
            label,
            &mut a.plan_year_end,
            None,
        );
        hint(
            ui,
            "FSA money is mostly \"use it or lose it\". Your plan may allow a grace period or a small carryover; ask your employer.",
        );
    }
    if a.kinds.contains(&Account::Hsa) {
        balance(
            ui,
            cx.drafts,
            "hsa_balance",
            "HSA balance",
            &mut a.hsa_balance,
        );
    }
    if a.kinds.contains(&Account::Hra) {
        balance(
            ui,
            cx.drafts,
            "hra_balance",
            "HRA balance",
            &mut a.hra_balance,
        );
    }
    if a.kinds.iter().any(|k| *k != Account::NoAccount) {
        section(ui, "Letter of medical necessity");
        answer_choice(
            ui,
            "Is a letter of medical necessity on file with the account?",
            &mut a.lmn_on_file,
        );
        hint(
            ui,
            "Without one, massage is usually not paid from these accounts. Get the letter before your first session.",
        );
    }
    let has_fsa_or_hsa = a.kinds.contains(&Account::Fsa) || a.kinds.contains(&Account::Hsa);
    if has_fsa_or_hsa {
        savings_ui(ui, case, cx);
        figures_ui(
            ui,
            cx.guidance,
            cx.today.year(),
            &[
                (FigureId::FsaLimit, "Most you can put in a health FSA"),
                (FigureId::FsaCarryover, "Most an FSA can carry over"),
                (FigureId::HsaLimitSelf, "HSA limit, just you"),
                (FigureId::HsaLimitFamily, "HSA limit, family"),
                (FigureId::HsaCatchUp, "Extra HSA amount from age 55"),
                (
                    FigureId::HdhpMinDeductibleSelf,
                    "Lowest deductible of an HSA plan, just you",
                ),
                (
                    FigureId::MedicalDeductionFloor,
                    "Medical costs deductible above this share of income",
                ),
            ],
        );
    }
    Nav::Stay
}

/// The savings estimate: its inputs and what it comes to.
fn savings_ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) {
    section(ui, "How much could you save?");
    hint(
        ui,
        "An estimate only. Paying with pre-tax money saves the tax you would have paid on it.",
    );
    let prescribed = coverage::prescribed_visits_per_year(case);
    let costs = &mut case.costs;
    let price = "Price of one visit";
    money_field(
        ui,
        cx.drafts,
        "price_per_visit",
        price,
        "For example: 90.00",
        &mut costs.price_per_visit,
    );
    let visits_hint = match prescribed {
        Some(n) => format!("Leave empty to use your prescription: {n} visits"),
        None => "For example: 24".to_owned(),
    };
    let visits = "Visits a year";
    count_field(
        ui,
        cx.drafts,
        "visits_per_year",
        visits,
        &visits_hint,
        &mut costs.visits_per_year,
        1..=366,
    );
    ui.label("Your federal income tax bracket");
    ui.horizontal_wrapped(|ui| {
        for b in FEDERAL_BRACKETS {
            ui.radio_value(&mut costs.federal_bracket, Some(b), format!("{b}%"))
                .accessible_name(format!("Federal bracket {b}%"));
        }
    });
    hint(
        ui,
        "Your bracket is on last year's tax return, or ask whoever prepares your taxes.",
    );
    parsed_field(
        ui,
        cx.drafts,
        "state_rate",
        "State income tax rate, in percent",
        "For example: 4.95, or 0",
        &mut costs.state_rate,
        |bp| {
            bp.map(|bp| format!("{}.{:02}", bp / 100, bp % 100))
                .unwrap_or_default()
        },
        parse_state_rate,
    );
    if case.accounts.kinds.contains(&Account::Hsa) {
        ui.checkbox(
            &mut costs.through_payroll,
            "My HSA money comes out of my paycheck",
        );
        ui.checkbox(&mut costs.hsa_family, "My HSA is for family coverage");
    }
    match coverage::savings(case, cx.guidance, cx.today) {
        Some(s) => savings_result_ui(ui, &s, cx.today.year()),
        None => hint(
            ui,
            "Fill in the price, the visits and your tax bracket to see an estimate.",
        ),
    }
}

fn savings_result_ui(ui: &mut Ui, s: &coverage::Savings, this_year: i32) {
    let account = if s.account == Account::Fsa {
        "FSA"
    } else {
        "HSA"
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(format!("Massage would cost about {} a year ({} visits).", format_money(s.yearly_cost), s.visits));
        ui.label(
            RichText::new(format!(
                "Paying through your {account}, you would save about {} a year ({}.{:02}% in taxes).",
                format_money(s.saved),
                s.rate_bp / 100,
                s.rate_bp % 100
            ))
            .strong(),
        );
        if s.pre_tax < s.yearly_cost {
            ui.label(format!(
                "Only {} can be paid with pre-tax money, so the estimate stops there.",
                format_money(s.pre_tax)
            ));
        }
        if let Some(year) = s.limit_year.filter(|_| !s.limit_current) {
            hint(
                ui,
                &format!(
                    "The app only has the {year} limits; the {this_year} limits may be higher. Check with your plan."
                ),
            );
        }
    });
}

/// A state tax rate typed in percent ("4.95") as basis points; at most 15%.
fn parse_state_rate(s: &str) -> Result<Option<u32>, InputError> {
    // Two decimals of a percent read exactly like cents of a dollar.
    let bp = parse_money(s)
        .map_err(|_| InputError("Please enter the rate as a number, like 4.95.".to_owned()))?;
    match bp.map(u32::try_from) {
        None => Ok(None),
        Some(Ok(bp)) if bp <= MAX_STATE_RATE_BP => Ok(Some(bp)),
        Some(_) => Err(InputError(
            "State income tax rates are at most about 15%. Please check it.".to_owned(),
        )),
    }
}

/// The highest state income tax rate the field accepts, in basis points.
const MAX_STATE_RATE_BP: u32 = 1_500;

fn balance(
    ui: &mut Ui,
    drafts: &mut Drafts,
    key: &'static str,
    label: &str,
    value: &mut Option<Cents>,
) {
    money_field(ui, drafts, key, label, "For example: 1,250.00", value);
}
