//! Step 6, "Alternatives": the other ways to get care or pay less that the patient wants to look
//! into, and their notes. Writes `case.alternatives`. Never skipped.

use egui::Ui;

use crate::case::{Alternative, Case};
use crate::flow::Nav;
use crate::ui::labels;
use crate::ui::widgets::{hint, note_field, section, tick_set};

use super::StepCx;

/// Draws the step.
pub fn ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) -> Nav {
    let tr = cx.tr;
    let helping = case.helping();
    let a = &mut case.alternatives;
    section(ui, &tr.t("alternatives-heading"));
    hint(ui, &tr.t("alternatives-hint"));
    tick_set(
        ui,
        &mut a.wanted,
        &Alternative::ALL,
        Some(Alternative::NoneForNow),
        |x| labels::alternative(tr, x, helping),
    );
    note_field(
        ui,
        cx.tr,
        cx.drafts,
        "alternatives_notes",
        &tr.t("alternatives-notes"),
        &mut a.notes,
    );
    Nav::Stay
}
