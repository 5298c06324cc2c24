//! The decline message: the guideline's template (Fluent `decline-message`)
//! filled in with the platform and the employee's own name, in the language
//! the user picks for the message (which may differ from the app's).
//!
//! The text produced here is exactly what is copied: no Fluent isolation
//! marks, no placeholder syntax, one line break (before the greeting) and no
//! doubled spaces. An empty name leaves a visible marker ("[ditt navn]") and
//! sets `name_missing`, so the UI can warn before copying.

use serde::{Deserialize, Serialize};

use crate::i18n::{Arg, Args, Localizer};
use crate::settings;
use crate::store::Store;
use crate::text::clean;
use crate::Result;

/// Longest name, in characters, after trimming.
pub use crate::settings::DECLINE_NAME_MAX as NAME_MAX;
/// Longest free-text platform, in characters, after trimming.
pub const PLATFORM_MAX: usize = 40;

/// The platforms offered, in display order; `Other` takes free text. Each
/// one's id (as the UI sends it, and in its Fluent id) is its name.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, strum::EnumIter, strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Platform {
    Facebook,
    Instagram,
    Snapchat,
    Tiktok,
    X,
    Linkedin,
    Messenger,
    Other,
}

impl Platform {
    /// Every platform, in display order.
    pub fn all() -> impl Iterator<Item = Platform> {
        <Platform as strum::IntoEnumIterator>::iter()
    }

    /// The Fluent id of the platform's name (`platform-<id>`).
    pub fn message_id(self) -> String {
        format!("platform-{}", <&'static str>::from(self))
    }
}

/// What the decline screen sends.
#[derive(Debug, Clone, Deserialize)]
pub struct DeclineInput {
    pub platform: Platform,
    /// The platform's name when `platform` is `Other`.
    #[serde(default)]
    pub other: String,
    /// The employee's own name (the signature).
    #[serde(default)]
    pub name: String,
    /// The language of the message.
    pub lang: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decline {
    /// The exact text to copy.
    pub text: String,
    /// The name was empty: the text carries the marker instead.
    pub name_missing: bool,
    /// The platform was "other" with no name: the text carries the marker.
    pub platform_missing: bool,
}

/// Renders the decline message; errors for over-long input or an unknown language.
pub fn render(l: &Localizer, input: &DeclineInput) -> Result<Decline> {
    l.validate(&input.lang)?;
    let lang = input.lang.as_str();
    let none = Args::new();
    let name = clean("name", &input.name, NAME_MAX)?;
    // The free text only counts (and is only checked) when "other" is chosen:
    // its field is hidden otherwise, so an error there could not be seen.
    let other = match input.platform {
        Platform::Other => clean("platform", &input.other, PLATFORM_MAX)?,
        _ => String::new(),
    };
    let (platform, platform_missing) = match input.platform {
        Platform::Other if other.is_empty() => {
            (l.format(lang, "decline-platform-marker", &none)?, true)
        }
        Platform::Other => (other, false),
        p => (l.format(lang, &p.message_id(), &none)?, false),
    };
    let name_missing = name.is_empty();
    let name = if name_missing {
        l.format(lang, "decline-name-marker", &none)?
    } else {
        name
    };
    let args = Args::from([
        ("platform".to_owned(), Arg::Str(platform)),
        ("name".to_owned(), Arg::Str(name)),
    ]);
    Ok(Decline {
        text: l.format(lang, "decline-message", &args)?,
        name_missing,
        platform_missing,
    })
}

/// The message as the decline screen previews it (and the copy command
/// copies it): the text, and the one warning to show before copying, in
/// the app's language. A missing platform name outranks a missing name:
/// the message cannot be sent without it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeclinePreview {
    #[serde(flatten)]
    pub message: Decline,
    pub warning: Option<String>,
}

/// [`render`], with its warning in `ui_lang`.
pub fn preview(l: &Localizer, ui_lang: &str, input: &DeclineInput) -> Result<DeclinePreview> {
    let message = render(l, input)?;
    let warning = if message.platform_missing {
        Some("decline-platform-missing")
    } else if message.name_missing {
        Some("decline-name-missing")
    } else {
        None
    };
    Ok(DeclinePreview {
        warning: warning.map(|id| l.text(ui_lang, id)).transpose()?,
        message,
    })
}

/// A platform as the picker offers it.
#[derive(Debug, Clone, Serialize)]
pub struct PlatformOption {
    pub id: Platform,
    pub label: String,
}

/// What the decline form needs besides the languages: the platforms in
/// order, the one preselected and the remembered name. Lengths are checked
/// here as the user types ([`render`]), so the form sets no limits itself.
#[derive(Debug, Clone, Serialize)]
pub struct DeclineForm {
    pub platforms: Vec<PlatformOption>,
    pub default_platform: Platform,
    /// The name remembered on this phone ("" when none).
    pub name: String,
}

/// The form in `lang`; an unavailable store remembers no name.
pub fn form(l: &Localizer, lang: &str, store: Option<&Store>) -> Result<DeclineForm> {
    let none = Args::new();
    Ok(DeclineForm {
        platforms: Platform::all()
            .map(|p| {
                Ok(PlatformOption {
                    id: p,
                    label: l.format(lang, &p.message_id(), &none)?,
                })
            })
            .collect::<Result<_>>()?,
        default_platform: Platform::Facebook,
        name: store.map(remembered_name).unwrap_or_default(),
    })
}

/// The remembered name, or "" (a value that no longer reads is treated as none).
pub fn remembered_name(store: &Store) -> String {
    store
        .get(settings::DECLINE_NAME)
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Remembers the name (cleaned) for next time, or forgets it when empty;
/// returns what was kept.
pub fn remember_name(store: &Store, name: &str) -> Result<String> {
    let name = clean("name", name, NAME_MAX)?;
    if name.is_empty() {
        store.clear(settings::DECLINE_NAME)?;
    } else {
        store.set(settings::DECLINE_NAME, &name)?;
    }
    Ok(name)
}

#[cfg(test)]
mod service_tests {
    use super::*;

    #[test]
    fn the_form_lists_every_platform_and_the_name_is_kept_cleaned() {
        let l = Localizer::embedded();
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let f = form(l, "en", Some(&store)).unwrap();
        assert_eq!(f.platforms.len(), Platform::all().count());
        for p in Platform::all() {
            // The id the UI sends is the one in the Fluent id.
            let json = serde_json::to_value(p).unwrap();
            assert_eq!(
                p.message_id(),
                format!("platform-{}", json.as_str().unwrap())
            );
        }
        assert_eq!(f.platforms[4].label, "X (Twitter)");
        assert_eq!(f.name, "");
        assert_eq!(
            remember_name(&store, "  Kari \u{202e}Nordmann ").unwrap(),
            "Kari Nordmann"
        );
        assert_eq!(form(l, "nb", Some(&store)).unwrap().name, "Kari Nordmann");
        let long = "x".repeat(NAME_MAX + 1);
        assert_eq!(remember_name(&store, &long).unwrap_err().code(), "too-long");
        assert_eq!(remember_name(&store, " ").unwrap(), "");
        assert_eq!(remembered_name(&store), "");
        assert_eq!(form(l, "nb", None).unwrap().name, "");
    }

    #[test]
    fn free_text_left_behind_under_another_platform_is_ignored() {
        let input = |platform| DeclineInput {
            platform,
            other: "x".repeat(PLATFORM_MAX + 1),
            name: "Kari".into(),
            lang: "en".into(),
        };
        let l = Localizer::embedded();
        assert!(render(l, &input(Platform::Facebook)).is_ok());
        assert_eq!(
            render(l, &input(Platform::Other)).unwrap_err(),
            crate::Error::TooLong {
                field: "platform".into(),
                max: PLATFORM_MAX
            }
        );
    }
}
