//! The user's settings: typed keys into the store's `settings` tree. A key
//! can only be made from a [`Name`], and every `Name` says why it is kept
//! ([`Name::why`]) and which stored values are valid for it ([`Name::valid`]),
//! each in an exhaustive match, so a new key cannot come without both. The
//! limits those rules use live here too, next to their keys, and the
//! features that write the keys take them from here.

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

    /// Whether `bytes`, as stored under this key, decode to a value its
    /// feature would have written (the store's migration drops others).
    pub fn valid(self, bytes: &[u8]) -> bool {
        fn as_<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Option<T> {
            serde_json::from_slice(bytes).ok()
        }
        match self {
            Name::Language => as_::<String>(bytes)
                .is_some_and(|l| crate::i18n::Localizer::embedded().validate(&l).is_ok()),
            Name::ReaderTextSize => as_::<u8>(bytes).is_some_and(|n| text_size(n).is_ok()),
            Name::DeclineName => as_::<String>(bytes).is_some_and(|n| {
                crate::text::clean("name", &n, DECLINE_NAME_MAX)
                    .is_ok_and(|c| !c.is_empty() && c == n)
            }),
            Name::RemindersEnabled => as_::<bool>(bytes).is_some(),
            Name::ReminderLeadMinutes => as_::<u8>(bytes).is_some_and(|n| n <= REMINDER_LEAD_MAX),
            Name::OnShiftDismissed => as_::<String>(bytes).is_some(),
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
/// The longest decline name, in characters.
pub const DECLINE_NAME_MAX: usize = 80;

/// Whether shift reminders are on.
pub const REMINDERS_ENABLED: Key<bool> = Key::new(Name::RemindersEnabled);
/// Minutes before a shift starts that the reminder fires (0..=REMINDER_LEAD_MAX).
pub const REMINDER_LEAD: Key<u8> = Key::new(Name::ReminderLeadMinutes);
/// The longest lead time, in minutes.
pub const REMINDER_LEAD_MAX: u8 = 60;
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
    fn every_name_has_its_rule_and_its_reason() {
        use strum::IntoEnumIterator;
        let good: &[(Name, &str)] = &[
            (Name::Language, "\"nn\""),
            (Name::ReaderTextSize, "3"),
            (Name::DeclineName, "\"Kari Nordmann\""),
            (Name::RemindersEnabled, "true"),
            (Name::ReminderLeadMinutes, "60"),
            (Name::OnShiftDismissed, "\"x@2026-11-24\""),
        ];
        let bad: &[(Name, &str)] = &[
            (Name::Language, "\"de\""),
            (Name::ReaderTextSize, "4"),
            (Name::DeclineName, "\" padded \""),
            (Name::DeclineName, "\"\""),
            (Name::RemindersEnabled, "\"yes\""),
            (Name::ReminderLeadMinutes, "61"),
            (Name::OnShiftDismissed, "7"),
        ];
        for name in Name::iter() {
            assert!(!name.why().is_empty(), "{name:?}");
            assert!(
                good.iter().any(|(n, _)| *n == name),
                "{name:?} has no valid example here"
            );
            assert!(!name.valid(b"\xff not json"), "{name:?}");
        }
        for (name, json) in good {
            assert!(name.valid(json.as_bytes()), "{name:?} {json}");
        }
        for (name, json) in bad {
            assert!(!name.valid(json.as_bytes()), "{name:?} {json}");
        }
        assert_eq!(Name::from_key("decline_name"), Some(Name::DeclineName));
        assert_eq!(Name::from_key("checklist"), None);
    }
}
