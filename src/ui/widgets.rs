//! Our form widgets: labelled fields that keep what was typed until it is valid, with the
//! problem shown beside the field, and choice groups for stored enums.

use std::collections::{BTreeSet, HashMap, HashSet};

use egui::{RichText, TextEdit, Ui};

use crate::case::input::{self, InputError};
use crate::case::{Answer, toggle_exclusive};

use super::i18n::Tr;
use super::{errors, labels, theme};

/// What the patient typed into one field, kept until it is valid (UI state, never saved).
#[derive(Clone, Debug, Default)]
struct Draft {
    text: String,
    /// What is wrong with `text`, worded when shown so it follows the screen's language.
    error: Option<InputError>,
}

/// The drafts of the fields on screen, by field key.
#[derive(Clone, Debug, Default)]
pub struct Drafts {
    fields: HashMap<&'static str, Draft>,
    /// The fields drawn since [`Drafts::begin_frame`].
    shown: HashSet<&'static str>,
    /// Bring the first field with a problem into view and give it the keyboard, once.
    reveal: bool,
}

impl Drafts {
    /// How many fields hold an answer that is not valid (and so not saved).
    pub fn error_count(&self) -> usize {
        self.fields.values().filter(|d| d.error.is_some()).count()
    }

    /// Starts counting the fields a page draws.
    pub fn begin_frame(&mut self) {
        self.shown.clear();
    }

    /// Forgets the drafts of fields the page no longer asks for (an answer that stopped
    /// applying), so a problem nobody can see never blocks moving on.
    pub fn end_frame(&mut self) {
        let shown = &self.shown;
        self.fields.retain(|key, _| shown.contains(key));
    }

    /// Scrolls to the first field with a problem and focuses it on the next frame.
    pub fn reveal_problem(&mut self) {
        self.reveal = true;
    }

    /// Forgets one field's draft, so it shows the saved value again.
    pub fn forget(&mut self, key: &str) {
        self.fields.remove(key);
    }

    /// Forgets every draft, so fields show the saved values again.
    pub fn clear(&mut self) {
        self.fields.clear();
    }
}

/// A labelled one-line field for a value that must be parsed. The case only changes when the
/// text is valid; otherwise the text stays in the field with the problem beside it.
#[expect(
    clippy::too_many_arguments,
    reason = "one call per field reads best with every part named"
)]
pub fn parsed_field<T: PartialEq>(
    ui: &mut Ui,
    tr: &Tr,
    drafts: &mut Drafts,
    key: &'static str,
    label: &str,
    hint: &str,
    value: &mut T,
    format: impl Fn(&T) -> String,
    parse: impl Fn(&str) -> Result<T, InputError>,
) {
    drafts.shown.insert(key);
    let draft = drafts.fields.entry(key).or_insert_with(|| Draft {
        text: format(value),
        error: None,
    });
    let reveal = &mut drafts.reveal;
    ui.vertical(|ui| {
        let label = ui.label(label);
        let edit = TextEdit::singleline(&mut draft.text)
            .hint_text(hint)
            .desired_width(theme::FIELD_WIDTH);
        let response = ui.add(edit).labelled_by(label.id);
        if response.changed() {
            match parse(&draft.text) {
                Ok(v) => {
                    draft.error = None;
                    if *value != v {
                        *value = v;
                    }
                }
                Err(e) => draft.error = Some(e),
            }
        }
        if draft.error.is_none() && !response.has_focus() {
            // Once the patient is out of the field, it shows the answer as saved: the phone
            // number as dialled, the amount with cents, and a value filled in elsewhere (the
            // call log) rather than the text typed before it.
            let saved = format(value);
            if saved != draft.text {
                draft.text = saved;
                ui.ctx().request_repaint();
            }
        }
        if let Some(error) = &draft.error {
            error_ui(ui, tr, response.id, error);
            if std::mem::take(reveal) {
                response.scroll_to_me(Some(egui::Align::Center));
                response.request_focus();
            }
        }
    });
}

/// A message about something that just happened ("Sent to the printer", "Not saved yet"),
/// green when `ok`, red when not, that a screen reader announces when it appears or changes:
/// politely for good news, at once for a problem.
pub fn status(ui: &mut Ui, text: impl Into<String>, ok: bool) -> egui::Response {
    let color = if ok { theme::OK } else { theme::ERROR };
    let response = ui.label(RichText::new(text.into()).color(color));
    let live = if ok {
        egui::accesskit::Live::Polite
    } else {
        egui::accesskit::Live::Assertive
    };
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_live(live));
    response
}

/// Shows what is wrong under a field, and makes a screen reader announce it with the field,
/// whose name stays its label.
fn error_ui(ui: &mut Ui, tr: &Tr, field: egui::Id, error: &InputError) {
    let message = errors::input(tr, error);
    ui.ctx().accesskit_node_builder(field, |node| {
        node.set_description(message.clone());
    });
    ui.label(RichText::new(message).color(theme::ERROR));
}

/// A labelled one-line text field, limited to `max` characters.
pub fn text_field(
    ui: &mut Ui,
    tr: &Tr,
    drafts: &mut Drafts,
    key: &'static str,
    label: &str,
    hint: &str,
    value: &mut String,
) {
    parsed_field(ui, tr, drafts, key, label, hint, value, Clone::clone, |s| {
        input::check_line(s, input::SHORT_TEXT_MAX)
    });
}

/// A labelled multi-line note field, limited to the long-text length.
pub fn note_field(
    ui: &mut Ui,
    tr: &Tr,
    drafts: &mut Drafts,
    key: &'static str,
    label: &str,
    value: &mut String,
) {
    let draft = drafts.fields.entry(key).or_insert_with(|| Draft {
        text: value.clone(),
        error: None,
    });
    let label = ui.label(label);
    let edit = TextEdit::multiline(&mut draft.text)
        .desired_rows(4)
        .desired_width(theme::READING_WIDTH);
    let response = ui.add(edit).labelled_by(label.id);
    if response.changed() {
        match input::check_text(&draft.text, input::LONG_TEXT_MAX) {
            Ok(v) => {
                draft.error = None;
                *value = v;
            }
            Err(e) => draft.error = Some(e),
        }
    }
    if let Some(error) = &draft.error {
        error_ui(ui, tr, response.id, error);
    }
}

/// A question answered with Yes / No / Not sure; each choice is named with its question for
/// screen readers ("Is massage covered? Yes").
pub fn answer_choice(ui: &mut Ui, tr: &Tr, question: &str, value: &mut Option<Answer>) {
    ui.label(question);
    ui.horizontal_wrapped(|ui| {
        for a in Answer::ALL {
            let text = labels::answer(tr, a);
            let name = format!("{question} {text}");
            ui.radio_value(value, Some(a), text).accessible_name(name);
        }
    });
}

/// A question answered with one of `all`, a choice a line; like [`answer_choice`], each choice
/// is named with its question for screen readers, so several "Not sure" on one page stay apart.
pub fn question_choice<T: PartialEq + Copy>(
    ui: &mut Ui,
    question: &str,
    value: &mut Option<T>,
    all: &[T],
    label: impl Fn(T) -> String,
) {
    ui.label(question);
    for &item in all {
        let text = label(item);
        let name = format!("{question} {text}");
        ui.radio_value(value, Some(item), text)
            .accessible_name(name);
    }
}

/// A set of tick boxes where `none` is exclusive.
pub fn tick_set<T: Ord + Copy>(
    ui: &mut Ui,
    set: &mut BTreeSet<T>,
    all: &[T],
    none: Option<T>,
    label: impl Fn(T) -> String,
) {
    for &item in all {
        let mut on = set.contains(&item);
        if ui.checkbox(&mut on, label(item)).changed() {
            match none {
                Some(none) => toggle_exclusive(set, item, on, none),
                None if on => {
                    set.insert(item);
                }
                None => {
                    set.remove(&item);
                }
            }
        }
    }
}

/// A one-of choice shown as radio buttons.
pub fn radio_choice<T: PartialEq + Copy>(
    ui: &mut Ui,
    value: &mut Option<T>,
    all: &[T],
    label: impl Fn(T) -> String,
) {
    for &item in all {
        ui.radio_value(value, Some(item), label(item));
    }
}

/// A small heading inside a step.
pub fn section(ui: &mut Ui, text: &str) {
    ui.add_space(12.0);
    ui.label(RichText::new(text).strong().size(20.0));
}

/// Muted helper text.
pub fn hint(ui: &mut Ui, text: &str) {
    ui.label(RichText::new(text).color(theme::MUTED));
}

/// Which dates a date field takes, with today's date for its checks and its example.
#[derive(Clone, Copy, Debug)]
pub enum Dates {
    /// A day that has happened: later dates are refused (a birth date, a call).
    UpTo(time::Date),
    /// A day still to come, or any day (a follow-up, the end of a plan year).
    Ahead(time::Date),
}

/// A labelled date field; a past-dates field refuses days after today.
pub fn date_field(
    ui: &mut Ui,
    tr: &Tr,
    drafts: &mut Drafts,
    key: &'static str,
    label: &str,
    value: &mut Option<time::Date>,
    dates: Dates,
) {
    let hint = match dates {
        Dates::UpTo(_) => tr.t("hint-date"),
        Dates::Ahead(today) => {
            // The example is a day ahead, not a birth date: December 31 of this year.
            let example = time::Date::from_calendar_date(today.year(), time::Month::December, 31)
                .map_or_else(|_| String::new(), input::format_date);
            tr.t_args("hint-date-ahead", &[("example", example.into())])
        }
    };
    parsed_field(
        ui,
        tr,
        drafts,
        key,
        label,
        &hint,
        value,
        |d| d.map(input::format_date).unwrap_or_default(),
        |s| match dates {
            Dates::UpTo(today) => input::parse_past_date(s, today),
            Dates::Ahead(_) => input::parse_date(s),
        },
    );
}

/// A labelled amount of money, zero or more.
pub fn money_field(
    ui: &mut Ui,
    tr: &Tr,
    drafts: &mut Drafts,
    key: &'static str,
    label: &str,
    hint: &str,
    value: &mut Option<crate::case::Cents>,
) {
    parsed_field(
        ui,
        tr,
        drafts,
        key,
        label,
        hint,
        value,
        |c| c.map(input::format_money).unwrap_or_default(),
        input::parse_money,
    );
}

/// A labelled US phone number, saved formatted ("(800) 633-4227"); letters on a keypad count.
pub fn phone_field(
    ui: &mut Ui,
    tr: &Tr,
    drafts: &mut Drafts,
    key: &'static str,
    label: &str,
    hint: &str,
    value: &mut String,
) {
    parsed_field(ui, tr, drafts, key, label, hint, value, Clone::clone, |s| {
        input::parse_phone(s).map(Option::unwrap_or_default)
    });
}

/// A labelled whole number in `range`.
#[expect(
    clippy::too_many_arguments,
    reason = "one call per field reads best with every part named"
)]
pub fn count_field<T>(
    ui: &mut Ui,
    tr: &Tr,
    drafts: &mut Drafts,
    key: &'static str,
    label: &str,
    hint: &str,
    value: &mut Option<T>,
    range: std::ops::RangeInclusive<u32>,
) where
    T: Copy + PartialEq + ToString + TryFrom<u32>,
{
    parsed_field(
        ui,
        tr,
        drafts,
        key,
        label,
        hint,
        value,
        |n| n.map(|n| n.to_string()).unwrap_or_default(),
        |s| {
            input::parse_whole(s, *range.start(), *range.end())
                .map(|n| n.and_then(|n| T::try_from(n).ok()))
        },
    );
}
