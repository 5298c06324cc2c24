//! Privacy tips (core `tips`); every change returns the new view.

use crate::arg::Arg;
use postvett_core::i18n::Localizer;
use postvett_core::tips::{self, TipsView};
use tauri::State;

use crate::{AppError, AppState};

fn view(state: &AppState) -> Result<TipsView, AppError> {
    Ok(tips::view(
        state.store()?,
        Localizer::embedded(),
        &state.lang(),
    )?)
}

#[tauri::command]
pub fn tips_view(state: State<'_, AppState>) -> Result<TipsView, AppError> {
    view(&state)
}

#[tauri::command]
pub fn set_tip_done(
    state: State<'_, AppState>,
    step: Arg<String>,
    done: Arg<bool>,
) -> Result<TipsView, AppError> {
    let Arg(step) = step;
    let Arg(done) = done;
    tips::set_done(state.store()?, &step, done)?;
    view(&state)
}

#[tauri::command]
pub fn reset_tips(state: State<'_, AppState>) -> Result<TipsView, AppError> {
    tips::reset(state.store()?)?;
    view(&state)
}
