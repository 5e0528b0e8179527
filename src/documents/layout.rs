//! Where everything goes on the page: fonts measured from their glyph advances (skrifa), a
//! greedy word wrap, blocks cut into unbreakable rows, and rows poured onto pages with a
//! footer on each. The PDF renderer only draws what this module placed.

use skrifa::charmap::Charmap;
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider as _};

use super::{Block, Document, DocumentError, PageSetup, page_footer};

/// `DejaVu Sans`, from Debian's `fonts-dejavu-core` (licence in `assets/fonts/LICENSE-DejaVu.txt`).
pub(super) const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// `DejaVu Sans Bold`, from the same package.
pub(super) const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Left and right margin, in points (3/4 inch).
pub(super) const MARGIN_X: f32 = 54.0;
/// Top margin of the body.
const MARGIN_TOP: f32 = 54.0;
/// Space below the footer's last line.
const MARGIN_BOTTOM: f32 = 36.0;
/// Baseline of the running title on pages after the first.
const HEADER_BASELINE: f32 = 34.0;
/// Gap between the body and the footer.
const FOOTER_GAP: f32 = 12.0;
/// A footer note longer than this many lines goes at the end of the document instead.
const MAX_FOOTER_NOTE_LINES: usize = 3;

/// A line you can write on by hand.
const WRITING_ROW: f32 = 22.0;
/// The side of a check box.
pub(super) const BOX: f32 = 9.0;

/// Which of the two faces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Face {
    Regular,
    Bold,
}

/// How a run of text looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Style {
    pub face: Face,
    pub size: f32,
    pub grey: bool,
    /// Baseline to baseline.
    pub line: f32,
}

const fn style(face: Face, size: f32, line: f32, grey: bool) -> Style {
    Style {
        face,
        size,
        grey,
        line,
    }
}

const TITLE: Style = style(Face::Bold, 17.0, 22.0, false);
const HEADING: Style = style(Face::Bold, 13.0, 17.0, false);
const SUBHEADING: Style = style(Face::Bold, 11.0, 15.0, false);
const BODY: Style = style(Face::Regular, 10.5, 14.0, false);
const QUESTION: Style = style(Face::Bold, 10.5, 14.0, false);
const NOTE: Style = style(Face::Regular, 8.5, 11.0, true);
const TABLE_KEY: Style = style(Face::Bold, 10.0, 13.5, false);
const TABLE_VALUE: Style = style(Face::Regular, 10.0, 13.5, false);
const FOOTER: Style = style(Face::Regular, 7.5, 10.0, true);

/// One face's character map and advances.
struct Metrics {
    charmap: Charmap<'static>,
    glyphs: GlyphMetrics<'static>,
    /// Advances are in font units; this turns them into points at size 1.
    per_unit: f32,
}

impl Metrics {
    fn new(data: &'static [u8], name: &'static str) -> Result<Self, DocumentError> {
        let font = FontRef::new(data).map_err(|_| DocumentError::Font { name })?;
        let upem = font
            .metrics(Size::unscaled(), LocationRef::default())
            .units_per_em;
        if upem == 0 {
            return Err(DocumentError::Font { name });
        }
        Ok(Self {
            charmap: font.charmap(),
            glyphs: font.glyph_metrics(Size::unscaled(), LocationRef::default()),
            per_unit: 1.0 / f32::from(upem),
        })
    }

    fn has(&self, c: char) -> bool {
        self.charmap.map(c).is_some()
    }

    /// The advance of `c` at size 1; characters the font lacks are replaced before measuring.
    fn advance(&self, c: char) -> f32 {
        self.charmap
            .map(c)
            .and_then(|g| self.glyphs.advance_width(g))
            .unwrap_or(0.0)
            * self.per_unit
    }
}

/// Both faces, measured.
pub(super) struct Fonts {
    regular: Metrics,
    bold: Metrics,
}

impl Fonts {
    pub(super) fn new() -> Result<Self, DocumentError> {
        Ok(Self {
            regular: Metrics::new(REGULAR_TTF, "DejaVu Sans")?,
            bold: Metrics::new(BOLD_TTF, "DejaVu Sans Bold")?,
        })
    }

    fn face(&self, face: Face) -> &Metrics {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }

    /// `text` with only characters the face can draw: tabs become spaces, other control
    /// characters go, and anything the font lacks becomes "?". Newlines stay (they break lines).
    pub(super) fn clean(&self, face: Face, text: &str) -> String {
        let m = self.face(face);
        text.chars()
            .filter_map(|c| match c {
                '\n' => Some('\n'),
                '\t' => Some(' '),
                c if c.is_control() => None,
                c if m.has(c) => Some(c),
                _ => Some('?'),
            })
            .collect()
    }

    /// The glyph id of `c` in `face` and its advance at size 1, as the wrap measured it.
    pub(super) fn glyph(&self, face: Face, c: char) -> Option<(u32, f32)> {
        let m = self.face(face);
        let id = m.charmap.map(c)?;
        Some((id.to_u32(), m.advance(c)))
    }

    /// The width of already cleaned `text` in `style`.
    pub(super) fn width(&self, style: Style, text: &str) -> f32 {
        let m = self.face(style.face);
        text.chars().map(|c| m.advance(c)).sum::<f32>() * style.size
    }

    /// `text` cleaned and wrapped to `max` points.
    fn lines(&self, style: Style, text: &str, max: f32) -> Vec<String> {
        let m = self.face(style.face);
        wrap(&self.clean(style.face, text), max, |c| {
            m.advance(c) * style.size
        })
    }
}

/// Greedy word wrap: words are added to a line while they fit in `max`; a word longer than a
/// whole line is broken between characters. `\n` starts a new line; an empty line stays.
pub(super) fn wrap(text: &str, max: f32, advance: impl Fn(char) -> f32) -> Vec<String> {
    // Tolerance for float sums, far below anything visible.
    let fits = |w: f32| w <= max + 0.01;
    let space = advance(' ');
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0.0;
        for word in para.split_whitespace() {
            let word_w: f32 = word.chars().map(&advance).sum();
            if !line.is_empty() && fits(line_w + space + word_w) {
                line.push(' ');
                line.push_str(word);
                line_w += space + word_w;
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
            }
            line_w = 0.0;
            if fits(word_w) {
                line.push_str(word);
                line_w = word_w;
                continue;
            }
            for c in word.chars() {
                let w = advance(c);
                if !line.is_empty() && !fits(line_w + w) {
                    out.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                line.push(c);
                line_w += w;
            }
        }
        out.push(line);
    }
    out
}

/// Something drawn on a page. Coordinates are points from the top-left corner; text `y` is
/// the baseline.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Item {
    /// A run of cleaned text on one line.
    Text {
        x: f32,
        y: f32,
        style: Style,
        text: String,
    },
    /// A thin horizontal line: to write on, or under a heading.
    Rule { x1: f32, x2: f32, y: f32 },
    /// A check box, with its top-left corner; ticked or empty.
    Box { x: f32, y: f32, checked: bool },
}

impl Item {
    fn shifted(mut self, dy: f32) -> Self {
        match &mut self {
            Self::Text { y, .. } | Self::Rule { y, .. } | Self::Box { y, .. } => *y += dy,
        }
        self
    }

    /// Left, top, right, bottom, in points; text is measured from its advances and the
    /// font's usual ascent and descent.
    #[cfg(test)]
    pub(super) fn bounds(&self, fonts: &Fonts) -> (f32, f32, f32, f32) {
        match self {
            Self::Text { x, y, style, text } => (
                *x,
                y - 0.93 * style.size,
                x + fonts.width(*style, text),
                y + 0.24 * style.size,
            ),
            Self::Rule { x1, x2, y } => (*x1, *y, *x2, *y),
            Self::Box { x, y, .. } => (*x, *y, x + BOX, y + BOX),
        }
    }
}

/// One page's items.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Page {
    pub items: Vec<Item>,
}

/// A document placed on pages of one size.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Layout {
    pub width: f32,
    pub height: f32,
    pub pages: Vec<Page>,
}

/// A strip of the page that is never split: a line of text, a line to write on, a row of boxes.
#[derive(Clone, Debug, Default)]
struct Row {
    height: f32,
    /// Space above it, dropped at the top of a page.
    space_before: f32,
    /// Put it on the same page as the next row when they fit on one page.
    keep_with_next: bool,
    /// Items, with `y` from the row's top.
    items: Vec<Item>,
}

/// Where a text baseline sits in a row of `style.line`: capitals centred, descenders inside.
fn baseline(style: Style) -> f32 {
    f32::midpoint(style.line, 0.7 * style.size)
}

/// Cuts blocks into rows for a column `width` wide starting at `x0`.
struct Column<'f> {
    fonts: &'f Fonts,
    x0: f32,
    width: f32,
    rows: Vec<Row>,
}

impl Column<'_> {
    /// Wrapped text rows at `x`, `max` wide; the first gets `space_before`.
    fn text(&mut self, style: Style, text: &str, x: f32, max: f32, space_before: f32) -> usize {
        let start = self.rows.len();
        for (n, line) in self.fonts.lines(style, text, max).into_iter().enumerate() {
            self.rows.push(Row {
                height: style.line,
                space_before: if n == 0 { space_before } else { 0.0 },
                keep_with_next: false,
                items: vec![Item::Text {
                    x,
                    y: baseline(style),
                    style,
                    text: line,
                }],
            });
        }
        self.rows.len() - start
    }

    /// Marks rows `from..` to stay together on one page, and with what follows if `with_next`.
    fn keep(&mut self, from: usize, with_next: bool) {
        let end = self.rows.len();
        for (n, row) in self.rows.iter_mut().enumerate().skip(from) {
            row.keep_with_next = n + 1 < end || with_next;
        }
    }

    fn block(&mut self, block: &Block) {
        let (x0, w) = (self.x0, self.width);
        let start = self.rows.len();
        match block {
            Block::Heading(t) => {
                self.text(HEADING, t, x0, w, 16.0);
                if let Some(last) = self.rows.last_mut() {
                    last.height += 4.0;
                    last.items.push(Item::Rule {
                        x1: x0,
                        x2: x0 + w,
                        y: HEADING.line + 2.0,
                    });
                }
                self.keep(start, true);
            }
            Block::Subheading(t) => {
                self.text(SUBHEADING, t, x0, w, 10.0);
                self.keep(start, true);
            }
            Block::Paragraph(t) => {
                let n = self.text(BODY, t, x0, w, 6.0);
                // No first line alone at a page's foot, no last line alone at a page's top.
                if n >= 2 {
                    self.rows[start].keep_with_next = true;
                    self.rows[start + n - 2].keep_with_next = true;
                }
            }
            Block::Note(t) => {
                let n = self.text(NOTE, t, x0, w, 2.0);
                if n <= 3 {
                    self.keep(start, false);
                }
            }
            Block::Bullet(t) => {
                self.text(BODY, t, x0 + 14.0, w - 14.0, 3.0);
                if let Some(first) = self.rows.get_mut(start) {
                    let bullet = self.fonts.clean(Face::Regular, "•");
                    first.items.push(Item::Text {
                        x: x0 + 4.0,
                        y: baseline(BODY),
                        style: BODY,
                        text: bullet,
                    });
                }
                self.keep(start, false);
            }
            Block::CheckItem { text, checked } => {
                self.text(BODY, text, x0 + 16.0, w - 16.0, 5.0);
                if let Some(first) = self.rows.get_mut(start) {
                    first.items.push(Item::Box {
                        x: x0 + 1.0,
                        y: baseline(BODY) - 8.5,
                        checked: *checked,
                    });
                }
                self.keep(start, false);
            }
            Block::AnswerLine { label, value } => self.answer_line(label, value.as_deref()),
            Block::BlankLines(n) => {
                for _ in 0..*n {
                    self.rows.push(Row {
                        height: WRITING_ROW,
                        items: vec![Item::Rule {
                            x1: x0,
                            x2: x0 + w,
                            y: WRITING_ROW - 3.5,
                        }],
                        ..Row::default()
                    });
                }
                self.keep(start, false);
            }
            Block::Choices {
                question,
                note,
                options,
                chosen,
            } => {
                self.text(QUESTION, question, x0, w, 10.0);
                if let Some(note) = note {
                    self.text(NOTE, note, x0, w, 1.0);
                }
                self.options(options, *chosen);
                self.keep(start, false);
            }
            Block::Table(rows) => self.table(rows),
            Block::Spacer => self.rows.push(Row {
                space_before: 10.0,
                ..Row::default()
            }),
            Block::Keep(blocks) => {
                for b in blocks {
                    self.block(b);
                }
                if self.rows.len() > start {
                    self.keep(start, false);
                }
            }
        }
    }

    /// "Label ______": the value, if any, on the line, wrapped onto more lines when long.
    fn answer_line(&mut self, label: &str, value: Option<&str>) {
        let (x0, w) = (self.x0, self.width);
        let start = self.rows.len();
        let label = self.fonts.clean(Face::Regular, label);
        let label_w = self.fonts.width(BODY, &label);
        let base = WRITING_ROW - 7.0;
        // A long label gets its own lines, and the writing line the full width below it.
        let (mut pending_label, line_x) = if label_w + 8.0 > w * 0.45 {
            for line in self.fonts.lines(BODY, &label, w) {
                self.rows.push(Row {
                    height: BODY.line,
                    space_before: if self.rows.len() == start { 4.0 } else { 0.0 },
                    items: vec![Item::Text {
                        x: x0,
                        y: baseline(BODY),
                        style: BODY,
                        text: line,
                    }],
                    ..Row::default()
                });
            }
            (None, x0)
        } else {
            (Some(label), x0 + label_w + 8.0)
        };
        let value_lines = match value {
            Some(v) => self.fonts.lines(BODY, v, x0 + w - line_x - 2.0),
            None => vec![String::new()],
        };
        for line in value_lines {
            let mut items = vec![Item::Rule {
                x1: line_x,
                x2: x0 + w,
                y: base + 3.5,
            }];
            if let Some(l) = pending_label.take() {
                items.push(Item::Text {
                    x: x0,
                    y: base,
                    style: BODY,
                    text: l,
                });
            }
            if !line.is_empty() {
                items.push(Item::Text {
                    x: line_x + 2.0,
                    y: base,
                    style: BODY,
                    text: line,
                });
            }
            let space_before = if self.rows.len() == start { 2.0 } else { 0.0 };
            self.rows.push(Row {
                height: WRITING_ROW,
                space_before,
                items,
                ..Row::default()
            });
        }
        self.keep(start, false);
    }

    /// A row of boxes with their labels, wrapping when they do not fit.
    fn options(&mut self, options: &[String], chosen: Option<usize>) {
        let (x0, w) = (self.x0, self.width);
        let height = 18.0;
        let base = 13.0;
        let mut items = Vec::new();
        let mut x = x0;
        for (n, option) in options.iter().enumerate() {
            let text = self.fonts.clean(Face::Regular, option);
            let text_w = self.fonts.width(BODY, &text).min(w - BOX - 4.0);
            if x > x0 && x + BOX + 4.0 + text_w > x0 + w {
                self.rows.push(Row {
                    height,
                    space_before: 2.0,
                    items: std::mem::take(&mut items),
                    ..Row::default()
                });
                x = x0;
            }
            items.push(Item::Box {
                x,
                y: base - 8.5,
                checked: chosen == Some(n),
            });
            // An option longer than the line is cut to its first line: options are short words.
            let first = self
                .fonts
                .lines(BODY, &text, w - BOX - 4.0)
                .into_iter()
                .next()
                .unwrap_or_default();
            items.push(Item::Text {
                x: x + BOX + 4.0,
                y: base,
                style: BODY,
                text: first,
            });
            x += BOX + 4.0 + text_w + 20.0;
        }
        self.rows.push(Row {
            height,
            space_before: 2.0,
            items,
            ..Row::default()
        });
    }

    /// Key–value rows: keys bold in a column sized to the keys, values wrapped beside them.
    fn table(&mut self, rows: &[(String, String)]) {
        let (x0, w) = (self.x0, self.width);
        let widest = rows
            .iter()
            .map(|(k, _)| {
                self.fonts
                    .width(TABLE_KEY, &self.fonts.clean(Face::Bold, k))
            })
            .fold(0.0_f32, f32::max);
        let key_w = (widest + 14.0).min(w * 0.38);
        for (key, value) in rows {
            let keys = self.fonts.lines(TABLE_KEY, key, key_w - 10.0);
            let values = self.fonts.lines(TABLE_VALUE, value, w - key_w);
            let start = self.rows.len();
            for n in 0..keys.len().max(values.len()) {
                let mut items = Vec::new();
                if let Some(k) = keys.get(n) {
                    items.push(Item::Text {
                        x: x0,
                        y: baseline(TABLE_KEY),
                        style: TABLE_KEY,
                        text: k.clone(),
                    });
                }
                if let Some(v) = values.get(n) {
                    items.push(Item::Text {
                        x: x0 + key_w,
                        y: baseline(TABLE_VALUE),
                        style: TABLE_VALUE,
                        text: v.clone(),
                    });
                }
                let space_before = if n == 0 { 4.0 } else { 0.0 };
                self.rows.push(Row {
                    height: TABLE_VALUE.line,
                    space_before,
                    items,
                    ..Row::default()
                });
            }
            self.keep(start, false);
        }
    }
}

/// Places `doc` on pages: the title on the first, its blocks below, a running title on the
/// others, and on every page a footer with the note and "Page N of M · printed on …".
pub(super) fn layout(doc: &Document, setup: PageSetup, fonts: &Fonts) -> Layout {
    let (width, height) = setup.size.points();
    let content_w = width - 2.0 * MARGIN_X;
    let mut rows = Column {
        fonts,
        x0: MARGIN_X,
        width: content_w,
        rows: Vec::new(),
    };

    let mut note_lines = fonts.lines(FOOTER, doc.footer_note.trim(), content_w);
    note_lines.retain(|l| !l.is_empty());
    let mut blocks: Vec<&Block> = Vec::new();
    let moved_note;
    if note_lines.len() > MAX_FOOTER_NOTE_LINES {
        moved_note = Block::Note(doc.footer_note.trim().to_owned());
        note_lines.clear();
        blocks.extend(doc.blocks.iter());
        blocks.push(&moved_note);
    } else {
        blocks.extend(doc.blocks.iter());
    }

    if !doc.title.trim().is_empty() {
        let start = rows.rows.len();
        rows.text(TITLE, doc.title.trim(), MARGIN_X, content_w, 0.0);
        rows.keep(start, true);
        if let Some(last) = rows.rows.last_mut() {
            last.height += 4.0;
        }
    }
    for block in blocks {
        rows.block(block);
    }

    // At most MAX_FOOTER_NOTE_LINES + 1 lines, so the count fits a u8.
    let footer_lines = u8::try_from(note_lines.len() + 1).unwrap_or(u8::MAX);
    let footer_h = FOOTER.line * f32::from(footer_lines);
    let footer_top = height - MARGIN_BOTTOM - footer_h;
    let body_bottom = footer_top - FOOTER_GAP;
    let pages = paginate(&rows.rows, MARGIN_TOP, body_bottom);
    let count = pages.len();

    let running = running_title(fonts, &doc.title, content_w);
    let pages = pages
        .into_iter()
        .enumerate()
        .map(|(n, mut page)| {
            if n > 0
                && let Some(title) = &running
            {
                page.items.push(Item::Text {
                    x: MARGIN_X,
                    y: HEADER_BASELINE,
                    style: FOOTER,
                    text: title.clone(),
                });
            }
            page.items.push(Item::Rule {
                x1: MARGIN_X,
                x2: width - MARGIN_X,
                y: footer_top - 4.0,
            });
            let mut y = footer_top + baseline(FOOTER);
            for line in &note_lines {
                page.items.push(Item::Text {
                    x: MARGIN_X,
                    y,
                    style: FOOTER,
                    text: line.clone(),
                });
                y += FOOTER.line;
            }
            let number = fonts.clean(
                Face::Regular,
                &page_footer(doc.lang, n + 1, count, setup.printed_on),
            );
            page.items.push(Item::Text {
                x: MARGIN_X,
                y,
                style: FOOTER,
                text: number,
            });
            page
        })
        .collect();
    Layout {
        width,
        height,
        pages,
    }
}

/// The title on one line, cut with "…" if it is too long.
fn running_title(fonts: &Fonts, title: &str, max: f32) -> Option<String> {
    let mut text = fonts.clean(Face::Regular, title.trim()).replace('\n', " ");
    if text.is_empty() {
        return None;
    }
    if fonts.width(FOOTER, &text) <= max {
        return Some(text);
    }
    while !text.is_empty() && fonts.width(FOOTER, &format!("{text}…")) > max {
        text.pop();
    }
    Some(format!("{text}…"))
}

/// Pours rows onto pages between `top` and `bottom`. A run of rows marked to stay together
/// moves to a new page when it does not fit on this one but would fit on an empty one.
fn paginate(rows: &[Row], top: f32, bottom: f32) -> Vec<Page> {
    let body = bottom - top;
    let mut pages = vec![Page::default()];
    let mut y = top;
    let mut at_top = true;
    for (i, row) in rows.iter().enumerate() {
        let space = if at_top { 0.0 } else { row.space_before };
        let mut run = row.height;
        let mut j = i;
        while rows[j].keep_with_next && j + 1 < rows.len() {
            j += 1;
            run += rows[j].space_before + rows[j].height;
        }
        let run_fits_here = y + space + run <= bottom;
        let run_fits_a_page = run <= body;
        let row_fits_here = y + space + row.height <= bottom;
        if !at_top && ((!run_fits_here && run_fits_a_page) || !row_fits_here) {
            pages.push(Page::default());
            y = top;
            at_top = true;
        }
        let space = if at_top { 0.0 } else { row.space_before };
        y += space;
        let page = pages
            .last_mut()
            .expect("`pages` starts with one page and only grows");
        page.items
            .extend(row.items.iter().cloned().map(|item| item.shifted(y)));
        y += row.height;
        at_top = false;
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(text: &str, max: f32) -> Vec<String> {
        wrap(text, max, |_| 1.0)
    }

    #[test]
    fn words_fill_a_line_before_the_next_one_starts() {
        assert_eq!(chars("aa bb cc dd", 5.0), ["aa bb", "cc dd"]);
        assert_eq!(chars("aa bb cc dd", 4.0), ["aa", "bb", "cc", "dd"]);
    }

    #[test]
    fn a_word_longer_than_a_line_is_broken_between_characters() {
        assert_eq!(
            chars("ab abcdefghij c", 4.0),
            ["ab", "abcd", "efgh", "ij c"]
        );
    }

    #[test]
    fn newlines_break_lines_and_empty_lines_stay() {
        assert_eq!(chars("a\n\nb", 10.0), ["a", "", "b"]);
        assert_eq!(chars("", 10.0), [""]);
    }

    #[test]
    fn characters_the_font_lacks_become_question_marks_and_accents_stay() {
        let fonts = Fonts::new().expect("built-in fonts");
        assert_eq!(
            fonts.clean(Face::Regular, "José Núñez 日本\u{7}\tx"),
            "José Núñez ?? x"
        );
        assert_eq!(fonts.clean(Face::Bold, "¿Qué? ¡Sí! ñ"), "¿Qué? ¡Sí! ñ");
    }

    #[test]
    fn advances_come_from_the_font() {
        let fonts = Fonts::new().expect("built-in fonts");
        let i = fonts.width(BODY, "iiii");
        let m = fonts.width(BODY, "mmmm");
        assert!(i > 0.0 && m > 2.0 * i, "i {i} m {m}");
        assert!(fonts.width(HEADING, "Abc") > fonts.width(BODY, "Abc"));
    }
}
