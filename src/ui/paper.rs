//! Getting documents onto paper from the app: "Save as PDF…" through the file dialog (or a
//! path field where none can be shown), and "Print…" with the printers CUPS knows, the default
//! one chosen. Printing runs off the frame thread; the PDF is always still offered.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};

use egui::{RichText, Ui};
use time::Date;

use crate::case::Case;
use crate::documents::print::{self, Printers};
use crate::documents::{DocumentKind, PageSetup, PaperSize, to_pdf};
use crate::guidance::Guidance;
use crate::store;

use super::files::{FilePicker, Pick, suggested_path};
use super::theme;

/// Sends PDFs to printers; the real one is CUPS, tests use their own.
pub trait PrintService: Send + Sync {
    /// The printers and the default one, or a sentence saying why there are none.
    fn printers(&self) -> Result<Printers, String>;
    /// Prints `pdf` on `printer` (the default when `None`); the job id, or why not.
    fn print(
        &self,
        pdf: &[u8],
        printer: Option<&str>,
        title: &str,
        paper: PaperSize,
    ) -> Result<String, String>;
}

/// Printing through CUPS (`lpstat`, `lp`).
pub struct Cups;

impl PrintService for Cups {
    fn printers(&self) -> Result<Printers, String> {
        print::printers().map_err(|e| e.to_string())
    }

    fn print(
        &self,
        pdf: &[u8],
        printer: Option<&str>,
        title: &str,
        paper: PaperSize,
    ) -> Result<String, String> {
        print::print_pdf_on(pdf, printer, title, paper)
            .map(|j| j.0)
            .map_err(|e| e.to_string())
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
}

/// The print window's state.
struct PrintDialog {
    kind: DocumentKind,
    pdf: Arc<Vec<u8>>,
    printers: Option<Result<Printers, String>>,
    printers_rx: Option<Receiver<Result<Printers, String>>>,
    chosen: Option<String>,
    sending: Option<Receiver<Result<String, String>>>,
}

/// Everything about paper for one open case: the paper size, messages, the print window.
pub struct PaperDesk {
    /// US Letter or A4.
    pub size: PaperSize,
    status: Option<(bool, String)>,
    fallback: Option<(Arc<Vec<u8>>, String)>,
    dialog: Option<PrintDialog>,
}

impl Default for PaperDesk {
    fn default() -> Self {
        Self {
            size: PaperSize::Letter,
            status: None,
            fallback: None,
            dialog: None,
        }
    }
}

impl PaperDesk {
    /// Carries out a step's request: builds the PDF, then saves it or opens the print window.
    #[expect(
        clippy::too_many_arguments,
        reason = "the desk is UI state; what it works on is passed in"
    )]
    pub fn start(
        &mut self,
        request: PaperRequest,
        case: &Case,
        guidance: &Guidance,
        today: Date,
        picker: &dyn FilePicker,
        printing: &Arc<dyn PrintService>,
        ctx: &egui::Context,
    ) {
        let call = request.call.and_then(|i| case.insurer.calls.get(i));
        let doc = request.kind.build(case, guidance, call, today);
        let pdf = match to_pdf(
            &doc,
            &PageSetup {
                size: self.size,
                printed_on: today,
            },
        ) {
            Ok(pdf) => Arc::new(pdf),
            Err(e) => {
                self.status = Some((false, e.to_string()));
                return;
            }
        };
        if request.print {
            let (tx, rx) = channel();
            let service = Arc::clone(printing);
            let ctx = ctx.clone();
            std::thread::spawn(move || {
                // The window may be gone by now; then nobody needs the answer.
                let _ = tx.send(service.printers());
                ctx.request_repaint();
            });
            self.dialog = Some(PrintDialog {
                kind: request.kind,
                pdf,
                printers: None,
                printers_rx: Some(rx),
                chosen: None,
                sending: None,
            });
        } else {
            self.save(request.kind, pdf, picker);
        }
    }

    fn save(&mut self, kind: DocumentKind, pdf: Arc<Vec<u8>>, picker: &dyn FilePicker) {
        let file_name = format!("{}.pdf", kind.file_stem());
        match picker.save(&file_name) {
            Pick::Chosen(path) => self.write(&pdf, &path),
            Pick::Cancelled => {}
            Pick::Unavailable => {
                self.fallback = Some((pdf, suggested_path(&file_name).display().to_string()));
            }
        }
    }

    fn write(&mut self, pdf: &[u8], path: &std::path::Path) {
        self.status = Some(match store::write_atomic(path, pdf) {
            Ok(()) => {
                self.fallback = None;
                (true, format!("Saved the PDF to {}", path.display()))
            }
            Err(e) => (false, e.to_string()),
        });
    }

    /// The latest message, and the path field when no dialog can be shown.
    pub fn desk_ui(&mut self, ui: &mut Ui) {
        if let Some((ok, text)) = &self.status {
            ui.label(RichText::new(text).color(if *ok { theme::OK } else { theme::ERROR }));
        }
        let mut write_to = None;
        let mut close = false;
        if let Some((_, path)) = &mut self.fallback {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label("No file window can be shown on this computer. Type where to save the PDF instead.");
                let label = ui.label("Save the PDF to this file");
                ui.add(egui::TextEdit::singleline(path).desired_width(theme::READING_WIDTH)).labelled_by(label.id);
                ui.horizontal(|ui| {
                    if ui.button("Save PDF").clicked() {
                        write_to = Some(PathBuf::from(path.trim()));
                    }
                    if ui.button("Cancel").clicked() {
                        close = true;
                    }
                });
            });
        }
        if let Some(path) = write_to {
            if path.as_os_str().is_empty() {
                self.status = Some((false, "Please type where to save the PDF.".to_owned()));
            } else if let Some((pdf, _)) = self.fallback.clone() {
                self.write(&pdf, &path);
            }
        }
        if close {
            self.fallback = None;
        }
    }

    /// The print window, while it is open.
    pub fn dialog_ui(
        &mut self,
        ctx: &egui::Context,
        picker: &dyn FilePicker,
        printing: &Arc<dyn PrintService>,
    ) {
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
                Ok(job) => (
                    true,
                    format!("Sent to the printer (job {job}). Collect your pages at the printer."),
                ),
                Err(e) => (false, e),
            });
            self.dialog = None;
            return;
        }
        let mut action = DialogAction::None;
        egui::Modal::new(egui::Id::unique("print_dialog")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading("Print");
            match &dialog.printers {
                None => {
                    ui.label("Looking for printers…");
                }
                Some(Err(message)) => {
                    ui.label(RichText::new(message).color(theme::ERROR));
                }
                Some(Ok(p)) if p.names.is_empty() => {
                    ui.label(
                        RichText::new("No printer is set up on this computer.").color(theme::ERROR),
                    );
                }
                Some(Ok(p)) => {
                    ui.label("Choose a printer");
                    for name in &p.names {
                        let label = if p.default.as_ref() == Some(name) {
                            format!("{name} (default)")
                        } else {
                            name.clone()
                        };
                        ui.radio_value(&mut dialog.chosen, Some(name.clone()), label);
                    }
                }
            }
            if dialog.sending.is_some() {
                ui.label("Sending to the printer…");
            }
            ui.horizontal(|ui| {
                let can_print = dialog.sending.is_none()
                    && matches!(&dialog.printers, Some(Ok(p)) if !p.names.is_empty());
                if ui
                    .add_enabled(can_print, egui::Button::new("Print now"))
                    .clicked()
                {
                    action = DialogAction::Print;
                }
                if ui.button("Save as PDF instead…").clicked() {
                    action = DialogAction::Save;
                }
                if ui.button("Cancel").clicked() {
                    action = DialogAction::Cancel;
                }
            });
        });
        match action {
            DialogAction::None => {}
            DialogAction::Cancel => self.dialog = None,
            DialogAction::Save => {
                if let Some(d) = self.dialog.take() {
                    self.save(d.kind, d.pdf, picker);
                }
            }
            DialogAction::Print => {
                let (tx, rx) = channel();
                let service = Arc::clone(printing);
                let (pdf, printer, title, size) = (
                    Arc::clone(&dialog.pdf),
                    dialog.chosen.clone(),
                    dialog.kind.job_title(),
                    self.size,
                );
                let ctx = ctx.clone();
                std::thread::spawn(move || {
                    let _ = tx.send(service.print(&pdf, printer.as_deref(), title, size));
                    ctx.request_repaint();
                });
                dialog.sending = Some(rx);
            }
        }
    }
}

enum DialogAction {
    None,
    Print,
    Save,
    Cancel,
}

/// The three documents, each with "Save as PDF…" and "Print…"; sets `request` when one is
/// chosen.
pub fn papers_ui(ui: &mut Ui, request: &mut Option<PaperRequest>) {
    for (kind, name, what) in [
        (
            DocumentKind::Checklist,
            "Call checklist",
            "To have in hand when you call your insurer.",
        ),
        (
            DocumentKind::Letter,
            "Letter for your doctor",
            "Asks your doctor for a letter of medical necessity.",
        ),
        (
            DocumentKind::Summary,
            "Your plan",
            "Every way to pay, what to do next, and your calls.",
        ),
    ] {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(name).strong());
            ui.label(RichText::new(what).color(theme::MUTED));
        });
        ui.horizontal(|ui| {
            if ui
                .button("Save as PDF…")
                .accessible_name(format!("Save as PDF… {name}"))
                .clicked()
            {
                *request = Some(PaperRequest {
                    kind,
                    call: None,
                    print: false,
                });
            }
            if ui
                .button("Print…")
                .accessible_name(format!("Print… {name}"))
                .clicked()
            {
                *request = Some(PaperRequest {
                    kind,
                    call: None,
                    print: true,
                });
            }
        });
    }
}
