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
use crate::text::clean;
use crate::Result;

/// Longest name, in characters, after trimming.
pub const NAME_MAX: usize = 80;
/// Longest free-text platform, in characters, after trimming.
pub const PLATFORM_MAX: usize = 40;

/// The platforms offered, in display order; `Other` takes free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
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
    pub const ALL: [Platform; 8] = [
        Platform::Facebook,
        Platform::Instagram,
        Platform::Snapchat,
        Platform::Tiktok,
        Platform::X,
        Platform::Linkedin,
        Platform::Messenger,
        Platform::Other,
    ];

    /// The Fluent id of the platform's name (`platform-<id>`).
    pub fn message_id(self) -> &'static str {
        match self {
            Platform::Facebook => "platform-facebook",
            Platform::Instagram => "platform-instagram",
            Platform::Snapchat => "platform-snapchat",
            Platform::Tiktok => "platform-tiktok",
            Platform::X => "platform-x",
            Platform::Linkedin => "platform-linkedin",
            Platform::Messenger => "platform-messenger",
            Platform::Other => "platform-other",
        }
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
    let other = clean("platform", &input.other, PLATFORM_MAX)?;
    let (platform, platform_missing) = match input.platform {
        Platform::Other if other.is_empty() => {
            (l.format(lang, "decline-platform-marker", &none)?, true)
        }
        Platform::Other => (other, false),
        p => (l.format(lang, p.message_id(), &none)?, false),
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
