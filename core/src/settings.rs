//! The user's settings: typed keys into the store's `settings` tree. A key
//! can only be made from a [`Name`], and every `Name` says why it is kept, so
//! the list of documented keys ([`documented`]) is derived from the type and
//! a privacy audit can check that nothing else is ever stored.

use std::marker::PhantomData;

/// Every settings key the app may write. Adding one means saying why here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Name {
    Language,
    ReaderTextSize,
    DeclineName,
    RemindersEnabled,
    ReminderLeadMinutes,
    OnShiftDismissed,
}

impl Name {
    /// The key as stored.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The name stored as `key`, if it is one of the app's.
    pub fn from_key(key: &str) -> Option<Name> {
        <Name as strum::IntoEnumIterator>::iter().find(|n| n.as_str() == key)
    }

    /// Why the app keeps it (for the privacy audit and the README).
    pub fn why(self) -> &'static str {
        match self {
            Name::Language => "the chosen UI language",
            Name::ReaderTextSize => "the reader's text size",
            Name::DeclineName => "your name, signed under the decline message",
            Name::RemindersEnabled => "whether shift reminders are on",
            Name::ReminderLeadMinutes => "how long before a shift the reminder comes",
            Name::OnShiftDismissed => "the running shift whose on-shift card you hid",
        }
    }
}

/// Every settings key the app writes, with why it is kept: `(key, why)`.
pub fn documented() -> impl Iterator<Item = (&'static str, &'static str)> {
    <Name as strum::IntoEnumIterator>::iter().map(|n| (n.as_str(), n.why()))
}

/// A typed settings key: `Key<String>` can only be read and written as a String.
pub struct Key<T> {
    name: Name,
    value: PhantomData<fn() -> T>,
}

impl<T> Key<T> {
    pub const fn new(name: Name) -> Self {
        Key {
            name,
            value: PhantomData,
        }
    }

    pub fn name(&self) -> &'static str {
        self.name.as_str()
    }
}

impl<T> Clone for Key<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Key<T> {}

/// The UI language the user chose (a bundled code); unset means "follow the OS".
pub const LANGUAGE: Key<String> = Key::new(Name::Language);

/// The reader's text size step, `0..=TEXT_SIZE_MAX` (1 is the default).
pub const READER_TEXT_SIZE: Key<u8> = Key::new(Name::ReaderTextSize);
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
pub const DECLINE_NAME: Key<String> = Key::new(Name::DeclineName);

/// Whether shift reminders are on.
pub const REMINDERS_ENABLED: Key<bool> = Key::new(Name::RemindersEnabled);
/// Minutes before a shift starts that the reminder fires (0..=60).
pub const REMINDER_LEAD: Key<u8> = Key::new(Name::ReminderLeadMinutes);
/// The running shift whose "on shift" card the user dismissed (`<uuid>@<date>`).
pub const ON_SHIFT_DISMISSED: Key<String> = Key::new(Name::OnShiftDismissed);
/// The lead time used until the user picks one.
pub const REMINDER_LEAD_DEFAULT: u8 = 15;

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

    #[test]
    fn every_key_is_documented_by_construction() {
        let keys: Vec<&str> = documented().map(|(k, _)| k).collect();
        for key in [
            LANGUAGE.name(),
            READER_TEXT_SIZE.name(),
            DECLINE_NAME.name(),
            REMINDERS_ENABLED.name(),
            REMINDER_LEAD.name(),
            ON_SHIFT_DISMISSED.name(),
        ] {
            assert!(keys.contains(&key), "{key}");
        }
        assert_eq!(REMINDER_LEAD.name(), "reminder_lead_minutes");
        assert_eq!(Name::from_key("decline_name"), Some(Name::DeclineName));
        assert_eq!(Name::from_key("checklist"), None);
        assert!(documented().all(|(_, why)| !why.is_empty()));
    }
}
