//! Localisation with Fluent: every user-visible string of the app, content
//! included, comes from `locales/<lang>/*.ftl`, embedded at compile time.
//!
//! - [`negotiate`] picks the UI language from the OS locales (nn → nynorsk;
//!   nb, no → bokmål; anything else → English).
//! - [`Localizer`] holds one bundle per bundled language and formats through an
//!   explicit fallback chain (nn → nb → en), so a later nynorsk locale only adds
//!   files.
//! - [`audit`] reads the sources' syntax trees for the parity tests.
//!
//! **Isolation marks are off.** Fluent wraps placeables in U+2068/U+2069 by
//! default; those invisible characters would end up in text the user copies
//! (the decline message, receipts) and in screen-reader output. The UI instead
//! isolates user-entered values itself (`<bdi>` / `dir="auto"`), and copied text
//! is plain. A test asserts that no formatted string contains the marks.

pub mod audit;
mod localizer;
mod negotiate;

pub use localizer::{Arg, Args, LanguageOption, Localizer, Problem};
pub use negotiate::{chain, negotiate, DEFAULT_LANG};

/// The embedded `.ftl` sources: `(language, [(file name, contents)])`.
pub fn embedded_sources() -> &'static [(&'static str, &'static [(&'static str, &'static str)])] {
    embedded::EMBEDDED
}

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));
}
