//! The core's one error type. It serialises as `{"code": "...", ...details}` so
//! the UI can show the localised message `error-<code>` from Fluent; the
//! English `Display` text is for logs and developers only.

use serde::Serialize;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum Error {
    /// The settings database could not be opened (locked, unreadable, corrupt).
    #[error("the store could not be opened: {detail}")]
    StoreOpen { detail: String },
    /// A read or write on an open store failed.
    #[error("the store failed: {detail}")]
    StoreIo { detail: String },
    /// A stored value could not be decoded.
    #[error("a stored value under {key} could not be read: {detail}")]
    StoreData { key: String, detail: String },
    /// The UI asked for a language the app does not bundle.
    #[error("unknown language {lang:?}")]
    UnknownLanguage { lang: String },
    /// A value from the UI is out of its allowed range or form.
    #[error("invalid {field}: {reason}")]
    InvalidInput { field: String, reason: String },
    /// A text field is longer than it may be (in characters, after trimming).
    #[error("{field} is longer than {max} characters")]
    TooLong { field: String, max: usize },
    /// A time of day is not `HH:MM` on a 24-hour clock.
    #[error("{field} is not a time of day (HH:MM)")]
    TimeOutOfRange { field: String },
    /// A day shift ends at or before it starts.
    #[error("the shift ends before it starts")]
    EndBeforeStart,
    /// A night shift does not cross midnight.
    #[error("a night shift must end after midnight")]
    NightMustCrossMidnight,
    /// A weekly shift with no days.
    #[error("a weekly shift needs at least one day")]
    NoDays,
    /// A one-off shift overlaps another one-off shift.
    #[error("the shift overlaps another one-off shift")]
    ShiftOverlap,
    /// An id (uuid) that is malformed or names nothing stored.
    #[error("nothing stored under {id:?}")]
    NotFound { id: String },
    /// A required field is empty.
    #[error("{field} is required")]
    Required { field: String },
    /// The typed signature is not the name entered above it.
    #[error("the signature does not match the name")]
    SignatureMismatch,
    /// A date after today.
    #[error("the date is in the future")]
    DateInFuture,
    /// The UI asked for a message id no locale has.
    #[error("unknown message {id:?}")]
    UnknownMessage { id: String },
}

impl Error {
    /// Every code this enum can serialise to; each has an `error-<code>` message.
    pub const CODES: &'static [&'static str] = &[
        "store-open",
        "store-io",
        "store-data",
        "unknown-language",
        "invalid-input",
        "too-long",
        "time-out-of-range",
        "end-before-start",
        "night-must-cross-midnight",
        "no-days",
        "shift-overlap",
        "not-found",
        "required",
        "signature-mismatch",
        "date-in-future",
        "unknown-message",
    ];

    /// The stable, machine-readable code (also the `code` field in JSON).
    pub fn code(&self) -> &'static str {
        match self {
            Error::StoreOpen { .. } => "store-open",
            Error::StoreIo { .. } => "store-io",
            Error::StoreData { .. } => "store-data",
            Error::UnknownLanguage { .. } => "unknown-language",
            Error::InvalidInput { .. } => "invalid-input",
            Error::TooLong { .. } => "too-long",
            Error::TimeOutOfRange { .. } => "time-out-of-range",
            Error::EndBeforeStart => "end-before-start",
            Error::NightMustCrossMidnight => "night-must-cross-midnight",
            Error::NoDays => "no-days",
            Error::ShiftOverlap => "shift-overlap",
            Error::NotFound { .. } => "not-found",
            Error::Required { .. } => "required",
            Error::SignatureMismatch => "signature-mismatch",
            Error::DateInFuture => "date-in-future",
            Error::UnknownMessage { .. } => "unknown-message",
        }
    }
}

impl From<sled::Error> for Error {
    fn from(e: sled::Error) -> Self {
        Error::StoreIo {
            detail: e.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn samples() -> Vec<Error> {
        vec![
            Error::StoreOpen { detail: "x".into() },
            Error::StoreIo { detail: "x".into() },
            Error::StoreData {
                key: "k".into(),
                detail: "x".into(),
            },
            Error::UnknownLanguage { lang: "xx".into() },
            Error::InvalidInput {
                field: "f".into(),
                reason: "r".into(),
            },
            Error::TooLong {
                field: "name".into(),
                max: 80,
            },
            Error::TimeOutOfRange {
                field: "start".into(),
            },
            Error::EndBeforeStart,
            Error::NightMustCrossMidnight,
            Error::NoDays,
            Error::ShiftOverlap,
            Error::NotFound { id: "x".into() },
            Error::Required {
                field: "name".into(),
            },
            Error::SignatureMismatch,
            Error::DateInFuture,
            Error::UnknownMessage { id: "nope".into() },
        ]
    }

    #[test]
    fn serialises_as_code_plus_details() {
        let json = serde_json::to_value(Error::UnknownLanguage { lang: "de".into() }).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "unknown-language", "lang": "de"})
        );
    }

    #[test]
    fn every_variant_code_is_listed_and_matches_json() {
        let samples = samples();
        assert_eq!(samples.len(), Error::CODES.len());
        for e in samples {
            let json = serde_json::to_value(&e).unwrap();
            assert_eq!(json["code"], e.code());
            assert!(
                Error::CODES.contains(&e.code()),
                "{} not in CODES",
                e.code()
            );
        }
    }
}
