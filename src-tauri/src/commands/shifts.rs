//! Shifts and reminders (core `schedule::service`); every change replans the
//! reminders and returns the new view.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use postvett_core::i18n::Localizer;
use postvett_core::schedule::service::{self, ShiftsView};
use postvett_core::schedule::ShiftInput;
use tauri::{AppHandle, Runtime, State};

use crate::reminders::Reminders;
use crate::{AppError, AppState};

fn view(state: &AppState) -> Result<ShiftsView, AppError> {
    Ok(service::view(
        state.store()?,
        Timestamp::now(),
        &TimeZone::system(),
        Localizer::embedded(),
        &state.lang(),
    )?)
}

/// After any change to the shifts or the reminder settings.
fn replanned<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    reminders: &Reminders,
) -> Result<ShiftsView, AppError> {
    reminders.replan(app);
    view(state)
}

#[tauri::command]
pub fn shifts_view(state: State<'_, AppState>) -> Result<ShiftsView, AppError> {
    view(&state)
}

#[tauri::command]
pub fn add_shift<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    reminders: State<'_, Reminders>,
    input: ShiftInput,
) -> Result<ShiftsView, AppError> {
    service::add(state.store()?, &input)?;
    replanned(&app, &state, &reminders)
}

#[tauri::command]
pub fn remove_shift<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    reminders: State<'_, Reminders>,
    id: String,
) -> Result<ShiftsView, AppError> {
    service::remove(state.store()?, &id)?;
    replanned(&app, &state, &reminders)
}

#[tauri::command]
pub fn set_reminders<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    reminders: State<'_, Reminders>,
    enabled: bool,
    lead_minutes: u8,
) -> Result<ShiftsView, AppError> {
    service::set_reminders(state.store()?, enabled, lead_minutes)?;
    replanned(&app, &state, &reminders)
}

#[tauri::command]
pub fn dismiss_on_shift(state: State<'_, AppState>) -> Result<ShiftsView, AppError> {
    service::dismiss_on_shift(state.store()?, Timestamp::now(), &TimeZone::system())?;
    view(&state)
}
