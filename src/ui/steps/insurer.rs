//! Step 3, "Call your insurer": the insurer's name and phone, the card's member ID and group
//! number, and what the insurer said (covered, under which benefit, prescription and prior
//! authorization, visit limit, in-network therapists, costs), with the representative's name
//! and the reference number. Writes `case.insurer`. Skipped when the patient has no coverage.

use egui::Ui;

use crate::case::input::parse_phone;
use crate::case::{Case, Insurer};
use crate::flow::Nav;
use crate::ui::widgets::{
    Drafts, answer_choice, count_field, date_field, hint, money_field, note_field, parsed_field,
    section, text_field,
};

use super::StepCx;
use crate::ui::guide::{sources_ui, words_used_ui};

/// The most visits a year a plan could allow.
const MAX_VISITS: u32 = 366;

/// Draws the step.
pub fn ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) -> Nav {
    card_ui(ui, cx.drafts, &mut case.insurer);
    questions_ui(ui, cx);
    super::call_log::ui(ui, case, cx);
    let i = &mut case.insurer;
    answers_ui(ui, cx.drafts, i);
    section(ui, "About the call");
    text_field(
        ui,
        cx.drafts,
        "rep_name",
        "Who you spoke to",
        "",
        &mut i.rep_name,
    );
    text_field(
        ui,
        cx.drafts,
        "reference",
        "Call reference number",
        "",
        &mut i.reference,
    );
    date_field(
        ui,
        cx.drafts,
        "call_date",
        "Date of the call",
        &mut i.call_date,
        Some(cx.today),
    );
    Nav::Stay
}

/// The questions to ask, each with why it matters.
fn questions_ui(ui: &mut Ui, cx: &mut StepCx<'_>) {
    section(ui, "Questions to ask");
    for (n, q) in cx.guidance.questions.iter().enumerate() {
        egui::CollapsingHeader::new(format!("{}. {}", n + 1, q.text))
            .id_salt(("question", &q.id))
            .show(ui, |ui| {
                ui.label(&q.why);
                sources_ui(ui, cx.guidance, &q.facts, &q.id);
            });
    }
    let texts = cx
        .guidance
        .questions
        .iter()
        .flat_map(|q| [q.text.as_str(), q.why.as_str()]);
    words_used_ui(ui, cx.guidance, texts, cx.glossary);
}

fn card_ui(ui: &mut Ui, drafts: &mut Drafts, i: &mut Insurer) {
    section(ui, "From your insurance card");
    text_field(
        ui,
        drafts,
        "insurer_name",
        "Insurance company or plan",
        "",
        &mut i.name,
    );
    parsed_field(
        ui,
        drafts,
        "insurer_phone",
        "Member services phone",
        "On the back of the card, like (800) 555-0123",
        &mut i.phone,
        Clone::clone,
        |s| parse_phone(s).map(Option::unwrap_or_default),
    );
    text_field(ui, drafts, "member_id", "Member ID", "", &mut i.member_id);
    text_field(
        ui,
        drafts,
        "group_number",
        "Group number",
        "",
        &mut i.group_number,
    );
}

fn answers_ui(ui: &mut Ui, drafts: &mut Drafts, i: &mut Insurer) {
    section(ui, "What they told you");
    hint(
        ui,
        "Fill this in during or after the call. \"Not sure\" is a fine answer.",
    );
    answer_choice(ui, "Is massage therapy covered?", &mut i.massage_covered);
    text_field(
        ui,
        drafts,
        "benefit",
        "Under which benefit",
        "For example: physical medicine, chiropractic, a rider",
        &mut i.benefit,
    );
    answer_choice(ui, "Is a prescription needed?", &mut i.prescription_needed);
    answer_choice(
        ui,
        "Is prior authorization needed?",
        &mut i.prior_authorization,
    );
    let visits = "Visits allowed each year";
    count_field(
        ui,
        drafts,
        "visit_limit",
        visits,
        "For example: 12",
        &mut i.visit_limit,
        0..=MAX_VISITS,
    );
    note_field(
        ui,
        drafts,
        "in_network",
        "In-network massage therapists they named",
        &mut i.in_network,
    );
    money_field(
        ui,
        drafts,
        "copay",
        "Copay for each visit",
        "For example: 25.00",
        &mut i.copay,
    );
    let percent = "Coinsurance, in percent";
    count_field(
        ui,
        drafts,
        "coinsurance",
        percent,
        "For example: 20",
        &mut i.coinsurance_percent,
        0..=100,
    );
    let left = "Deductible still to meet";
    money_field(
        ui,
        drafts,
        "deductible_left",
        left,
        "For example: 500.00",
        &mut i.deductible_left,
    );
}
