//! Commands of the "read and understood" sign-off; each maps onto the core.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use postvett_core::content::DOCUMENTS;
use postvett_core::i18n::{Args, Localizer};
use postvett_core::signoff::{self, SignOff, SignOffInput};
use serde::Serialize;
use tauri::State;

use crate::{AppError, AppState};

#[derive(Debug, Serialize)]
pub struct SignOffView {
    #[serde(flatten)]
    pub record: SignOff,
    pub title: String,
    /// The plain-text receipt in the UI's language.
    pub receipt: String,
}

#[derive(Debug, Serialize)]
pub struct Reread {
    pub document: &'static str,
    pub title: String,
    pub edition: &'static str,
}

#[derive(Debug, Serialize)]
pub struct SignOffsView {
    pub signoffs: Vec<SignOffView>,
    pub reread: Vec<Reread>,
}

fn view(state: &AppState) -> Result<SignOffsView, AppError> {
    let l = Localizer::embedded();
    let lang = state.lang();
    let all = signoff::list(state.store()?)?;
    let title = |doc: &str| {
        DOCUMENTS
            .iter()
            .find(|d| d.id == doc)
            .and_then(|d| l.format(&lang, d.title, &Args::new()).ok())
            .unwrap_or_else(|| doc.to_owned())
    };
    let reread = signoff::reread_needed(&all, &signoff::bundled_editions())
        .into_iter()
        .filter_map(|doc| {
            let d = DOCUMENTS.iter().find(|d| d.id == doc)?;
            Some(Reread {
                document: d.id,
                title: title(d.id),
                edition: d.edition?,
            })
        })
        .collect();
    let signoffs = all
        .into_iter()
        .map(|record| {
            Ok(SignOffView {
                title: title(&record.document),
                receipt: signoff::receipt(l, &lang, &record)?,
                record,
            })
        })
        .collect::<Result<_, postvett_core::Error>>()?;
    Ok(SignOffsView { signoffs, reread })
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
