//! "Lest og forstått" (core `signoff`); every change returns the new view.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use postvett_core::i18n::Localizer;
use postvett_core::signoff::{self, SignOffInput, SignOffsView};
use tauri::State;

use crate::{AppError, AppState};

fn view(state: &AppState) -> Result<SignOffsView, AppError> {
    Ok(signoff::view(
        state.store()?,
        Localizer::embedded(),
        &state.lang(),
        Timestamp::now(),
        &TimeZone::system(),
    )?)
}

#[tauri::command]
pub fn signoffs_view(state: State<'_, AppState>) -> Result<SignOffsView, AppError> {
    view(&state)
}

#[tauri::command]
pub fn record_signoff(
    state: State<'_, AppState>,
    input: SignOffInput,
) -> Result<SignOffsView, AppError> {
    signoff::record(
        state.store()?,
        &input,
        Timestamp::now(),
        &TimeZone::system(),
    )?;
    view(&state)
}

#[tauri::command]
pub fn delete_signoff(state: State<'_, AppState>, id: String) -> Result<SignOffsView, AppError> {
    signoff::delete(state.store()?, &id)?;
    view(&state)
}
