//! "Can I post this?" (core `checklist`). Pure: the situation and the
//! answers so far go in, the next question or the verdict comes out, and
//! nothing about a run is stored or logged.

use crate::arg::Arg;
use postvett_core::checklist::{self, Answers, StepView};
use postvett_core::i18n::Localizer;
use tauri::State;

use crate::{AppError, AppState};

#[tauri::command]
pub fn checklist_step(
    state: State<'_, AppState>,
    situation: Arg<String>,
    answers: Arg<Answers>,
) -> Result<StepView, AppError> {
    let Arg(situation) = situation;
    let Arg(answers) = answers;
    Ok(checklist::step(
        &situation,
        &answers,
        Localizer::embedded(),
        &state.lang(),
    )?)
}
