//! Step 7, "Your plan": a summary of everything entered, step by step, with a link back to
//! each, and the next things to do. Reads the whole case; writes nothing. Never skipped.

use std::fmt::Write as _;

use egui::{RichText, Ui};

use crate::case::input::{format_date, format_money};
use crate::case::{Account, Answer, Case, ForWhom, Paperwork, Step, state_name};
use crate::flow::{self, Nav};
use crate::ui::labels;
use crate::ui::widgets::section;

use super::StepCx;

/// Draws the step.
pub fn ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) -> Nav {
    let mut nav = Nav::Stay;
    section(ui, "What to do next");
    let actions = next_actions(case, cx.today);
    if actions.is_empty() {
        ui.label("You have answered everything. Keep this plan with your papers.");
    }
    for (n, action) in actions.iter().enumerate() {
        ui.label(format!("{}. {action}", n + 1));
    }

    for step in Step::ALL.into_iter().filter(|s| *s != Step::Plan) {
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(format!("{}. {}", step.number(), step.title()))
                    .strong()
                    .size(20.0),
            );
            if flow::applies(step, case, cx.today) {
                if ui
                    .button("Change")
                    .accessible_name(format!("Change {}", step.title()))
                    .clicked()
                {
                    nav = Nav::GoTo(step);
                }
            } else {
                ui.label(RichText::new("Not needed for this case").italics());
            }
        });
        let rows = summary(step, case, cx.today);
        if rows.is_empty() {
            ui.label(RichText::new("Nothing entered yet.").italics());
        }
        egui::Grid::new(("summary", step))
            .num_columns(2)
            .spacing([24.0, 6.0])
            .show(ui, |ui| {
                for (k, v) in rows {
                    ui.label(k);
                    ui.label(v);
                    ui.end_row();
                }
            });
    }
    nav
}

/// The next things to do, most urgent first.
fn next_actions(case: &Case, today: time::Date) -> Vec<String> {
    let mut out = Vec::new();
    let c = &case.condition;
    if c.paperwork.is_empty() || c.paperwork.contains(&Paperwork::NotYet) {
        out.push(
            "Ask your own doctor or chiropractor for a prescription or a letter of medical \
             necessity that names your condition, how often and for how long."
                .to_owned(),
        );
    }
    if flow::applies(Step::CallInsurer, case, today) && case.insurer.massage_covered.is_none() {
        out.push("Call your insurer before you book, and write down their answers.".to_owned());
    }
    if flow::applies(Step::Medicare, case, today) {
        out.push(
            "Original Medicare does not pay for massage. Ask your doctor whether physical \
             therapy, which Part B can help pay for, would help."
                .to_owned(),
        );
    }
    let a = &case.accounts;
    if a.kinds.iter().any(|k| *k != Account::NoAccount) && a.lmn_on_file != Some(Answer::Yes) {
        out.push("Get a letter of medical necessity before your first session, so your FSA, HSA or HRA can pay.".to_owned());
    }
    for step in Step::ALL {
        if step != Step::Plan
            && flow::applies(step, case, today)
            && !flow::is_done(step, case, today)
        {
            out.push(format!(
                "Finish step {}, \"{}\".",
                step.number(),
                step.title()
            ));
        }
    }
    out
}

fn yes_no(a: Option<Answer>) -> Option<String> {
    a.map(|a| labels::answer(a).to_owned())
}

fn text(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

fn list<T: Copy>(
    items: impl IntoIterator<Item = T>,
    label: impl Fn(T) -> &'static str,
) -> Option<String> {
    let v: Vec<&str> = items.into_iter().map(label).collect();
    (!v.is_empty()).then(|| v.join(", "))
}

/// One "question, answer" line; `None` when not answered.
type Row = (&'static str, Option<String>);

/// The rows "question, answer" of one step; unanswered questions are left out.
fn summary(step: Step, case: &Case, today: time::Date) -> Vec<(&'static str, String)> {
    let rows = match step {
        Step::AboutYou => about_rows(case, today),
        Step::Condition => condition_rows(case),
        Step::CallInsurer => insurer_rows(case),
        Step::Medicare => medicare_rows(case),
        Step::Accounts => accounts_rows(case),
        Step::Alternatives => alternatives_rows(case),
        Step::Plan => Vec::new(),
    };
    rows.into_iter()
        .filter_map(|(k, v)| v.map(|v| (k, v)))
        .collect()
}

fn about_rows(case: &Case, today: time::Date) -> Vec<Row> {
    let a = &case.about;
    vec![
        (
            "For",
            a.for_whom.map(|w| match w {
                ForWhom::Myself => labels::for_whom(w).to_owned(),
                ForWhom::SomeoneElse => {
                    let mut s = labels::for_whom(w).to_owned();
                    if let Some(r) = text(&a.relationship) {
                        let _ = write!(s, " ({r})");
                    }
                    s
                }
            }),
        ),
        ("Name", text(&a.patient_name)),
        ("Date of birth", a.date_of_birth.map(format_date)),
        ("Age", case.age_on(today).map(|n| n.to_string())),
        (
            "State",
            a.state.as_deref().and_then(state_name).map(str::to_owned),
        ),
        (
            "Coverage",
            list(a.coverage.iter().copied(), labels::coverage),
        ),
    ]
}

fn condition_rows(case: &Case) -> Vec<Row> {
    let c = &case.condition;
    vec![
        (
            "Conditions",
            list(c.kinds.iter().copied(), labels::condition),
        ),
        ("In your words", text(&c.other)),
        (
            "Papers",
            list(c.paperwork.iter().copied(), labels::paperwork),
        ),
        (
            "Written by",
            c.prescriber.map(|p| labels::prescriber(p).to_owned()),
        ),
        ("Their name", text(&c.prescriber_name)),
        ("Dated", c.written_on.map(format_date)),
        (
            "How often",
            c.sessions
                .map(|n| format!("{n} a {}", labels::period(c.per, false))),
        ),
        (
            "For how long",
            c.duration
                .map(|n| format!("{n} {}", labels::period(c.duration_unit, n != 1))),
        ),
    ]
}

fn insurer_rows(case: &Case) -> Vec<Row> {
    let i = &case.insurer;
    vec![
        ("Insurer", text(&i.name)),
        ("Phone", text(&i.phone)),
        ("Member ID", text(&i.member_id)),
        ("Group number", text(&i.group_number)),
        ("Massage covered", yes_no(i.massage_covered)),
        ("Benefit", text(&i.benefit)),
        ("Prescription needed", yes_no(i.prescription_needed)),
        ("Prior authorization", yes_no(i.prior_authorization)),
        ("Visits a year", i.visit_limit.map(|n| n.to_string())),
        ("In-network therapists", text(&i.in_network)),
        ("Copay", i.copay.map(format_money)),
        (
            "Coinsurance",
            i.coinsurance_percent.map(|p| format!("{p}%")),
        ),
        ("Deductible left", i.deductible_left.map(format_money)),
        ("Spoke to", text(&i.rep_name)),
        ("Reference number", text(&i.reference)),
        ("Call date", i.call_date.map(format_date)),
    ]
}

fn medicare_rows(case: &Case) -> Vec<Row> {
    let m = &case.medicare;
    vec![
        (
            "Parts",
            list(m.parts.iter().copied(), labels::medicare_part),
        ),
        ("Advantage plan", text(&m.advantage_plan)),
        (
            "Massage benefit listed",
            yes_no(m.advantage_massage_benefit),
        ),
        ("Medigap plan", text(&m.medigap_plan)),
    ]
}

fn accounts_rows(case: &Case) -> Vec<Row> {
    let a = &case.accounts;
    vec![
        ("Accounts", list(a.kinds.iter().copied(), labels::account)),
        ("FSA balance", a.fsa_balance.map(format_money)),
        ("FSA plan year ends", a.plan_year_end.map(format_date)),
        ("HSA balance", a.hsa_balance.map(format_money)),
        ("HRA balance", a.hra_balance.map(format_money)),
        ("Letter on file", yes_no(a.lmn_on_file)),
    ]
}

fn alternatives_rows(case: &Case) -> Vec<Row> {
    let a = &case.alternatives;
    vec![
        (
            "Looking into",
            list(a.wanted.iter().copied(), labels::alternative),
        ),
        ("Notes", text(&a.notes)),
    ]
}
