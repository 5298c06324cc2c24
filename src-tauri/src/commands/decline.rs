//! The decline message (core `decline`).

use postvett_core::decline::{self, Decline, DeclineInput};
use postvett_core::i18n::Localizer;
use tauri::State;

use crate::{AppError, AppState};

/// The message exactly as it will be copied.
#[tauri::command]
pub fn decline_message(input: DeclineInput) -> Result<Decline, AppError> {
    Ok(decline::render(Localizer::embedded(), &input)?)
}

/// Remembers (or, when empty, forgets) the name; returns it cleaned.
#[tauri::command]
pub fn set_decline_name(state: State<'_, AppState>, name: String) -> Result<String, AppError> {
    Ok(decline::remember_name(state.store()?, &name)?)
}
