//! Step 2, "Your condition and prescription": the diagnosed conditions, which papers the patient
//! has (prescription, referral, letter of medical necessity), who wrote them, when, and the
//! frequency and duration they state. Writes `case.condition`. Never skipped.

use egui::{RichText, Ui};

use crate::case::{Case, ConditionKind, Paperwork, Period, Prescriber};
use crate::flow::Nav;
use crate::ui::guide::sources_ui;
use crate::ui::labels;
use crate::ui::widgets::{
    count_field, date_field, hint, radio_choice, section, text_field, tick_set,
};

use super::StepCx;

/// The most sessions a paper can state for one period.
const MAX_SESSIONS: u32 = 31;
/// The longest duration a paper can state, in weeks or months.
const MAX_DURATION: u32 = 104;

/// Draws the step.
pub fn ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) -> Nav {
    let c = &mut case.condition;

    section(ui, "What is the massage for?");
    hint(
        ui,
        "Tick every condition your doctor or chiropractor has diagnosed.",
    );
    tick_set(
        ui,
        &mut c.kinds,
        &ConditionKind::ALL,
        None,
        labels::condition,
    );
    conditions_guide_ui(ui, &c.kinds, cx);
    if c.kinds.contains(&ConditionKind::Other) {
        text_field(
            ui,
            cx.drafts,
            "other_condition",
            "The condition, in your words",
            "",
            &mut c.other,
        );
    }

    section(ui, "Do you have any of these papers?");
    tick_set(
        ui,
        &mut c.paperwork,
        &Paperwork::ALL,
        Some(Paperwork::NotYet),
        labels::paperwork,
    );
    if c.paperwork.contains(&Paperwork::NotYet) {
        hint(
            ui,
            "That is fine: ask your own doctor or chiropractor for a prescription or a letter \
             of medical necessity before your first session.",
        );
    }
    let has_paper = c.paperwork.iter().any(|p| *p != Paperwork::NotYet);
    if has_paper {
        section(ui, "Who wrote it?");
        radio_choice(ui, &mut c.prescriber, &Prescriber::ALL, labels::prescriber);
        text_field(
            ui,
            cx.drafts,
            "prescriber_name",
            "Their name",
            "For example: Dr. Maria Lopez",
            &mut c.prescriber_name,
        );
        date_field(
            ui,
            cx.drafts,
            "written_on",
            "Date on the paper",
            &mut c.written_on,
            Some(cx.today),
        );

        section(ui, "How often, and for how long?");
        hint(ui, "As written on the paper, if it says.");
        ui.horizontal_wrapped(|ui| {
            let hint = "For example: 2";
            count_field(
                ui,
                cx.drafts,
                "sessions",
                "Sessions",
                hint,
                &mut c.sessions,
                1..=MAX_SESSIONS,
            );
            period_choice(ui, "per", "each", &mut c.per, false);
        });
        ui.horizontal_wrapped(|ui| {
            let (label, hint) = ("For how long", "For example: 3");
            count_field(
                ui,
                cx.drafts,
                "duration",
                label,
                hint,
                &mut c.duration,
                1..=MAX_DURATION,
            );
            period_choice(ui, "duration_unit", "in", &mut c.duration_unit, true);
        });
    }
    Nav::Stay
}

/// Week or month, as two radio buttons named with their field for screen readers.
fn period_choice(ui: &mut Ui, id: &str, word: &str, value: &mut Period, plural: bool) {
    ui.vertical(|ui| {
        ui.label(word);
        ui.horizontal(|ui| {
            for p in Period::ALL {
                ui.radio_value(value, p, labels::period(p, plural))
                    .accessible_name(format!("{id} {}", labels::period(p, plural)));
            }
        });
    });
}

/// What each ticked condition is, with its code family, and the codes therapists bill.
fn conditions_guide_ui(
    ui: &mut Ui,
    kinds: &std::collections::BTreeSet<ConditionKind>,
    cx: &StepCx<'_>,
) {
    for kind in kinds.iter().copied() {
        let text = cx.guidance.condition(kind);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(RichText::new(labels::condition(kind)).strong());
            ui.label(&text.description);
            hint(ui, &text.code_hint);
            sources_ui(ui, cx.guidance, &text.facts, &format!("condition-{kind:?}"));
        });
    }
    egui::CollapsingHeader::new("The codes your therapist bills").show(ui, |ui| {
        for code in &cx.guidance.codes {
            ui.label(RichText::new(&code.code).strong());
            ui.label(&code.plain);
            sources_ui(ui, cx.guidance, &code.facts, &code.code);
        }
    });
}
