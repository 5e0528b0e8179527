//! Step 2, "Your condition and prescription": the diagnosed conditions, which papers the patient
//! has (prescription, referral, letter of medical necessity), who wrote them, when, and the
//! frequency and duration they state. Writes `case.condition`. Never skipped.

use egui::{RichText, Ui};

use crate::case::{Case, ConditionKind, Paperwork, Period, Prescriber};
use crate::flow::Nav;
use crate::ui::guide::sources_ui;
use crate::ui::i18n::Tr;
use crate::ui::labels;
use crate::ui::widgets::{
    Dates, count_field, date_field, hint, radio_choice, section, text_field, tick_set,
};

use super::StepCx;

/// The most sessions a paper can state for one period.
const MAX_SESSIONS: u32 = 31;
/// The longest duration a paper can state, in weeks or months.
const MAX_DURATION: u32 = 104;

/// Draws the step.
pub fn ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) -> Nav {
    let tr = cx.tr;
    let who = [("who", labels::who(case).into())];
    let helping = case.helping();
    let c = &mut case.condition;

    section(ui, &tr.t("condition-heading"));
    hint(ui, &tr.t_args("condition-hint", &who));
    tick_set(ui, &mut c.kinds, &ConditionKind::ALL, None, |k| {
        labels::condition(tr, k)
    });
    conditions_guide_ui(ui, &c.kinds, &who, cx);
    if c.kinds.contains(&ConditionKind::Other) {
        text_field(
            ui,
            cx.tr,
            cx.drafts,
            "other_condition",
            &tr.t("condition-other-words"),
            "",
            &mut c.other,
        );
    }

    section(ui, &tr.t_args("condition-papers-heading", &who));
    tick_set(
        ui,
        &mut c.paperwork,
        &Paperwork::ALL,
        Some(Paperwork::NotYet),
        |p| labels::paperwork(tr, p),
    );
    if c.paperwork.contains(&Paperwork::NotYet) {
        hint(ui, &tr.t_args("condition-papers-not-yet", &who));
    }
    let has_paper = c.paperwork.iter().any(|p| *p != Paperwork::NotYet);
    if has_paper {
        section(ui, &tr.t("condition-who-wrote"));
        radio_choice(ui, &mut c.prescriber, &Prescriber::ALL, |p| {
            labels::prescriber(tr, p, helping)
        });
        text_field(
            ui,
            cx.tr,
            cx.drafts,
            "prescriber_name",
            &tr.t("condition-prescriber-name"),
            &tr.t("condition-prescriber-name-hint"),
            &mut c.prescriber_name,
        );
        date_field(
            ui,
            tr,
            cx.drafts,
            "written_on",
            &tr.t("condition-written-on"),
            &mut c.written_on,
            Dates::UpTo(cx.today),
        );

        section(ui, &tr.t("condition-how-often"));
        hint(ui, &tr.t("condition-how-often-hint"));
        ui.horizontal_wrapped(|ui| {
            count_field(
                ui,
                cx.tr,
                cx.drafts,
                "sessions",
                &tr.t("condition-sessions"),
                &tr.t("condition-sessions-hint"),
                &mut c.sessions,
                1..=MAX_SESSIONS,
            );
            period_choice(ui, tr, "per", &tr.t("condition-each"), &mut c.per, 1);
        });
        ui.horizontal_wrapped(|ui| {
            count_field(
                ui,
                cx.tr,
                cx.drafts,
                "duration",
                &tr.t("condition-duration"),
                &tr.t("condition-duration-hint"),
                &mut c.duration,
                1..=MAX_DURATION,
            );
            let word = tr.t("condition-in");
            period_choice(ui, tr, "duration_unit", &word, &mut c.duration_unit, 2);
        });
    }
    Nav::Stay
}

/// Week or month, as two radio buttons named with their field for screen readers; `n` picks
/// the singular or the plural.
fn period_choice(ui: &mut Ui, tr: &Tr, id: &str, word: &str, value: &mut Period, n: u32) {
    ui.vertical(|ui| {
        ui.label(word);
        ui.horizontal(|ui| {
            for p in Period::ALL {
                let text = labels::period(tr, p, n);
                // The field id comes first so the name is unique on the screen.
                let name = format!("{id} {text}");
                ui.radio_value(value, p, text).accessible_name(name);
            }
        });
    });
}

/// What each ticked condition is, with its code family, and the codes therapists bill.
fn conditions_guide_ui(
    ui: &mut Ui,
    kinds: &std::collections::BTreeSet<ConditionKind>,
    who: &[(&str, crate::guidance::strings::Arg<'_>)],
    cx: &StepCx<'_>,
) {
    for kind in kinds.iter().copied() {
        let text = cx.guidance.condition(kind);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(RichText::new(labels::condition(cx.tr, kind)).strong());
            ui.label(&text.description);
            hint(ui, &text.code_hint);
            sources_ui(
                ui,
                cx.tr,
                cx.guidance,
                &text.facts,
                &format!("condition-{kind:?}"),
            );
        });
    }
    egui::CollapsingHeader::new(cx.tr.t_args("condition-codes", who)).show(ui, |ui| {
        for code in &cx.guidance.codes {
            ui.label(RichText::new(&code.code).strong());
            ui.label(&code.plain);
            sources_ui(ui, cx.tr, cx.guidance, &code.facts, &code.code);
        }
    });
}
