//! The shell's error type. Core errors pass through unchanged, so the UI sees
//! one shape for every failure: `{"code": "...", ...details}`, which it shows as
//! the Fluent message `error-<code>`.

use serde::{Serialize, Serializer};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Core(#[from] postvett_core::Error),
}

impl Serialize for AppError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            AppError::Core(e) => e.serialize(serializer),
        }
    }
}
