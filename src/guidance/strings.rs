//! Words from Project Fluent files a translator can edit without touching code: the screen's
//! own labels (`assets/i18n/<lang>/ui.ftl`, used by the UI) and the documents' headings and
//! labels (`assets/i18n/<lang>/documents.ftl`). Content texts are `Guidance`; these are the
//! words around them.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Lang;
use crate::case::{Answer, ConditionKind};

/// One value passed to a message, such as a number or a name.
pub type Arg<'a> = FluentValue<'a>;

/// The messages of one Fluent file in one language.
pub struct Strings {
    lang: Lang,
    /// The file's name, for messages about a missing key: "ui.ftl".
    file: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl Strings {
    /// The messages of `source`, the file `file` in `lang`. A problem in a built-in file is a
    /// bug: loud in debug builds; release builds keep every message that parsed.
    pub fn new(lang: Lang, file: &'static str, source: &str) -> Self {
        let (strings, problems) = Self::parse(lang, file, source);
        debug_assert!(
            problems.is_empty(),
            "assets/i18n/{}/{file}: {problems:?}",
            lang.code()
        );
        strings
    }

    /// The messages of `source`, and every problem found while parsing it.
    pub fn parse(lang: Lang, file: &'static str, source: &str) -> (Self, Vec<String>) {
        let mut problems = Vec::new();
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(resource, errors)| {
                problems.extend(errors.iter().map(ToString::to_string));
                resource
            });
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Unicode isolation marks around arguments would reach egui, whose fonts lack them, and
        // paper, where they are noise.
        bundle.set_use_isolating(false);
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.iter().map(ToString::to_string));
        }
        (Self { lang, file, bundle }, problems)
    }

    /// The language of these messages.
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
            debug_assert!(
                false,
                "missing {key:?} in {}/{}",
                self.lang.code(),
                self.file
            );
            return key.to_owned();
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        debug_assert!(
            errors.is_empty(),
            "{key:?} in {}/{}: {errors:?}",
            self.lang.code(),
            self.file
        );
        text.into_owned()
    }
}

impl std::fmt::Debug for Strings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Strings")
            .field("lang", &self.lang)
            .field("file", &self.file)
            .finish_non_exhaustive()
    }
}

/// The message id of an answer, the same in `ui.ftl` and `documents.ftl`.
pub fn answer_key(a: Answer) -> &'static str {
    match a {
        Answer::Yes => "answer-yes",
        Answer::No => "answer-no",
        Answer::NotSure => "answer-not-sure",
    }
}

/// The message id of a condition, the same in `ui.ftl` and `documents.ftl`.
pub fn condition_key(c: ConditionKind) -> &'static str {
    match c {
        ConditionKind::Sciatica => "condition-sciatica",
        ConditionKind::RepetitiveStrain => "condition-repetitive-strain",
        ConditionKind::AfterSurgery => "condition-after-surgery",
        ConditionKind::SportsInjury => "condition-sports-injury",
        ConditionKind::Concussion => "condition-concussion",
        ConditionKind::LowBackPain => "condition-low-back-pain",
        ConditionKind::NeckPain => "condition-neck-pain",
        ConditionKind::Other => "condition-other",
    }
}
