//! Step 5, "FSA / HSA": which tax-advantaged accounts the patient has, their balances, the FSA
//! plan-year end, and whether a letter of medical necessity is on file. Writes `case.accounts`.
//! Never skipped.

use egui::Ui;

use crate::case::{Account, Case, Cents};
use crate::flow::Nav;
use crate::ui::labels;
use crate::ui::widgets::{Drafts, answer_choice, date_field, hint, money_field, section, tick_set};

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
    Nav::Stay
}

fn balance(
    ui: &mut Ui,
    drafts: &mut Drafts,
    key: &'static str,
    label: &str,
    value: &mut Option<Cents>,
) {
    money_field(ui, drafts, key, label, "For example: 1,250.00", value);
}
