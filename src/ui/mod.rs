//! The egui layer: the app shell, theme, widgets, the start screen and one file per step.
//!
//! Only this layer and `main.rs` know about egui and eframe.

mod display;
mod errors;
pub mod files;
mod guide;
pub mod i18n;
pub mod kiosk;
mod labels;
pub mod paper;
mod start;
mod steps;
pub mod theme;
mod widgets;
pub mod wizard;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use time::{Date, OffsetDateTime, UtcOffset};

use crate::case::{Case, CaseId};
use crate::guidance::{Guidance, Lang};
use crate::store::{self, DiskStore, Saver, Settings};

use self::files::FilePicker;
use self::i18n::Tr;
use self::paper::{Cups, PrintService};
use self::start::StartScreen;
use self::wizard::Wizard;

/// The window title; never holds patient data.
pub const WINDOW_TITLE: &str = "Massage Coverage Guide";

/// The app's clock, injected so tests control time.
pub trait Clock {
    /// The current time, in the patient's time zone.
    fn now(&self) -> OffsetDateTime;

    /// Today's date where the patient is.
    fn today(&self) -> Date {
        self.now().date()
    }
}

/// The real clock, in the local time zone found at start-up.
pub struct SystemClock {
    /// The local offset from UTC, read once before any thread started.
    pub offset: UtcOffset,
}

impl Clock for SystemClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc().to_offset(self.offset)
    }
}

/// A clock that always says the same time: for tests.
pub struct FixedClock(pub OffsetDateTime);

impl Clock for FixedClock {
    fn now(&self) -> OffsetDateTime {
        self.0
    }
}

enum Screen {
    Start,
    Wizard(Box<Wizard>),
}

/// Whether the window may close.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Closing {
    /// It closes once the open case is saved.
    AfterSaving,
    /// A close was stopped because the last answers could not be saved; the patient chooses.
    Stopped,
    /// The patient chose to close without saving.
    Anyway,
}

/// What the patient answered when a close was stopped.
enum CloseChoice {
    KeepOpen,
    TryAgain,
    CloseAnyway,
}

/// The whole app, in a window or in a test harness.
pub struct App {
    store: DiskStore,
    saver: Saver,
    guidance: Guidance,
    tr: Tr,
    clock: Box<dyn Clock>,
    picker: Box<dyn FilePicker>,
    printing: Arc<dyn PrintService>,
    screen: Screen,
    start: StartScreen,
    /// The settings as shown, and where they are saved (`None`: never saved, as in tests).
    settings: Settings,
    settings_dir: Option<PathBuf>,
    /// The text size and contrast last applied to the screen.
    applied: display::Applied,
    /// The content is a clinic's own folder, in one language: no language switch.
    fixed_language: bool,
    closing: Closing,
    /// Set from outside (a SIGTERM, a logout) when the app must save and end.
    stop: Option<Arc<AtomicBool>>,
    frames: u32,
    exit_after_frames: Option<u32>,
}

impl App {
    /// The app on its start screen, listing the cases in `store`.
    pub fn new(
        store: DiskStore,
        guidance: Guidance,
        clock: Box<dyn Clock>,
        picker: Box<dyn FilePicker>,
    ) -> Self {
        let start = StartScreen::new(store.list());
        Self {
            saver: Saver::new(store.clone()),
            store,
            guidance,
            tr: Tr::new(Lang::En),
            clock,
            picker,
            printing: Arc::new(Cups),
            screen: Screen::Start,
            start,
            settings: Settings::default(),
            settings_dir: None,
            applied: display::Applied::default(),
            fixed_language: false,
            closing: Closing::AfterSaving,
            stop: None,
            frames: 0,
            exit_after_frames: None,
        }
    }

    /// Starts in `lang`; `guidance` given to [`App::new`] should be in the same language.
    #[must_use]
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.tr = Tr::new(lang);
        self
    }

    /// The language on screen.
    pub fn lang(&self) -> Lang {
        self.tr.lang()
    }

    /// Shows everything in `lang` from now on: the screen's words and the guidance. The open
    /// case, its half-typed answers and the step stay as they are.
    pub fn set_lang(&mut self, lang: Lang) {
        if !self.fixed_language {
            i18n::switch_language(&mut self.tr, &mut self.guidance, lang);
        }
    }

    /// Uses the content given to [`App::new`] as a clinic's own folder, in one language: no
    /// language switch, and the content is never replaced by the built-in one.
    #[must_use]
    pub fn with_fixed_content(mut self) -> Self {
        self.fixed_language = true;
        self
    }

    /// Loads and keeps the settings (language, text size, contrast) in `dir`; a problem with
    /// the file is shown on the start screen and the usual settings are used.
    #[must_use]
    pub fn with_settings_dir(mut self, dir: PathBuf) -> Self {
        let (settings, trouble) = store::load_settings(&dir);
        self.settings_dir = Some(dir);
        if let Some(lang) = Lang::from_code(&settings.language) {
            self.set_lang(lang);
        }
        self.settings = settings;
        if let Some(trouble) = trouble {
            // Worded after the saved language is applied, so it reads in that language.
            self.start.tell(false, errors::settings(&self.tr, &trouble));
        }
        self.resume_last_case();
        self
    }

    /// Reopens the case that was open when the app last closed, if its file still loads; else
    /// the list shows (a damaged file is reported there already) and the case is forgotten.
    /// Which case is open is noted in the settings every frame, by [`Self::settings_ui`].
    pub fn resume_last_case(&mut self) {
        let id = self.settings.last_case.as_deref().and_then(CaseId::parse);
        if let Some(case) = id.and_then(|id| self.store.load(&id).ok()) {
            self.open(case);
        }
    }

    /// The settings on screen.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Prints through `printing` instead of CUPS: for tests.
    #[must_use]
    pub fn with_printing(mut self, printing: Arc<dyn PrintService>) -> Self {
        self.printing = printing;
        self
    }

    /// Closes the window by itself after `frames` frames: for smoke tests.
    #[must_use]
    pub fn exit_after_frames(mut self, frames: Option<u32>) -> Self {
        self.exit_after_frames = frames;
        self
    }

    /// Saves and closes as soon as `stop` is set (`main.rs` sets it on SIGTERM, SIGHUP and
    /// SIGINT); the flag's owner wakes the app with a repaint.
    #[must_use]
    pub fn with_stop_flag(mut self, stop: Arc<AtomicBool>) -> Self {
        self.stop = Some(stop);
        self
    }

    /// Opens `case` in the wizard, on the step the patient was on.
    pub fn open(&mut self, case: Case) {
        self.close_case();
        self.screen = Screen::Wizard(Box::new(Wizard::open(case, self.clock.today())));
    }

    /// The case open in the wizard, if any.
    pub fn open_case(&self) -> Option<&Case> {
        match &self.screen {
            Screen::Wizard(w) => Some(w.case()),
            Screen::Start => None,
        }
    }

    /// Draws one frame.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        if self.closing != Closing::Anyway
            && self.stop.as_ref().is_some_and(|s| s.load(Ordering::SeqCst))
        {
            // The system is ending the app: nobody is there to answer a question, so save
            // what there is, wait for the disk, and close.
            self.close_case();
            self.closing = Closing::Anyway;
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.settings_ui(ui);
        let close_requested =
            ui.ctx().input(|i| i.viewport().close_requested()) && self.closing != Closing::Anyway;
        if close_requested {
            // Save now and wait, so that a failure can still stop the window closing.
            self.close_case();
        }
        let outcomes = self.saver.poll();
        let now = self.clock.now();
        let next = match &mut self.screen {
            Screen::Start => match self.start.ui(ui, &self.tr, now, self.fixed_language) {
                Some(start::Action::Language(lang)) => {
                    self.set_lang(lang);
                    None
                }
                Some(a) => Some(self.start.apply(
                    a,
                    &self.tr,
                    &self.store,
                    &self.saver,
                    self.picker.as_ref(),
                    now,
                )),
                None => None,
            },
            Screen::Wizard(wizard) => {
                wizard.take_outcomes(&outcomes, now);
                let env = wizard::Env {
                    tr: &self.tr,
                    guidance: &self.guidance,
                    clock: self.clock.as_ref(),
                    saver: Some(&self.saver),
                    kiosk: None,
                    picker: self.picker.as_ref(),
                    printing: &self.printing,
                    fixed_language: self.fixed_language,
                };
                let leave = wizard.ui(ui, &env);
                if let Some(lang) = wizard.take_lang_request() {
                    self.set_lang(lang);
                }
                leave.then_some(start::Next::Home)
            }
        };
        if close_requested && self.unsaved() {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.closing = Closing::Stopped;
        }
        if self.closing == Closing::Stopped {
            self.unsaved_close_ui(ui.ctx());
        }
        match next {
            Some(start::Next::Open(case)) => self.open(*case),
            Some(start::Next::Home) => {
                self.close_case();
                // A case whose last save failed stays open, so that its answers are not dropped;
                // the wizard keeps trying to save it.
                let outcomes = self.saver.poll();
                let keep_open = match &mut self.screen {
                    Screen::Wizard(wizard) => {
                        wizard.take_outcomes(&outcomes, now);
                        wizard.save_failed()
                    }
                    Screen::Start => false,
                };
                if !keep_open {
                    self.start.refresh(self.store.list());
                    self.screen = Screen::Start;
                }
            }
            None => {}
        }
        self.frames += 1;
        if let Some(n) = self.exit_after_frames {
            if self.frames >= n {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                // egui paints only on input; keep painting until the count is reached.
                ui.ctx().request_repaint();
            }
        }
    }

    /// The text size and contrast strip at the top of every screen; applies and saves changes.
    fn settings_ui(&mut self, ui: &mut egui::Ui) {
        let before = self.settings.clone();
        // The case on screen is the one to reopen after a restart; the list of cases, whether
        // the patient went back to it or the case was deleted, reopens nothing.
        self.settings.last_case = self.open_case().map(|c| c.id.as_str().to_owned());
        let s = &mut self.settings;
        display::strip_ui(ui, &self.tr, &mut s.text_size, &mut s.high_contrast);
        if !self.fixed_language {
            self.tr
                .lang()
                .code()
                .clone_into(&mut self.settings.language);
        }
        self.applied.apply(
            ui.ctx(),
            self.settings.text_size,
            self.settings.high_contrast,
            false,
        );
        if self.settings != before
            && let Some(dir) = &self.settings_dir
            && let Err(e) = store::save_settings(dir, &self.settings)
        {
            self.start.tell(false, errors::store(&self.tr, &e));
        }
    }

    /// Whether the open case has answers the disk refused.
    fn unsaved(&self) -> bool {
        matches!(&self.screen, Screen::Wizard(w) if w.save_failed())
    }

    /// "Your latest answers are not saved": keep the app open, try again, or close anyway.
    fn unsaved_close_ui(&mut self, ctx: &egui::Context) {
        let Screen::Wizard(wizard) = &mut self.screen else {
            self.closing = Closing::AfterSaving;
            return;
        };
        let problem = wizard
            .save_problem()
            .map(|e| errors::store(&self.tr, e))
            .unwrap_or_default();
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("unsaved_close")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(self.tr.t("close-unsaved-heading"));
            ui.label(
                self.tr
                    .t_args("close-unsaved-text", &[("problem", problem.into())]),
            );
            ui.horizontal_wrapped(|ui| {
                for (key, what) in [
                    ("close-keep-open", CloseChoice::KeepOpen),
                    ("close-try-again", CloseChoice::TryAgain),
                    ("close-without-saving", CloseChoice::CloseAnyway),
                ] {
                    if ui.button(self.tr.t(key)).clicked() {
                        choice = Some(what);
                    }
                }
            });
        });
        match choice {
            None => {}
            Some(CloseChoice::KeepOpen) => self.closing = Closing::AfterSaving,
            Some(CloseChoice::TryAgain) => {
                self.close_case();
                let outcomes = self.saver.poll();
                let now = self.clock.now();
                if let Screen::Wizard(wizard) = &mut self.screen {
                    wizard.take_outcomes(&outcomes, now);
                }
                // Saved: the window closes. Not: this stays, with the new reason.
                if !self.unsaved() {
                    self.closing = Closing::AfterSaving;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            Some(CloseChoice::CloseAnyway) => {
                self.closing = Closing::Anyway;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Saves what is still pending and waits until it is on disk.
    pub fn close_case(&mut self) {
        if let Screen::Wizard(wizard) = &mut self.screen {
            wizard.save_now(self.clock.now(), Some(&self.saver));
        }
        self.saver.flush();
    }
}

impl Drop for App {
    fn drop(&mut self) {
        self.close_case();
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.close_case();
    }
}
