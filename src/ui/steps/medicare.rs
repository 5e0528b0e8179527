//! Step 4, "Medicare": which parts of Medicare the patient has, and their Advantage or Medigap
//! plan; when the kinds ticked cannot go together, which card they show. Writes
//! `case.medicare`. Shown only when Medicare applies: age 65 or over, or a kind of Medicare
//! ticked as coverage.

use egui::Ui;

use crate::case::{Case, MedicareCard, MedicarePart};
use crate::flow::{self, MedicareConflict, Nav};
use crate::ui::labels;
use crate::ui::widgets::{answer_choice, hint, question_choice, section, text_field, tick_set};

use super::StepCx;
use crate::guidance::FigureId;
use crate::ui::guide::figures_ui;

/// Draws the step.
pub fn ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) -> Nav {
    let tr = cx.tr;
    let who = [("who", labels::who(case).into())];
    section(ui, &tr.t_args("medicare-heading", &who));
    hint(ui, &tr.t_args("medicare-card-hint", &who));
    tick_set(
        ui,
        &mut case.medicare.parts,
        &MedicarePart::ALL,
        Some(MedicarePart::NotEnrolled),
        |p| labels::medicare_part(tr, p),
    );
    // Asked after the ticks, so that ticking a second kind asks at once.
    let conflicts = flow::medicare_conflicts(case);
    let m = &mut case.medicare;
    if !conflicts.is_empty() {
        let q = tr.t_args("medicare-q-card", &who);
        question_choice(ui, &q, &mut m.card, &MedicareCard::ALL, |c| {
            labels::medicare_card(tr, c)
        });
    }
    if m.parts.contains(&MedicarePart::Advantage) {
        text_field(
            ui,
            cx.tr,
            cx.drafts,
            "advantage_plan",
            &tr.t("medicare-advantage-plan"),
            "",
            &mut m.advantage_plan,
        );
        let q = tr.t_args("medicare-q-advantage-massage", &who);
        answer_choice(ui, tr, &q, &mut m.advantage_massage_benefit);
    }
    if m.parts.contains(&MedicarePart::Medigap) {
        text_field(
            ui,
            cx.tr,
            cx.drafts,
            "medigap_plan",
            &tr.t("medicare-medigap-plan"),
            &tr.t("medicare-medigap-plan-hint"),
            &mut m.medigap_plan,
        );
        // Beside an Advantage plan, Medigap pays nothing: saying it helps would mislead.
        let key = if conflicts.contains(&MedicareConflict::MedigapAndAdvantage) {
            "medicare-medigap-advantage-hint"
        } else {
            "medicare-medigap-hint"
        };
        hint(ui, &tr.t_args(key, &who));
    }
    let (deductible, premium, kx) = (
        tr.t("figure-part-b-deductible"),
        tr.t("figure-part-b-premium"),
        tr.t("figure-kx-threshold"),
    );
    figures_ui(
        ui,
        tr,
        cx.guidance,
        cx.today.year(),
        &[
            (FigureId::PartBDeductible, &deductible),
            (FigureId::PartBPremium, &premium),
            (FigureId::KxThreshold, &kx),
        ],
    );
    Nav::Stay
}
