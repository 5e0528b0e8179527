//! Getting documents onto paper from the app: "Save as PDF…" through the file dialog (or a
//! path field where none can be shown), and "Print…" with the printers CUPS knows, the default
//! one chosen. Printing runs off the frame thread; the PDF is always still offered.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex, PoisonError};

use egui::{RichText, Ui};
use time::Date;

use crate::case::{Case, Lang};
use crate::documents::print::{self, PrintError, PrinterState, Printers};
use crate::documents::{DocumentKind, PageSetup, PaperSize, to_pdf};
use crate::guidance::Guidance;
use crate::store;

use super::errors;
use super::files::{DialogText, FilePicker, Pick, suggested_path};
use super::i18n::Tr;
use super::theme;
use super::widgets;

/// Sends PDFs to printers; the real one is CUPS, tests use their own.
pub trait PrintService: Send + Sync {
    /// The printers and the default one, or why there are none.
    fn printers(&self) -> Result<Printers, PrintError>;
    /// Prints `pdf` on `printer` (the default when `None`); the job id, or why not.
    fn print(
        &self,
        pdf: &[u8],
        printer: Option<&str>,
        title: &str,
        paper: PaperSize,
    ) -> Result<String, PrintError>;
    /// Whether `printer` is ready or paused, or why it cannot be asked.
    fn printer_state(&self, printer: &str) -> Result<PrinterState, PrintError>;
    /// Cancels `jobs` and deletes their files and history from the spool.
    fn purge(&self, jobs: &[String]) -> Result<(), PrintError>;
}

/// Printing through CUPS (`lpstat`, `lp`, `cancel`).
pub struct Cups;

impl PrintService for Cups {
    fn printers(&self) -> Result<Printers, PrintError> {
        print::printers()
    }

    fn print(
        &self,
        pdf: &[u8],
        printer: Option<&str>,
        title: &str,
        paper: PaperSize,
    ) -> Result<String, PrintError> {
        print::print_pdf_on(pdf, printer, title, paper).map(|j| j.0)
    }

    fn printer_state(&self, printer: &str) -> Result<PrinterState, PrintError> {
        print::printer_state(printer)
    }

    fn purge(&self, jobs: &[String]) -> Result<(), PrintError> {
        let jobs: Vec<print::JobId> = jobs.iter().cloned().map(print::JobId).collect();
        print::purge_jobs(&jobs)
    }
}

/// What a step asked for: a document, saved or printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PaperRequest {
    /// Which document.
    pub kind: DocumentKind,
    /// For the checklist: fill it in from this logged call (an index into `insurer.calls`).
    pub call: Option<usize>,
    /// Print it, or save it as a PDF file.
    pub print: bool,
    /// Another language than the case's: the letter in English for a doctor who reads English.
    pub language: Option<Lang>,
}

/// The print window's state.
struct PrintDialog {
    /// The print job's title, in the document's language.
    job_title: String,
    /// The file name to offer for "Save as PDF instead…", without ".pdf".
    file_stem: String,
    pdf: Arc<Vec<u8>>,
    printers: Option<Result<Printers, PrintError>>,
    printers_rx: Option<Receiver<Result<Printers, PrintError>>>,
    chosen: Option<String>,
    sending: Option<Receiver<Result<String, PrintError>>>,
}

/// Everything about paper for one open case: the paper size, messages, the print window.
pub struct PaperDesk {
    /// US Letter or A4.
    pub size: PaperSize,
    status: Option<(bool, String)>,
    fallback: Option<(Arc<Vec<u8>>, String)>,
    /// A file typed in the path field that is already there: replaced only once the patient
    /// says so.
    replace: Option<PathBuf>,
    dialog: Option<PrintDialog>,
    direct: Option<Receiver<Result<String, PrintError>>>,
}

impl Default for PaperDesk {
    fn default() -> Self {
        Self {
            size: PaperSize::Letter,
            status: None,
            fallback: None,
            replace: None,
            dialog: None,
            direct: None,
        }
    }
}

impl PaperDesk {
    /// The latest message, and whether it is good news.
    pub fn status(&self) -> Option<(bool, &str)> {
        self.status.as_ref().map(|(ok, text)| (*ok, text.as_str()))
    }

    /// Carries out a step's request: builds the PDF, then saves it, opens the print window,
    /// or (in the kiosk) sends it straight to the kiosk's printer.
    pub fn start(
        &mut self,
        request: PaperRequest,
        case: &Case,
        guidance: &Guidance,
        today: Date,
        target: &PaperTarget<'_>,
        ctx: &egui::Context,
    ) {
        let call = request.call.and_then(|i| case.insurer.calls.get(i));
        let doc = match request.language.filter(|l| *l != case.language) {
            None => request.kind.build(case, guidance, call, today),
            Some(lang) => {
                let mut other = case.clone();
                other.language = lang;
                // The built-in content supplies the footer's words in that language; if it
                // could not load, the words on screen do.
                let content = Guidance::builtin_for(lang);
                let guidance = content.as_ref().unwrap_or(guidance);
                request.kind.build(&other, guidance, call, today)
            }
        };
        let pdf = match to_pdf(
            &doc,
            &PageSetup {
                size: self.size,
                printed_on: today,
            },
        ) {
            Ok(pdf) => Arc::new(pdf),
            Err(e) => {
                self.status = Some((false, errors::pdf(target.tr, &e)));
                return;
            }
        };
        if let Some(kiosk) = target.kiosk {
            if request.print {
                self.status = Some((true, target.tr.t("paper-printing")));
                self.direct = Some(send_in_background(
                    target.printing,
                    pdf,
                    Some(kiosk.printer.clone()),
                    request.kind.job_title(doc.lang),
                    self.size,
                    ctx,
                    Some(Arc::clone(&kiosk.jobs)),
                ));
            }
            return;
        }
        if request.print {
            let (tx, rx) = channel();
            let service = Arc::clone(target.printing);
            let ctx = ctx.clone();
            std::thread::spawn(move || {
                // The window may be gone by now; then nobody needs the answer.
                let _ = tx.send(service.printers());
                ctx.request_repaint();
            });
            self.dialog = Some(PrintDialog {
                job_title: request.kind.job_title(doc.lang),
                file_stem: request.kind.file_stem(doc.lang),
                pdf,
                printers: None,
                printers_rx: Some(rx),
                chosen: None,
                sending: None,
            });
        } else {
            self.save(
                target.tr,
                &request.kind.file_stem(doc.lang),
                pdf,
                target.picker,
            );
        }
    }

    /// Takes the answer of a kiosk print job, if it came. A failure only sends the patient to
    /// the desk: the usual advice (another printer, save the PDF) is not on offer in the
    /// kiosk, and what CUPS said means nothing to a patient.
    fn poll_direct(&mut self, tr: &Tr, desk_phone: &str) {
        if let Some(rx) = &self.direct
            && let Ok(result) = rx.try_recv()
        {
            self.status = Some(match result {
                Ok(_) => (true, tr.t("paper-printed-kiosk")),
                // CUPS took the job but the printer is stopped: nothing is at the printer yet.
                Err(PrintError::Paused { .. }) => (
                    false,
                    tr.t_args("paper-print-paused-kiosk", &[("phone", desk_phone.into())]),
                ),
                Err(_) => (
                    false,
                    tr.t_args("paper-print-failed-kiosk", &[("phone", desk_phone.into())]),
                ),
            });
            self.direct = None;
        }
    }

    fn save(&mut self, tr: &Tr, file_stem: &str, pdf: Arc<Vec<u8>>, picker: &dyn FilePicker) {
        let file_name = format!("{file_stem}.pdf");
        let (title, file_kind) = (tr.t("files-save-pdf-title"), tr.t("files-pdf-kind"));
        let text = DialogText {
            title: &title,
            kind: &file_kind,
            extensions: &["pdf"],
        };
        match picker.save(&file_name, &text) {
            Pick::Chosen(path) => self.write(tr, &pdf, &path),
            Pick::Cancelled => {}
            Pick::Unavailable => {
                self.fallback = Some((pdf, suggested_path(&file_name).display().to_string()));
            }
        }
    }

    fn write(&mut self, tr: &Tr, pdf: &[u8], path: &std::path::Path) {
        self.status = Some(match store::write_atomic(path, pdf) {
            Ok(()) => {
                self.fallback = None;
                let path = path.display().to_string();
                (true, tr.t_args("paper-saved", &[("path", path.into())]))
            }
            Err(e) => (false, errors::store(tr, &e)),
        });
    }

    /// The latest message, and the path field when no dialog can be shown.
    pub fn desk_ui(&mut self, ui: &mut Ui, tr: &Tr) {
        if let Some((ok, text)) = &self.status {
            widgets::status(ui, text.as_str(), *ok);
        }
        let mut write_to = None;
        let mut close = false;
        if let Some((_, path)) = &mut self.fallback {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label(tr.t("paper-no-file-window"));
                let label = ui.label(tr.t("paper-save-to"));
                ui.add(egui::TextEdit::singleline(path).desired_width(theme::READING_WIDTH))
                    .labelled_by(label.id);
                ui.horizontal(|ui| {
                    if ui.button(tr.t("paper-save-pdf")).clicked() {
                        write_to = Some(PathBuf::from(path.trim()));
                    }
                    if ui.button(tr.t("cancel")).clicked() {
                        close = true;
                    }
                });
            });
        }
        if let Some(path) = write_to {
            if path.as_os_str().is_empty() {
                self.status = Some((false, tr.t("paper-type-where")));
            } else if store::is_taken(&path) {
                // The path field has no dialog to ask before replacing a file: ask here.
                self.replace = Some(path);
            } else if let Some((pdf, _)) = self.fallback.clone() {
                self.write(tr, &pdf, &path);
            }
        }
        if close {
            self.fallback = None;
            self.replace = None;
        }
        self.replace_ui(ui, tr);
    }

    /// "A file is already there. Replace it?" for a path typed in the path field.
    fn replace_ui(&mut self, ui: &mut Ui, tr: &Tr) {
        let Some(path) = self.replace.clone() else {
            return;
        };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("replace_pdf")).show(ui.ctx(), |ui| {
            ui.set_max_width(520.0);
            ui.heading(tr.t("paper-replace-heading"));
            let shown = path.display().to_string();
            ui.label(tr.t_args("paper-replace-text", &[("path", shown.into())]));
            ui.horizontal_wrapped(|ui| {
                if ui.button(tr.t("paper-replace-keep")).clicked() {
                    answer = Some(false);
                }
                if ui.button(tr.t("paper-replace-yes")).clicked() {
                    answer = Some(true);
                }
            });
        });
        match answer {
            None => {}
            Some(false) => self.replace = None,
            Some(true) => {
                self.replace = None;
                if let Some((pdf, _)) = self.fallback.clone() {
                    self.write(tr, &pdf, &path);
                }
            }
        }
    }

    /// The print window while it is open, and the news of print jobs.
    pub fn dialog_ui(&mut self, ctx: &egui::Context, target: &PaperTarget<'_>) {
        let tr = target.tr;
        if let Some(kiosk) = target.kiosk {
            self.poll_direct(tr, &kiosk.desk_phone);
        }
        let (picker, printing) = (target.picker, target.printing);
        let Some(dialog) = &mut self.dialog else {
            return;
        };
        if let Some(rx) = &dialog.printers_rx
            && let Ok(found) = rx.try_recv()
        {
            if let Ok(p) = &found {
                dialog.chosen = p.default.clone().or_else(|| p.names.first().cloned());
            }
            dialog.printers = Some(found);
            dialog.printers_rx = None;
        }
        if let Some(rx) = &dialog.sending
            && let Ok(result) = rx.try_recv()
        {
            self.status = Some(match result {
                Ok(job) => (true, tr.t_args("paper-sent", &[("job", job.into())])),
                Err(e) => (false, errors::print(tr, &e)),
            });
            self.dialog = None;
            return;
        }
        let mut action = DialogAction::None;
        egui::Modal::new(egui::Id::unique("print_dialog")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(tr.t("paper-print-heading"));
            match &dialog.printers {
                None => {
                    ui.label(tr.t("paper-looking"));
                }
                Some(Err(e)) => {
                    widgets::status(ui, errors::print(tr, e), false);
                }
                Some(Ok(p)) if p.names.is_empty() => {
                    widgets::status(ui, tr.t("paper-no-printer"), false);
                }
                Some(Ok(p)) => {
                    ui.label(tr.t("paper-choose-printer"));
                    for name in &p.names {
                        let label = if p.default.as_ref() == Some(name) {
                            tr.t_args("paper-default-printer", &[("name", name.as_str().into())])
                        } else {
                            name.clone()
                        };
                        ui.radio_value(&mut dialog.chosen, Some(name.clone()), label);
                    }
                }
            }
            if dialog.sending.is_some() {
                ui.label(tr.t("paper-sending"));
            }
            ui.horizontal(|ui| {
                let can_print = dialog.sending.is_none()
                    && matches!(&dialog.printers, Some(Ok(p)) if !p.names.is_empty());
                if ui
                    .add_enabled(can_print, egui::Button::new(tr.t("paper-print-now")))
                    .clicked()
                {
                    action = DialogAction::Print;
                }
                if ui.button(tr.t("paper-save-instead")).clicked() {
                    action = DialogAction::Save;
                }
                if ui.button(tr.t("cancel")).clicked() {
                    action = DialogAction::Cancel;
                }
            });
        });
        match action {
            DialogAction::None => {}
            DialogAction::Cancel => self.dialog = None,
            DialogAction::Save => {
                if let Some(d) = self.dialog.take() {
                    self.save(tr, &d.file_stem, d.pdf, picker);
                }
            }
            DialogAction::Print => {
                let (pdf, printer) = (Arc::clone(&dialog.pdf), dialog.chosen.clone());
                dialog.sending = Some(send_in_background(
                    printing,
                    pdf,
                    printer,
                    dialog.job_title.clone(),
                    self.size,
                    ctx,
                    None,
                ));
            }
        }
    }
}

/// Sends `pdf` to a printer on another thread; the answer comes on the returned channel. With
/// `jobs`, the id of every job CUPS took (printed or waiting) is noted there, so the kiosk can
/// purge it from the spool when the patient is done.
fn send_in_background(
    printing: &Arc<dyn PrintService>,
    pdf: Arc<Vec<u8>>,
    printer: Option<String>,
    job_title: String,
    size: PaperSize,
    ctx: &egui::Context,
    jobs: Option<Arc<Mutex<Vec<String>>>>,
) -> Receiver<Result<String, PrintError>> {
    let (tx, rx) = channel();
    let service = Arc::clone(printing);
    let ctx = ctx.clone();
    std::thread::spawn(move || {
        let result = service.print(&pdf, printer.as_deref(), &job_title, size);
        let taken = match &result {
            Ok(job) => Some(job.clone()),
            Err(PrintError::Paused { job, .. }) => Some(job.0.clone()),
            Err(_) => None,
        };
        if let (Some(job), Some(jobs)) = (taken, &jobs) {
            jobs.lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(job);
        }
        let _ = tx.send(result);
        ctx.request_repaint();
    });
    rx
}

/// Where documents go: the file dialog, the printers, and the kiosk's settings when in one.
pub struct PaperTarget<'a> {
    /// The screen's words.
    pub tr: &'a Tr,
    /// File dialogs.
    pub picker: &'a dyn FilePicker,
    /// Printers.
    pub printing: &'a Arc<dyn PrintService>,
    /// Set in the kiosk.
    pub kiosk: Option<&'a KioskPrinting>,
}

/// The kiosk's printing: one printer, its documents, and the desk to ask when it fails.
#[derive(Clone, Debug)]
pub struct KioskPrinting {
    /// The CUPS printer.
    pub printer: String,
    /// The documents offered, in order.
    pub documents: Vec<DocumentKind>,
    /// The front desk's phone, for "please ask at the desk".
    pub desk_phone: String,
    /// Every print job CUPS took for the patient at the kiosk now, to purge from the spool
    /// when they are done (shared with the print threads).
    pub jobs: Arc<Mutex<Vec<String>>>,
}

enum DialogAction {
    None,
    Print,
    Save,
    Cancel,
}

/// The documents, each with "Save as PDF…" and "Print…" (in the kiosk: only its documents,
/// and only "Print"); sets `request` when one is chosen.
pub fn papers_ui(
    ui: &mut Ui,
    tr: &Tr,
    request: &mut Option<PaperRequest>,
    kiosk: Option<&KioskPrinting>,
) {
    for kind in DocumentKind::ALL {
        if kiosk.is_some_and(|k| !k.documents.contains(&kind)) {
            continue;
        }
        let (name, what) = match kind {
            DocumentKind::Checklist => ("doc-checklist", "doc-checklist-what"),
            DocumentKind::Letter => ("doc-letter", "doc-letter-what"),
            DocumentKind::Summary => ("doc-summary", "doc-summary-what"),
        };
        let name = tr.t(name);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&name).strong());
            ui.label(RichText::new(tr.t(what)).color(theme::MUTED));
        });
        let mut offer = |ui: &mut Ui, language, what: &str| {
            let wanted = PaperRequest {
                kind,
                call: None,
                print: false,
                language,
            };
            paper_buttons_ui(ui, tr, request, kiosk, wanted, what);
        };
        offer(ui, None, &name);
        // The letter is read by the patient's doctor, who in the US most likely reads English.
        if kind == DocumentKind::Letter && tr.lang() != Lang::En {
            widgets::hint(ui, &tr.t("doc-letter-english-what"));
            offer(ui, Some(Lang::En), &tr.t("doc-letter-english"));
        }
    }
}

/// "Save as PDF…" and "Print…" for one document (in the kiosk: "Print" only, and nothing
/// when the kiosk does not offer it), named with `what` for screen readers.
pub fn paper_buttons_ui(
    ui: &mut Ui,
    tr: &Tr,
    request: &mut Option<PaperRequest>,
    kiosk: Option<&KioskPrinting>,
    wanted: PaperRequest,
    what: &str,
) {
    if kiosk.is_some_and(|k| !k.documents.contains(&wanted.kind)) {
        return;
    }
    ui.horizontal(|ui| {
        if kiosk.is_none()
            && ui
                .button(tr.t("paper-save-as-pdf"))
                .accessible_name(tr.t_args("paper-save-as-pdf-name", &[("what", what.into())]))
                .clicked()
        {
            *request = Some(PaperRequest {
                print: false,
                ..wanted
            });
        }
        let print = tr.t(if kiosk.is_some() {
            "paper-print"
        } else {
            "paper-print-dialog"
        });
        if ui
            .button(&print)
            .accessible_name(format!("{print} {what}"))
            .clicked()
        {
            *request = Some(PaperRequest {
                print: true,
                ..wanted
            });
        }
    });
}
