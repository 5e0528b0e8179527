//! Step 7, "Your plan": a summary of everything entered, step by step, with a link back to
//! each, and the next things to do. Reads the whole case; writes nothing. Never skipped.

use std::fmt::Write as _;

use egui::{RichText, Ui};

use crate::case::input::{format_date, format_money};
use crate::case::{Answer, Case, ForWhom, Step, state_name};
use crate::coverage::{self, Assessment, Todo, Verdict};
use crate::flow::{self, Nav};
use crate::ui::guide::{sources_ui, words_used_ui};
use crate::ui::paper::papers_ui;
use crate::ui::widgets::section;
use crate::ui::{labels, theme};

use super::StepCx;

/// Draws the step.
pub fn ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) -> Nav {
    let mut nav = Nav::Stay;
    next_steps_ui(ui, case, cx);
    section(ui, "Papers to print");
    ui.horizontal_wrapped(|ui| {
        ui.label("Paper size");
        for size in crate::documents::PaperSize::ALL {
            ui.radio_value(cx.paper_size, size, size.name());
        }
    });
    papers_ui(ui, cx.paper, cx.kiosk);
    routes_ui(ui, case, cx);
    calls_ui(ui, case);
    section(ui, "Everything you entered");
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

/// Every logged call, newest first.
fn calls_ui(ui: &mut Ui, case: &Case) {
    if case.insurer.calls.is_empty() {
        return;
    }
    section(ui, "Your calls");
    for call in case.insurer.calls.iter().rev() {
        let when = call
            .started
            .map_or_else(String::new, |t| format_date(t.date()));
        let mut line = format!("{when}: {}", call.outcome.trim());
        if !call.reference.trim().is_empty() {
            let _ = write!(line, " (reference {})", call.reference.trim());
        }
        ui.label(line);
    }
}

/// The text of a to-do, with its date filled in.
pub fn todo_text(guidance: &crate::guidance::Guidance, todo: Todo) -> String {
    let text = &guidance.action(todo.action).text;
    match todo.due {
        Some(due) => text.replace("{date}", &format_date(due)),
        None => text.clone(),
    }
}

/// What to do next, in order: unfinished steps first, then the actions of every route.
fn next_steps_ui(ui: &mut Ui, case: &Case, cx: &mut StepCx<'_>) {
    section(ui, "What to do next");
    let mut n = 0;
    for step in Step::ALL {
        if step != Step::Plan
            && flow::applies(step, case, cx.today)
            && !flow::is_done(step, case, cx.today)
        {
            n += 1;
            ui.label(format!(
                "{n}. Finish step {}, \"{}\".",
                step.number(),
                step.title()
            ));
        }
    }
    for todo in coverage::plan(case, cx.today) {
        n += 1;
        ui.label(format!("{n}. {}", todo_text(cx.guidance, todo)));
        sources_ui(
            ui,
            cx.guidance,
            &cx.guidance.action(todo.action).facts,
            &format!("todo-{n}"),
        );
    }
}

/// Every way to pay, with its verdict and reasons; the ones that do not apply come last, folded.
fn routes_ui(ui: &mut Ui, case: &Case, cx: &mut StepCx<'_>) {
    section(ui, "Ways to pay for massage");
    let mut all = coverage::assess(case);
    all.sort_by_key(|a| a.verdict);
    let (open, closed): (Vec<_>, Vec<_>) = all
        .into_iter()
        .partition(|a| a.verdict != Verdict::NotApplicable);
    for a in &open {
        route_ui(ui, a, cx);
    }
    let texts = open.iter().flat_map(|a| {
        a.reasons
            .iter()
            .map(|r| cx.guidance.reason(*r).text.as_str())
    });
    words_used_ui(ui, cx.guidance, texts, cx.glossary);
    egui::CollapsingHeader::new(format!("Not for this case ({})", closed.len())).show(ui, |ui| {
        for a in &closed {
            let route = cx.guidance.route(a.route);
            ui.label(format!("{}: {}", route.name, route.summary));
        }
    });
}

fn route_ui(ui: &mut Ui, a: &Assessment, cx: &mut StepCx<'_>) {
    let route = cx.guidance.route(a.route);
    let (word, color) = match a.verdict {
        Verdict::Likely => ("Likely", theme::OK),
        Verdict::Possible => ("Possible", theme::TEXT),
        Verdict::Unlikely => ("Unlikely", theme::ERROR),
        Verdict::NotApplicable => ("Does not apply", theme::MUTED),
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&route.name).strong().size(19.0));
            ui.label(RichText::new(word).strong().color(color));
        });
        ui.label(RichText::new(&route.summary).color(theme::MUTED));
        let mut facts = Vec::new();
        for r in &a.reasons {
            let s = cx.guidance.reason(*r);
            ui.label(&s.text);
            facts.extend(s.facts.iter().cloned());
        }
        sources_ui(ui, cx.guidance, &facts, &format!("route-{:?}", a.route));
    });
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
