//! The screen's own words, from Project Fluent files a translator can edit without touching
//! code: `assets/i18n/<lang>/ui.ftl`, built into the binary. Content texts come from
//! `Guidance`; these are the labels, buttons, hints and messages around them.

use std::ops::Deref;

use crate::guidance::Lang;
use crate::guidance::strings::Strings;

pub use crate::guidance::strings::Arg;

/// The English UI strings.
const EN: &str = include_str!("../../assets/i18n/en/ui.ftl");
/// The Spanish UI strings, written for patients (usted).
const ES: &str = include_str!("../../assets/i18n/es/ui.ftl");

/// The Fluent source of `lang`'s UI strings.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => EN,
        Lang::Es => ES,
    }
}

/// The UI strings of one language: `t(key)` and `t_args(key, args)`.
#[derive(Debug)]
pub struct Tr(Strings);

impl Tr {
    /// The built-in strings of `lang`.
    pub fn new(lang: Lang) -> Self {
        Self(Strings::new(lang, "ui.ftl", source(lang)))
    }

    /// Every problem found while parsing `lang`'s file: for tests.
    pub fn problems(lang: Lang) -> Vec<String> {
        Strings::parse(lang, "ui.ftl", source(lang)).1
    }
}

impl Deref for Tr {
    type Target = Strings;

    fn deref(&self) -> &Strings {
        &self.0
    }
}

/// Switches the screen's words and the guidance to `lang` together; the built-in content has
/// every language, and if it ever failed to load both stay as they are rather than mix two.
pub fn switch_language(tr: &mut Tr, guidance: &mut crate::guidance::Guidance, lang: Lang) {
    if lang == tr.lang() {
        return;
    }
    if let Ok(g) = crate::guidance::Guidance::builtin_for(lang) {
        *guidance = g;
        *tr = Tr::new(lang);
    }
}
