//! The core's one error type. It serialises as `{"code": "...", ...details}` so
//! the UI can show the localised message `error-<code>` from Fluent; the
//! English `Display` text is for logs and developers only.

use serde::Serialize;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Each variant's `code` is declared once, by its name: serde's tag and
/// strum's static string both derive it (kebab-case), and [`Error::codes`]
/// iterates the variants, so a new variant needs nothing but its Fluent
/// message `error-<code>` (a test checks every locale has one).
///
/// Every validation error names the `field` it is about, so the UI shows it
/// at that field with one helper.
#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, strum::IntoStaticStr, strum::EnumIter,
)]
#[serde(tag = "code", rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Error {
    /// The settings database could not be opened (unreadable, corrupt).
    #[error("the store could not be opened: {detail}")]
    StoreOpen { detail: String },
    /// The store's files are damaged: sled reports corruption (or panics on
    /// them), or its schema stamp does not decode. Such a store is moved
    /// aside; one that merely cannot be opened now (`store-open`) is not.
    #[error("the store is damaged: {detail}")]
    StoreCorrupt { detail: String },
    /// Another running instance holds the store's lock.
    #[error("the store is in use by another instance: {detail}")]
    StoreLocked { detail: String },
    /// The store was written by a newer build (its schema is newer than ours);
    /// it is refused, never rewritten.
    #[error("the store was written by a newer version (schema {schema})")]
    StoreNewer { schema: u32 },
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
    /// A day shift ends at or before it starts (`field`: the end).
    #[error("the shift ends before it starts")]
    EndBeforeStart { field: String },
    /// A night shift does not cross midnight (`field`: the end).
    #[error("a night shift must end after midnight")]
    NightMustCrossMidnight { field: String },
    /// A weekly shift with no days (`field`: the days).
    #[error("a weekly shift needs at least one day")]
    NoDays { field: String },
    /// A one-off shift overlaps another one-off shift (`field`: the date).
    #[error("the shift overlaps another one-off shift")]
    ShiftOverlap { field: String },
    /// An id (uuid) that is malformed or names nothing stored.
    #[error("nothing stored under {id:?}")]
    NotFound { id: String },
    /// A required field is empty.
    #[error("{field} is required")]
    Required { field: String },
    /// The typed signature is not the name entered above it.
    #[error("the signature does not match the name")]
    SignatureMismatch { field: String },
    /// A date after today.
    #[error("the date is in the future")]
    DateInFuture { field: String },
    /// The UI asked for a message id no locale has.
    #[error("unknown message {id:?}")]
    UnknownMessage { id: String },
    /// A picked file that is not a JPEG, PNG or WebP picture.
    #[error("not a JPEG, PNG or WebP picture")]
    PhotoNotAnImage { field: String },
    /// A HEIC picture (an iPhone's own format), which the check cannot read.
    #[error("a HEIC picture")]
    PhotoHeic { field: String },
    /// A picture that is truncated or damaged.
    #[error("the picture is damaged or incomplete")]
    PhotoCorrupt { field: String },
    /// A file larger than the photo check takes.
    #[error("the file is larger than {max_mb} MB")]
    PhotoTooLarge { field: String, max_mb: usize },
    /// A picture with more pixels than the check decodes (checked from its
    /// header: a decompression bomb is never decoded).
    #[error("the picture has more than {max_megapixels} megapixels")]
    PhotoTooManyPixels {
        field: String,
        max_megapixels: usize,
    },
    /// No photo is open (none was picked, or the screen was left).
    #[error("no photo is open")]
    PhotoNone { field: String },
    /// A link that the content does not hold (the opener only opens those).
    #[error("not a link of the content: {url:?}")]
    UnknownLink { url: String },
}

impl Error {
    /// Every code this enum can serialise to; each has an `error-<code>` message.
    pub fn codes() -> impl Iterator<Item = &'static str> {
        <Error as strum::IntoEnumIterator>::iter().map(|e| e.code())
    }

    /// The stable, machine-readable code (also the `code` field in JSON).
    pub fn code(&self) -> &'static str {
        self.into()
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

    #[test]
    fn serialises_as_code_plus_details() {
        let json = serde_json::to_value(Error::UnknownLanguage { lang: "de".into() }).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "unknown-language", "lang": "de"})
        );
        let json = serde_json::to_value(Error::NoDays {
            field: "days".into(),
        })
        .unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "no-days", "field": "days"})
        );
    }

    #[test]
    fn every_variant_serialises_to_its_code() {
        let mut codes = Vec::new();
        for e in <Error as strum::IntoEnumIterator>::iter() {
            let json = serde_json::to_value(&e).unwrap();
            assert_eq!(json["code"], e.code(), "{e:?}");
            codes.push(e.code());
        }
        assert_eq!(codes, Error::codes().collect::<Vec<_>>());
        assert!(codes.contains(&"night-must-cross-midnight"));
        assert!(codes.contains(&"store-newer"));
        let n = codes.len();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), n, "codes are unique");
    }
}
