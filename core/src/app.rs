//! The app as a whole: which language is in use and the user's choice of it,
//! the reader's text size, and the bootstrap the UI draws its first screen
//! from (strings, languages, the checklist's situations, the decline form).
//! The shell keeps only the current language between calls.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::checklist::{self, SituationView};
use crate::decline::{self, DeclineForm};
use crate::i18n::{negotiate, LanguageOption, Localizer};
use crate::settings::{self, LANGUAGE, READER_TEXT_SIZE, TEXT_SIZE_DEFAULT, TEXT_SIZE_MAX};
use crate::store::Store;
use crate::Result;

/// The accessibility statement's feedback route, set at build time with
/// `POSTVETT_FEEDBACK` (an address or a URL); empty when not configured.
pub const FEEDBACK: &str = match option_env!("POSTVETT_FEEDBACK") {
    Some(f) => f,
    None => "",
};

/// The messages the page asks for by id (`data-i18n`, `t("…")`) or by a
/// prefix it completes at run time (`error-<code>`). The list is read from
/// the page's own sources when the shell is built (src-tauri/build.rs), so
/// it cannot fall behind them; the rest of the bundle is content (the
/// guideline, the checklist's questions, the tips), which the core's views
/// carry already formatted.
#[derive(Debug, Clone, Copy)]
pub struct UiMessages {
    /// Sorted.
    pub ids: &'static [&'static str],
    pub prefixes: &'static [&'static str],
}

impl UiMessages {
    /// Whether the page may ask for `id`.
    pub fn wants(&self, id: &str) -> bool {
        self.ids.binary_search(&id).is_ok() || self.prefixes.iter().any(|p| id.starts_with(p))
    }
}

/// Everything the UI needs to draw its first screen, in one call.
#[derive(Debug, Clone, Serialize)]
pub struct AppView {
    /// The language in use.
    pub lang: String,
    /// The language the user chose, or `None` for "follow the phone".
    pub chosen: Option<String>,
    /// The bundled languages, each in its own name, for every picker.
    pub languages: Vec<LanguageOption>,
    /// The page's messages (see [`UiMessages`]) of `lang` that need no
    /// variables.
    pub strings: BTreeMap<String, String>,
    /// The checklist's situations, in the order they are offered.
    pub situations: Vec<SituationView>,
    pub decline: DeclineForm,
    /// The reader's text size step and its largest step (the smallest is 0).
    pub text_size: u8,
    pub text_size_max: u8,
    pub feedback: &'static str,
}

/// The language the user chose, if it is still bundled.
pub fn chosen(store: Option<&Store>) -> Option<String> {
    let l = Localizer::embedded();
    store
        .and_then(|s| s.get(LANGUAGE).ok().flatten())
        .filter(|lang| l.validate(lang).is_ok())
}

/// The language negotiated from the OS locales (`nb-NO`, `en-US` …).
pub fn os_lang<S: AsRef<str>>(os_locales: &[S]) -> String {
    negotiate(os_locales, &Localizer::embedded().languages())
}

/// The language to start in: the user's choice, else the OS's.
pub fn initial_lang<S: AsRef<str>>(store: Option<&Store>, os_locales: &[S]) -> String {
    chosen(store).unwrap_or_else(|| os_lang(os_locales))
}

/// Records the user's choice (`None`: follow the phone) and returns the
/// language to use now. An unknown language is refused; a failed write does
/// not stop the switch: its error is returned beside the language, so the UI
/// can say the choice will not be remembered. (An unavailable store is not
/// reported again here: the bootstrap already carries its error.)
pub fn choose_language<S: AsRef<str>>(
    store: Result<&Store>,
    choice: Option<&str>,
    os_locales: &[S],
) -> Result<(String, Option<crate::Error>)> {
    if let Some(lang) = choice {
        Localizer::embedded().validate(lang)?;
    }
    let not_kept = store.ok().and_then(|store| {
        match choice {
            Some(lang) => store.set(LANGUAGE, &lang.to_owned()),
            None => store.clear(LANGUAGE),
        }
        .err()
    });
    let lang = choice.map_or_else(|| os_lang(os_locales), str::to_owned);
    Ok((lang, not_kept))
}

/// The reader's text size step (the default when unset or out of range).
pub fn text_size(store: Option<&Store>) -> u8 {
    store
        .and_then(|s| s.get(READER_TEXT_SIZE).ok().flatten())
        .and_then(|n| settings::text_size(n).ok())
        .unwrap_or(TEXT_SIZE_DEFAULT)
}

/// Stores the reader's text size step (refusing one out of range).
pub fn set_text_size(store: &Store, step: u8) -> Result<()> {
    store.set(READER_TEXT_SIZE, &settings::text_size(step)?)
}

pub fn app_view(store: Option<&Store>, lang: &str, ui: &UiMessages) -> Result<AppView> {
    let l = Localizer::embedded();
    Ok(AppView {
        lang: lang.to_owned(),
        chosen: chosen(store),
        languages: l.options(),
        strings: l.all_of(lang, |id| ui.wants(id)),
        situations: checklist::situations(l, lang)?,
        decline: decline::form(l, lang, store)?,
        text_size: text_size(store),
        text_size_max: TEXT_SIZE_MAX,
        feedback: FEEDBACK,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_choice_is_kept_and_follows_the_phone_when_cleared() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let os = ["en-US"];
        assert_eq!(initial_lang(Some(&store), &os), "en");
        let (lang, err) = choose_language(Ok(&store), Some("nb"), &os).unwrap();
        assert_eq!((lang.as_str(), err), ("nb", None));
        assert_eq!(initial_lang(Some(&store), &os), "nb");
        assert_eq!(
            choose_language(Ok(&store), Some("de"), &os)
                .unwrap_err()
                .code(),
            "unknown-language"
        );
        let (lang, _) = choose_language(Ok(&store), None, &os).unwrap();
        assert_eq!(lang, "en");
        assert_eq!(chosen(Some(&store)), None);
        // A missing store still switches (its error is the bootstrap's notice).
        let broken = Err(crate::Error::StoreOpen { detail: "x".into() });
        let (lang, err) = choose_language(broken, Some("nb"), &os).unwrap();
        assert_eq!((lang.as_str(), err), ("nb", None));
    }

    #[test]
    fn bootstrap_carries_languages_questions_and_limits() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        set_text_size(&store, 2).unwrap();
        assert_eq!(
            set_text_size(&store, 9).unwrap_err().code(),
            "invalid-input"
        );
        let ui = UiMessages {
            ids: &["not-a-message", "screen-checklist-title"],
            prefixes: &["error-"],
        };
        let b = app_view(Some(&store), "nb", &ui).unwrap();
        let names: Vec<_> = b
            .languages
            .iter()
            .map(|o| (o.code, o.name.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("en", "English"),
                ("nb", "Norsk bokmål"),
                ("nn", "Norsk nynorsk")
            ]
        );
        let situations: Vec<_> = b.situations.iter().map(|s| s.id).collect();
        let all: Vec<_> = checklist::SITUATIONS.iter().map(|s| s.id).collect();
        assert_eq!(situations, all);
        assert_eq!(b.situations[0].label, "Et bilde eller en video");
        assert_eq!(b.text_size, 2);
        assert_eq!(b.text_size_max, TEXT_SIZE_MAX);
        assert_eq!(b.strings["screen-checklist-title"], "Kan jeg poste dette?");
        // Only what the page asks for: its ids and the ids of its prefixes.
        assert!(b
            .strings
            .keys()
            .all(|k| k == "screen-checklist-title" || k.starts_with("error-")));
        assert!(b.strings.contains_key("error-store-open"));
        assert_eq!(
            app_view(None, "en", &ui).unwrap().text_size,
            TEXT_SIZE_DEFAULT
        );
    }
}
