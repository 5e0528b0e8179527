//! The wizard shell around the steps: the step map, Back and Next, "Saved just now", and
//! autosave shortly after the last edit and on every step change.

use std::sync::Arc;

use egui::{Panel, RichText, ScrollArea, Ui};
use time::{Date, OffsetDateTime};

use crate::case::{Case, Step};
use crate::flow::{self, Nav, StepStatus};
use crate::guidance::{Guidance, Lang};
use crate::store::{SaveOutcome, Saver, StoreError};

use super::errors;
use super::files::FilePicker;
use super::guide::{GlossaryOpen, glossary_window, step_intro_ui, step_learn_more_ui};
use super::i18n::Tr;
use super::labels::step_title;
use super::paper::{KioskPrinting, PaperDesk, PaperRequest, PaperTarget, PrintService};
use super::steps::{CallUi, StepCx, step_ui};
use super::widgets::{self, Drafts};
use super::{Clock, theme};

/// How long after the last keystroke the case is saved, in seconds.
const SAVE_DELAY: f64 = 0.8;
/// How long to wait before trying again after a failed save, in seconds.
const RETRY_DELAY: f64 = 5.0;

/// The Back/Next bar's height before it is first measured (one row of buttons).
const NAV_HEIGHT_GUESS: f32 = 30.0;
/// The space around the Back/Next bar's contents.
const NAV_MARGIN: f32 = 8.0;

/// Where the latest edit stands with the disk.
#[derive(Clone, Debug)]
enum SaveState {
    /// Nothing changed since the case was opened.
    Unchanged,
    /// Written to the saver; not confirmed yet.
    Saving,
    /// On disk since then.
    Saved(OffsetDateTime),
    /// The last attempt failed for this reason, worded when shown so it follows the language.
    Failed(Arc<StoreError>),
}

/// What the wizard works with besides its case.
pub struct Env<'a> {
    /// The screen's words, in the current language.
    pub tr: &'a Tr,
    /// The content.
    pub guidance: &'a Guidance,
    /// The app's clock.
    pub clock: &'a dyn Clock,
    /// The background writer; `None` in the kiosk, which never writes patient data.
    pub saver: Option<&'a Saver>,
    /// Set in the kiosk: print straight to its printer, offer only its documents, no files.
    pub kiosk: Option<&'a KioskPrinting>,
    /// File dialogs.
    pub picker: &'a dyn FilePicker,
    /// Printers.
    pub printing: &'a Arc<dyn PrintService>,
    /// The content is a clinic's own folder, in one language: no language switch.
    pub fixed_language: bool,
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
    glossary: GlossaryOpen,
    call: CallUi,
    paper: PaperDesk,
    paper_request: Option<PaperRequest>,
    /// The language the patient switched to this frame, for the app to apply.
    lang_request: Option<Lang>,
    /// The height of the Back/Next bar's contents last frame, to reserve its place.
    nav_height: f32,
}

impl Wizard {
    /// Opens `case` on the step the patient was on.
    pub fn open(mut case: Case, today: Date) -> Self {
        case.step = flow::resume(&case, today);
        if case.step == Step::Medicare {
            case.carry_coverage_into_medicare();
        }
        Self {
            shadow: case.clone(),
            step: case.step,
            case,
            drafts: Drafts::default(),
            last_edit: None,
            save: SaveState::Unchanged,
            blocked: false,
            scroll_to_top: true,
            glossary: None,
            call: CallUi::default(),
            paper: PaperDesk::default(),
            paper_request: None,
            lang_request: None,
            nav_height: NAV_HEIGHT_GUESS,
        }
    }

    /// The case being edited.
    pub fn case(&self) -> &Case {
        &self.case
    }

    /// The language the patient asked for with the switch in the top bar, once.
    pub fn take_lang_request(&mut self) -> Option<Lang> {
        self.lang_request.take()
    }

    /// Asks for a document to be saved or printed on the next frame.
    pub fn request_paper(&mut self, request: PaperRequest) {
        self.paper_request = Some(request);
    }

    /// The latest message about saving or printing a document, and whether it is good news.
    pub fn paper_status(&self) -> Option<(bool, &str)> {
        self.paper.status()
    }

    /// Takes the saver's news about this case.
    pub fn take_outcomes(&mut self, outcomes: &[SaveOutcome], now: OffsetDateTime) {
        for o in outcomes.iter().filter(|o| o.id == self.case.id) {
            self.save = match &o.result {
                Ok(()) => SaveState::Saved(now),
                Err(error) => SaveState::Failed(Arc::clone(error)),
            };
        }
    }

    /// Hands the case to the saver now if it has unsaved edits.
    pub fn save_now(&mut self, now: OffsetDateTime, saver: Option<&Saver>) {
        if self.last_edit.take().is_some() {
            self.case.updated = now;
            self.shadow = self.case.clone();
            if let Some(saver) = saver {
                saver.save(self.case.clone());
                self.save = SaveState::Saving;
            }
        }
    }

    /// Draws the wizard; true when the patient asked to go back to the list of cases.
    pub fn ui(&mut self, ui: &mut Ui, env: &Env<'_>) -> bool {
        let today = env.clock.today();
        let tr = env.tr;
        // The case follows the language it is used in, so its documents print in it.
        self.case.language = tr.lang();
        let mut nav = self.top_bar_ui(ui, env);
        Panel::left("step_map")
            .resizable(false)
            .default_size(260.0)
            .show(ui, |ui| {
                if let Some(to) = self.step_map_ui(ui, tr, today) {
                    nav = to;
                }
                ui.add_space(16.0);
                ui.label(
                    RichText::new(&env.guidance.disclaimer)
                        .small()
                        .color(theme::MUTED),
                );
            });
        // The Back/Next bar sits at the bottom, but its buttons are made after the step's
        // questions so that Tab reaches them last, in reading order: the panel only reserves
        // the place, measured last frame.
        let bar = Panel::bottom("wizard_nav")
            .exact_size(self.nav_height + 2.0 * NAV_MARGIN)
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(NAV_MARGIN))
            .show(ui, |ui| ui.max_rect());
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(to) = self.central_ui(ui, env) {
                nav = to;
            }
        });
        let (to, height) = ui
            .scope_builder(egui::UiBuilder::new().max_rect(bar.inner), |ui| {
                let to = self.bottom_ui(ui, tr, today);
                (to, ui.min_rect().height())
            })
            .inner;
        if let Some(to) = to {
            nav = to;
        }
        if (height - self.nav_height).abs() > 0.5 {
            // A message appeared or went: lay the frame out again with the new height.
            self.nav_height = height;
            ui.ctx().request_discard("the Back/Next bar changed height");
        }
        if let Some(request) = self.paper_request.take() {
            let target = PaperTarget {
                tr,
                picker: env.picker,
                printing: env.printing,
                kiosk: env.kiosk,
            };
            self.paper
                .start(request, &self.case, env.guidance, today, &target, ui.ctx());
        }
        let target = PaperTarget {
            tr,
            picker: env.picker,
            printing: env.printing,
            kiosk: env.kiosk,
        };
        self.paper.dialog_ui(ui.ctx(), &target);
        glossary_window(ui.ctx(), tr, env.guidance, &mut self.glossary);
        self.after_frame(ui.ctx(), nav, today, env.clock, env.saver)
    }

    fn top_bar_ui(&mut self, ui: &mut Ui, env: &Env<'_>) -> Nav {
        let mut nav = Nav::Stay;
        let tr = env.tr;
        Panel::top("wizard_top").show(ui, |ui| {
            ui.horizontal(|ui| {
                let leave = tr.t(if env.kiosk.is_some() {
                    "wizard-finished"
                } else {
                    "wizard-all-cases"
                });
                if ui.button(leave).clicked() {
                    nav = Nav::Home;
                }
                if ui.button(tr.t("glossary")).clicked() {
                    self.glossary = Some(String::new());
                }
                if let Some(lang) = lang_switch_ui(ui, tr, env.fixed_language) {
                    self.lang_request = Some(lang);
                }
                // A long title is cut with "…" here; the start screen shows it whole.
                let title = super::start::display_title(tr, &self.case);
                ui.add(egui::Label::new(RichText::new(title).strong()).truncate());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    self.save_indicator_ui(ui, tr, env.clock.now());
                });
            });
            self.save_problem_ui(ui, tr);
        });
        nav
    }

    fn bottom_ui(&mut self, ui: &mut Ui, tr: &Tr, today: Date) -> Option<Nav> {
        let mut nav = None;
        self.paper.desk_ui(ui, tr);
        if self.blocked {
            widgets::status(ui, tr.t("wizard-blocked"), false);
        }
        ui.horizontal(|ui| {
            let back = flow::back(self.step, &self.case, today);
            // Screen readers hear where a button goes: "Back: About you".
            let back_name = back.map_or_else(
                || tr.t("wizard-back"),
                |to| {
                    let title = step_title(tr, to, self.case.helping());
                    tr.t_args("wizard-back-to", &[("title", title.into())])
                },
            );
            if ui
                .add_enabled(back.is_some(), egui::Button::new(tr.t("wizard-back")))
                .accessible_name(back_name)
                .clicked()
            {
                nav = Some(Nav::Back);
            }
            if let Some(next) = flow::next(self.step, &self.case, today) {
                let title = step_title(tr, next, self.case.helping());
                let next_name = tr.t_args("wizard-next-step", &[("title", title.clone().into())]);
                if ui
                    .button(tr.t("wizard-next"))
                    .accessible_name(next_name)
                    .clicked()
                {
                    nav = Some(Nav::Next);
                }
                ui.label(
                    RichText::new(tr.t_args("wizard-coming-up", &[("title", title.into())]))
                        .color(theme::MUTED),
                );
            }
        });
        nav
    }

    fn central_ui(&mut self, ui: &mut Ui, env: &Env<'_>) -> Option<Nav> {
        let mut nav = None;
        let mut scroll = ScrollArea::vertical().auto_shrink([false, false]);
        if std::mem::take(&mut self.scroll_to_top) {
            scroll = scroll.vertical_scroll_offset(0.0);
        }
        scroll.show(ui, |ui| {
            ui.set_max_width(theme::READING_WIDTH);
            ui.heading(env.tr.t_args(
                "wizard-step-heading",
                &[
                    ("n", self.step.number().into()),
                    ("total", Step::ALL.len().into()),
                    (
                        "title",
                        step_title(env.tr, self.step, self.case.helping()).into(),
                    ),
                ],
            ));
            step_intro_ui(ui, env.tr, env.guidance, self.step, &self.case);
            let mut cx = StepCx {
                tr: env.tr,
                guidance: env.guidance,
                today: env.clock.today(),
                drafts: &mut self.drafts,
                now: env.clock.now(),
                call: &mut self.call,
                paper: &mut self.paper_request,
                kiosk: env.kiosk,
                paper_size: &mut self.paper.size,
            };
            cx.drafts.begin_frame();
            let step_nav = step_ui(ui, self.step, &mut self.case, &mut cx);
            cx.drafts.end_frame();
            if step_nav != Nav::Stay {
                nav = Some(step_nav);
            }
            // One "Words used here" list a page: the step's texts and what the step shows.
            let extra: Vec<&str> = match self.step {
                Step::CallInsurer => env
                    .guidance
                    .questions
                    .iter()
                    .flat_map(|q| [q.text.as_str(), q.why.as_str()])
                    .collect(),
                Step::Plan => crate::coverage::assess(&self.case)
                    .into_iter()
                    .filter(|a| a.verdict != crate::coverage::Verdict::NotApplicable)
                    .flat_map(|a| a.reasons)
                    .map(|r| env.guidance.reason(r).text.as_str())
                    .collect(),
                _ => Vec::new(),
            };
            step_learn_more_ui(
                ui,
                env.tr,
                env.guidance,
                self.step,
                self.case.helping(),
                &extra,
                &mut self.glossary,
            );
            ui.add_space(24.0);
        });
        nav
    }

    /// Notices edits, applies `nav` once, and schedules the autosave; true when leaving.
    fn after_frame(
        &mut self,
        ctx: &egui::Context,
        nav: Nav,
        today: Date,
        clock: &dyn Clock,
        saver: Option<&Saver>,
    ) -> bool {
        let t = ctx.input(|i| i.time);
        if self.case != self.shadow {
            self.shadow = self.case.clone();
            self.last_edit = Some(t);
            self.blocked = false;
        }
        if self.drafts.error_count() == 0 {
            // The field with the problem was fixed, cleared or is no longer asked.
            self.blocked = false;
        }
        if nav != Nav::Stay {
            if self.drafts.error_count() > 0 {
                self.blocked = true;
                self.drafts.reveal_problem();
                ctx.request_repaint();
            } else {
                self.blocked = false;
                let to = flow::apply(nav, self.step, &self.case, today);
                if to != self.step {
                    self.step = to;
                    self.case.step = to;
                    if to == Step::Medicare {
                        self.case.carry_coverage_into_medicare();
                    }
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

    fn save_indicator_ui(&self, ui: &mut Ui, tr: &Tr, now: OffsetDateTime) {
        match &self.save {
            SaveState::Unchanged => {}
            SaveState::Saving => {
                ui.label(RichText::new(tr.t("wizard-saving")).color(theme::MUTED));
            }
            SaveState::Saved(at) => {
                let text = if (now - *at).whole_seconds() < 60 {
                    tr.t("wizard-saved-just-now")
                } else {
                    let time = format!("{:02}:{:02}", at.hour(), at.minute());
                    tr.t_args("wizard-saved-at", &[("time", time.into())])
                };
                ui.label(RichText::new(text).color(theme::OK));
            }
            // The reason is shown in full under this row (`save_problem_ui`): on one line here
            // it ran off the window and covered the buttons.
            SaveState::Failed(_) => {
                widgets::status(ui, tr.t("wizard-not-saved"), false);
            }
        }
    }

    /// Why the last save failed, wrapped to the window's width.
    fn save_problem_ui(&self, ui: &mut Ui, tr: &Tr) {
        if let SaveState::Failed(error) = &self.save {
            let problem = errors::store(tr, error);
            let text = tr.t_args("wizard-save-problem", &[("problem", problem.into())]);
            widgets::status(ui, text, false);
        }
    }

    /// Whether the last save of this case failed.
    pub fn save_failed(&self) -> bool {
        matches!(self.save, SaveState::Failed(_))
    }

    /// Why the last save failed, if it did.
    pub fn save_problem(&self) -> Option<&StoreError> {
        match &self.save {
            SaveState::Failed(e) => Some(e),
            _ => None,
        }
    }

    /// The step map: every step with its status; a click on a step that applies goes there.
    fn step_map_ui(&self, ui: &mut Ui, tr: &Tr, today: Date) -> Option<Nav> {
        let mut nav = None;
        ui.label(RichText::new(tr.t("wizard-your-steps")).strong());
        for step in Step::ALL {
            let status = flow::status(step, self.step, &self.case, today);
            let word = match status {
                StepStatus::Done => "done",
                StepStatus::Current => "current",
                StepStatus::ToDo => "todo",
                StepStatus::NotNeeded => "not-needed",
            };
            let args = [
                ("n", step.number().into()),
                ("title", step_title(tr, step, self.case.helping()).into()),
                ("status", word.into()),
            ];
            let text = tr.t_args("step-map-text", &args);
            let name = tr.t_args("step-map-name", &args);
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

/// The language switch: one button naming the other language in that language. Not shown
/// when `fixed`: a clinic's own content folder is in one language only.
pub fn lang_switch_ui(ui: &mut Ui, tr: &Tr, fixed: bool) -> Option<Lang> {
    if fixed {
        return None;
    }
    let other = match tr.lang() {
        Lang::En => Lang::Es,
        Lang::Es => Lang::En,
    };
    ui.button(tr.t("lang-switch"))
        .on_hover_text(tr.t("lang-switch-name"))
        .clicked()
        .then_some(other)
}
