//! Which language to show: negotiation from the OS locales, and the fallback
//! chain used when a message is missing in the chosen language.

// fluent-langneg works on icu_locid's identifier (re-exported), not unic-langid's.
use fluent_langneg::{negotiate_languages, LanguageIdentifier, NegotiationStrategy};

/// The language of last resort: every message exists in it.
pub const DEFAULT_LANG: &str = "en";

/// Norwegian under any tag gets bokmål when its own form is not bundled
/// (`no` never is; nynorsk maps to itself when bundled). Every other
/// language, Swedish and Danish included, gets English: the app's Norwegian
/// is written for Norwegian readers, and English is what an international
/// colleague is most likely to read.
const NORWEGIAN: &[&str] = &["nb", "nn", "no"];

/// The parent of a language in the fallback chain. fluent-langneg does not know
/// that nn falls back to nb, so the relation is written out here.
fn parent(lang: &str) -> Option<&'static str> {
    match lang {
        "nn" => Some("nb"),
        DEFAULT_LANG => None,
        _ => Some(DEFAULT_LANG),
    }
}

/// The chain of bundled languages to try for `lang`, most specific first,
/// always ending in [`DEFAULT_LANG`]. Languages not bundled are skipped, so
/// `nn` gives `[nb, en]` until nynorsk files exist.
pub fn chain<'a>(lang: &str, available: &[&'a str]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut next = Some(lang);
    while let Some(l) = next {
        if let Some(found) = available.iter().find(|a| **a == l) {
            out.push(*found);
        }
        next = parent(l);
    }
    out
}

/// Picks the UI language from OS locale strings such as `nb_NO.UTF-8`,
/// `nb-NO` or `en-US`, among the `available` (bundled) languages.
pub fn negotiate<S: AsRef<str>>(requested: &[S], available: &[&str]) -> String {
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|s| parse_os_locale(s.as_ref(), available))
        .collect();
    let available_ids: Vec<LanguageIdentifier> =
        available.iter().filter_map(|a| a.parse().ok()).collect();
    let default = available_ids
        .iter()
        .find(|l| l.language.as_str() == DEFAULT_LANG);
    let picked = negotiate_languages(
        &requested,
        &available_ids,
        default,
        NegotiationStrategy::Lookup,
    );
    picked
        .first()
        .map(|l| l.language.as_str().to_owned())
        .unwrap_or_else(|| DEFAULT_LANG.to_owned())
}

/// `nb_NO.UTF-8@euro` → `nb`; Norwegian tags that are not bundled
/// themselves → `nb`; unparsable strings (e.g. `C`, `POSIX`) → `None`.
fn parse_os_locale(s: &str, available: &[&str]) -> Option<LanguageIdentifier> {
    let tag = s.split(['.', '@']).next()?.replace('_', "-");
    let id: LanguageIdentifier = tag.parse().ok()?;
    let lang = id.language.as_str().to_ascii_lowercase();
    if matches!(lang.as_str(), "c" | "posix") {
        return None;
    }
    let mapped = if available.contains(&lang.as_str()) {
        lang
    } else if NORWEGIAN.contains(&lang.as_str()) {
        "nb".to_owned()
    } else {
        lang
    };
    mapped.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const AVAILABLE: &[&str] = &["en", "nb"];
    const ALL: &[&str] = &["en", "nb", "nn"];

    #[test]
    fn norwegian_locales_get_bokmal_and_nynorsk_gets_nynorsk() {
        for os in ["nb_NO.UTF-8", "nb-NO", "no", "no_NO", "NB"] {
            assert_eq!(negotiate(&[os], ALL), "nb", "{os}");
        }
        for os in ["nn", "nn-NO", "nn_NO.UTF-8", "NN"] {
            assert_eq!(negotiate(&[os], ALL), "nn", "{os}");
            // Without nynorsk files, a nynorsk reader gets bokmål.
            assert_eq!(negotiate(&[os], AVAILABLE), "nb", "{os}");
        }
    }

    #[test]
    fn swedish_and_danish_get_english() {
        for os in ["sv-SE", "da_DK.UTF-8", "sv", "da"] {
            assert_eq!(negotiate(&[os], ALL), "en", "{os}");
        }
    }

    #[test]
    fn everything_else_gets_english() {
        for os in [
            "en_US.UTF-8",
            "en-GB",
            "de-DE",
            "fr",
            "C",
            "POSIX",
            "",
            "?!",
        ] {
            assert_eq!(negotiate(&[os], ALL), "en", "{os}");
        }
        assert_eq!(negotiate::<&str>(&[], ALL), "en");
    }

    #[test]
    fn first_supported_preference_wins() {
        assert_eq!(negotiate(&["de-DE", "nb-NO"], AVAILABLE), "nb");
        assert_eq!(negotiate(&["en-US", "nb-NO"], AVAILABLE), "en");
    }

    #[test]
    fn a_nynorsk_reader_with_a_bokmal_fallback_gets_nynorsk() {
        assert_eq!(negotiate(&["nn-NO", "nb-NO"], ALL), "nn");
        assert_eq!(negotiate(&["de-DE", "nn-NO"], ALL), "nn");
    }

    #[test]
    fn chain_walks_nn_nb_en_and_skips_missing() {
        assert_eq!(chain("nn", &["en", "nb", "nn"]), vec!["nn", "nb", "en"]);
        assert_eq!(chain("nn", AVAILABLE), vec!["nb", "en"]);
        assert_eq!(chain("nb", AVAILABLE), vec!["nb", "en"]);
        assert_eq!(chain("en", AVAILABLE), vec!["en"]);
        assert_eq!(chain("de", AVAILABLE), vec!["en"]);
    }
}
