//! Step 5, "FSA / HSA": which tax-advantaged accounts the patient has, their balances, the FSA
//! plan-year end, and whether a letter of medical necessity is on file; when helping, whose
//! accounts they are (and for someone else's HSA the owner's age and Medicare); with an HSA,
//! the plan that goes with it, a spouse's FSA and what an FSA beside it pays for; and the
//! savings estimate with what it leaves out. Writes `case.accounts` and `case.costs`. Never
//! skipped.

use egui::{RichText, Ui};

use crate::case::input::{InputError, format_money, parse_money};
use crate::case::{Account, AccountOwner, Case, Cents, FEDERAL_BRACKETS, FsaKind, HsaPlanKind};
use crate::coverage;
use crate::flow::{self, Nav};
use crate::guidance::{FigureId, Guidance};
use crate::ui::guide::figures_ui;
use crate::ui::i18n::Tr;
use crate::ui::labels;
use crate::ui::widgets::{
    Dates, Drafts, answer_choice, count_field, date_field, hint, money_field, parsed_field,
    question_choice, section, tick_set,
};

use super::StepCx;

/// Draws the step.
pub fn ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) -> Nav {
    let tr = cx.tr;
    let who = [("who", labels::who(case).into())];
    section(ui, &tr.t_args("accounts-heading", &who));
    tick_set(
        ui,
        &mut case.accounts.kinds,
        &Account::ALL,
        Some(Account::NoAccount),
        |k| labels::account(tr, k),
    );
    // Each question is asked after the answers it depends on, so it comes and goes at once.
    if flow::asks_account_owner(case) {
        owner_ui(ui, case, cx);
    }
    let (asks_hsa_plan, asks_fsa_kind) =
        (flow::asks_hsa_plan_kind(case), flow::asks_fsa_kind(case));
    let a = &mut case.accounts;

    if a.kinds.contains(&Account::Fsa) {
        balance(
            ui,
            tr,
            cx.drafts,
            "fsa_balance",
            "accounts-fsa-balance",
            &mut a.fsa_balance,
        );
        date_field(
            ui,
            tr,
            cx.drafts,
            "plan_year_end",
            &tr.t("accounts-plan-year-end"),
            &mut a.plan_year_end,
            Dates::Ahead(cx.today),
        );
        hint(ui, &tr.t_args("accounts-fsa-hint", &who));
        if asks_fsa_kind {
            // Beside an HSA an FSA is normally limited-purpose, which cannot pay for massage.
            let q = tr.t("accounts-q-fsa-kind");
            question_choice(ui, &q, &mut a.fsa_kind, &FsaKind::ALL, |k| {
                labels::fsa_kind(tr, k)
            });
        }
    }
    if a.kinds.contains(&Account::Hsa) {
        balance(
            ui,
            tr,
            cx.drafts,
            "hsa_balance",
            "accounts-hsa-balance",
            &mut a.hsa_balance,
        );
        if asks_hsa_plan {
            let q = tr.t("accounts-q-hsa-plan");
            question_choice(ui, &q, &mut a.hsa_plan_kind, &HsaPlanKind::ALL, |k| {
                labels::hsa_plan_kind(tr, k)
            });
            let q = tr.t("accounts-q-spouse-general-fsa");
            answer_choice(ui, tr, &q, &mut a.spouse_general_fsa);
        }
    }
    if a.kinds.contains(&Account::Hra) {
        balance(
            ui,
            tr,
            cx.drafts,
            "hra_balance",
            "accounts-hra-balance",
            &mut a.hra_balance,
        );
    }
    if a.kinds.iter().any(|k| *k != Account::NoAccount) {
        section(ui, &tr.t("accounts-lmn-heading"));
        let q = tr.t("accounts-q-lmn");
        answer_choice(ui, tr, &q, &mut a.lmn_on_file);
        hint(ui, &tr.t_args("accounts-lmn-hint", &who));
    }
    let has_fsa_or_hsa = a.kinds.contains(&Account::Fsa) || a.kinds.contains(&Account::Hsa);
    if has_fsa_or_hsa {
        savings_ui(ui, case, cx);
        account_figures_ui(ui, case, cx);
    }
    Nav::Stay
}

/// This plan year's limits and figures for FSAs and HSAs, with their sources.
fn account_figures_ui(ui: &mut Ui, case: &Case, cx: &StepCx<'_>) {
    let tr = cx.tr;
    let figures = [
        (FigureId::FsaLimit, "figure-fsa-limit"),
        (FigureId::FsaCarryover, "figure-fsa-carryover"),
        (FigureId::HsaLimitSelf, "figure-hsa-limit-self"),
        (FigureId::HsaLimitFamily, "figure-hsa-limit-family"),
        (FigureId::HsaCatchUp, "figure-hsa-catch-up"),
        (
            FigureId::HdhpMinDeductibleSelf,
            "figure-hdhp-min-deductible-self",
        ),
        (
            FigureId::MedicalDeductionFloor,
            "figure-medical-deduction-floor",
        ),
    ]
    .map(|(id, key)| (id, tr.t(key)));
    let figures: Vec<(FigureId, &str)> = figures
        .iter()
        .map(|(id, text)| (*id, text.as_str()))
        .collect();
    figures_ui(
        ui,
        tr,
        cx.guidance,
        coverage::plan_year(case, cx.today),
        &figures,
    );
}

/// Whose accounts they are and, for an HSA someone else owns, the owner's age and Medicare,
/// which the HSA rules follow.
fn owner_ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) {
    let tr = cx.tr;
    let q = tr.t("accounts-q-owner");
    question_choice(ui, &q, &mut case.accounts.owner, &AccountOwner::ALL, |o| {
        labels::account_owner(tr, o)
    });
    if flow::asks_owner_age_and_medicare(case) {
        let a = &mut case.accounts;
        count_field(
            ui,
            tr,
            cx.drafts,
            "owner_age_at_year_end",
            &tr.t("accounts-owner-age"),
            &tr.t("accounts-owner-age-hint"),
            &mut a.owner_age_at_year_end,
            0..=MAX_AGE,
        );
        let q = tr.t("accounts-q-owner-medicare");
        answer_choice(ui, tr, &q, &mut a.owner_on_medicare);
    }
}

/// The oldest age the owner's age field accepts.
const MAX_AGE: u32 = 120;

/// The savings estimate: its inputs and what it comes to.
fn savings_ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) {
    let tr = cx.tr;
    let who = [("who", labels::who(case).into())];
    section(ui, &tr.t_args("savings-heading", &who));
    hint(ui, &tr.t("savings-hint"));
    // In December the patient is usually planning next year; either year can be chosen.
    let shown = coverage::plan_year(case, cx.today);
    ui.label(tr.t("savings-plan-year"));
    ui.horizontal_wrapped(|ui| {
        for year in coverage::offered_plan_years(cx.today) {
            let name = tr.t_args(
                "savings-plan-year-name",
                &[("year", year.to_string().into())],
            );
            if ui
                .radio(shown == year, year.to_string())
                .accessible_name(name)
                .clicked()
            {
                case.costs.plan_year = Some(year);
            }
        }
    });
    let prescribed = coverage::prescribed_visits_per_year(case);
    let helping = case.helping();
    // The HSA is the owner's: someone helping who owns it reads "your".
    let helper_owns = crate::flow::account_owner(case) == Some(crate::case::AccountOwner::Helper);
    let costs = &mut case.costs;
    money_field(
        ui,
        cx.tr,
        cx.drafts,
        "price_per_visit",
        &tr.t("savings-price"),
        &tr.t("savings-price-hint"),
        &mut costs.price_per_visit,
    );
    let visits_hint = match prescribed {
        Some(n) => tr.t_args("savings-visits-hint-prescribed", &[("n", n.into())]),
        None => tr.t("savings-visits-hint"),
    };
    count_field(
        ui,
        cx.tr,
        cx.drafts,
        "visits_per_year",
        &tr.t("savings-visits"),
        &visits_hint,
        &mut costs.visits_per_year,
        1..=366,
    );
    ui.label(tr.t_args("savings-bracket", &who));
    ui.horizontal_wrapped(|ui| {
        for b in FEDERAL_BRACKETS {
            let text = tr.t_args("percent", &[("n", b.into())]);
            let name = tr.t_args("savings-bracket-name", &[("n", b.into())]);
            ui.radio_value(&mut costs.federal_bracket, Some(b), text)
                .accessible_name(name);
        }
    });
    hint(ui, &tr.t_args("savings-bracket-hint", &who));
    parsed_field(
        ui,
        cx.tr,
        cx.drafts,
        "state_rate",
        &tr.t("savings-state-rate"),
        &tr.t("savings-state-rate-hint"),
        &mut costs.state_rate,
        |bp| {
            bp.map(|bp| format!("{}.{:02}", bp / 100, bp % 100))
                .unwrap_or_default()
        },
        |s| parse_state_rate(tr, s),
    );
    if case.accounts.kinds.contains(&Account::Hsa) {
        let (payroll, family) = if helping && !helper_owns {
            ("savings-through-payroll-they", "savings-hsa-family-they")
        } else {
            ("savings-through-payroll", "savings-hsa-family")
        };
        ui.checkbox(&mut costs.through_payroll, tr.t(payroll));
        ui.checkbox(&mut costs.hsa_family, tr.t(family));
    }
    match coverage::savings(case, cx.guidance, cx.today) {
        Some(s) => savings_result_ui(ui, tr, cx.guidance, &s),
        None => hint(ui, &tr.t_args("savings-fill-in", &who)),
    }
}

fn savings_result_ui(ui: &mut Ui, tr: &Tr, guidance: &Guidance, s: &coverage::Savings) {
    let account = if s.account == Account::Fsa {
        "fsa"
    } else {
        "hsa"
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(tr.t_args(
            "savings-cost",
            &[
                ("cost", format_money(s.yearly_cost).into()),
                ("visits", s.visits.into()),
            ],
        ));
        if s.new_money {
            let rate = format!("{}.{:02}", s.rate_bp / 100, s.rate_bp % 100);
            ui.label(
                RichText::new(tr.t_args(
                    "savings-saved",
                    &[
                        ("account", account.into()),
                        ("saved", format_money(s.saved).into()),
                        ("rate", rate.into()),
                    ],
                ))
                .strong(),
            );
            if s.pre_tax < s.yearly_cost {
                ui.label(tr.t_args(
                    "savings-capped",
                    &[("amount", format_money(s.pre_tax).into())],
                ));
            }
            if !s.state_rate_counted {
                ui.label(tr.t("savings-state-left-out"));
            }
        } else {
            // A bare "$0 saved" would read as a mistake: say why there is nothing to save.
            ui.label(RichText::new(tr.t("savings-no-new-money")).strong());
            if s.pre_tax < s.yearly_cost {
                ui.label(tr.t_args(
                    "savings-balance-capped",
                    &[("amount", format_money(s.pre_tax).into())],
                ));
            }
        }
        for note in &s.notes {
            hint(ui, guidance.reason(*note).text.trim());
        }
        if let Some(note) = s.older_limit_note(tr) {
            hint(ui, &note);
        }
    });
}

/// A state tax rate typed in percent ("4.95") as basis points; at most 15%.
fn parse_state_rate(tr: &Tr, s: &str) -> Result<Option<u32>, InputError> {
    // Two decimals of a percent read exactly like cents of a dollar.
    let bp =
        parse_money(s).map_err(|_| InputError::Worded(tr.t("savings-state-rate-not-a-number")))?;
    match bp.map(u32::try_from) {
        None => Ok(None),
        Some(Ok(bp)) if bp <= MAX_STATE_RATE_BP => Ok(Some(bp)),
        Some(_) => Err(InputError::Worded(tr.t("savings-state-rate-too-high"))),
    }
}

/// The highest state income tax rate the field accepts, in basis points.
const MAX_STATE_RATE_BP: u32 = 1_500;

fn balance(
    ui: &mut Ui,
    tr: &Tr,
    drafts: &mut Drafts,
    key: &'static str,
    label_key: &str,
    value: &mut Option<Cents>,
) {
    let (label, hint) = (tr.t(label_key), tr.t("accounts-balance-hint"));
    money_field(ui, tr, drafts, key, &label, &hint, value);
}
