//! The call log inside "Call your insurer": "Start call" starts a timer (hold and talk time),
//! the questions come one after another with large answer buttons and a note, and the
//! representative's name, reference number, outcome and follow-up date are kept. Every call
//! stays in the case and can be edited later; everything typed is saved as it is typed.

use std::fmt::Write as _;

use egui::{RichText, Ui, vec2};
use time::OffsetDateTime;

use crate::case::input::format_date;
use crate::case::{Answer, CallAnswer, CallRecord, Case};
use crate::documents::DocumentKind;
use crate::ui::labels;
use crate::ui::paper::{PaperRequest, paper_buttons_ui};
use crate::ui::theme;
use crate::ui::widgets::{Drafts, date_field, hint, note_field, section, text_field};

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
    section(ui, "Log your call");
    let now = cx.now;
    if let Some(index) = cx.call.editing.filter(|i| *i < case.insurer.calls.len()) {
        open_call_ui(ui, case, index, cx);
        if cx.call.live.is_some() {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs(1));
        }
    } else {
        cx.call.editing = None;
        ui.label("Print the checklist before you call");
        let blank = PaperRequest {
            kind: DocumentKind::Checklist,
            call: None,
            print: true,
        };
        paper_buttons_ui(ui, cx.paper, cx.kiosk, blank, "blank call checklist");
        hint(
            ui,
            "Press Start call when you dial. The questions come one at a time, and everything you type is saved.",
        );
        let start = egui::Button::new(RichText::new("Start call").size(22.0).strong())
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
    let call = &mut case.insurer.calls[index];
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        timer_ui(ui, call, cx);
        question_ui(ui, call, cx);
        ui.add_space(8.0);
        let d = &mut *cx.drafts;
        text_field(
            ui,
            d,
            "call_rep",
            "Representative's name",
            "",
            &mut call.rep_name,
        );
        text_field(
            ui,
            d,
            "call_reference",
            "Reference number",
            "",
            &mut call.reference,
        );
        note_field(
            ui,
            d,
            "call_outcome",
            "Outcome and next steps",
            &mut call.outcome,
        );
        date_field(
            ui,
            d,
            "call_follow_up",
            "Follow up on",
            &mut call.follow_up,
            None,
        );
        if cx.call.live.is_none() && ui.button("Done with this call").clicked() {
            cx.call.editing = None;
            forget_drafts(cx.drafts);
        }
    });
    if cx.call.live.is_none() && cx.call.editing.is_some() {
        // Keep the quick answers below in step with the latest call.
        sync_quick_answers(case, index);
    }
}

/// Hold and talk time, and the buttons that move the call along.
fn timer_ui(ui: &mut Ui, call: &mut CallRecord, cx: &mut StepCx<'_>) {
    let now = cx.now;
    let (hold, talk) = cx.call.totals(call, now);
    let so_far = format!(
        "on hold {} – talking {}",
        clock_text(hold),
        clock_text(talk)
    );
    let Some(timer) = cx.call.live else {
        ui.label(RichText::new(so_far).strong());
        return;
    };
    let phase = if timer.on_hold { "On hold" } else { "Talking" };
    ui.label(
        RichText::new(format!("{phase} – {so_far}"))
            .size(22.0)
            .strong(),
    );
    ui.horizontal(|ui| {
        let switch = if timer.on_hold {
            "A person answered"
        } else {
            "Back on hold"
        };
        let big = |text: &str, width: f32| {
            egui::Button::new(RichText::new(text).size(20.0)).min_size(vec2(width, 48.0))
        };
        if ui.add(big(switch, 180.0)).clicked() {
            cx.call.bank(call, now);
            if let Some(t) = &mut cx.call.live {
                t.on_hold = !t.on_hold;
            }
        }
        if ui.add(big("End call", 140.0)).clicked() {
            cx.call.bank(call, now);
            cx.call.live = None;
        }
    });
}

/// One question at a time, with large answer buttons and a note.
fn question_ui(ui: &mut Ui, call: &mut CallRecord, cx: &mut StepCx<'_>) {
    let questions = &cx.guidance.questions;
    if questions.is_empty() {
        return;
    }
    let q_index = cx.call.question.min(questions.len() - 1);
    let q = &questions[q_index];
    ui.add_space(8.0);
    ui.label(
        RichText::new(format!("Question {} of {}", q_index + 1, questions.len()))
            .color(theme::MUTED),
    );
    ui.label(RichText::new(&q.text).size(22.0).strong());
    ui.label(RichText::new(&q.why).color(theme::MUTED));
    let answer = call.answers.entry(q.id.clone()).or_default();
    ui.horizontal(|ui| {
        for a in Answer::ALL {
            let text = RichText::new(labels::answer(a)).size(22.0);
            let button = egui::Button::selectable(answer.answer == Some(a), text)
                .min_size(vec2(140.0, 56.0));
            if ui
                .add(button)
                .accessible_name(format!("Call answer {}", labels::answer(a)))
                .clicked()
            {
                answer.answer = Some(a);
            }
        }
    });
    note_field(
        ui,
        cx.drafts,
        "call_note",
        "What they said",
        &mut answer.note,
    );
    ui.horizontal(|ui| {
        if ui
            .add_enabled(q_index > 0, egui::Button::new("Previous question"))
            .clicked()
        {
            cx.call.question = q_index - 1;
            cx.drafts.forget("call_note");
        }
        let more = q_index + 1 < questions.len();
        if ui
            .add_enabled(more, egui::Button::new("Next question"))
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
    ui.label(RichText::new("Your calls").strong());
    for (n, call) in case.insurer.calls.iter().enumerate().rev() {
        let when = call.started.map_or_else(
            || "Call".to_owned(),
            |t| {
                format!(
                    "Call on {} at {:02}:{:02}",
                    format_date(t.date()),
                    t.hour(),
                    t.minute()
                )
            },
        );
        let mut line = when.clone();
        if !call.rep_name.trim().is_empty() {
            let _ = write!(line, " – spoke to {}", call.rep_name.trim());
        }
        if !call.reference.trim().is_empty() {
            let _ = write!(line, " – reference {}", call.reference.trim());
        }
        ui.label(line);
        ui.horizontal(|ui| {
            let busy = cx.call.live.is_some();
            if ui
                .add_enabled(!busy, egui::Button::new("Edit"))
                .accessible_name(format!("Edit {when}"))
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
        };
        paper_buttons_ui(
            ui,
            cx.paper,
            cx.kiosk,
            filled,
            &format!("checklist of {when}"),
        );
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
