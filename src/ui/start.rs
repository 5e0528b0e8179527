//! The start screen: the saved cases (who each is for, last changed, which step), with New,
//! Continue, Rename, Duplicate, Delete (after a confirmation), Export… and Import…, and the
//! files that could not be opened.

use std::collections::BTreeSet;
use std::path::PathBuf;

use egui::{Align, Layout, Modal, RichText, ScrollArea, Ui};
use time::OffsetDateTime;

use crate::case::input::{InputError, SHORT_TEXT_MAX, check_line};
use crate::case::{Case, CaseId, ConditionKind, Coverage, ForWhom, Step};
use crate::flow;
use crate::store::{self, DiskStore, Listing, Saver};

use super::errors;
use super::files::{DialogText, FilePicker, Pick, suggested_path};
use super::i18n::Tr;
use super::labels::step_title;
use super::theme;
use super::widgets;
use crate::guidance::Lang;

/// What the app should do after a start-screen action.
pub enum Next {
    /// Open this case in the wizard.
    Open(Box<Case>),
    /// Show the start screen, listing again.
    Home,
}

/// What the patient asked for on the start screen this frame.
pub enum Action {
    New,
    Open(CaseId),
    StartRename(CaseId),
    Rename(CaseId, String),
    CancelRename,
    Duplicate(CaseId),
    AskDelete(CaseId),
    Delete(CaseId),
    CancelDelete,
    Export(CaseId),
    ExportTo(CaseId, PathBuf),
    Import,
    ImportFrom(PathBuf),
    CloseFallback,
    /// Show everything in this language from now on.
    Language(Lang),
}

/// Where the in-app path field is used instead of a dialog.
enum Fallback {
    Export(CaseId, String),
    Import(String),
}

/// A case being renamed: its id, the name as typed, and what is wrong with it.
type Renaming = (CaseId, String, Option<InputError>);

/// The file name endings of a case file, without the dot.
const CASE_FILE_EXTENSIONS: &[&str] = &["ron"];

/// The start screen's state.
pub struct StartScreen {
    listing: Listing,
    renaming: Option<Renaming>,
    confirm_delete: Option<CaseId>,
    message: Option<(bool, String)>,
    fallback: Option<Fallback>,
}

impl StartScreen {
    /// A start screen showing `listing`.
    pub fn new(listing: Listing) -> Self {
        Self {
            listing,
            renaming: None,
            confirm_delete: None,
            message: None,
            fallback: None,
        }
    }

    /// Shows a message on the start screen.
    pub fn tell(&mut self, ok: bool, message: String) {
        self.message = Some((ok, message));
    }

    /// Shows a fresh listing.
    pub fn refresh(&mut self, listing: Listing) {
        self.listing = listing;
    }

    fn find(&self, id: &CaseId) -> Option<&Case> {
        self.listing.cases.iter().find(|c| &c.id == id)
    }

    /// Draws the screen; returns the patient's action, if any.
    /// `fixed_language` hides the language switch (a clinic's own content folder).
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        tr: &Tr,
        now: OffsetDateTime,
        fixed_language: bool,
    ) -> Option<Action> {
        let mut action = None;
        egui::CentralPanel::default().show(ui, |ui| {
            ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.set_max_width(theme::READING_WIDTH + 160.0);
                    ui.horizontal(|ui| {
                        ui.heading(tr.t("app-name"));
                        if let Some(lang) = super::wizard::lang_switch_ui(ui, tr, fixed_language) {
                            action = Some(Action::Language(lang));
                        }
                    });
                    ui.label(tr.t("start-intro"));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui
                            .button(RichText::new(tr.t("start-new-case")).strong())
                            .clicked()
                        {
                            action = Some(Action::New);
                        }
                        if ui.button(tr.t("start-import")).clicked() {
                            action = Some(Action::Import);
                        }
                    });
                    if let Some((ok, text)) = &self.message {
                        widgets::status(ui, text.as_str(), *ok);
                    }
                    if let Some(a) = self.fallback_ui(ui, tr) {
                        action = Some(a);
                    }
                    self.problems_ui(ui, tr);
                    ui.add_space(12.0);
                    if self.listing.cases.is_empty() {
                        ui.label(tr.t("start-no-cases"));
                    }
                    for case in &self.listing.cases {
                        if let Some(a) = case_row_ui(ui, tr, &mut self.renaming, case, now) {
                            action = Some(a);
                        }
                    }
                });
        });
        if let Some(a) = self.delete_modal_ui(ui, tr) {
            action = Some(a);
        }
        action
    }

    fn problems_ui(&self, ui: &mut Ui, tr: &Tr) {
        if self.listing.problems.is_empty() {
            return;
        }
        ui.add_space(8.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(
                RichText::new(tr.t("start-problems"))
                    .strong()
                    .color(theme::ERROR),
            );
            for p in &self.listing.problems {
                ui.label(format!(
                    "{}: {}",
                    p.file_name,
                    errors::listing(tr, &p.trouble)
                ));
            }
            ui.label(RichText::new(tr.t("start-problems-others-fine")).color(theme::MUTED));
        });
    }

    fn fallback_ui(&mut self, ui: &mut Ui, tr: &Tr) -> Option<Action> {
        let mut action = None;
        let exported = match self.fallback.as_ref()? {
            Fallback::Export(id, _) => self.find(id),
            Fallback::Import(_) => None,
        };
        let heading = exported.map(|case| {
            let title = display_title(tr, case);
            tr.t_args("start-export-heading", &[("title", title.into())])
        });
        egui::Frame::group(ui.style()).show(ui, |ui| {
            if let Some(heading) = heading {
                ui.label(RichText::new(heading).strong());
            }
            match &mut self.fallback {
                None => {}
                Some(Fallback::Export(id, path)) => {
                    ui.label(tr.t("start-no-file-window-save"));
                    let label = ui.label(tr.t("start-export-to"));
                    ui.add(egui::TextEdit::singleline(path).desired_width(theme::READING_WIDTH))
                        .labelled_by(label.id);
                    ui.horizontal(|ui| {
                        if ui.button(tr.t("start-save-copy")).clicked() {
                            action = Some(Action::ExportTo(id.clone(), PathBuf::from(path.trim())));
                        }
                        if ui.button(tr.t("cancel")).clicked() {
                            action = Some(Action::CloseFallback);
                        }
                    });
                }
                Some(Fallback::Import(path)) => {
                    ui.label(tr.t("start-no-file-window-open"));
                    let label = ui.label(tr.t("start-import-from"));
                    ui.add(egui::TextEdit::singleline(path).desired_width(theme::READING_WIDTH))
                        .labelled_by(label.id);
                    ui.horizontal(|ui| {
                        if ui.button(tr.t("start-import-this")).clicked() {
                            action = Some(Action::ImportFrom(PathBuf::from(path.trim())));
                        }
                        if ui.button(tr.t("cancel")).clicked() {
                            action = Some(Action::CloseFallback);
                        }
                    });
                }
            }
        });
        action
    }

    fn delete_modal_ui(&self, ui: &mut Ui, tr: &Tr) -> Option<Action> {
        let id = self.confirm_delete.as_ref()?;
        let title = self
            .find(id)
            .map_or_else(|| tr.t("start-this-case"), |c| display_title(tr, c));
        let mut action = None;
        Modal::new(egui::Id::unique("confirm_delete")).show(ui.ctx(), |ui| {
            ui.set_max_width(480.0);
            ui.heading(tr.t("start-delete-heading"));
            ui.label(tr.t_args("start-delete-warning", &[("title", title.into())]));
            ui.horizontal(|ui| {
                if ui.button(tr.t("start-keep-it")).clicked() {
                    action = Some(Action::CancelDelete);
                }
                if ui
                    .button(RichText::new(tr.t("start-delete")).color(theme::ERROR))
                    .clicked()
                {
                    action = Some(Action::Delete(id.clone()));
                }
            });
        });
        action
    }

    /// Carries out `action`; returns where the app goes next.
    pub fn apply(
        &mut self,
        action: Action,
        tr: &Tr,
        store: &DiskStore,
        saver: &Saver,
        picker: &dyn FilePicker,
        now: OffsetDateTime,
    ) -> Next {
        // Every change below goes straight to disk; let queued autosaves land first.
        saver.flush();
        match action {
            Action::New => {
                // No title: until the patient types one, the case is named by what it is about.
                let case = Case::new(store.fresh_id(now), now);
                self.report(tr, store.save(&case).map(|()| String::new()));
                return Next::Open(Box::new(case));
            }
            Action::Open(id) => match store.load(&id) {
                Ok(case) => return Next::Open(Box::new(case)),
                Err(e) => self.report(tr, Err(e)),
            },
            Action::StartRename(id) => {
                // The name as the list shows it, to edit rather than type again.
                let text = self
                    .find(&id)
                    .map(|c| display_title(tr, c))
                    .unwrap_or_default();
                self.renaming = Some((id, text, None));
            }
            Action::Rename(id, text) => match check_line(&text, SHORT_TEXT_MAX) {
                Ok(title) => {
                    if let Some(mut case) = self.find(&id).cloned() {
                        case.title = title;
                        case.updated = now;
                        self.report(tr, store.save(&case).map(|()| tr.t("start-renamed")));
                    }
                    self.renaming = None;
                }
                Err(e) => self.renaming = Some((id, text, Some(e))),
            },
            Action::CancelRename => self.renaming = None,
            Action::Duplicate(id) => {
                if let Some(original) = self.find(&id) {
                    let mut copy = original.clone();
                    copy.id = store.fresh_id(now);
                    let title = display_title(tr, original);
                    copy.title = tr.t_args("start-copy-title", &[("title", title.into())]);
                    copy.created = now;
                    copy.updated = now;
                    self.report(tr, store.save(&copy).map(|()| tr.t("start-copied")));
                }
            }
            Action::AskDelete(id) => self.confirm_delete = Some(id),
            Action::CancelDelete => self.confirm_delete = None,
            Action::Delete(id) => {
                self.confirm_delete = None;
                self.report(tr, store.delete(&id).map(|()| tr.t("start-deleted")));
            }
            Action::Export(id) => {
                let stem = self
                    .find(&id)
                    .and_then(|case| file_stem(&display_title(tr, case)))
                    .unwrap_or_else(|| id.as_str().to_owned());
                let file_name = format!("{stem}.ron");
                let (title, kind) = (tr.t("files-save-case-title"), tr.t("files-case-kind"));
                let text = DialogText {
                    title: &title,
                    kind: &kind,
                    extensions: CASE_FILE_EXTENSIONS,
                };
                match picker.save(&file_name, &text) {
                    Pick::Chosen(path) => self.export(tr, &id, &path),
                    Pick::Cancelled => {}
                    Pick::Unavailable => {
                        let path = suggested_path(&file_name).display().to_string();
                        self.fallback = Some(Fallback::Export(id, path));
                    }
                }
            }
            Action::ExportTo(id, path) => self.export(tr, &id, &path),
            Action::Import => {
                let (title, kind) = (tr.t("files-open-case-title"), tr.t("files-case-kind"));
                let text = DialogText {
                    title: &title,
                    kind: &kind,
                    extensions: CASE_FILE_EXTENSIONS,
                };
                match picker.open(&text) {
                    Pick::Chosen(path) => self.import(tr, store, &path, now),
                    Pick::Cancelled => {}
                    Pick::Unavailable => self.fallback = Some(Fallback::Import(String::new())),
                }
            }
            Action::ImportFrom(path) => self.import(tr, store, &path, now),
            Action::CloseFallback => self.fallback = None,
            // The app swaps the language; nothing here changes.
            Action::Language(_) => {}
        }
        Next::Home
    }

    fn export(&mut self, tr: &Tr, id: &CaseId, path: &std::path::Path) {
        if path.as_os_str().is_empty() {
            self.message = Some((false, tr.t("start-type-where")));
            return;
        }
        let Some(case) = self.find(id) else { return };
        match store::export_case(case, path) {
            Ok(()) => {
                self.fallback = None;
                let path = path.display().to_string();
                self.message = Some((true, tr.t_args("start-exported", &[("path", path.into())])));
            }
            Err(e) => self.message = Some((false, errors::store(tr, &e))),
        }
    }

    fn import(&mut self, tr: &Tr, store: &DiskStore, path: &std::path::Path, now: OffsetDateTime) {
        if path.as_os_str().is_empty() {
            self.message = Some((false, tr.t("start-type-which")));
            return;
        }
        match store::import_case(path) {
            Ok(mut case) => {
                // An import never replaces a case already here.
                case.id = store.fresh_id(now);
                case.updated = now;
                match store.save(&case) {
                    Ok(()) => {
                        self.fallback = None;
                        self.message = Some((true, tr.t("start-imported")));
                    }
                    Err(e) => self.message = Some((false, errors::store(tr, &e))),
                }
            }
            Err(e) => self.message = Some((false, errors::store(tr, &e))),
        }
    }

    fn report(&mut self, tr: &Tr, result: Result<String, store::StoreError>) {
        self.message = match result {
            Ok(text) if text.is_empty() => None,
            Ok(text) => Some((true, text)),
            Err(e) => Some((false, errors::store(tr, &e))),
        };
    }
}

/// One saved case on the start screen, with its buttons.
fn case_row_ui(
    ui: &mut Ui,
    tr: &Tr,
    renaming: &mut Option<Renaming>,
    case: &Case,
    now: OffsetDateTime,
) -> Option<Action> {
    let mut action = None;
    let title = display_title(tr, case);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let renaming = renaming.as_mut().filter(|(id, ..)| *id == case.id);

        if let Some((id, text, error)) = renaming {
            let label = ui.label(tr.t("start-new-name"));
            ui.text_edit_singleline(text).labelled_by(label.id);
            if let Some(e) = error {
                ui.label(RichText::new(errors::input(tr, e)).color(theme::ERROR));
            }
            ui.horizontal(|ui| {
                if ui.button(tr.t("start-save-name")).clicked() {
                    action = Some(Action::Rename(id.clone(), text.clone()));
                }
                if ui.button(tr.t("cancel")).clicked() {
                    action = Some(Action::CancelRename);
                }
            });
        } else {
            ui.label(RichText::new(&title).strong().size(20.0));
        }
        if let Some(details) = case_details(tr, case) {
            ui.label(details);
        }
        ui.label(progress(tr, case, now));
        ui.horizontal_wrapped(|ui| {
            let named = |verb: &str| format!("{verb} {title}");
            let id = || case.id.clone();
            let buttons = [
                ("start-continue", Action::Open(id())),
                ("start-rename", Action::StartRename(id())),
                ("start-duplicate", Action::Duplicate(id())),
                ("start-export", Action::Export(id())),
            ];
            for (key, wanted) in buttons {
                let verb = tr.t(key);
                if ui.button(&verb).accessible_name(named(&verb)).clicked() {
                    action = Some(wanted);
                }
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                let verb = tr.t("start-delete-dialog");
                if ui.button(&verb).accessible_name(named(&verb)).clicked() {
                    action = Some(Action::AskDelete(case.id.clone()));
                }
            });
        });
    });
    action
}

/// Where a case is, as the step map shows it when the case opens: "Plan ready" once every
/// step that applies is done, else the step it opens on (the one it was left on, or the next
/// that applies if that one no longer does), with when it last changed.
fn progress(tr: &Tr, case: &Case, now: OffsetDateTime) -> String {
    let today = now.date();
    let when = when(tr, case.updated, now);
    if flow::is_done(Step::Plan, case, today) {
        return tr.t_args("start-case-plan-ready", &[("when", when.into())]);
    }
    let step = flow::resume(case, today);
    tr.t_args(
        "start-case-step",
        &[
            ("n", step.number().into()),
            ("total", Step::ALL.len().into()),
            ("title", step_title(tr, step, case.helping()).into()),
            ("when", when.into()),
        ],
    )
}

/// What a case is called on the list and in the wizard: the title the patient typed, or one
/// made from the case itself ("My case: sciatica", "For Maria: low back pain").
pub(super) fn display_title(tr: &Tr, case: &Case) -> String {
    if let Some(typed) = typed_title(tr, case) {
        return typed.to_owned();
    }
    let condition = condition_words(tr, case);
    let who = match case.about.for_whom {
        Some(ForWhom::Myself) => {
            return match condition {
                Some(c) => tr.t_args("start-title-mine-about", &[("condition", c.into())]),
                None => tr.t("start-title-mine"),
            };
        }
        Some(ForWhom::SomeoneElse) => helped_person(case).map_or_else(
            || tr.t("start-title-someone"),
            |name| tr.t_args("start-title-for", &[("who", name.into())]),
        ),
        None => {
            // Nothing says yet what the case is: the day it was started tells cases apart.
            let date = short_date(tr, case.created);
            return condition.map_or_else(
                || tr.t_args("start-new-case-title", &[("date", date.into())]),
                |c| tr.t_args("start-title-about", &[("condition", c.into())]),
            );
        }
    };
    match condition {
        Some(c) => tr.t_args(
            "start-title-who-about",
            &[("who", who.into()), ("condition", c.into())],
        ),
        None => who,
    }
}

/// The title the patient typed, if any. The "Case started Nov 29, 2026" that earlier versions
/// gave every new case does not count: the patient never chose it.
fn typed_title<'a>(tr: &Tr, case: &'a Case) -> Option<&'a str> {
    let title = case.title.trim();
    let date = short_date(tr, case.created);
    let made_up = tr.t_args("start-new-case-title", &[("date", date.into())]);
    (!title.is_empty() && title != made_up).then_some(title)
}

/// The name of the person being helped as they gave it, else who they are ("mother").
fn helped_person(case: &Case) -> Option<&str> {
    [&case.about.patient_name, &case.about.relationship]
        .into_iter()
        .map(|s| s.trim())
        .find(|s| !s.is_empty())
}

/// The longest condition, in the patient's own words, that goes into a made-up title.
const TITLE_CONDITION_MAX: usize = 40;

/// The first condition, in a few words for a title: "sciatica", or the patient's own words.
fn condition_words(tr: &Tr, case: &Case) -> Option<String> {
    case.condition.kinds.iter().find_map(|kind| {
        let key = match kind {
            ConditionKind::Sciatica => "start-title-sciatica",
            ConditionKind::RepetitiveStrain => "start-title-repetitive-strain",
            ConditionKind::AfterSurgery => "start-title-after-surgery",
            ConditionKind::SportsInjury => "start-title-sports-injury",
            ConditionKind::Concussion => "start-title-concussion",
            ConditionKind::LowBackPain => "start-title-low-back-pain",
            ConditionKind::NeckPain => "start-title-neck-pain",
            ConditionKind::Other => return own_words(&case.condition.other),
        };
        Some(tr.t(key))
    })
}

/// The patient's own words for a condition, cut after a whole word to fit a title.
fn own_words(text: &str) -> Option<String> {
    let mut out = String::new();
    for word in text.split_whitespace() {
        let len = out.chars().count();
        if len + 1 + word.chars().count() > TITLE_CONDITION_MAX {
            if out.is_empty() {
                out = word.chars().take(TITLE_CONDITION_MAX).collect();
            }
            // "at work…", not "at work,…".
            out.truncate(out.trim_end_matches([',', ';', ':', '.']).len());
            out.push('…');
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    (!out.is_empty()).then_some(out)
}

/// The line under a case's title: who it is for (when the title does not say it already) and
/// the insurer.
fn case_details(tr: &Tr, case: &Case) -> Option<String> {
    let mut parts = Vec::new();
    if typed_title(tr, case).is_some() {
        match case.about.for_whom {
            Some(ForWhom::Myself) => parts.push(tr.t("start-for-me")),
            Some(ForWhom::SomeoneElse) => parts.push(helped_person(case).map_or_else(
                || tr.t("start-for-someone"),
                |name| tr.t_args("start-for-name", &[("name", name.into())]),
            )),
            None => {}
        }
    }
    let insurer = case.insurer.name.trim();
    if !insurer.is_empty() {
        parts.push(tr.t_args("start-insurer", &[("name", insurer.into())]));
    } else if case.about.coverage == BTreeSet::from([Coverage::NoCoverage]) {
        parts.push(tr.t("start-no-insurance"));
    }
    (!parts.is_empty()).then(|| parts.join(" – "))
}

/// The longest file name made from a title, in characters, before ".ron".
const FILE_STEM_MAX: usize = 60;

/// A file name made from a case's title, with only safe characters: "My case: sciatica" gives
/// "my-case-sciatica"; `None` when nothing of the title is left.
fn file_stem(title: &str) -> Option<String> {
    let mut stem = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            // "Mom's back" reads "moms-back", not "mom-s-back".
            '\'' | '’' => continue,
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if c != '-' || !(stem.is_empty() || stem.ends_with('-')) {
            stem.push(c);
        }
        if stem.len() >= FILE_STEM_MAX {
            break;
        }
    }
    let stem = stem.trim_matches('-');
    (!stem.is_empty()).then(|| stem.to_owned())
}

fn short_date(tr: &Tr, t: OffsetDateTime) -> String {
    let month = tr.t(&format!("month-{}", month_short(t.month()).to_lowercase()));
    tr.t_args(
        "short-date",
        &[
            ("month", month.into()),
            ("day", t.day().to_string().into()),
            ("year", t.year().to_string().into()),
        ],
    )
}

/// English month abbreviations: translation keys, never shown.
fn month_short(m: time::Month) -> &'static str {
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    NAMES[usize::from(u8::from(m)) - 1]
}

/// "today at 14:05", "yesterday", or "Nov 3, 2026", in the local time of `now`.
fn when(tr: &Tr, t: OffsetDateTime, now: OffsetDateTime) -> String {
    let t = t.to_offset(now.offset());
    let days = (now.date() - t.date()).whole_days();
    match days {
        0 => {
            let time = format!("{:02}:{:02}", t.hour(), t.minute());
            tr.t_args("when-today", &[("time", time.into())])
        }
        1 => tr.t("when-yesterday"),
        _ => short_date(tr, t),
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn a_title_is_made_from_the_first_condition_or_the_patients_own_words() {
        let tr = Tr::new(Lang::En);
        let mut case = Case::new(CaseId::default(), datetime!(2026-12-02 09:00 UTC));
        assert_eq!(display_title(&tr, &case), "Case started Dec 2, 2026");
        case.condition.kinds.insert(ConditionKind::Other);
        assert_eq!(display_title(&tr, &case), "Case started Dec 2, 2026");
        case.condition.other =
            "  pain   after a fall at work, in the shoulder and the neck ".into();
        assert_eq!(
            display_title(&tr, &case),
            "Case: pain after a fall at work, in the…"
        );
        case.condition.kinds.insert(ConditionKind::Concussion);
        case.about.for_whom = Some(ForWhom::SomeoneElse);
        assert_eq!(
            display_title(&tr, &case),
            "For someone I am helping: concussion"
        );
        let es = Tr::new(Lang::Es);
        case.about.relationship = "mi madre".into();
        assert_eq!(
            display_title(&es, &case),
            "Para mi madre: conmoción cerebral"
        );
        case.title = "  La espalda de mamá ".into();
        assert_eq!(display_title(&es, &case), "La espalda de mamá");
    }

    #[test]
    fn a_file_name_from_a_title_keeps_only_safe_characters() {
        assert_eq!(
            file_stem("My case: sciatica").as_deref(),
            Some("my-case-sciatica")
        );
        assert_eq!(
            file_stem("Para José Núñez: ciática").as_deref(),
            Some("para-jose-nunez-ciatica")
        );
        assert_eq!(
            file_stem("  Mom's back / ../etc  ").as_deref(),
            Some("moms-back-etc")
        );
        assert_eq!(file_stem("...:::").as_deref(), None);
        assert_eq!(file_stem("宿題").as_deref(), None);
        let long = file_stem(&"back ".repeat(40)).expect("a name");
        assert!(long.len() <= FILE_STEM_MAX, "{long}");
        assert!(!long.ends_with('-'), "{long}");
    }

    #[test]
    fn last_changed_reads_today_yesterday_or_a_date() {
        let now = datetime!(2026-11-29 15:00 UTC);
        let tr = Tr::new(Lang::En);
        assert_eq!(
            when(&tr, datetime!(2026-11-29 09:05 UTC), now),
            "today at 09:05"
        );
        assert_eq!(when(&tr, datetime!(2026-11-28 23:00 UTC), now), "yesterday");
        assert_eq!(
            when(&tr, datetime!(2026-11-03 10:00 UTC), now),
            "Nov 3, 2026"
        );
        let es = Tr::new(Lang::Es);
        assert_eq!(when(&es, datetime!(2026-11-28 23:00 UTC), now), "ayer");
        assert_eq!(
            when(&es, datetime!(2026-11-03 10:00 UTC), now),
            "3 nov 2026"
        );
    }
}
