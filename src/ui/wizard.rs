//! The wizard shell around the steps: the step map, Back and Next, "Saved just now", and
//! autosave shortly after the last edit and on every step change.

use egui::{Panel, RichText, ScrollArea, Ui};
use time::{Date, OffsetDateTime};

use crate::case::{Case, Step};
use crate::flow::{self, Nav, StepStatus};
use crate::guidance::Guidance;
use crate::store::{SaveOutcome, Saver};

use super::steps::{StepCx, step_ui};
use super::widgets::Drafts;
use super::{Clock, theme};

/// How long after the last keystroke the case is saved, in seconds.
const SAVE_DELAY: f64 = 0.8;
/// How long to wait before trying again after a failed save, in seconds.
const RETRY_DELAY: f64 = 5.0;

/// Where the latest edit stands with the disk.
#[derive(Clone, Debug, PartialEq)]
enum SaveState {
    /// Nothing changed since the case was opened.
    Unchanged,
    /// Written to the saver; not confirmed yet.
    Saving,
    /// On disk since then.
    Saved(OffsetDateTime),
    /// The last attempt failed with this message.
    Failed(String),
}

/// One open case in the wizard.
pub struct Wizard {
    case: Case,
    /// The case as of the last frame, to notice edits without every widget reporting them.
    shadow: Case,
    step: Step,
    drafts: Drafts,
    /// egui time of the last edit not yet handed to the saver.
    last_edit: Option<f64>,
    save: SaveState,
    blocked: bool,
    scroll_to_top: bool,
}

impl Wizard {
    /// Opens `case` on the step the patient was on.
    pub fn open(mut case: Case, today: Date) -> Self {
        case.step = flow::resume(&case, today);
        Self {
            shadow: case.clone(),
            step: case.step,
            case,
            drafts: Drafts::default(),
            last_edit: None,
            save: SaveState::Unchanged,
            blocked: false,
            scroll_to_top: true,
        }
    }

    /// The case being edited.
    pub fn case(&self) -> &Case {
        &self.case
    }

    /// Takes the saver's news about this case.
    pub fn take_outcomes(&mut self, outcomes: &[SaveOutcome], now: OffsetDateTime) {
        for o in outcomes.iter().filter(|o| o.id == self.case.id) {
            self.save = match &o.result {
                Ok(()) => SaveState::Saved(now),
                Err(message) => SaveState::Failed(message.clone()),
            };
        }
    }

    /// Hands the case to the saver now if it has unsaved edits.
    pub fn save_now(&mut self, now: OffsetDateTime, saver: &Saver) {
        if self.last_edit.take().is_some() {
            self.case.updated = now;
            self.shadow = self.case.clone();
            saver.save(self.case.clone());
            self.save = SaveState::Saving;
        }
    }

    /// Draws the wizard; true when the patient asked to go back to the list of cases.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        guidance: &Guidance,
        clock: &dyn Clock,
        saver: &Saver,
    ) -> bool {
        let today = clock.today();
        let mut nav = Nav::Stay;

        Panel::top("wizard_top").show(ui, |ui| {
            ui.horizontal(|ui| {
                if ui.button("All cases").clicked() {
                    nav = Nav::Home;
                }
                // A long title is cut with "…" here; the start screen shows it whole.
                ui.add(
                    egui::Label::new(RichText::new(self.case.display_title()).strong()).truncate(),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    self.save_indicator_ui(ui, clock.now());
                });
            });
        });
        Panel::left("step_map")
            .resizable(false)
            .default_size(260.0)
            .show(ui, |ui| {
                if let Some(to) = self.step_map_ui(ui, today) {
                    nav = to;
                }
                ui.add_space(16.0);
                ui.label(
                    RichText::new(&guidance.disclaimer)
                        .small()
                        .color(theme::MUTED),
                );
            });
        Panel::bottom("wizard_nav").show(ui, |ui| {
            if self.blocked {
                ui.label(
                    RichText::new(
                        "An answer on this page needs fixing before you move on. It is marked \
                         in red and is not saved yet. Fix it, or clear the field.",
                    )
                    .color(theme::ERROR),
                );
            }
            ui.horizontal(|ui| {
                let back = flow::back(self.step, &self.case, today);
                if ui
                    .add_enabled(back.is_some(), egui::Button::new("Back"))
                    .clicked()
                {
                    nav = Nav::Back;
                }
                let next = flow::next(self.step, &self.case, today);
                if let Some(next) = next {
                    if ui.button("Next").clicked() {
                        nav = Nav::Next;
                    }
                    ui.label(RichText::new(format!("Next: {}", next.title())).color(theme::MUTED));
                }
            });
        });
        egui::CentralPanel::default().show(ui, |ui| {
            let mut scroll = ScrollArea::vertical().auto_shrink([false, false]);
            if std::mem::take(&mut self.scroll_to_top) {
                scroll = scroll.vertical_scroll_offset(0.0);
            }
            scroll.show(ui, |ui| {
                ui.set_max_width(theme::READING_WIDTH);
                let text = guidance.step(self.step);
                ui.heading(format!(
                    "Step {} of {}: {}",
                    self.step.number(),
                    Step::ALL.len(),
                    self.step.title()
                ));
                ui.label(&text.intro);
                ui.collapsing("Why this matters", |ui| ui.label(&text.why));
                let mut cx = StepCx {
                    today,
                    drafts: &mut self.drafts,
                };
                let step_nav = step_ui(ui, self.step, &mut self.case, &mut cx);
                if step_nav != Nav::Stay {
                    nav = step_nav;
                }
                ui.add_space(24.0);
            });
        });

        self.after_frame(ui.ctx(), nav, today, clock, saver)
    }

    /// Notices edits, applies `nav` once, and schedules the autosave; true when leaving.
    fn after_frame(
        &mut self,
        ctx: &egui::Context,
        nav: Nav,
        today: Date,
        clock: &dyn Clock,
        saver: &Saver,
    ) -> bool {
        let t = ctx.input(|i| i.time);
        if self.case != self.shadow {
            self.shadow = self.case.clone();
            self.last_edit = Some(t);
            self.blocked = false;
        }
        if nav != Nav::Stay {
            if self.drafts.error_count() > 0 {
                self.blocked = true;
            } else {
                self.blocked = false;
                let to = flow::apply(nav, self.step, &self.case, today);
                if to != self.step {
                    self.step = to;
                    self.case.step = to;
                    self.drafts.clear();
                    self.scroll_to_top = true;
                    self.last_edit = Some(t);
                    self.save_now(clock.now(), saver);
                }
                if nav == Nav::Home {
                    return true;
                }
            }
        }
        if let Some(edited) = self.last_edit {
            let due = edited + SAVE_DELAY;
            if t >= due {
                self.save_now(clock.now(), saver);
            } else {
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(due - t));
            }
        }
        if matches!(self.save, SaveState::Saving) {
            // Poll the saver again soon so "Saved" shows without waiting for input.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        if let SaveState::Failed(_) = self.save
            && self.last_edit.is_none()
        {
            self.last_edit = Some(t + RETRY_DELAY - SAVE_DELAY);
        }
        false
    }

    fn save_indicator_ui(&self, ui: &mut Ui, now: OffsetDateTime) {
        match &self.save {
            SaveState::Unchanged => {}
            SaveState::Saving => {
                ui.label(RichText::new("Saving…").color(theme::MUTED));
            }
            SaveState::Saved(at) => {
                let text = if (now - *at).whole_seconds() < 60 {
                    "Saved just now".to_owned()
                } else {
                    format!("Saved at {:02}:{:02}", at.hour(), at.minute())
                };
                ui.label(RichText::new(text).color(theme::OK));
            }
            SaveState::Failed(message) => {
                ui.label(RichText::new(format!("Not saved yet: {message}")).color(theme::ERROR))
                    .on_hover_text("Your answers are kept on screen and saving is tried again every few seconds.");
            }
        }
    }

    /// The step map: every step with its status; a click on a step that applies goes there.
    fn step_map_ui(&self, ui: &mut Ui, today: Date) -> Option<Nav> {
        let mut nav = None;
        ui.label(RichText::new("Your steps").strong());
        for step in Step::ALL {
            let status = flow::status(step, self.step, &self.case, today);
            let word = match status {
                StepStatus::Done => "done",
                StepStatus::Current => "you are here",
                StepStatus::ToDo => "still to do",
                StepStatus::NotNeeded => "not needed for this case",
            };
            let text = format!("{}. {} – {word}", step.number(), step.title());
            let name = format!("Step {}, {}, {word}", step.number(), step.title());
            let enabled = status != StepStatus::NotNeeded;
            let mut rich = RichText::new(text);
            if status == StepStatus::Current {
                rich = rich.strong();
            }
            if !enabled {
                rich = rich.color(theme::MUTED);
            }
            let response = ui
                .add_enabled(
                    enabled,
                    egui::Button::selectable(status == StepStatus::Current, rich),
                )
                .accessible_name(name);
            if response.clicked() {
                nav = Some(Nav::GoTo(step));
            }
        }
        nav
    }
}
