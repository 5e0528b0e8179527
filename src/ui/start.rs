//! The start screen: the saved cases (who each is for, last changed, which step), with New,
//! Continue, Rename, Duplicate, Delete (after a confirmation), Export… and Import…, and the
//! files that could not be opened.

use std::path::PathBuf;

use egui::{Align, Layout, Modal, RichText, ScrollArea, Ui};
use time::OffsetDateTime;

use crate::case::input::{SHORT_TEXT_MAX, check_line};
use crate::case::{Case, CaseId, ForWhom, Step};
use crate::store::{self, DiskStore, Listing, Saver};

use super::files::{FilePicker, Pick, suggested_path};
use super::theme;

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
}

/// Where the in-app path field is used instead of a dialog.
enum Fallback {
    Export(CaseId, String),
    Import(String),
}

/// The start screen's state.
pub struct StartScreen {
    listing: Listing,
    renaming: Option<(CaseId, String, Option<String>)>,
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

    /// Shows a fresh listing.
    pub fn refresh(&mut self, listing: Listing) {
        self.listing = listing;
    }

    fn find(&self, id: &CaseId) -> Option<&Case> {
        self.listing.cases.iter().find(|c| &c.id == id)
    }

    /// Draws the screen; returns the patient's action, if any.
    pub fn ui(&mut self, ui: &mut Ui, now: OffsetDateTime) -> Option<Action> {
        let mut action = None;
        egui::CentralPanel::default().show(ui, |ui| {
            ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
                ui.set_max_width(theme::READING_WIDTH + 160.0);
                ui.heading("Massage Coverage Guide");
                ui.label(
                    "Step by step, find out how to get massage therapy paid for: a prescription, \
                     a call to your insurer, Medicare, and FSA or HSA money.",
                );
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(RichText::new("New case").strong()).clicked() {
                        action = Some(Action::New);
                    }
                    if ui.button("Import…").clicked() {
                        action = Some(Action::Import);
                    }
                });
                if let Some((ok, text)) = &self.message {
                    let color = if *ok { theme::OK } else { theme::ERROR };
                    ui.label(RichText::new(text).color(color));
                }
                if let Some(a) = self.fallback_ui(ui) {
                    action = Some(a);
                }
                self.problems_ui(ui);
                ui.add_space(12.0);
                if self.listing.cases.is_empty() {
                    ui.label(
                        "You have no saved cases yet. Start a new case: it takes about ten \
                         minutes, and you can stop at any time. Everything is saved on this computer.",
                    );
                }
                for case in &self.listing.cases {
                    if let Some(a) = case_row_ui(ui, &mut self.renaming, case, now) {
                        action = Some(a);
                    }
                }
            });
        });
        if let Some(a) = self.delete_modal_ui(ui) {
            action = Some(a);
        }
        action
    }

    fn problems_ui(&self, ui: &mut Ui) {
        if self.listing.problems.is_empty() {
            return;
        }
        ui.add_space(8.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(
                RichText::new("Some files could not be opened")
                    .strong()
                    .color(theme::ERROR),
            );
            for p in &self.listing.problems {
                ui.label(format!("{}: {}", p.file_name, p.message));
            }
            ui.label(RichText::new("Your other cases are fine.").color(theme::MUTED));
        });
    }

    fn fallback_ui(&mut self, ui: &mut Ui) -> Option<Action> {
        let mut action = None;
        let fallback = self.fallback.as_mut()?;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(
                "No file window can be shown on this computer. Type where the file is instead.",
            );
            match fallback {
                Fallback::Export(id, path) => {
                    let label = ui.label("Save the copy to this file");
                    ui.add(egui::TextEdit::singleline(path).desired_width(theme::READING_WIDTH))
                        .labelled_by(label.id);
                    ui.horizontal(|ui| {
                        if ui.button("Save copy").clicked() {
                            action = Some(Action::ExportTo(id.clone(), PathBuf::from(path.trim())));
                        }
                        if ui.button("Cancel").clicked() {
                            action = Some(Action::CloseFallback);
                        }
                    });
                }
                Fallback::Import(path) => {
                    let label = ui.label("Case file to import");
                    ui.add(egui::TextEdit::singleline(path).desired_width(theme::READING_WIDTH))
                        .labelled_by(label.id);
                    ui.horizontal(|ui| {
                        if ui.button("Import this file").clicked() {
                            action = Some(Action::ImportFrom(PathBuf::from(path.trim())));
                        }
                        if ui.button("Cancel").clicked() {
                            action = Some(Action::CloseFallback);
                        }
                    });
                }
            }
        });
        action
    }

    fn delete_modal_ui(&self, ui: &mut Ui) -> Option<Action> {
        let id = self.confirm_delete.as_ref()?;
        let title = self.find(id).map_or("this case", Case::display_title);
        let mut action = None;
        Modal::new(egui::Id::unique("confirm_delete")).show(ui.ctx(), |ui| {
            ui.set_max_width(480.0);
            ui.heading("Delete this case?");
            ui.label(format!("\"{title}\" and all its answers will be deleted from this computer. This cannot be undone."));
            ui.horizontal(|ui| {
                if ui.button("Keep it").clicked() {
                    action = Some(Action::CancelDelete);
                }
                if ui.button(RichText::new("Delete").color(theme::ERROR)).clicked() {
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
        store: &DiskStore,
        saver: &Saver,
        picker: &dyn FilePicker,
        now: OffsetDateTime,
    ) -> Next {
        // Every change below goes straight to disk; let queued autosaves land first.
        saver.flush();
        match action {
            Action::New => {
                let mut case = Case::new(store.fresh_id(now), now);
                case.title = format!("Case started {}", short_date(now));
                self.report(store.save(&case).map(|()| String::new()));
                return Next::Open(Box::new(case));
            }
            Action::Open(id) => match store.load(&id) {
                Ok(case) => return Next::Open(Box::new(case)),
                Err(e) => self.report(Err(e)),
            },
            Action::StartRename(id) => {
                let text = self.find(&id).map(|c| c.title.clone()).unwrap_or_default();
                self.renaming = Some((id, text, None));
            }
            Action::Rename(id, text) => match check_line(&text, SHORT_TEXT_MAX) {
                Ok(title) => {
                    if let Some(mut case) = self.find(&id).cloned() {
                        case.title = title;
                        case.updated = now;
                        self.report(
                            store
                                .save(&case)
                                .map(|()| "The case has a new name.".to_owned()),
                        );
                    }
                    self.renaming = None;
                }
                Err(e) => self.renaming = Some((id, text, Some(e.to_string()))),
            },
            Action::CancelRename => self.renaming = None,
            Action::Duplicate(id) => {
                if let Some(original) = self.find(&id) {
                    let mut copy = original.clone();
                    copy.id = store.fresh_id(now);
                    copy.title = format!("Copy of {}", original.display_title());
                    copy.created = now;
                    copy.updated = now;
                    self.report(
                        store
                            .save(&copy)
                            .map(|()| "A copy of the case was made.".to_owned()),
                    );
                }
            }
            Action::AskDelete(id) => self.confirm_delete = Some(id),
            Action::CancelDelete => self.confirm_delete = None,
            Action::Delete(id) => {
                self.confirm_delete = None;
                self.report(
                    store
                        .delete(&id)
                        .map(|()| "The case was deleted.".to_owned()),
                );
            }
            Action::Export(id) => {
                let file_name = format!(
                    "massage-case-{}.ron",
                    short_date(now).replace([' ', ','], "-")
                );
                match picker.save(&file_name) {
                    Pick::Chosen(path) => self.export(&id, &path),
                    Pick::Cancelled => {}
                    Pick::Unavailable => {
                        let path = suggested_path(&file_name).display().to_string();
                        self.fallback = Some(Fallback::Export(id, path));
                    }
                }
            }
            Action::ExportTo(id, path) => self.export(&id, &path),
            Action::Import => match picker.open() {
                Pick::Chosen(path) => self.import(store, &path, now),
                Pick::Cancelled => {}
                Pick::Unavailable => self.fallback = Some(Fallback::Import(String::new())),
            },
            Action::ImportFrom(path) => self.import(store, &path, now),
            Action::CloseFallback => self.fallback = None,
        }
        Next::Home
    }

    fn export(&mut self, id: &CaseId, path: &std::path::Path) {
        if path.as_os_str().is_empty() {
            self.message = Some((false, "Please type where to save the file.".to_owned()));
            return;
        }
        let Some(case) = self.find(id) else { return };
        match store::export_case(case, path) {
            Ok(()) => {
                self.fallback = None;
                self.message = Some((true, format!("Saved a copy to {}", path.display())));
            }
            Err(e) => self.message = Some((false, e.to_string())),
        }
    }

    fn import(&mut self, store: &DiskStore, path: &std::path::Path, now: OffsetDateTime) {
        if path.as_os_str().is_empty() {
            self.message = Some((false, "Please type which file to import.".to_owned()));
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
                        self.message = Some((
                            true,
                            "The case was imported. It is at the top of the list.".to_owned(),
                        ));
                    }
                    Err(e) => self.message = Some((false, e.to_string())),
                }
            }
            Err(e) => self.message = Some((false, e.to_string())),
        }
    }

    fn report(&mut self, result: Result<String, store::StoreError>) {
        self.message = match result {
            Ok(text) if text.is_empty() => None,
            Ok(text) => Some((true, text)),
            Err(e) => Some((false, e.to_string())),
        };
    }
}

/// One saved case on the start screen, with its buttons.
fn case_row_ui(
    ui: &mut Ui,
    renaming: &mut Option<(CaseId, String, Option<String>)>,
    case: &Case,
    now: OffsetDateTime,
) -> Option<Action> {
    let mut action = None;
    let title = case.display_title();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let renaming = renaming.as_mut().filter(|(id, ..)| *id == case.id);

        if let Some((id, text, error)) = renaming {
            let label = ui.label("New name for this case");
            ui.text_edit_singleline(text).labelled_by(label.id);
            if let Some(e) = error {
                ui.label(RichText::new(e.as_str()).color(theme::ERROR));
            }
            ui.horizontal(|ui| {
                if ui.button("Save name").clicked() {
                    action = Some(Action::Rename(id.clone(), text.clone()));
                }
                if ui.button("Cancel").clicked() {
                    action = Some(Action::CancelRename);
                }
            });
        } else {
            ui.label(RichText::new(title).strong().size(20.0));
        }
        let who = match case.about.for_whom {
            Some(ForWhom::Myself) => "For: me".to_owned(),
            Some(ForWhom::SomeoneElse) if !case.about.patient_name.trim().is_empty() => {
                format!("For: {}", case.about.patient_name.trim())
            }
            Some(ForWhom::SomeoneElse) => "For: someone I am helping".to_owned(),
            None => "For: not said yet".to_owned(),
        };
        ui.label(who);
        ui.label(format!(
            "Step {} of {}: {} – Last changed {}",
            case.step.number(),
            Step::ALL.len(),
            case.step.title(),
            when(case.updated, now)
        ));
        ui.horizontal_wrapped(|ui| {
            let named = |verb: &str| format!("{verb} {title}");
            let id = || case.id.clone();
            let buttons = [
                ("Continue", Action::Open(id())),
                ("Rename", Action::StartRename(id())),
                ("Duplicate", Action::Duplicate(id())),
                ("Export…", Action::Export(id())),
            ];
            for (verb, wanted) in buttons {
                if ui.button(verb).accessible_name(named(verb)).clicked() {
                    action = Some(wanted);
                }
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                if ui
                    .button("Delete…")
                    .accessible_name(named("Delete…"))
                    .clicked()
                {
                    action = Some(Action::AskDelete(case.id.clone()));
                }
            });
        });
    });
    action
}

fn short_date(t: OffsetDateTime) -> String {
    format!("{} {}, {}", month_short(t.month()), t.day(), t.year())
}

fn month_short(m: time::Month) -> &'static str {
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    NAMES[usize::from(u8::from(m)) - 1]
}

/// "today at 14:05", "yesterday", or "Nov 3, 2026", in the local time of `now`.
fn when(t: OffsetDateTime, now: OffsetDateTime) -> String {
    let t = t.to_offset(now.offset());
    let days = (now.date() - t.date()).whole_days();
    match days {
        0 => format!("today at {:02}:{:02}", t.hour(), t.minute()),
        1 => "yesterday".to_owned(),
        _ => short_date(t),
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn last_changed_reads_today_yesterday_or_a_date() {
        let now = datetime!(2026-11-29 15:00 UTC);
        assert_eq!(when(datetime!(2026-11-29 09:05 UTC), now), "today at 09:05");
        assert_eq!(when(datetime!(2026-11-28 23:00 UTC), now), "yesterday");
        assert_eq!(when(datetime!(2026-11-03 10:00 UTC), now), "Nov 3, 2026");
    }
}
