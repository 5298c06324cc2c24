//! The decline message (core `decline`).

use crate::arg::Arg;
use postvett_core::decline::{self, DeclineInput, DeclinePreview};
use postvett_core::i18n::Localizer;
use tauri::{AppHandle, Runtime, State};

use crate::error::ShellError;
use crate::{AppError, AppState};

/// The message exactly as it will be copied, with its warning.
#[tauri::command]
pub fn decline_message(
    state: State<'_, AppState>,
    input: Arg<DeclineInput>,
) -> Result<DeclinePreview, AppError> {
    let Arg(input) = input;
    Ok(decline::preview(
        Localizer::embedded(),
        &state.lang(),
        &input,
    )?)
}

/// Remembers (or, when empty, forgets) the name; returns it cleaned.
#[tauri::command]
pub fn set_decline_name(state: State<'_, AppState>, name: Arg<String>) -> Result<String, AppError> {
    let Arg(name) = name;
    Ok(decline::remember_name(state.store()?, &name)?)
}

/// Renders the message from the same input as the preview and puts it on
/// the clipboard, so what is copied is what was previewed by construction;
/// returns what was copied.
#[tauri::command]
pub fn copy_decline<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    input: Arg<DeclineInput>,
) -> Result<DeclinePreview, AppError> {
    let Arg(input) = input;
    let preview = decline::preview(Localizer::embedded(), &state.lang(), &input)?;
    crate::system::copy_text(&app, preview.message.text.clone())
        .map_err(|detail| ShellError::Clipboard { detail })?;
    Ok(preview)
}
