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

/// Every settings key the app writes, with why it is kept.
pub const DOCUMENTED: &[(&str, &str)] = &[(LANGUAGE.name(), "the chosen UI language")];
