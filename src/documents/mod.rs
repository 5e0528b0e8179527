//! Paper: the call checklist, the letter for the patient's doctor and the plan summary.
//!
//! `Case` + `Guidance` → a [`Document`] (one model: headings, paragraphs, check boxes, lines to
//! write on, tables) → PDF bytes ([`to_pdf`]) or plain text ([`to_text`]). Both renderers know
//! only the blocks, never a particular document, so a new document needs no renderer code.
//! [`print`] sends a PDF to a printer through CUPS.
//!
//! No egui and no disk here; the only process this module runs is CUPS's `lp`/`lpstat`, in
//! [`print`]. Documents hold patient data (that is what they are for); errors never do.

mod checklist;
mod layout;
mod letter;
mod pdf;
pub mod print;
mod summary;
mod text;
mod words;

use time::Date;

use crate::case::{CallRecord, Case, Lang};
use crate::guidance::Guidance;

pub use checklist::checklist;
pub use letter::letter;
pub use pdf::to_pdf;
pub use summary::summary;
pub use text::to_text;

use words::Words;

/// A document to print: a title and blocks, top to bottom. Renderers paginate it.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// Shown at the top of the first page and small on the others; also the PDF's title, so it
    /// never holds patient data.
    pub title: String,
    /// The content, in reading order.
    pub blocks: Vec<Block>,
    /// Small print at the foot of every page (the disclaimer), beside the page number.
    pub footer_note: String,
    /// The language of the document's own words (page numbers, "printed on"), and the PDF's.
    pub lang: Lang,
}

// Documents hold patient data: `{:?}` shows only their shape.
impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Document")
            .field("title", &self.title)
            .field("blocks", &self.blocks.len())
            .finish_non_exhaustive()
    }
}

/// One piece of a document. Renderers decide the looks; builders decide only the content.
#[derive(Clone, PartialEq, Eq)]
pub enum Block {
    /// A section heading; kept on the same page as what follows it.
    Heading(String),
    /// A smaller heading inside a section; kept with what follows it.
    Subheading(String),
    /// Running text; a `\n` starts a new line.
    Paragraph(String),
    /// Small grey text: a hint or a reason.
    Note(String),
    /// One item of a bulleted list.
    Bullet(String),
    /// A box to tick, and what ticking it means.
    CheckItem {
        /// What the box stands for.
        text: String,
        /// Whether it is already ticked.
        checked: bool,
    },
    /// A label and a line to write on; with a value, the value stands on the line.
    AnswerLine {
        /// What to write, e.g. "Reference number".
        label: String,
        /// What is already known, or `None` for a blank line.
        value: Option<String>,
    },
    /// Empty full-width lines to write on.
    BlankLines(u8),
    /// A question with one box per option, e.g. Yes / No / Not sure.
    Choices {
        /// The question.
        question: String,
        /// Small print under the question (why it matters), if any.
        note: Option<String>,
        /// The options, in order.
        options: Vec<String>,
        /// The option already ticked, by index.
        chosen: Option<usize>,
    },
    /// Key–value rows.
    Table(Vec<(String, String)>),
    /// Some vertical space.
    Spacer,
    /// Blocks kept on one page when they fit on one.
    Keep(Vec<Block>),
}

impl std::fmt::Debug for Block {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = match self {
            Self::Heading(_) => "Heading",
            Self::Subheading(_) => "Subheading",
            Self::Paragraph(_) => "Paragraph",
            Self::Note(_) => "Note",
            Self::Bullet(_) => "Bullet",
            Self::CheckItem { .. } => "CheckItem",
            Self::AnswerLine { .. } => "AnswerLine",
            Self::BlankLines(_) => "BlankLines",
            Self::Choices { .. } => "Choices",
            Self::Table(_) => "Table",
            Self::Spacer => "Spacer",
            Self::Keep(_) => "Keep",
        };
        f.write_str(name)
    }
}

/// The size of the paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum PaperSize {
    /// US Letter, 8.5 × 11 inches: the default in the US.
    #[default]
    Letter,
    /// ISO A4, 210 × 297 mm.
    A4,
}

impl PaperSize {
    /// Every size, in the order offered.
    pub const ALL: [Self; 2] = [Self::Letter, Self::A4];

    /// Width and height in PDF points (1/72 inch).
    pub fn points(self) -> (f32, f32) {
        match self {
            Self::Letter => (612.0, 792.0),
            Self::A4 => (595.28, 841.89),
        }
    }

    /// The name people know it by, in `lang`.
    pub fn name(self, lang: Lang) -> String {
        Words::of(lang).t(match self {
            Self::Letter => "doc-paper-letter",
            Self::A4 => "doc-paper-a4",
        })
    }
}

/// How to put a document on paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PageSetup {
    /// The paper size.
    pub size: PaperSize,
    /// The day printed in every page's footer.
    pub printed_on: Date,
}

impl PageSetup {
    /// US Letter, printed on `printed_on`.
    pub fn letter(printed_on: Date) -> Self {
        Self {
            size: PaperSize::Letter,
            printed_on,
        }
    }
}

/// The three documents, for menus, the command line and print job titles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocumentKind {
    /// The checklist to have in hand when calling the insurer.
    Checklist,
    /// The request for a letter of medical necessity, for the patient's doctor.
    Letter,
    /// The plan: every route's verdict, dated follow-ups and the call history.
    Summary,
}

impl DocumentKind {
    /// Every kind, in the order offered.
    pub const ALL: [Self; 3] = [Self::Checklist, Self::Letter, Self::Summary];

    /// The print job's title in `lang`, as the print queue shows it: never patient data.
    pub fn job_title(self, lang: Lang) -> String {
        Words::of(lang).t(match self {
            Self::Checklist => "job-checklist",
            Self::Letter => "job-letter",
            Self::Summary => "job-summary",
        })
    }

    /// A file name without extension in `lang`, for "Save as PDF…", e.g. `call-checklist`.
    pub fn file_stem(self, lang: Lang) -> String {
        Words::of(lang).t(match self {
            Self::Checklist => "file-checklist",
            Self::Letter => "file-letter",
            Self::Summary => "file-summary",
        })
    }

    /// Builds this document; `call` matters only for the checklist (filled in from that call).
    pub fn build(
        self,
        case: &Case,
        guidance: &Guidance,
        call: Option<&CallRecord>,
        today: Date,
    ) -> Document {
        match self {
            Self::Checklist => checklist(case, guidance, call, today),
            Self::Letter => letter(case, guidance, today),
            Self::Summary => summary(case, guidance, today),
        }
    }
}

/// The line at the foot of every PDF page in `lang`, e.g. "Page 1 of 3 · printed on 11/29/2026".
pub fn page_footer(lang: Lang, page: usize, pages: usize, printed_on: Date) -> String {
    Words::of(lang).t_args(
        "doc-page-footer",
        &[
            ("page", page.into()),
            ("pages", pages.into()),
            ("date", words::date(printed_on).into()),
        ],
    )
}

/// A document could not be made into a PDF. Messages are plain and hold no patient data.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// A built-in font could not be read.
    #[error(
        "The built-in font {name} could not be read, so no PDF was made; please report this bug."
    )]
    Font {
        /// Which font.
        name: &'static str,
    },
    /// The PDF library refused the document.
    #[error("The PDF could not be made ({reason}); please report this bug.")]
    Pdf {
        /// What went wrong, without any of the document's text.
        reason: &'static str,
    },
}

#[cfg(test)]
mod tests;
