//! The PDF renderer: draws what [`super::layout`] placed, with krilla, glyph by glyph with the
//! advances the layout measured. Both fonts are embedded (subset by krilla), so the file looks
//! the same in every viewer and on every printer.

use krilla::color::luma;
use krilla::error::KrillaError;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, GlyphId, KrillaGlyph, TextDirection};

use super::layout::{self, BOLD_TTF, Face, Fonts, Item, REGULAR_TTF, Style};
use super::{Document, DocumentError, PageSetup};

/// Grey for notes and footers: dark enough to photocopy.
const GREY: u8 = 85;

/// `doc` as PDF bytes, on `setup`'s paper, with a footer on every page.
pub fn to_pdf(doc: &Document, setup: &PageSetup) -> Result<Vec<u8>, DocumentError> {
    let fonts = Fonts::new()?;
    let laid = layout::layout(doc, *setup, &fonts);
    let regular = Font::new(REGULAR_TTF.into(), 0).ok_or(DocumentError::Font {
        name: "DejaVu Sans",
    })?;
    let bold = Font::new(BOLD_TTF.into(), 0).ok_or(DocumentError::Font {
        name: "DejaVu Sans Bold",
    })?;

    let mut pdf = krilla::Document::new();
    pdf.set_metadata(
        Metadata::new()
            .title(doc.title.clone())
            .creator("Massage Coverage Guide".to_owned())
            .language(format!("{}-US", doc.lang.code())),
    );
    for page in &laid.pages {
        let settings =
            PageSettings::from_wh(laid.width, laid.height).ok_or(DocumentError::Pdf {
                reason: "the paper size is empty",
            })?;
        let mut p = pdf.start_page_with(settings);
        let mut surface = p.surface();
        for item in &page.items {
            match item {
                Item::Text { x, y, style, text } => {
                    let paint = if style.grey {
                        luma::Color::new(GREY)
                    } else {
                        luma::Color::black()
                    };
                    surface.set_stroke(None);
                    surface.set_fill(Some(Fill {
                        paint: paint.into(),
                        ..Fill::default()
                    }));
                    let font = match style.face {
                        Face::Regular => regular.clone(),
                        Face::Bold => bold.clone(),
                    };
                    draw_text(
                        &mut surface,
                        &fonts,
                        *style,
                        Point::from_xy(*x, *y),
                        font,
                        text,
                    );
                }
                Item::Rule { x1, x2, y } => {
                    let mut path = PathBuilder::new();
                    path.move_to(*x1, *y);
                    path.line_to(*x2, *y);
                    if let Some(path) = path.finish() {
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke {
                            paint: luma::Color::new(GREY).into(),
                            width: 0.6,
                            ..Stroke::default()
                        }));
                        surface.draw_path(&path);
                    }
                }
                Item::Box { x, y, checked } => {
                    let side = layout::BOX;
                    let mut path = PathBuilder::new();
                    if let Some(rect) = Rect::from_xywh(*x, *y, side, side) {
                        path.push_rect(rect);
                    }
                    if *checked {
                        // A tick inside the box, drawn rather than taken from the font.
                        path.move_to(x + 1.8, y + side * 0.52);
                        path.line_to(x + side * 0.42, y + side - 1.8);
                        path.line_to(x + side - 1.5, y + 1.5);
                    }
                    if let Some(path) = path.finish() {
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke {
                            paint: luma::Color::black().into(),
                            width: 0.9,
                            ..Stroke::default()
                        }));
                        surface.draw_path(&path);
                    }
                }
            }
        }
        surface.finish();
        p.finish();
    }
    pdf.finish()
        .map_err(|e| DocumentError::Pdf { reason: reason(&e) })
}

/// Draws one line of text with the advances [`layout`] measured, so what was wrapped to fit
/// is exactly what is drawn. Text with combining marks (a decomposed "é") is shaped by krilla
/// instead, so that the marks sit on their letters.
fn draw_text(
    surface: &mut krilla::surface::Surface<'_>,
    fonts: &Fonts,
    style: Style,
    at: Point,
    font: Font,
    text: &str,
) {
    if text.chars().any(is_combining) {
        surface.draw_text(
            at,
            font,
            style.size,
            text,
            false,
            TextDirection::LeftToRight,
        );
        return;
    }
    let glyphs: Vec<KrillaGlyph> = text
        .char_indices()
        .filter_map(|(i, c)| {
            let (id, advance) = fonts.glyph(style.face, c)?;
            Some(KrillaGlyph {
                glyph_id: GlyphId::new(id),
                text_range: i..i + c.len_utf8(),
                x_advance: advance,
                x_offset: 0.0,
                y_offset: 0.0,
                y_advance: 0.0,
                location: None,
            })
        })
        .collect();
    surface.draw_glyphs(at, &glyphs, font, text, style.size, false);
}

/// Whether `c` is a combining mark that must be placed on the letter before it.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// What krilla refused, in words that never quote the document.
fn reason(error: &KrillaError) -> &'static str {
    match error {
        KrillaError::Font(..) => "a font could not be embedded",
        KrillaError::Limit(_) => "the document is larger than a PDF allows",
        _ => "the PDF library refused the document",
    }
}
