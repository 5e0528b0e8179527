//! The call log inside "Call your insurer": "Start call" starts a timer (hold and talk time),
//! the questions come one after another with large answer buttons and a note, and the
//! representative's name, reference number, outcome and follow-up date are kept. Every call
//! stays in the case and can be edited later; everything typed is saved as it is typed.

use std::fmt::Write as _;

use egui::{RichText, Ui, vec2};
use time::OffsetDateTime;

use crate::case::input::{self, format_date};
use crate::case::{Answer, CallAnswer, CallRecord, Case};
use crate::documents::DocumentKind;
use crate::ui::labels;
use crate::ui::paper::{PaperRequest, paper_buttons_ui};
use crate::ui::theme;
use crate::ui::widgets::{Dates, Drafts, date_field, hint, note_field, section, text_field};

use super::StepCx;

/// Which call is open, and its running timer while the call is on.
#[derive(Clone, Debug, Default)]
pub struct CallUi {
    /// The call being logged or edited, by index.
    editing: Option<usize>,
    /// Set while the call is on.
    live: Option<Timer>,
    /// The question on screen, by index.
    question: usize,
}

/// The running part of a call's clock; finished seconds are in the record.
#[derive(Clone, Copy, Debug)]
struct Timer {
    on_hold: bool,
    since: OffsetDateTime,
}

/// Whole seconds from `since` to `now`, never negative.
fn seconds(since: OffsetDateTime, now: OffsetDateTime) -> u32 {
    u32::try_from((now - since).whole_seconds().max(0)).unwrap_or(u32::MAX)
}

/// "12:05" for 725 seconds; hours when needed.
pub fn clock_text(total: u32) -> String {
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

impl CallUi {
    /// Adds the running phase's seconds to the record and restarts the phase at `now`.
    fn bank(&mut self, call: &mut CallRecord, now: OffsetDateTime) {
        if let Some(t) = &mut self.live {
            let secs = seconds(t.since, now);
            if t.on_hold {
                call.hold_seconds = call.hold_seconds.saturating_add(secs);
            } else {
                call.talk_seconds = call.talk_seconds.saturating_add(secs);
            }
            t.since = now;
        }
    }

    /// Hold and talk seconds so far, counting the running phase.
    fn totals(&self, call: &CallRecord, now: OffsetDateTime) -> (u32, u32) {
        let running = self.live.map_or(0, |t| seconds(t.since, now));
        match self.live {
            Some(t) if t.on_hold => (call.hold_seconds + running, call.talk_seconds),
            Some(_) => (call.hold_seconds, call.talk_seconds + running),
            None => (call.hold_seconds, call.talk_seconds),
        }
    }
}

/// Draws the call log: the open call, if any, then every call so far.
pub fn ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) {
    let tr = cx.tr;
    section(
        ui,
        &tr.t_args(
            "call-log-heading",
            &[("who", crate::ui::labels::who(case).into())],
        ),
    );
    let now = cx.now;
    if let Some(index) = cx.call.editing.filter(|i| *i < case.insurer.calls.len()) {
        open_call_ui(ui, case, index, cx);
        if cx.call.live.is_some() {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs(1));
        }
    } else {
        cx.call.editing = None;
        ui.label(tr.t("call-print-first"));
        let blank = PaperRequest {
            kind: DocumentKind::Checklist,
            call: None,
            print: true,
            language: None,
        };
        let what = tr.t("call-blank-checklist");
        paper_buttons_ui(ui, tr, cx.paper, cx.kiosk, blank, &what);
        hint(ui, &tr.t("call-start-hint"));
        let start = egui::Button::new(RichText::new(tr.t("call-start")).size(22.0).strong())
            .min_size(vec2(200.0, 56.0));
        if ui.add(start).clicked() {
            case.insurer.calls.push(CallRecord {
                started: Some(now),
                ..CallRecord::default()
            });
            *cx.call = CallUi {
                editing: Some(case.insurer.calls.len() - 1),
                live: Some(Timer {
                    on_hold: true,
                    since: now,
                }),
                question: 0,
            };
            forget_drafts(cx.drafts);
        }
    }
    calls_list_ui(ui, case, cx);
}

fn open_call_ui(ui: &mut Ui, case: &mut Case, index: usize, cx: &mut StepCx<'_>) {
    let tr = cx.tr;
    let call = &mut case.insurer.calls[index];
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        timer_ui(ui, call, cx);
        question_ui(ui, call, cx);
        ui.add_space(8.0);
        let d = &mut *cx.drafts;
        text_field(
            ui,
            tr,
            d,
            "call_rep",
            &tr.t("call-rep-name"),
            "",
            &mut call.rep_name,
        );
        text_field(
            ui,
            tr,
            d,
            "call_reference",
            &tr.t("call-reference"),
            "",
            &mut call.reference,
        );
        note_field(
            ui,
            tr,
            d,
            "call_outcome",
            &tr.t("call-outcome"),
            &mut call.outcome,
        );
        date_field(
            ui,
            tr,
            d,
            "call_follow_up",
            &tr.t("call-follow-up"),
            &mut call.follow_up,
            Dates::Ahead(cx.today),
        );
        if cx.call.live.is_none() && ui.button(tr.t("call-done")).clicked() {
            cx.call.editing = None;
            forget_drafts(cx.drafts);
        }
    });
    if cx.call.editing.is_none() {
        // Done: what the call found fills the quick answers below that are still empty. Only
        // then, so that a note typed a digit at a time ("2", "20 visits") is read whole.
        sync_quick_answers(case, index);
    }
}

/// Hold and talk time, and the buttons that move the call along.
fn timer_ui(ui: &mut Ui, call: &mut CallRecord, cx: &mut StepCx<'_>) {
    let tr = cx.tr;
    let now = cx.now;
    let (hold, talk) = cx.call.totals(call, now);
    let so_far = [
        ("hold", clock_text(hold).into()),
        ("talk", clock_text(talk).into()),
    ];
    let Some(timer) = cx.call.live else {
        ui.label(RichText::new(tr.t_args("call-times", &so_far)).strong());
        return;
    };
    let key = if timer.on_hold {
        "call-times-on-hold"
    } else {
        "call-times-talking"
    };
    ui.label(RichText::new(tr.t_args(key, &so_far)).size(22.0).strong());
    ui.horizontal(|ui| {
        let switch = tr.t(if timer.on_hold {
            "call-person-answered"
        } else {
            "call-back-on-hold"
        });
        let big = |text: &str, width: f32| {
            egui::Button::new(RichText::new(text).size(20.0)).min_size(vec2(width, 48.0))
        };
        if ui.add(big(&switch, 180.0)).clicked() {
            cx.call.bank(call, now);
            if let Some(t) = &mut cx.call.live {
                t.on_hold = !t.on_hold;
            }
        }
        if ui.add(big(&tr.t("call-end"), 140.0)).clicked() {
            cx.call.bank(call, now);
            cx.call.live = None;
        }
    });
}

/// One question at a time, with large answer buttons and a note.
fn question_ui(ui: &mut Ui, call: &mut CallRecord, cx: &mut StepCx<'_>) {
    let tr = cx.tr;
    let questions = &cx.guidance.questions;
    if questions.is_empty() {
        return;
    }
    let q_index = cx.call.question.min(questions.len() - 1);
    let q = &questions[q_index];
    ui.add_space(8.0);
    ui.label(
        RichText::new(tr.t_args(
            "call-question-of",
            &[
                ("n", (q_index + 1).into()),
                ("total", questions.len().into()),
            ],
        ))
        .color(theme::MUTED),
    );
    ui.label(RichText::new(&q.text).size(22.0).strong());
    ui.label(RichText::new(&q.why).color(theme::MUTED));
    let answer = call.answers.entry(q.id.clone()).or_default();
    ui.horizontal(|ui| {
        for a in Answer::ALL {
            let word = labels::answer(tr, a);
            let name = tr.t_args("call-answer-name", &[("answer", word.as_str().into())]);
            let button =
                egui::Button::selectable(answer.answer == Some(a), RichText::new(word).size(22.0))
                    .min_size(vec2(140.0, 56.0));
            if ui.add(button).accessible_name(name).clicked() {
                answer.answer = Some(a);
            }
        }
    });
    note_field(
        ui,
        cx.tr,
        cx.drafts,
        "call_note",
        &tr.t("call-note"),
        &mut answer.note,
    );
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                q_index > 0,
                egui::Button::new(tr.t("call-previous-question")),
            )
            .clicked()
        {
            cx.call.question = q_index - 1;
            cx.drafts.forget("call_note");
        }
        let more = q_index + 1 < questions.len();
        if ui
            .add_enabled(more, egui::Button::new(tr.t("call-next-question")))
            .clicked()
        {
            cx.call.question = q_index + 1;
            cx.drafts.forget("call_note");
        }
    });
}

/// Copies what the call found into the step's quick answers, where those are still empty.
fn sync_quick_answers(case: &mut Case, index: usize) {
    let Some(call) = case.insurer.calls.get(index).cloned() else {
        return;
    };
    let i = &mut case.insurer;
    let answer = |id: &str| call.answers.get(id).and_then(|a: &CallAnswer| a.answer);
    for (id, field) in [
        ("covered", &mut i.massage_covered),
        ("prescription", &mut i.prescription_needed),
        ("prior-authorization", &mut i.prior_authorization),
    ] {
        if field.is_none() {
            *field = answer(id);
        }
    }
    let note = |id: &str| {
        call.answers
            .get(id)
            .map(|a| a.note.trim())
            .filter(|n| !n.is_empty())
    };
    if i.benefit.trim().is_empty()
        && let Some(said) = note("covered")
    {
        said.clone_into(&mut i.benefit);
    }
    if i.in_network.trim().is_empty()
        && let Some(said) = note("in-network")
    {
        said.clone_into(&mut i.in_network);
    }
    if i.visit_limit.is_none() {
        i.visit_limit = note("visit-limit").and_then(input::first_whole_number);
    }
    if let Some(said) = note("costs") {
        if i.coinsurance_percent.is_none() {
            i.coinsurance_percent = input::percent_in(said);
        }
        let lower = said.to_lowercase();
        if i.copay.is_none() && (lower.contains("copay") || lower.contains("copago")) {
            i.copay = input::dollars_in(said);
        }
    }
    if i.rep_name.trim().is_empty() {
        i.rep_name.clone_from(&call.rep_name);
    }
    if i.reference.trim().is_empty() {
        i.reference.clone_from(&call.reference);
    }
    if i.call_date.is_none() {
        i.call_date = call.started.map(OffsetDateTime::date);
    }
}

fn calls_list_ui(ui: &mut Ui, case: &Case, cx: &mut StepCx<'_>) {
    if case.insurer.calls.is_empty() {
        return;
    }
    let tr = cx.tr;
    ui.label(RichText::new(tr.t("call-your-calls")).strong());
    for (n, call) in case.insurer.calls.iter().enumerate().rev() {
        let when = call.started.map_or_else(
            || tr.t("call-untimed"),
            |t| {
                let time = format!("{:02}:{:02}", t.hour(), t.minute());
                tr.t_args(
                    "call-when",
                    &[
                        ("date", format_date(t.date()).into()),
                        ("time", time.into()),
                    ],
                )
            },
        );
        let mut line = when.clone();
        if !call.rep_name.trim().is_empty() {
            let rep = tr.t_args("call-spoke-to", &[("name", call.rep_name.trim().into())]);
            let _ = write!(line, " – {rep}");
        }
        if !call.reference.trim().is_empty() {
            let reference = tr.t_args(
                "call-reference-is",
                &[("reference", call.reference.trim().into())],
            );
            let _ = write!(line, " – {reference}");
        }
        ui.label(line);
        ui.horizontal(|ui| {
            let busy = cx.call.live.is_some();
            if ui
                .add_enabled(!busy, egui::Button::new(tr.t("call-edit")))
                .accessible_name(tr.t_args("call-edit-name", &[("when", when.as_str().into())]))
                .clicked()
            {
                *cx.call = CallUi {
                    editing: Some(n),
                    live: None,
                    question: 0,
                };
                forget_drafts(cx.drafts);
            }
        });
        let filled = PaperRequest {
            kind: DocumentKind::Checklist,
            call: Some(n),
            print: true,
            language: None,
        };
        let what = tr.t_args("call-checklist-of", &[("when", when.as_str().into())]);
        paper_buttons_ui(ui, tr, cx.paper, cx.kiosk, filled, &what);
    }
}

/// Drafts of the call fields belong to one call; forget them when another opens.
fn forget_drafts(drafts: &mut Drafts) {
    for key in [
        "call_note",
        "call_rep",
        "call_reference",
        "call_outcome",
        "call_follow_up",
    ] {
        drafts.forget(key);
    }
}
