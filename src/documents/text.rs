//! The plain-text renderer: the same document for a terminal, an email or a script, 78
//! characters wide, with `[ ]` boxes and `____` lines to write on. No pages: the footer note
//! and the printing date come once, at the end.

use super::layout::wrap;
use super::words;
use super::{Block, Document, PageSetup};

/// Characters per line.
const WIDTH: usize = 78;
/// The widest key column of a table.
const MAX_KEY: usize = 30;

/// `doc` as plain text. `setup` gives the printing date; the paper size does not matter here.
pub fn to_text(doc: &Document, setup: &PageSetup) -> String {
    let mut out = Out::default();
    let title = one_line(&doc.title);
    if !title.is_empty() {
        let lines = fill(&title, WIDTH);
        let rule = "=".repeat(lines.iter().map(|l| l.chars().count()).max().unwrap_or(0));
        out.lines.extend(lines);
        out.lines.push(rule);
    }
    for block in &doc.blocks {
        out.block(block);
    }
    out.gap();
    out.lines.push("-".repeat(WIDTH));
    if !doc.footer_note.trim().is_empty() {
        out.lines.extend(fill(doc.footer_note.trim(), WIDTH));
    }
    out.lines.push(words::Words::of(doc.lang).t_args(
        "doc-printed-on",
        &[("date", words::date(setup.printed_on).into())],
    ));
    let mut text = out.lines.join("\n");
    text.push('\n');
    text
}

/// The lines written so far.
#[derive(Default)]
struct Out {
    lines: Vec<String>,
    /// The last block was a heading: what follows sits right under it.
    after_heading: bool,
    /// The last block was a paragraph: a list or a form line gets a blank line first.
    after_paragraph: bool,
}

impl Out {
    /// One empty line, unless there is one already (or nothing yet).
    fn gap(&mut self) {
        if self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(String::new());
        }
    }

    /// `text` wrapped, its first line after `first`, the others after `rest` (both prefixes).
    fn hanging(&mut self, first: &str, rest: &str, text: &str) {
        let indent = first.chars().count().max(rest.chars().count());
        for (n, line) in fill(text, WIDTH.saturating_sub(indent).max(20))
            .into_iter()
            .enumerate()
        {
            let prefix = if n == 0 { first } else { rest };
            self.lines
                .push(format!("{prefix}{line}").trim_end().to_owned());
        }
    }

    fn block(&mut self, block: &Block) {
        if let Block::Keep(blocks) = block {
            for b in blocks {
                self.block(b);
            }
            return;
        }
        let after_heading = std::mem::take(&mut self.after_heading);
        let after_paragraph = std::mem::take(&mut self.after_paragraph);
        let spaced = matches!(
            block,
            Block::Heading(_)
                | Block::Subheading(_)
                | Block::Paragraph(_)
                | Block::Choices { .. }
                | Block::Spacer
        );
        if (spaced && !after_heading) || (!spaced && after_paragraph) {
            self.gap();
        }
        match block {
            Block::Heading(t) => {
                self.after_heading = true;
                let lines = fill(&one_line(t), WIDTH);
                let rule = "-".repeat(lines.iter().map(|l| l.chars().count()).max().unwrap_or(0));
                self.lines.extend(lines);
                self.lines.push(rule);
            }
            Block::Subheading(t) => {
                self.after_heading = true;
                self.lines.extend(fill(&one_line(t), WIDTH));
            }
            Block::Paragraph(t) => {
                self.after_paragraph = true;
                self.lines.extend(fill(t, WIDTH));
            }
            Block::Note(t) => self.hanging("  ", "  ", t),
            Block::Bullet(t) => self.hanging("- ", "  ", t),
            Block::CheckItem { text, checked } => {
                self.hanging(if *checked { "[x] " } else { "[ ] " }, "    ", text);
            }
            Block::AnswerLine { label, value } => self.answer_line(label, value.as_deref()),
            Block::BlankLines(n) => {
                for _ in 0..*n {
                    self.lines.push("_".repeat(WIDTH));
                }
            }
            Block::Choices {
                question,
                note,
                options,
                chosen,
            } => {
                let number = question.split_once(' ').map_or(0, |(n, _)| {
                    if n.ends_with('.')
                        && n.trim_end_matches('.').chars().all(|c| c.is_ascii_digit())
                    {
                        n.chars().count() + 1
                    } else {
                        0
                    }
                });
                self.hanging("", &" ".repeat(number), question);
                if let Some(note) = note {
                    let indent = " ".repeat(number.max(2));
                    self.hanging(&indent, &indent, note);
                }
                let boxes: Vec<String> = options
                    .iter()
                    .enumerate()
                    .map(|(n, o)| {
                        format!(
                            "[{}] {}",
                            if *chosen == Some(n) { 'x' } else { ' ' },
                            one_line(o)
                        )
                    })
                    .collect();
                let indent = " ".repeat(number.max(2));
                let line = format!("{indent}{}", boxes.join("   "));
                if line.chars().count() <= WIDTH {
                    self.lines.push(line);
                } else {
                    for b in boxes {
                        self.hanging(&indent, &indent, &b);
                    }
                }
            }
            Block::Table(rows) => self.table(rows),
            // The space is the gap above; a kept group was opened up above.
            Block::Spacer | Block::Keep(_) => {}
        }
    }

    /// "Label: value", or "Label: ____" to the end of the line when there is no value.
    fn answer_line(&mut self, label: &str, value: Option<&str>) {
        let label = format!("{}: ", one_line(label));
        let label_len = label.chars().count();
        match value {
            Some(v) if label_len <= WIDTH / 2 => {
                let rest = " ".repeat(label_len);
                self.hanging(&label, &rest, v);
            }
            Some(v) => {
                self.lines.extend(fill(label.trim_end(), WIDTH));
                self.hanging("  ", "  ", v);
            }
            None if label_len + 10 <= WIDTH => {
                self.lines
                    .push(format!("{label}{}", "_".repeat(WIDTH - label_len)));
            }
            None => {
                self.lines.extend(fill(label.trim_end(), WIDTH));
                self.lines.push("_".repeat(WIDTH));
            }
        }
    }

    /// Keys in a column as wide as the widest (at most [`MAX_KEY`]), values wrapped beside them.
    fn table(&mut self, rows: &[(String, String)]) {
        let key_w = rows
            .iter()
            .map(|(k, _)| one_line(k).chars().count() + 2)
            .max()
            .unwrap_or(0)
            .min(MAX_KEY);
        for (key, value) in rows {
            let keys = fill(&format!("{}:", one_line(key)), key_w - 1);
            let values = fill(value, WIDTH - key_w);
            for n in 0..keys.len().max(values.len()) {
                let k = keys.get(n).map_or("", String::as_str);
                let v = values.get(n).map_or("", String::as_str);
                let pad = key_w.saturating_sub(k.chars().count());
                self.lines
                    .push(format!("{k}{}{v}", " ".repeat(pad)).trim_end().to_owned());
            }
        }
    }
}

/// `text` wrapped to `width` characters; tabs become spaces and other control characters go.
fn fill(text: &str, width: usize) -> Vec<String> {
    let clean: String = text
        .chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    #[expect(clippy::cast_precision_loss, reason = "line widths are far below 2^23")]
    let max = width.max(1) as f32;
    wrap(&clean, max, |_| 1.0)
}

/// `text` on one line: line breaks become spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    fn doc(blocks: Vec<Block>) -> Document {
        Document {
            title: "Title".into(),
            blocks,
            footer_note: "Guidance only.".into(),
            lang: crate::case::Lang::En,
        }
    }

    fn render(blocks: Vec<Block>) -> String {
        to_text(&doc(blocks), &PageSetup::letter(date!(2026 - 11 - 29)))
    }

    #[test]
    fn a_blank_answer_line_runs_to_the_end_of_the_line() {
        let text = render(vec![Block::AnswerLine {
            label: "Reference number".into(),
            value: None,
        }]);
        let line = text
            .lines()
            .find(|l| l.starts_with("Reference number: "))
            .expect("the line");
        assert_eq!(line.chars().count(), WIDTH);
        assert!(line.ends_with("____"));
    }

    #[test]
    fn choices_tick_the_chosen_box() {
        let text = render(vec![Block::Choices {
            question: "1. Covered?".into(),
            note: None,
            options: vec!["Yes".into(), "No".into(), "Not sure".into()],
            chosen: Some(1),
        }]);
        assert!(
            text.contains("1. Covered?\n   [ ] Yes   [x] No   [ ] Not sure\n"),
            "{text}"
        );
    }

    #[test]
    fn no_line_is_wider_than_the_page_and_the_footer_ends_it() {
        let long = "Núñez ".repeat(40) + &"x".repeat(200);
        let text = render(vec![
            Block::Paragraph(long.clone()),
            Block::Table(vec![(long.clone(), long.clone())]),
            Block::AnswerLine {
                label: long.clone(),
                value: Some(long.clone()),
            },
            Block::CheckItem {
                text: long,
                checked: true,
            },
        ]);
        assert!(text.lines().all(|l| l.chars().count() <= WIDTH), "{text}");
        assert!(
            text.ends_with("Guidance only.\nPrinted on 11/29/2026.\n"),
            "{text}"
        );
    }
}
