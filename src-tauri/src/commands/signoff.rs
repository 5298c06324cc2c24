//! "Lest og forstått" (core `signoff`); every change returns the new view.

use crate::arg::Arg;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use postvett_core::i18n::Localizer;
use postvett_core::signoff::{self, SignOffInput, SignOffsView};
use tauri::{AppHandle, Runtime, State};

use crate::error::ShellError;
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
    input: Arg<SignOffInput>,
) -> Result<SignOffsView, AppError> {
    let Arg(input) = input;
    signoff::record(
        state.store()?,
        &input,
        Timestamp::now(),
        &TimeZone::system(),
    )?;
    view(&state)
}

#[tauri::command]
pub fn delete_signoff(
    state: State<'_, AppState>,
    id: Arg<String>,
) -> Result<SignOffsView, AppError> {
    let Arg(id) = id;
    signoff::delete(state.store()?, &id)?;
    view(&state)
}

/// Puts a stored sign-off's receipt, in the UI's language, on the clipboard:
/// the receipt Settings shows for it, rendered again from the record.
#[tauri::command]
pub fn copy_receipt<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: Arg<String>,
) -> Result<(), AppError> {
    let Arg(id) = id;
    let text = signoff::receipt_of(state.store()?, Localizer::embedded(), &state.lang(), &id)?;
    crate::system::copy_text(&app, text).map_err(|detail| ShellError::Clipboard { detail })?;
    Ok(())
}
