//! The shell's error type. Core errors pass through unchanged, and the few
//! failures only the shell can have (the clipboard, the system's link opener,
//! a store started afresh, anything unforeseen) are declared here, once. So
//! the UI sees one shape for every failure, `{"code": "...", ...details}`,
//! which it shows as the Fluent message `error-<code>`.

use serde::Serialize;

/// Failures of the shell itself; each code is its variant's name.
#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, strum::IntoStaticStr, strum::EnumIter,
)]
#[serde(tag = "code", rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum ShellError {
    /// The clipboard refused the text.
    #[error("the clipboard refused the text: {detail}")]
    Clipboard { detail: String },
    /// The system could not open a link of the content.
    #[error("the link could not be opened: {detail}")]
    OpenLink { detail: String },
    /// The clean copy could not be written where the user chose.
    #[error("the file could not be saved: {detail}")]
    Save { detail: String },
    /// The store was corrupt at this start and was replaced with defaults.
    #[error("the store was corrupt and was reset")]
    StoreRecovered,
    /// Anything unforeseen (the UI also uses it when a call fails without a code).
    #[error("an unexpected failure")]
    Unexpected,
}

impl ShellError {
    /// Every code the shell adds to the core's.
    pub fn codes() -> impl Iterator<Item = &'static str> {
        <ShellError as strum::IntoEnumIterator>::iter().map(<&'static str>::from)
    }
}

#[derive(Debug, thiserror::Error, Serialize)]
#[serde(untagged)]
pub enum AppError {
    #[error(transparent)]
    Core(#[from] postvett_core::Error),
    #[error(transparent)]
    Shell(#[from] ShellError),
}

#[cfg(test)]
mod tests {
    use super::*;
    use postvett_core::i18n::Localizer;

    #[test]
    fn every_shell_code_is_its_json_code_and_has_a_message_in_every_locale() {
        let l = Localizer::embedded();
        for e in <ShellError as strum::IntoEnumIterator>::iter() {
            let code: &'static str = (&e).into();
            let json = serde_json::to_value(AppError::from(e)).unwrap();
            assert_eq!(json["code"], code);
            for lang in l.languages() {
                assert!(
                    l.has(lang, &format!("error-{code}")),
                    "{lang} lacks error-{code}"
                );
            }
        }
        assert_eq!(
            ShellError::codes().collect::<Vec<_>>(),
            [
                "clipboard",
                "open-link",
                "save",
                "store-recovered",
                "unexpected"
            ]
        );
        let core = AppError::from(postvett_core::Error::NoDays {
            field: "days".into(),
        });
        assert_eq!(
            serde_json::to_value(core).unwrap(),
            serde_json::json!({"code": "no-days", "field": "days"})
        );
    }
}
