//! "Can I post this?" (core `checklist`). Pure: the answers are neither
//! stored nor logged.

use postvett_core::checklist::{self, Answers, VerdictView};
use postvett_core::i18n::Localizer;
use tauri::State;

use crate::{AppError, AppState};

#[tauri::command]
pub fn checklist_verdict(
    state: State<'_, AppState>,
    answers: Answers,
) -> Result<VerdictView, AppError> {
    let verdict = checklist::verdict(&answers)?;
    Ok(checklist::view(
        &verdict,
        Localizer::embedded(),
        &state.lang(),
    )?)
}
