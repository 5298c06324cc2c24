//! The guideline reader (core `content` and `app`'s text size): both
//! documents in the current language, search, the text size, and opening a
//! link of the content in the system browser.

use crate::arg::Arg;
use postvett_core::app;
use postvett_core::content;
use postvett_core::content::render::{self, Guideline};
use postvett_core::content::search::{self, Mark, SearchView};
use postvett_core::i18n::Localizer;
use tauri::{AppHandle, Runtime, State};

use crate::error::ShellError;
use crate::{AppError, AppState};

#[tauri::command]
pub fn guideline(state: State<'_, AppState>) -> Result<Guideline, AppError> {
    Ok(render::guideline(Localizer::embedded(), &state.lang())?)
}

#[tauri::command]
pub fn search(state: State<'_, AppState>, query: Arg<String>) -> Result<SearchView, AppError> {
    let Arg(query) = query;
    Ok(search::view(Localizer::embedded(), &state.lang(), &query)?)
}

/// Where a deep link's query words sit in its target, for the reader to mark.
#[tauri::command]
pub fn search_marks(
    state: State<'_, AppState>,
    target: Arg<String>,
    query: Arg<String>,
) -> Vec<Mark> {
    let Arg(target) = target;
    let Arg(query) = query;
    search::marks(&state.lang(), &target, &query)
}

#[tauri::command]
pub fn set_text_size(state: State<'_, AppState>, size: Arg<u8>) -> Result<(), AppError> {
    let Arg(size) = size;
    Ok(app::set_text_size(state.store()?, size)?)
}

/// Opens a link of the content (and nothing else) in the system browser.
#[tauri::command]
pub fn open_link<R: Runtime>(app: AppHandle<R>, url: Arg<String>) -> Result<(), AppError> {
    let Arg(url) = url;
    let url = content::link(&url)?;
    crate::system::open_url(&app, url).map_err(|detail| ShellError::OpenLink { detail })?;
    Ok(())
}
