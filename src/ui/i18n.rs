//! The screen's own words, from Project Fluent files a translator can edit without touching
//! code: `assets/i18n/<lang>/ui.ftl`, built into the binary. Content texts come from
//! `Guidance`; these are the labels, buttons, hints and messages around them.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::guidance::Lang;

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

/// One value passed to a message, such as a number or a name.
pub type Arg<'a> = FluentValue<'a>;

/// The UI strings of one language.
pub struct Tr {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Tr {
    /// The built-in strings of `lang`.
    pub fn new(lang: Lang) -> Self {
        let (bundle, problems) = Self::load(lang);
        debug_assert!(
            problems.is_empty(),
            "assets/i18n/{}/ui.ftl: {problems:?}",
            lang.code()
        );
        Self { lang, bundle }
    }

    fn load(lang: Lang) -> (FluentBundle<FluentResource>, Vec<String>) {
        let mut problems = Vec::new();
        let resource = FluentResource::try_new(source(lang).to_owned()).unwrap_or_else(
            |(resource, errors)| {
                problems.extend(errors.iter().map(ToString::to_string));
                resource
            },
        );
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Unicode isolation marks around arguments would reach egui, whose fonts lack them.
        bundle.set_use_isolating(false);
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.iter().map(ToString::to_string));
        }
        (bundle, problems)
    }

    /// Every problem found while parsing `lang`'s file: for tests.
    pub fn problems(lang: Lang) -> Vec<String> {
        Self::load(lang).1
    }

    /// The language of these strings.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The text of `key`.
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The text of `key` with its arguments filled in.
    pub fn t_args(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(key, Some(&fluent_args))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            // A missing key is a bug: loud in debug builds, visible but harmless in release.
            debug_assert!(false, "missing UI string {key:?} in {}", self.lang.code());
            return key.to_owned();
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        debug_assert!(
            errors.is_empty(),
            "UI string {key:?} in {}: {errors:?}",
            self.lang.code()
        );
        text.into_owned()
    }
}

impl std::fmt::Debug for Tr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tr")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
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
