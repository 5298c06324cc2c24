//! "Delete my data" and the damaged stores set aside (core `my_data`).

use postvett_core::app;
use postvett_core::my_data::{self, DataView};
use tauri::{AppHandle, Manager, Runtime, State};

use crate::commands::app::{page_view, PageView};
use crate::reminders::Reminders;
use crate::{AppError, AppState};

/// Deletes every setting and record, and every store set aside; cancels the
/// reminders planned from the shifts that are gone; goes back to the phone's
/// language. Returns the bootstrap, so every screen draws itself afresh.
#[tauri::command]
pub fn delete_my_data<R: Runtime>(app: AppHandle<R>) -> Result<PageView, AppError> {
    let state = app.state::<AppState>();
    let dir = state.dir()?;
    let deleted = my_data::delete_all(state.store(), dir);
    app.state::<Reminders>().replan(&app);
    state.set_lang(app::initial_lang(
        state.store().ok(),
        &crate::state::os_locales(),
    ));
    deleted?;
    page_view(&state)
}

/// Removes the damaged stores set aside now, rather than after the days
/// they are kept.
#[tauri::command]
pub fn remove_set_aside(state: State<'_, AppState>) -> Result<DataView, AppError> {
    my_data::remove_set_aside(state.dir()?)?;
    crate::commands::app::data_view(&state)
}
