//! The user's settings: typed keys into the store's `settings` tree. Every key
//! the app may write is listed in [`DOCUMENTED`], so a privacy audit can check
//! that nothing else is ever stored.

use std::marker::PhantomData;

/// A typed settings key: `Key<String>` can only be read and written as a String.
pub struct Key<T> {
    name: &'static str,
    value: PhantomData<fn() -> T>,
}

impl<T> Key<T> {
    pub const fn new(name: &'static str) -> Self {
        Key {
            name,
            value: PhantomData,
        }
    }

    pub const fn name(&self) -> &'static str {
        self.name
    }
}

impl<T> Clone for Key<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Key<T> {}

/// The UI language the user chose (`"nb"`, `"en"`); unset means "follow the OS".
pub const LANGUAGE: Key<String> = Key::new("language");

/// The reader's text size step, `0..=TEXT_SIZE_MAX` (1 is the default).
pub const READER_TEXT_SIZE: Key<u8> = Key::new("reader_text_size");
/// The largest text size step.
pub const TEXT_SIZE_MAX: u8 = 3;
/// The text size step used until the user picks one.
pub const TEXT_SIZE_DEFAULT: u8 = 1;

/// Checks a text size step from the UI.
pub fn text_size(step: u8) -> crate::Result<u8> {
    if step <= TEXT_SIZE_MAX {
        Ok(step)
    } else {
        Err(crate::Error::InvalidInput {
            field: "text_size".into(),
            reason: format!("must be 0..={TEXT_SIZE_MAX}"),
        })
    }
}

/// The employee's own name for the decline message's signature (cleaned).
pub const DECLINE_NAME: Key<String> = Key::new("decline_name");

/// Whether shift reminders are on.
pub const REMINDERS_ENABLED: Key<bool> = Key::new("reminders_enabled");
/// Minutes before a shift starts that the reminder fires (0..=60).
pub const REMINDER_LEAD: Key<u8> = Key::new("reminder_lead_minutes");
/// The running shift whose "on shift" card the user dismissed (`<uuid>@<date>`).
pub const ON_SHIFT_DISMISSED: Key<String> = Key::new("on_shift_dismissed");
/// The lead time used until the user picks one.
pub const REMINDER_LEAD_DEFAULT: u8 = 15;

/// Every settings key the app writes, with why it is kept.
pub const DOCUMENTED: &[(&str, &str)] = &[
    (LANGUAGE.name(), "the chosen UI language"),
    (READER_TEXT_SIZE.name(), "the reader's text size"),
    (
        DECLINE_NAME.name(),
        "your name, signed under the decline message",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_size_steps_are_bounded() {
        assert_eq!(text_size(0).unwrap(), 0);
        assert_eq!(text_size(TEXT_SIZE_MAX).unwrap(), TEXT_SIZE_MAX);
        assert_eq!(
            text_size(TEXT_SIZE_MAX + 1).unwrap_err().code(),
            "invalid-input"
        );
    }
}
