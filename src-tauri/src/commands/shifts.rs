//! Shifts and reminders (core `schedule::service`); every change replans the
//! reminders and returns the new view.

use crate::arg::Arg;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use postvett_core::i18n::Localizer;
use postvett_core::schedule::service::{self, OnShiftCard, ShiftsView};
use postvett_core::schedule::ShiftInput;
use postvett_core::store::Store;
use tauri::{AppHandle, Manager, Runtime, State};

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

/// Applies a change to the shifts or the reminder settings, replans the
/// reminders and returns the new view.
fn change_and_replan<R: Runtime>(
    app: &AppHandle<R>,
    change: impl FnOnce(&Store) -> postvett_core::Result<()>,
) -> Result<ShiftsView, AppError> {
    let state = app.state::<AppState>();
    change(state.store()?)?;
    app.state::<Reminders>().replan(app);
    view(&state)
}

#[tauri::command]
pub fn shifts_view(state: State<'_, AppState>) -> Result<ShiftsView, AppError> {
    view(&state)
}

#[tauri::command]
pub fn add_shift<R: Runtime>(
    app: AppHandle<R>,
    input: Arg<ShiftInput>,
) -> Result<ShiftsView, AppError> {
    let Arg(input) = input;
    change_and_replan(&app, |store| service::add(store, &input).map(drop))
}

#[tauri::command]
pub fn remove_shift<R: Runtime>(
    app: AppHandle<R>,
    id: Arg<String>,
) -> Result<ShiftsView, AppError> {
    let Arg(id) = id;
    change_and_replan(&app, |store| service::remove(store, &id))
}

#[tauri::command]
pub fn set_reminders<R: Runtime>(
    app: AppHandle<R>,
    enabled: Arg<bool>,
    lead_minutes: Arg<u8>,
) -> Result<ShiftsView, AppError> {
    let Arg(enabled) = enabled;
    let Arg(lead_minutes) = lead_minutes;
    change_and_replan(&app, |store| {
        service::set_reminders(store, enabled, lead_minutes)
    })
}

/// The checklist's "on shift" card for now (also in the bootstrap).
pub fn on_shift_card(state: &AppState) -> Result<Option<OnShiftCard>, AppError> {
    Ok(service::on_shift(
        state.store().ok(),
        Timestamp::now(),
        &TimeZone::system(),
        Localizer::embedded(),
        &state.lang(),
    )?)
}

#[tauri::command]
pub fn on_shift(state: State<'_, AppState>) -> Result<Option<OnShiftCard>, AppError> {
    on_shift_card(&state)
}

/// Hides the card for the shift running now; returns the card (none).
#[tauri::command]
pub fn dismiss_on_shift(state: State<'_, AppState>) -> Result<Option<OnShiftCard>, AppError> {
    service::dismiss_on_shift(state.store()?, Timestamp::now(), &TimeZone::system())?;
    on_shift_card(&state)
}

/// Whether reminders may be shown, asking the user the first time on the
/// platforms that ask (Android 13 and later, iOS); desktop allows them.
#[tauri::command]
pub async fn notifications_allowed<R: Runtime>(app: AppHandle<R>) -> bool {
    crate::system::notifications_allowed(&app).await
}
