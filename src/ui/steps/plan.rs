//! Step 7, "Your plan": a summary of everything entered, step by step, with a link back to
//! each, and the next things to do. Reads the whole case; writes nothing. Never skipped.

use std::fmt::Write as _;

use egui::{RichText, Ui};

use crate::case::input::{format_date, format_money};
use crate::case::{Answer, Case, ForWhom, Step, state_name};
use crate::coverage::{self, Assessment, Todo, Verdict};
use crate::flow::{self, Nav};
use crate::ui::guide::sources_ui;
use crate::ui::i18n::Tr;
use crate::ui::paper::papers_ui;
use crate::ui::widgets::section;
use crate::ui::{labels, theme};

use super::StepCx;

/// Draws the step.
pub fn ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) -> Nav {
    let tr = cx.tr;
    let mut nav = Nav::Stay;
    next_steps_ui(ui, case, cx);
    section(ui, &tr.t("plan-papers"));
    ui.horizontal_wrapped(|ui| {
        ui.label(tr.t("plan-paper-size"));
        for size in crate::documents::PaperSize::ALL {
            let name = tr.t(match size {
                crate::documents::PaperSize::Letter => "paper-size-letter",
                crate::documents::PaperSize::A4 => "paper-size-a4",
            });
            ui.radio_value(cx.paper_size, size, name);
        }
    });
    papers_ui(ui, tr, cx.paper, cx.kiosk);
    routes_ui(ui, case, cx);
    calls_ui(ui, tr, case);
    section(ui, &tr.t("plan-everything"));
    for step in Step::ALL.into_iter().filter(|s| *s != Step::Plan) {
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let title = labels::step_title(tr, step, case.helping());
            ui.label(
                RichText::new(format!("{}. {title}", step.number()))
                    .strong()
                    .size(20.0),
            );
            if flow::applies(step, case, cx.today) {
                if ui
                    .button(tr.t("plan-change"))
                    .accessible_name(tr.t_args("plan-change-name", &[("step", title.into())]))
                    .clicked()
                {
                    nav = Nav::GoTo(step);
                }
            } else {
                ui.label(RichText::new(tr.t("plan-not-needed")).italics());
            }
        });
        let rows = summary(tr, step, case, cx.today);
        if rows.is_empty() {
            ui.label(RichText::new(tr.t("plan-nothing-yet")).italics());
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
fn calls_ui(ui: &mut Ui, tr: &Tr, case: &Case) {
    if case.insurer.calls.is_empty() {
        return;
    }
    section(ui, &tr.t("call-your-calls"));
    for call in case.insurer.calls.iter().rev() {
        let when = call
            .started
            .map_or_else(String::new, |t| format_date(t.date()));
        let mut line = format!("{when}: {}", call.outcome.trim());
        if !call.reference.trim().is_empty() {
            let reference = tr.t_args(
                "call-reference-is",
                &[("reference", call.reference.trim().into())],
            );
            let _ = write!(line, " ({reference})");
        }
        ui.label(line);
    }
}

/// The text of a to-do, with its date filled in, in the words for someone helping the patient
/// when `helping`.
pub fn todo_text(guidance: &crate::guidance::Guidance, todo: Todo, helping: bool) -> String {
    let text = guidance.action_text(todo.action, helping);
    match todo.due {
        Some(due) => text.replace("{date}", &format_date(due)),
        None => text.to_owned(),
    }
}

/// What to do next, in order: what is due soon (money about to be lost), then the unfinished
/// steps, then the rest of the plan; the cheaper places not chosen come apart, as other
/// options.
fn next_steps_ui(ui: &mut Ui, case: &Case, cx: &mut StepCx<'_>) {
    let tr = cx.tr;
    section(ui, &tr.t("plan-next"));
    let (soon, rest): (Vec<Todo>, Vec<Todo>) = coverage::plan(case, cx.today)
        .into_iter()
        .partition(|t| coverage::is_urgent(*t, cx.today));
    let mut n = 0;
    for todo in &soon {
        n += 1;
        todo_ui(ui, *todo, n, case.helping(), cx);
    }
    for step in Step::ALL {
        if step != Step::Plan
            && flow::applies(step, case, cx.today)
            && !flow::is_done(step, case, cx.today)
        {
            n += 1;
            let finish = tr.t_args(
                "plan-finish-step",
                &[
                    ("n", step.number().into()),
                    ("title", labels::step_title(tr, step, case.helping()).into()),
                ],
            );
            ui.label(format!("{n}. {finish}"));
        }
    }
    for todo in &rest {
        n += 1;
        todo_ui(ui, *todo, n, case.helping(), cx);
    }
    let others = coverage::other_options(case);
    if !others.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new(tr.t("plan-other-options")).strong());
        for todo in others {
            ui.label(format!(
                "• {}",
                todo_text(cx.guidance, todo, case.helping())
            ));
        }
    }
}

/// One numbered to-do with its days left and its sources.
fn todo_ui(ui: &mut Ui, todo: Todo, n: usize, helping: bool, cx: &StepCx<'_>) {
    let mut line = format!("{n}. {}", todo_text(cx.guidance, todo, helping));
    if let Some(days) = coverage::days_left(todo, cx.today) {
        let _ = write!(line, " {}", days_left_text(cx.tr, days));
    }
    ui.label(line);
    sources_ui(
        ui,
        cx.tr,
        cx.guidance,
        &cx.guidance.action(todo.action).facts,
        &format!("todo-{n}"),
    );
}

/// "(29 days left)", "(today)" or "(3 days ago)".
fn days_left_text(tr: &Tr, days: i64) -> String {
    match days {
        0 => tr.t("plan-due-today"),
        d if d > 0 => tr.t_args("plan-days-left", &[("days", d.into())]),
        d => tr.t_args("plan-days-ago", &[("days", (-d).into())]),
    }
}

/// Every way to pay, with its verdict and reasons; the ones that do not apply come last, folded.
fn routes_ui(ui: &mut Ui, case: &Case, cx: &mut StepCx<'_>) {
    let tr = cx.tr;
    section(ui, &tr.t("plan-ways-to-pay"));
    let mut all = coverage::assess(case);
    all.sort_by_key(|a| a.verdict);
    let (open, closed): (Vec<_>, Vec<_>) = all
        .into_iter()
        .partition(|a| a.verdict != Verdict::NotApplicable);
    for a in &open {
        route_ui(ui, a, cx);
    }
    let heading = tr.t_args("plan-not-for-this-case", &[("n", closed.len().into())]);
    egui::CollapsingHeader::new(heading).show(ui, |ui| {
        for a in &closed {
            let route = cx.guidance.route(a.route);
            ui.label(format!("{}: {}", route.name, route.summary));
        }
    });
}

fn route_ui(ui: &mut Ui, a: &Assessment, cx: &mut StepCx<'_>) {
    let route = cx.guidance.route(a.route);
    let (key, color) = match a.verdict {
        Verdict::Likely => ("verdict-likely", theme::OK),
        Verdict::Possible => ("verdict-possible", theme::TEXT),
        Verdict::Unlikely => ("verdict-unlikely", theme::ERROR),
        Verdict::NotApplicable => ("verdict-not-applicable", theme::MUTED),
    };
    let word = cx.tr.t(key);
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
        sources_ui(
            ui,
            cx.tr,
            cx.guidance,
            &facts,
            &format!("route-{:?}", a.route),
        );
    });
}

fn yes_no(tr: &Tr, a: Option<Answer>) -> Option<String> {
    a.map(|a| labels::answer(tr, a))
}

fn text(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

fn list<T: Copy>(
    items: impl IntoIterator<Item = T>,
    label: impl Fn(T) -> String,
) -> Option<String> {
    let v: Vec<String> = items.into_iter().map(label).collect();
    (!v.is_empty()).then(|| v.join(", "))
}

/// One "question, answer" line, by the question's key; `None` when not answered.
type Row = (&'static str, Option<String>);

/// The rows "question, answer" of one step; unanswered questions are left out.
fn summary(tr: &Tr, step: Step, case: &Case, today: time::Date) -> Vec<(String, String)> {
    let rows = match step {
        Step::AboutYou => about_rows(tr, case, today),
        Step::Condition => condition_rows(tr, case),
        Step::CallInsurer => insurer_rows(tr, case),
        Step::Medicare => medicare_rows(tr, case),
        Step::Accounts => accounts_rows(tr, case),
        Step::Alternatives => alternatives_rows(tr, case),
        Step::Plan => Vec::new(),
    };
    rows.into_iter()
        .filter_map(|(k, v)| v.map(|v| (tr.t(k), v)))
        .collect()
}

fn about_rows(tr: &Tr, case: &Case, today: time::Date) -> Vec<Row> {
    let a = &case.about;
    vec![
        (
            "row-for",
            a.for_whom.map(|w| match w {
                ForWhom::Myself => labels::for_whom(tr, w),
                ForWhom::SomeoneElse => {
                    let mut s = labels::for_whom(tr, w);
                    if let Some(r) = text(&a.relationship) {
                        let _ = write!(s, " ({r})");
                    }
                    s
                }
            }),
        ),
        ("row-name", text(&a.patient_name)),
        ("row-date-of-birth", a.date_of_birth.map(format_date)),
        ("row-age", case.age_on(today).map(|n| n.to_string())),
        (
            "row-state",
            a.state.as_deref().and_then(state_name).map(str::to_owned),
        ),
        (
            "row-coverage",
            list(a.coverage.iter().copied(), |c| {
                labels::coverage(tr, c, case.helping())
            }),
        ),
    ]
}

fn condition_rows(tr: &Tr, case: &Case) -> Vec<Row> {
    let c = &case.condition;
    vec![
        (
            "row-conditions",
            list(c.kinds.iter().copied(), |k| labels::condition(tr, k)),
        ),
        ("row-in-your-words", text(&c.other)),
        (
            "row-papers",
            list(c.paperwork.iter().copied(), |p| labels::paperwork(tr, p)),
        ),
        (
            "row-written-by",
            c.prescriber
                .map(|p| labels::prescriber(tr, p, case.helping())),
        ),
        ("row-their-name", text(&c.prescriber_name)),
        ("row-dated", c.written_on.map(format_date)),
        (
            "row-how-often",
            c.sessions.map(|n| {
                tr.t_args(
                    "row-how-often-value",
                    &[
                        ("n", n.into()),
                        ("period", labels::period(tr, c.per, 1).into()),
                    ],
                )
            }),
        ),
        (
            "row-how-long",
            c.duration
                .map(|n| format!("{n} {}", labels::period(tr, c.duration_unit, n))),
        ),
    ]
}

fn insurer_rows(tr: &Tr, case: &Case) -> Vec<Row> {
    let i = &case.insurer;
    vec![
        ("row-insurer", text(&i.name)),
        ("row-phone", text(&i.phone)),
        ("row-member-id", text(&i.member_id)),
        ("row-group-number", text(&i.group_number)),
        ("row-massage-covered", yes_no(tr, i.massage_covered)),
        ("row-benefit", text(&i.benefit)),
        ("row-prescription-needed", yes_no(tr, i.prescription_needed)),
        ("row-prior-authorization", yes_no(tr, i.prior_authorization)),
        ("row-visits-a-year", i.visit_limit.map(|n| n.to_string())),
        ("row-in-network", text(&i.in_network)),
        ("row-copay", i.copay.map(format_money)),
        (
            "row-coinsurance",
            i.coinsurance_percent
                .map(|p| tr.t_args("percent", &[("n", p.into())])),
        ),
        ("row-deductible-left", i.deductible_left.map(format_money)),
        ("row-spoke-to", text(&i.rep_name)),
        ("row-reference", text(&i.reference)),
        ("row-call-date", i.call_date.map(format_date)),
    ]
}

fn medicare_rows(tr: &Tr, case: &Case) -> Vec<Row> {
    let m = &case.medicare;
    vec![
        (
            "row-parts",
            list(m.parts.iter().copied(), |p| labels::medicare_part(tr, p)),
        ),
        ("row-advantage-plan", text(&m.advantage_plan)),
        (
            "row-massage-benefit",
            yes_no(tr, m.advantage_massage_benefit),
        ),
        ("row-medigap-plan", text(&m.medigap_plan)),
    ]
}

fn accounts_rows(tr: &Tr, case: &Case) -> Vec<Row> {
    let a = &case.accounts;
    vec![
        (
            "row-accounts",
            list(a.kinds.iter().copied(), |k| labels::account(tr, k)),
        ),
        ("row-fsa-balance", a.fsa_balance.map(format_money)),
        ("row-plan-year-ends", a.plan_year_end.map(format_date)),
        ("row-hsa-balance", a.hsa_balance.map(format_money)),
        ("row-hra-balance", a.hra_balance.map(format_money)),
        ("row-letter-on-file", yes_no(tr, a.lmn_on_file)),
    ]
}

fn alternatives_rows(tr: &Tr, case: &Case) -> Vec<Row> {
    let a = &case.alternatives;
    vec![
        (
            "row-looking-into",
            list(a.wanted.iter().copied(), |x| {
                labels::alternative(tr, x, case.helping())
            }),
        ),
        ("row-notes", text(&a.notes)),
    ]
}
