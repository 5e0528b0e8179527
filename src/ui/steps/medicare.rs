//! Step 4, "Medicare": which parts of Medicare the patient has, and their Advantage or Medigap
//! plan. Writes `case.medicare`. Shown only when Medicare applies: age 65 or over, or a kind of
//! Medicare ticked as coverage.

use egui::Ui;

use crate::case::{Case, MedicarePart};
use crate::flow::Nav;
use crate::ui::labels;
use crate::ui::widgets::{answer_choice, hint, section, text_field, tick_set};

use super::StepCx;
use crate::guidance::FigureId;
use crate::ui::guide::figures_ui;

/// Draws the step.
pub fn ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) -> Nav {
    let m = &mut case.medicare;
    section(ui, "Which parts of Medicare do you have?");
    hint(
        ui,
        "Your red, white and blue Medicare card shows Part A and Part B.",
    );
    tick_set(
        ui,
        &mut m.parts,
        &MedicarePart::ALL,
        Some(MedicarePart::NotEnrolled),
        labels::medicare_part,
    );
    if m.parts.contains(&MedicarePart::Advantage) {
        text_field(
            ui,
            cx.drafts,
            "advantage_plan",
            "Medicare Advantage plan name",
            "",
            &mut m.advantage_plan,
        );
        answer_choice(
            ui,
            "Does your plan's Evidence of Coverage list a massage benefit?",
            &mut m.advantage_massage_benefit,
        );
    }
    if m.parts.contains(&MedicarePart::Medigap) {
        text_field(
            ui,
            cx.drafts,
            "medigap_plan",
            "Medigap plan",
            "For example: Plan G",
            &mut m.medigap_plan,
        );
        hint(
            ui,
            "Medigap helps with your share of costs for care Medicare covers, such as physical therapy. It does not add massage.",
        );
    }
    figures_ui(
        ui,
        cx.guidance,
        cx.today.year(),
        &[
            (FigureId::PartBDeductible, "Part B deductible for the year"),
            (
                FigureId::PartBPremium,
                "Part B standard premium, each month",
            ),
            (
                FigureId::KxThreshold,
                "Therapy spending that needs the doctor's extra note (KX)",
            ),
        ],
    );
    Nav::Stay
}
