//! Step 1, "About you": who the case is for, their age or date of birth, their state, every
//! kind of coverage that applies and, with workers' comp or car insurance, the injury claim.
//! Reads nothing else; writes `case.about`. Never skipped.

use egui::Ui;

use crate::case::{Case, Coverage, ForWhom, Injury, US_STATES, state_name};
use crate::flow::{self, Nav};
use crate::ui::i18n::Tr;
use crate::ui::widgets::{
    Dates, count_field, date_field, hint, phone_field, radio_choice, section, text_field, tick_set,
};
use crate::ui::{labels, theme};

use super::StepCx;

/// The oldest age the field accepts.
const MAX_AGE: u32 = 120;

/// Draws the step.
pub fn ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) -> Nav {
    let tr = cx.tr;
    let about = &mut case.about;

    section(ui, &tr.t("about-who-for"));
    radio_choice(
        ui,
        &mut about.for_whom,
        &[ForWhom::Myself, ForWhom::SomeoneElse],
        |w| labels::for_whom(tr, w),
    );
    let helping = about.for_whom == Some(ForWhom::SomeoneElse);
    let who = [("who", if helping { "other" } else { "self" }.into())];
    text_field(
        ui,
        cx.tr,
        cx.drafts,
        "patient_name",
        &tr.t_args("about-full-name", &who),
        &tr.t("about-full-name-hint"),
        &mut about.patient_name,
    );
    if helping {
        text_field(
            ui,
            cx.tr,
            cx.drafts,
            "relationship",
            &tr.t("about-relationship"),
            &tr.t("about-relationship-hint"),
            &mut about.relationship,
        );
    }

    section(ui, &tr.t_args("about-age-heading", &who));
    hint(ui, &tr.t("about-age-hint"));
    let today = cx.today;
    date_field(
        ui,
        tr,
        cx.drafts,
        "date_of_birth",
        &tr.t("about-date-of-birth"),
        &mut about.date_of_birth,
        Dates::UpTo(today),
    );
    count_field(
        ui,
        cx.tr,
        cx.drafts,
        "age",
        &tr.t("about-age"),
        &tr.t("about-age-hint-example"),
        &mut about.age,
        0..=MAX_AGE,
    );

    section(ui, &tr.t("about-state-heading"));
    let choose = tr.t("about-state-choose");
    let selected = about
        .state
        .as_deref()
        .and_then(state_name)
        .unwrap_or(&choose);
    let label = ui.label(tr.t_args("about-state", &who));
    egui::ComboBox::from_id_salt("state")
        .selected_text(selected)
        .width(theme::FIELD_WIDTH)
        .show_ui(ui, |ui| {
            for (code, name) in US_STATES {
                ui.selectable_value(&mut about.state, Some(code.to_owned()), name);
            }
        })
        .response
        .labelled_by(label.id);

    section(ui, &tr.t_args("about-coverage-heading", &who));
    hint(ui, &tr.t("about-coverage-hint"));
    tick_set(
        ui,
        &mut about.coverage,
        &Coverage::ALL,
        Some(Coverage::NoCoverage),
        |c| labels::coverage(tr, c, helping),
    );
    if flow::asks_injury_claim(case) {
        let heading = tr.t_args("about-injury-heading", &who);
        injury_ui(ui, cx, &heading, &mut case.about.injury);
    }
    Nav::Stay
}

/// The claim number, the day of the injury and the claims adjuster, for the call about a work
/// injury or a car accident.
fn injury_ui(ui: &mut Ui, cx: &mut StepCx<'_>, heading: &str, injury: &mut Injury) {
    let tr: &Tr = cx.tr;
    section(ui, heading);
    hint(ui, &tr.t("about-injury-hint"));
    text_field(
        ui,
        tr,
        cx.drafts,
        "claim_number",
        &tr.t("about-injury-claim-number"),
        "",
        &mut injury.claim_number,
    );
    date_field(
        ui,
        tr,
        cx.drafts,
        "date_of_injury",
        &tr.t("about-injury-date"),
        &mut injury.date_of_injury,
        Dates::UpTo(cx.today),
    );
    text_field(
        ui,
        tr,
        cx.drafts,
        "adjuster_name",
        &tr.t("about-injury-adjuster-name"),
        "",
        &mut injury.adjuster_name,
    );
    phone_field(
        ui,
        tr,
        cx.drafts,
        "adjuster_phone",
        &tr.t("about-injury-adjuster-phone"),
        &tr.t("about-injury-adjuster-phone-hint"),
        &mut injury.adjuster_phone,
    );
}
