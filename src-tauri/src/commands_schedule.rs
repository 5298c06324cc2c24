//! Commands of the privacy-tips and shift screens; each maps onto a core call,
//! and every change to shifts or reminder settings replans the reminders.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use postvett_core::schedule::service::{self, ShiftsView};
use postvett_core::schedule::ShiftInput;
use postvett_core::tips::{self, Card};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use crate::reminders::Reminders;
use crate::{AppError, AppState};

/// The tips screen: the cards (text comes from Fluent) and the steps done.
#[derive(Debug, Serialize)]
pub struct TipsView {
    pub advice: &'static [&'static str],
    pub cards: &'static [Card],
    pub done: Vec<String>,
}

#[tauri::command]
pub fn tips_view(state: State<'_, AppState>) -> Result<TipsView, AppError> {
    Ok(TipsView {
        advice: tips::GUIDELINE_ADVICE,
        cards: tips::CARDS,
        done: tips::done(state.store()?)?,
    })
}

#[tauri::command]
pub fn set_tip_done(state: State<'_, AppState>, step: String, done: bool) -> Result<(), AppError> {
    Ok(tips::set_done(state.store()?, &step, done)?)
}

#[tauri::command]
pub fn reset_tips(state: State<'_, AppState>) -> Result<(), AppError> {
    Ok(tips::reset(state.store()?)?)
}

fn view(state: &AppState) -> Result<ShiftsView, AppError> {
    Ok(service::view(
        state.store()?,
        Timestamp::now(),
        &TimeZone::system(),
    )?)
}

/// After any change to the shifts or the reminder settings: plan the
/// reminders again, and return the new view.
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
