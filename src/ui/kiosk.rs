//! The reception kiosk: a welcome screen with the clinic's name and one big Start button, the
//! wizard with large touch targets, one-tap printing to the clinic's printer, "I'm finished",
//! and an idle reset that asks "Do you need more time?" and then wipes everything. The case
//! lives in memory only; nothing about a patient is written to disk. Staff leave with a PIN;
//! wrong PINs make them wait longer and longer, across patients, and across restarts when the
//! configuration names a `lockout_file`.

use std::sync::Arc;
use std::sync::mpsc::Receiver;

use egui::{Event, RichText, Ui, vec2};
use time::{Duration, OffsetDateTime};

use crate::case::{Case, CaseId};
use crate::documents::print::{PrintError, PrinterState};
use crate::guidance::{Guidance, Lang};
use crate::kiosk::{
    FREE_TRIES, KioskConfig, MAX_LOCKOUT_SECONDS, pin_lockout_seconds, pin_matches,
};
use crate::store::{PinLockout, load_lockout, save_lockout};

use super::display;
use super::files::NoDialogs;
use super::i18n::Tr;
use super::paper::{KioskPrinting, PaperRequest, PrintService};
use super::widgets;
use super::wizard::{Env, Wizard};
use super::{Clock, theme};

/// Taps on the clinic name, close together, that open the staff exit.
const EXIT_TAPS: usize = 5;
/// How close together those taps must be.
const EXIT_TAP_WINDOW: Duration = Duration::seconds(4);

/// The staff exit window's state. The wrong-PIN count and the lockout are not here: they
/// outlive the window and every patient ([`KioskApp`]'s `lockout`).
#[derive(Default)]
struct StaffExit {
    open: bool,
    pin: String,
    message: Option<String>,
}

/// The kiosk app, in a window or a test harness.
pub struct KioskApp {
    config: KioskConfig,
    guidance: Guidance,
    tr: Tr,
    clock: Box<dyn Clock>,
    printing: Arc<dyn PrintService>,
    paper: KioskPrinting,
    wizard: Option<Box<Wizard>>,
    finishing: bool,
    last_activity: OffsetDateTime,
    taps: Vec<OffsetDateTime>,
    exit: StaffExit,
    /// Wrong staff PINs in a row and the wait they earned; a wipe keeps them.
    lockout: PinLockout,
    quit: bool,
    frames: u32,
    exit_after_frames: Option<u32>,
    /// This patient's text size and contrast; the next patient starts with the usual ones.
    display: display::Choice,
    /// What is on screen now.
    applied: display::Applied,
    /// The content is a clinic's own folder, in one language: no language switch.
    fixed_language: bool,
    /// CUPS's answer about the configured printer, until it comes.
    printer_check: Option<Receiver<Result<PrinterState, PrintError>>>,
    /// What the front desk should know about the printer, when printing cannot work.
    printer_trouble: Option<Result<PrinterState, PrintError>>,
}

impl KioskApp {
    /// A kiosk on its welcome screen.
    pub fn new(
        config: KioskConfig,
        guidance: Guidance,
        clock: Box<dyn Clock>,
        printing: Arc<dyn PrintService>,
    ) -> Self {
        let paper = KioskPrinting {
            printer: config.printer.clone(),
            documents: config.documents.clone(),
            desk_phone: config.clinic_phone.clone(),
            jobs: Arc::default(),
        };
        // Ask CUPS about the configured printer once, off the frame thread, so the front desk
        // sees on the welcome screen when printing cannot work.
        let (tx, printer_check) = std::sync::mpsc::channel();
        let (service, name) = (Arc::clone(&printing), config.printer.clone());
        std::thread::spawn(move || {
            let _ = tx.send(service.printer_state(&name));
        });
        let now = clock.now();
        let lang = Lang::from_code(&config.language).unwrap_or_default();
        let lockout = match &config.lockout_file {
            None => PinLockout::default(),
            Some(path) => load_lockout(path).unwrap_or_else(|_| {
                // A file that cannot be read must not hand out free tries: start locked.
                PinLockout {
                    wrong: FREE_TRIES,
                    locked_until: Some(
                        now.unix_timestamp() + i64::from(pin_lockout_seconds(FREE_TRIES)),
                    ),
                }
            }),
        };
        // A wait further ahead than the longest one (a clock set back, a hand-edited file)
        // counts as the longest one, from now.
        let latest = now.unix_timestamp() + i64::from(MAX_LOCKOUT_SECONDS);
        let lockout = PinLockout {
            locked_until: lockout.locked_until.map(|until| until.min(latest)),
            ..lockout
        };
        Self {
            config,
            guidance,
            tr: Tr::new(lang),
            clock,
            printing,
            paper,
            wizard: None,
            finishing: false,
            last_activity: now,
            taps: Vec::new(),
            exit: StaffExit::default(),
            lockout,
            quit: false,
            frames: 0,
            exit_after_frames: None,
            display: display::Choice::default(),
            applied: display::Applied::default(),
            fixed_language: false,
            printer_check: Some(printer_check),
            printer_trouble: None,
        }
    }

    /// Closes the window by itself after `frames` frames: for smoke tests.
    #[must_use]
    pub fn exit_after_frames(mut self, frames: Option<u32>) -> Self {
        self.exit_after_frames = frames;
        self
    }

    /// The case on screen, if a patient is using the kiosk.
    pub fn case(&self) -> Option<&Case> {
        self.wizard.as_ref().map(|w| w.case())
    }

    /// The language on screen.
    pub fn lang(&self) -> Lang {
        self.tr.lang()
    }

    /// Shows everything in `lang` from now on; the patient's answers stay. With a clinic's own
    /// content folder, nothing changes: its one language stays.
    pub fn set_lang(&mut self, lang: Lang) {
        if !self.fixed_language {
            super::i18n::switch_language(&mut self.tr, &mut self.guidance, lang);
        }
    }

    /// Uses the content given to [`KioskApp::new`] as a clinic's own folder, in one language:
    /// no language switch, and the content is never replaced by the built-in one.
    #[must_use]
    pub fn with_fixed_content(mut self) -> Self {
        self.fixed_language = true;
        self
    }

    /// Whether staff have unlocked the exit.
    pub fn wants_to_quit(&self) -> bool {
        self.quit
    }

    /// Draws one frame.
    pub fn ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let choice = &mut self.display;
        display::strip_ui(
            ui,
            &self.tr,
            &mut choice.text_size,
            &mut choice.high_contrast,
        );
        self.applied
            .apply(&ctx, choice.text_size, choice.high_contrast, true);
        if self.frames == 1 {
            // Setting fullscreen at creation is ignored by some window managers; asking
            // again once the window exists works (TECH-NOTES §8).
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        }
        self.frames += 1;
        let now = self.clock.now();
        if touched(&ctx) {
            self.last_activity = now;
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.quit {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        if ctx.input(|i| i.modifiers.ctrl && i.modifiers.shift && i.key_pressed(egui::Key::E)) {
            self.exit.open = true;
        }

        match self.wizard.take() {
            None => self.welcome_ui(ui, now),
            Some(mut wizard) => {
                let env = Env {
                    tr: &self.tr,
                    guidance: &self.guidance,
                    clock: self.clock.as_ref(),
                    saver: None,
                    kiosk: Some(&self.paper),
                    picker: &NoDialogs,
                    printing: &self.printing,
                    fixed_language: self.fixed_language,
                };
                if wizard.ui(ui, &env) {
                    self.finishing = true;
                }
                let lang = wizard.take_lang_request();
                self.wizard = Some(wizard);
                if let Some(lang) = lang {
                    self.set_lang(lang);
                }
                if self.finishing {
                    self.finishing_ui(&ctx);
                }
                self.idle_ui(&ctx, now);
            }
        }
        self.staff_exit_ui(&ctx, now);
        if let Some(n) = self.exit_after_frames {
            if self.frames >= n {
                self.quit = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ctx.request_repaint();
            }
        }
    }

    fn welcome_ui(&mut self, ui: &mut Ui, now: OffsetDateTime) {
        let mut lang = None;
        egui::CentralPanel::default().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                lang = super::wizard::lang_switch_ui(ui, &self.tr, self.fixed_language);
                ui.add_space(56.0);
                let name =
                    egui::Label::new(RichText::new(&self.config.clinic_name).size(40.0).strong())
                        .sense(egui::Sense::click());
                if ui.add(name).clicked() {
                    self.taps.retain(|t| now - *t <= EXIT_TAP_WINDOW);
                    self.taps.push(now);
                    if self.taps.len() >= EXIT_TAPS {
                        self.taps.clear();
                        self.exit.open = true;
                    }
                }
                if !self.config.clinic_address.is_empty() {
                    ui.label(&self.config.clinic_address);
                }
                ui.add_space(24.0);
                ui.label(RichText::new(self.tr.t("kiosk-intro")).size(26.0));
                ui.label(self.tr.t("kiosk-privacy"));
                ui.add_space(40.0);
                let start =
                    egui::Button::new(RichText::new(self.tr.t("kiosk-start")).size(36.0).strong())
                        .min_size(vec2(280.0, 96.0));
                if ui.add(start).clicked() {
                    let case = Case::new(CaseId::new(now), now);
                    self.wizard = Some(Box::new(Wizard::open(case, now.date())));
                    self.last_activity = now;
                }
                self.printer_note_ui(ui);
                ui.add_space(40.0);
                let phone = self.config.clinic_phone.as_str();
                let questions = self
                    .tr
                    .t_args("kiosk-questions", &[("phone", phone.into())]);
                ui.label(RichText::new(questions).color(theme::MUTED));
            });
        });
        if let Some(lang) = lang {
            self.set_lang(lang);
        }
    }

    /// A line for the front desk when the configured printer is paused or cannot be reached.
    fn printer_note_ui(&mut self, ui: &mut Ui) {
        if let Some(rx) = &self.printer_check
            && let Ok(answer) = rx.try_recv()
        {
            self.printer_trouble = Some(answer);
            self.printer_check = None;
        }
        if self.printer_check.is_some() {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(200));
        }
        let printer = [("printer", self.config.printer.as_str().into())];
        let note = match &self.printer_trouble {
            None | Some(Ok(PrinterState::Ready)) => return,
            Some(Ok(PrinterState::Paused)) => self.tr.t_args("kiosk-printer-paused", &printer),
            Some(Err(_)) => self.tr.t_args("kiosk-printer-missing", &printer),
        };
        ui.add_space(16.0);
        widgets::status(ui, note, false);
    }

    /// "Before you go": print the papers, then clear everything.
    fn finishing_ui(&mut self, ctx: &egui::Context) {
        let mut done = false;
        let mut back = false;
        egui::Modal::new(egui::Id::unique("kiosk_finish")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            let tr = &self.tr;
            ui.heading(tr.t("kiosk-before-you-go"));
            ui.label(tr.t("kiosk-print-papers"));
            if let Some(wizard) = &mut self.wizard {
                for kind in self.paper.documents.clone() {
                    let key = match kind {
                        crate::documents::DocumentKind::Checklist => "kiosk-print-checklist",
                        crate::documents::DocumentKind::Letter => "kiosk-print-letter",
                        crate::documents::DocumentKind::Summary => "kiosk-print-summary",
                    };
                    let button = egui::Button::new(RichText::new(tr.t(key)).size(22.0))
                        .min_size(vec2(320.0, theme::KIOSK_MIN_TARGET));
                    if ui.add(button).clicked() {
                        wizard.request_paper(PaperRequest {
                            kind,
                            call: None,
                            print: true,
                            language: None,
                        });
                    }
                }
                if let Some((ok, text)) = wizard.paper_status() {
                    widgets::status(ui, text, ok);
                }
            }
            ui.add_space(12.0);
            ui.horizontal(|ui| {
                let finish = egui::Button::new(
                    RichText::new(tr.t("kiosk-clear-and-finish"))
                        .size(22.0)
                        .strong(),
                )
                .min_size(vec2(320.0, theme::KIOSK_MIN_TARGET));
                if ui.add(finish).clicked() {
                    done = true;
                }
                if ui
                    .add(
                        egui::Button::new(tr.t("kiosk-back-to-answers"))
                            .min_size(vec2(200.0, theme::KIOSK_MIN_TARGET)),
                    )
                    .clicked()
                {
                    back = true;
                }
            });
        });
        if done {
            self.wipe(ctx);
        } else if back {
            self.finishing = false;
        }
    }

    /// The idle reset: "Do you need more time?" at the timeout, then a wipe when the countdown ends.
    fn idle_ui(&mut self, ctx: &egui::Context, now: OffsetDateTime) {
        let timeout = Duration::seconds(i64::from(self.config.idle_timeout_seconds));
        let warning = Duration::seconds(i64::from(self.config.warning_seconds));
        let idle = now - self.last_activity;
        if idle >= timeout + warning {
            self.wipe(ctx);
            return;
        }
        if idle < timeout {
            ctx.request_repaint_after((timeout - idle).try_into().unwrap_or_default());
            return;
        }
        let left = (timeout + warning - idle).as_seconds_f64().ceil();
        let mut more = false;
        let tr = &self.tr;
        egui::Modal::new(egui::Id::unique("kiosk_more_time")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(tr.t("kiosk-more-time"));
            let cleared = tr.t_args("kiosk-cleared-in", &[("n", left.into())]);
            ui.label(RichText::new(cleared).size(24.0));
            let button = egui::Button::new(
                RichText::new(tr.t("kiosk-yes-more-time"))
                    .size(28.0)
                    .strong(),
            )
            .min_size(vec2(300.0, 80.0));
            if ui.add(button).clicked() {
                more = true;
            }
        });
        if more {
            self.last_activity = now;
        }
        ctx.request_repaint_after(std::time::Duration::from_secs(1));
    }

    /// Forgets the patient: the case, every text field's contents and undo history (egui's
    /// memory), the clipboard and the PRIMARY selection, any selected text, and any open
    /// window; back to the welcome screen, drawn at once.
    fn wipe(&mut self, ctx: &egui::Context) {
        self.wizard = None;
        // The patient's papers leave the print spool too: CUPS keeps job files and history
        // by default. Jobs still printing are cancelled; the patient has gone.
        let jobs = std::mem::take(
            &mut *self
                .paper
                .jobs
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        );
        if !jobs.is_empty() {
            let service = Arc::clone(&self.printing);
            std::thread::spawn(move || {
                // Nobody is left to tell if CUPS refuses; the README names the cupsd.conf
                // settings that keep no job files at all.
                let _ = service.purge(&jobs);
            });
        }
        // The next patient starts in the clinic's language.
        self.set_lang(Lang::from_code(&self.config.language).unwrap_or_default());
        self.finishing = false;
        self.exit = StaffExit::default();
        self.display = display::Choice::default();
        ctx.memory_mut(|m| {
            let options = m.options.clone();
            *m = egui::Memory::default();
            m.options = options;
        });
        ctx.copy_text(String::new());
        // On X11 and Wayland, selected text also goes to the PRIMARY selection, which a
        // middle click pastes; egui-winit fills it from this command, so an empty one
        // leaves nothing to paste.
        ctx.send_cmd(egui::OutputCommand::TextSelectionSettled(String::new()));
        ctx.plugin::<egui::text_selection::LabelSelectionState>()
            .lock()
            .clear_selection();
        // This frame still drew the patient's answers: draw the welcome screen now, not at
        // the next touch.
        ctx.request_repaint();
    }

    fn staff_exit_ui(&mut self, ctx: &egui::Context, now: OffsetDateTime) {
        if !self.exit.open {
            return;
        }
        let locked = self.locked_until(now);
        let mut try_pin = false;
        let mut cancel = false;
        let tr = &self.tr;
        egui::Modal::new(egui::Id::unique("kiosk_staff_exit")).show(ctx, |ui| {
            ui.heading(tr.t("kiosk-staff-exit"));
            let label = ui.label(tr.t("kiosk-staff-pin"));
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.exit.pin).password(true))
                .labelled_by(label.id);
            if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                try_pin = locked.is_none();
                field.request_focus();
            }
            if let Some(until) = locked {
                let wait = (until - now).whole_seconds().max(1);
                widgets::status(
                    ui,
                    tr.t_args("kiosk-pin-locked", &[("n", wait.into())]),
                    false,
                );
            } else if let Some(message) = &self.exit.message {
                widgets::status(ui, message.as_str(), false);
            }
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(locked.is_none(), egui::Button::new(tr.t("kiosk-exit")))
                    .clicked()
                {
                    try_pin = true;
                }
                if ui.button(tr.t("cancel")).clicked() {
                    cancel = true;
                }
            });
        });
        if let Some(until) = locked {
            ctx.request_repaint_after((until - now).try_into().unwrap_or_default());
        }
        if cancel {
            self.exit = StaffExit::default();
        } else if try_pin {
            let pin = std::mem::take(&mut self.exit.pin);
            if pin_matches(&pin, &self.config.staff_pin_hash) {
                self.set_lockout(PinLockout::default());
                self.quit = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                let wrong = self.lockout.wrong.saturating_add(1);
                let wait = pin_lockout_seconds(wrong);
                self.exit.message = Some(self.tr.t("kiosk-pin-wrong"));
                self.set_lockout(PinLockout {
                    wrong,
                    locked_until: (wait > 0).then(|| now.unix_timestamp() + i64::from(wait)),
                });
            }
        }
    }

    /// Until when no PIN may be tried, if that is still ahead.
    fn locked_until(&self, now: OffsetDateTime) -> Option<OffsetDateTime> {
        let until = OffsetDateTime::from_unix_timestamp(self.lockout.locked_until?).ok()?;
        (until > now).then_some(until)
    }

    /// Keeps `lockout`, and writes it to the configured lockout file, if any.
    fn set_lockout(&mut self, lockout: PinLockout) {
        self.lockout = lockout;
        if let Some(path) = &self.config.lockout_file {
            // Nothing to tell a patient, and the lockout still holds while the kiosk runs.
            let _ = save_lockout(path, &lockout);
        }
    }
}

/// Whether the patient touched, typed, scrolled or used a screen reader this frame.
fn touched(ctx: &egui::Context) -> bool {
    ctx.input(|i| {
        i.events.iter().any(|e| {
            matches!(
                e,
                Event::PointerMoved(_)
                    | Event::PointerButton { .. }
                    | Event::Key { .. }
                    | Event::Text(_)
                    | Event::Touch { .. }
                    | Event::MouseWheel { .. }
                    | Event::Paste(_)
                    | Event::AccessKitActionRequest(_)
            )
        })
    })
}

impl eframe::App for KioskApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        KioskApp::ui(self, ui);
    }
}
