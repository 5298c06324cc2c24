//! A command argument that answers in the app's one error shape when it does
//! not decode. Tauri's own decoding fails with a plain string ("invalid args
//! `lang` for command `set_language`: …"); an `Arg<T>` fails with the core's
//! `{"code": "invalid-input", "field": "<argument>", "reason": …}`, which the UI shows as
//! its localised message, at the field when it has one. Every argument the
//! page sends is an `Arg`, so no command answers in another shape.
//!
//! Serde's message (which may quote the value sent) is neither returned nor
//! logged: only the command and the argument's name are.

use serde::Deserialize;
use tauri::ipc::{CommandArg, CommandItem, InvokeError};
use tauri::Runtime;

use crate::AppError;

/// An argument of type `T`, taken apart in the command's first line
/// (`let Arg(input) = input;`).
#[derive(Debug)]
pub struct Arg<T>(pub T);

impl<'de, T: Deserialize<'de>, R: Runtime> CommandArg<'de, R> for Arg<T> {
    fn from_command(command: CommandItem<'de, R>) -> Result<Self, InvokeError> {
        let (name, key) = (command.name, command.key);
        T::deserialize(command).map(Arg).map_err(|_| {
            log::warn!("command {name}: the argument {key} does not decode");
            InvokeError::from(AppError::from(invalid(key)))
        })
    }
}

/// The error for an argument `key` that does not decode.
pub fn invalid(key: &str) -> postvett_core::Error {
    postvett_core::Error::InvalidInput {
        field: key.to_owned(),
        reason: "not of the type the command takes".to_owned(),
    }
}
