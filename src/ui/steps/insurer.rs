//! Step 3, "Call your insurer": the insurer's name and phone, the card's member ID and group
//! number, and what the insurer said (covered, under which benefit, prescription and prior
//! authorization, visit limit, in-network therapists, costs), with the representative's name
//! and the reference number; in Washington, with a plan from work, whether the plan is
//! self-funded. Writes `case.insurer`. Skipped when the patient has no coverage.

use egui::Ui;

use crate::case::{Case, Insurer};
use crate::flow::{self, Nav};
use crate::ui::widgets::{
    Dates, Drafts, answer_choice, count_field, date_field, hint, money_field, note_field,
    phone_field, section, text_field,
};

use super::StepCx;
use crate::ui::guide::sources_ui;
use crate::ui::i18n::Tr;
use crate::ui::labels;

/// The most visits a year a plan could allow.
const MAX_VISITS: u32 = 366;

/// Draws the step.
pub fn ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) -> Nav {
    let tr = cx.tr;
    let heading = tr.t_args("insurer-card", &[("who", labels::who(case).into())]);
    card_ui(ui, tr, cx.drafts, &heading, &mut case.insurer);
    if flow::asks_self_funded(case) {
        // Washington's massage rules skip self-funded plans, so only there does it matter.
        section(ui, &tr.t("insurer-plan-heading"));
        let q = tr.t_args(
            "insurer-q-self-funded",
            &[("who", labels::who(case).into())],
        );
        answer_choice(ui, tr, &q, &mut case.insurer.self_funded);
    }
    questions_ui(ui, cx);
    super::call_log::ui(ui, case, cx);
    let i = &mut case.insurer;
    answers_ui(ui, tr, cx.drafts, i);
    section(ui, &tr.t("insurer-about-call"));
    text_field(
        ui,
        cx.tr,
        cx.drafts,
        "rep_name",
        &tr.t("insurer-rep-name"),
        "",
        &mut i.rep_name,
    );
    text_field(
        ui,
        cx.tr,
        cx.drafts,
        "reference",
        &tr.t("insurer-reference"),
        "",
        &mut i.reference,
    );
    date_field(
        ui,
        tr,
        cx.drafts,
        "call_date",
        &tr.t("insurer-call-date"),
        &mut i.call_date,
        Dates::UpTo(cx.today),
    );
    Nav::Stay
}

/// The questions to ask, each with why it matters.
fn questions_ui(ui: &mut Ui, cx: &mut StepCx<'_>) {
    section(ui, &cx.tr.t("insurer-questions"));
    for (n, q) in cx.guidance.questions.iter().enumerate() {
        egui::CollapsingHeader::new(format!("{}. {}", n + 1, q.text))
            .id_salt(("question", &q.id))
            .show(ui, |ui| {
                ui.label(&q.why);
                sources_ui(ui, cx.tr, cx.guidance, &q.facts, &q.id);
            });
    }
}

fn card_ui(ui: &mut Ui, tr: &Tr, drafts: &mut Drafts, heading: &str, i: &mut Insurer) {
    section(ui, heading);
    text_field(
        ui,
        tr,
        drafts,
        "insurer_name",
        &tr.t("insurer-name"),
        "",
        &mut i.name,
    );
    phone_field(
        ui,
        tr,
        drafts,
        "insurer_phone",
        &tr.t("insurer-phone"),
        &tr.t("insurer-phone-hint"),
        &mut i.phone,
    );
    text_field(
        ui,
        tr,
        drafts,
        "member_id",
        &tr.t("insurer-member-id"),
        "",
        &mut i.member_id,
    );
    text_field(
        ui,
        tr,
        drafts,
        "group_number",
        &tr.t("insurer-group-number"),
        "",
        &mut i.group_number,
    );
}

fn answers_ui(ui: &mut Ui, tr: &Tr, drafts: &mut Drafts, i: &mut Insurer) {
    section(ui, &tr.t("insurer-told"));
    hint(ui, &tr.t("insurer-told-hint"));
    let q = tr.t("insurer-q-covered");
    answer_choice(ui, tr, &q, &mut i.massage_covered);
    text_field(
        ui,
        tr,
        drafts,
        "benefit",
        &tr.t("insurer-benefit"),
        &tr.t("insurer-benefit-hint"),
        &mut i.benefit,
    );
    let q = tr.t("insurer-q-prescription");
    answer_choice(ui, tr, &q, &mut i.prescription_needed);
    let q = tr.t("insurer-q-prior-authorization");
    answer_choice(ui, tr, &q, &mut i.prior_authorization);
    count_field(
        ui,
        tr,
        drafts,
        "visit_limit",
        &tr.t("insurer-visit-limit"),
        &tr.t("insurer-visit-limit-hint"),
        &mut i.visit_limit,
        0..=MAX_VISITS,
    );
    note_field(
        ui,
        tr,
        drafts,
        "in_network",
        &tr.t("insurer-in-network"),
        &mut i.in_network,
    );
    money_field(
        ui,
        tr,
        drafts,
        "copay",
        &tr.t("insurer-copay"),
        &tr.t("insurer-copay-hint"),
        &mut i.copay,
    );
    count_field(
        ui,
        tr,
        drafts,
        "coinsurance",
        &tr.t("insurer-coinsurance"),
        &tr.t("insurer-coinsurance-hint"),
        &mut i.coinsurance_percent,
        0..=100,
    );
    money_field(
        ui,
        tr,
        drafts,
        "deductible_left",
        &tr.t("insurer-deductible-left"),
        &tr.t("insurer-deductible-left-hint"),
        &mut i.deductible_left,
    );
}
