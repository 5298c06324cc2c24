//! The app frame (core `app`): the bootstrap, the language choice, messages
//! with variables, and leaving the app.

use postvett_core::app::{self, Bootstrap};
use postvett_core::i18n::{Args, Localizer};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use crate::error::ShellError;
use crate::{AppError, AppState};

/// The core's bootstrap, plus what only the shell knows: the notices to show
/// once (a store that failed or was started afresh), whether the startup
/// benchmark is running, and whether the platform's IPC carries raw bytes.
#[derive(Debug, Serialize)]
pub struct Boot {
    #[serde(flatten)]
    pub app: Bootstrap,
    pub notices: Vec<AppError>,
    pub bench: bool,
    /// Whether a call can carry raw bytes (a photo): not on Android, whose
    /// IPC carries JSON only, so the page sends base64 text there
    /// (commands/photo.rs). The mock server of the Chromium lane speaks
    /// Android's IPC, so it says no too.
    pub raw_ipc: bool,
}

/// See [`Boot::raw_ipc`].
pub const RAW_IPC: bool = !cfg!(any(target_os = "android", feature = "mock-server"));

fn boot(state: &AppState) -> Result<Boot, AppError> {
    let mut notices: Vec<AppError> = Vec::new();
    if let Err(e) = state.store() {
        notices.push(e.into());
    }
    if state.recovered.is_some() {
        notices.push(ShellError::StoreRecovered.into());
    }
    Ok(Boot {
        app: app::bootstrap(state.store().ok(), &state.lang())?,
        notices,
        bench: crate::hooks::bench(),
        raw_ipc: RAW_IPC,
    })
}

#[tauri::command]
pub fn bootstrap(state: State<'_, AppState>) -> Result<Boot, AppError> {
    boot(&state)
}

/// Chooses the UI language (`None`: follow the phone) and returns the
/// bootstrap in it; a choice that could not be stored is a notice.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, lang: Option<String>) -> Result<Boot, AppError> {
    let (lang, not_kept) =
        app::choose_language(state.store(), lang.as_deref(), &crate::state::os_locales())?;
    state.set_lang(lang);
    let mut out = boot(&state)?;
    if let Some(e) = not_kept {
        log::error!("language choice not persisted: {e}");
        out.notices.push(e.into());
    }
    Ok(out)
}

/// Formats one message with variables (an error's details), in `lang` or
/// the current language.
#[tauri::command]
pub fn format(
    state: State<'_, AppState>,
    key: String,
    args: Option<Args>,
    lang: Option<String>,
) -> Result<String, AppError> {
    let l = Localizer::embedded();
    let lang = lang.unwrap_or_else(|| state.lang());
    l.validate(&lang)?;
    Ok(l.format(&lang, &key, &args.unwrap_or_default())?)
}

/// Leaves the app: what Android's Back button does at the first screen. On
/// Android, Tauri finishes the activity (with the usual close transition,
/// `App::exit`); reminders already handed to the OS stay scheduled.
#[tauri::command]
pub fn leave_app<R: Runtime>(app: AppHandle<R>) {
    app.exit(0);
}
