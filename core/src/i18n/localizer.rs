//! One Fluent bundle per bundled language, formatted through the fallback chain.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use super::negotiate::chain;
use crate::{Error, Result};

/// A value for a Fluent variable, as the UI sends it (a JSON string or number).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Arg {
    Str(String),
    Num(f64),
}

/// Named arguments for a message with variables.
pub type Args = BTreeMap<String, Arg>;

/// Something wrong with the `.ftl` sources: a syntax error or a duplicate id.
/// The embedded sources must have none (a test checks); at run time problems
/// are logged and the broken entries skipped rather than crashing the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub lang: String,
    pub file: String,
    pub detail: String,
}

struct Language {
    tag: &'static str,
    bundle: FluentBundle<FluentResource>,
    /// Message ids (and `id.attribute` keys) defined in this language.
    keys: Vec<String>,
}

/// A language as a picker offers it: its code and its own name.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LanguageOption {
    pub code: &'static str,
    pub name: String,
}

/// Formats messages for any bundled language, falling back along [`chain`].
pub struct Localizer {
    languages: Vec<Language>,
}

impl Localizer {
    /// The localizer over the embedded sources, built once per process.
    pub fn embedded() -> &'static Localizer {
        static EMBEDDED: OnceLock<Localizer> = OnceLock::new();
        EMBEDDED.get_or_init(|| {
            let (localizer, problems) = Localizer::from_sources(super::embedded_sources());
            for p in problems {
                log::error!("locale {}/{}: {}", p.lang, p.file, p.detail);
            }
            localizer
        })
    }

    /// Builds bundles from `(language, [(file, source)])`, reporting every problem.
    pub fn from_sources(sources: &[(&'static str, &[(&str, &str)])]) -> (Localizer, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut languages = Vec::new();
        for (tag, files) in sources {
            let langid: LanguageIdentifier = tag.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            let mut keys = Vec::new();
            for (file, source) in files.iter() {
                let problem = |detail: String| Problem {
                    lang: (*tag).to_owned(),
                    file: (*file).to_owned(),
                    detail,
                };
                let resource = match FluentResource::try_new((*source).to_owned()) {
                    Ok(r) => r,
                    Err((partial, errors)) => {
                        problems.extend(errors.iter().map(|e| problem(format!("{e:?}"))));
                        partial
                    }
                };
                keys.extend(resource_keys(&resource));
                if let Err(errors) = bundle.add_resource(resource) {
                    problems.extend(errors.iter().map(|e| problem(e.to_string())));
                }
            }
            keys.sort();
            keys.dedup();
            languages.push(Language { tag, bundle, keys });
        }
        (Localizer { languages }, problems)
    }

    /// The bundled language tags, sorted.
    pub fn languages(&self) -> Vec<&'static str> {
        let mut tags: Vec<_> = self.languages.iter().map(|l| l.tag).collect();
        tags.sort_unstable();
        tags
    }

    /// The bundled languages as the pickers offer them: each in its own name
    /// (its `language-name`), sorted by code.
    pub fn options(&self) -> Vec<LanguageOption> {
        self.languages()
            .into_iter()
            .map(|code| LanguageOption {
                code,
                name: self
                    .format(code, "language-name", &Args::new())
                    .unwrap_or_else(|_| code.to_owned()),
            })
            .collect()
    }

    /// Checks that `lang` is bundled (the UI may only choose those).
    pub fn validate(&self, lang: &str) -> Result<()> {
        if self.languages.iter().any(|l| l.tag == lang) {
            Ok(())
        } else {
            Err(Error::UnknownLanguage {
                lang: lang.chars().take(16).collect(),
            })
        }
    }

    fn language(&self, tag: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.tag == tag)
    }

    fn chain(&self, lang: &str) -> Vec<&Language> {
        chain(lang, &self.languages())
            .into_iter()
            .filter_map(|t| self.language(t))
            .collect()
    }

    /// Whether `key` (an id or `id.attribute`) resolves in `lang`'s chain.
    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.chain(lang)
            .iter()
            .any(|l| l.keys.binary_search_by(|k| k.as_str().cmp(key)).is_ok())
    }

    /// Formats `key` (`id` or `id.attribute`) in `lang`, falling back along the
    /// chain. Missing variables are an error rather than `{$name}` in the text.
    pub fn format(&self, lang: &str, key: &str, args: &Args) -> Result<String> {
        let fluent_args = to_fluent_args(args);
        let (id, attribute) = match key.split_once('.') {
            Some((id, attr)) => (id, Some(attr)),
            None => (key, None),
        };
        for language in self.chain(lang) {
            let Some(message) = language.bundle.get_message(id) else {
                continue;
            };
            let pattern = match attribute {
                Some(a) => message.get_attribute(a).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let text = language
                .bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors);
            if !errors.is_empty() {
                return Err(Error::UnknownMessage {
                    id: format!("{key} ({})", errors.len()),
                });
            }
            return Ok(text.into_owned());
        }
        Err(Error::UnknownMessage {
            id: key.chars().take(80).collect(),
        })
    }

    /// A message that needs no variables, in `lang`.
    pub fn text(&self, lang: &str, key: &str) -> Result<String> {
        self.format(lang, key, &Args::new())
    }

    /// Every message (and attribute) of `lang`'s chain that formats without
    /// arguments, as `key → text`; the UI loads this once at start-up.
    /// Messages that need variables are left out: the UI formats those with
    /// [`Localizer::format`].
    pub fn all(&self, lang: &str) -> BTreeMap<String, String> {
        self.all_of(lang, |_| true)
    }

    /// [`Localizer::all`] for the message ids `wanted` accepts only (the
    /// others are not even formatted).
    pub fn all_of(&self, lang: &str, wanted: impl Fn(&str) -> bool) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        // Most general first, so the chosen language overwrites its fallbacks.
        for language in self.chain(lang).into_iter().rev() {
            for key in language.keys.iter().filter(|k| wanted(k)) {
                if let Ok(text) = self.format(language.tag, key, &Args::new()) {
                    out.insert(key.clone(), text);
                }
            }
        }
        out
    }
}

fn to_fluent_args(args: &Args) -> FluentArgs<'_> {
    let mut out = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Str(s) => out.set(k.as_str(), FluentValue::from(s.as_str())),
            Arg::Num(n) => out.set(k.as_str(), FluentValue::from(*n)),
        }
    }
    out
}

/// The message ids of a resource, plus `id.attribute` for each attribute.
fn resource_keys(resource: &FluentResource) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let mut keys = Vec::new();
    for entry in resource.entries() {
        if let Entry::Message(m) = entry {
            if m.value.is_some() {
                keys.push(m.id.name.to_owned());
            }
            for a in &m.attributes {
                keys.push(format!("{}.{}", m.id.name, a.id.name));
            }
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Localizer {
        let (l, problems) = Localizer::from_sources(&[
            (
                "en",
                &[("a.ftl", "hello = Hello, { $name }!\nonly-en = English only\nplain = Plain\n    .label = Label\n")],
            ),
            ("nb", &[("a.ftl", "hello = Hei, { $name }!\nplain = Enkel\n")]),
        ]);
        assert!(problems.is_empty(), "{problems:?}");
        l
    }

    fn args(name: &str) -> Args {
        Args::from([("name".to_owned(), Arg::Str(name.to_owned()))])
    }

    #[test]
    fn formats_without_isolation_marks() {
        let text = sample().format("nb", "hello", &args("محمد")).unwrap();
        assert_eq!(text, "Hei, محمد!");
        assert!(!text.contains(['\u{2068}', '\u{2069}']));
    }

    #[test]
    fn falls_back_to_english_and_reads_attributes() {
        let l = sample();
        assert_eq!(
            l.format("nb", "only-en", &Args::new()).unwrap(),
            "English only"
        );
        assert_eq!(
            l.format("nb", "plain.label", &Args::new()).unwrap(),
            "Label"
        );
        assert_eq!(l.format("nn", "plain", &Args::new()).unwrap(), "Enkel");
    }

    #[test]
    fn missing_message_or_variable_is_an_error() {
        let l = sample();
        assert_eq!(
            l.format("nb", "nope", &Args::new()).unwrap_err().code(),
            "unknown-message"
        );
        assert!(l.format("nb", "hello", &Args::new()).is_err());
    }

    #[test]
    fn all_prefers_the_chosen_language_and_skips_messages_with_variables() {
        let all = sample().all("nb");
        assert_eq!(all["plain"], "Enkel");
        assert_eq!(all["only-en"], "English only");
        assert_eq!(all["plain.label"], "Label");
        assert!(!all.contains_key("hello"));
    }

    #[test]
    fn syntax_errors_and_duplicates_are_reported() {
        let (_, problems) = Localizer::from_sources(&[(
            "en",
            &[("bad.ftl", "ok = fine\nbroken = { $x\ndup = a\ndup = b\n")],
        )]);
        assert!(problems.len() >= 2, "{problems:?}");
        assert!(problems
            .iter()
            .all(|p| p.lang == "en" && p.file == "bad.ftl"));
    }

    #[test]
    fn unknown_language_is_refused() {
        let l = sample();
        assert!(l.validate("nb").is_ok());
        assert_eq!(l.validate("de").unwrap_err().code(), "unknown-language");
    }
}
