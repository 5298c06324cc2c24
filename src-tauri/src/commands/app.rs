//! The app frame (core `app`): the page view (`bootstrap` at start), the language choice, messages
//! with variables, and leaving the app.

use crate::arg::Arg;
use jiff::tz::TimeZone;
use postvett_core::app::{self, AppView};
use postvett_core::i18n::{Args, Localizer};
use postvett_core::my_data::{self, DataView};
use postvett_core::schedule::service::OnShiftCard;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use crate::error::ShellError;
use crate::{AppError, AppState};

/// What the page draws every screen from: the core's app view, plus what
/// only the shell knows: the notices to show
/// once (a store that failed or was started afresh), whether the startup
/// benchmark is running, and whether the platform's IPC carries raw bytes.
#[derive(Debug, Serialize)]
pub struct PageView {
    #[serde(flatten)]
    pub app: AppView,
    pub notices: Vec<AppError>,
    pub bench: bool,
    /// Whether a call can carry raw bytes (a photo): not on Android, whose
    /// IPC carries JSON only, so the page sends base64 text there
    /// (commands/photo.rs). The mock server of the Chromium lane speaks
    /// Android's IPC, so it says no too.
    pub raw_ipc: bool,
    /// The Settings screen's "Your data": a damaged store set aside, and
    /// whether to offer its removal at the top of the page.
    pub data: DataView,
    /// The checklist's "on shift" card, so the first screen needs no call
    /// of its own for it.
    pub on_shift: Option<OnShiftCard>,
}

include!(concat!(env!("OUT_DIR"), "/ui_messages.rs"));

/// See [`PageView::raw_ipc`].
pub const RAW_IPC: bool = !cfg!(any(target_os = "android", feature = "mock-server"));

/// The "Your data" view; with no data folder there is nothing set aside.
pub fn data_view(state: &AppState) -> Result<DataView, AppError> {
    let Ok(dir) = state.dir() else {
        return Ok(DataView { set_aside: None });
    };
    Ok(my_data::view(
        dir,
        state.recovered.is_some(),
        &TimeZone::system(),
        Localizer::embedded(),
        &state.lang(),
    )?)
}

pub fn page_view(state: &AppState) -> Result<PageView, AppError> {
    let mut notices: Vec<AppError> = Vec::new();
    if let Err(e) = state.store() {
        notices.push(e.into());
    }
    if state.recovered.is_some() {
        notices.push(ShellError::StoreRecovered.into());
    }
    Ok(PageView {
        app: app::app_view(state.store().ok(), &state.lang(), &UI_MESSAGES)?,
        notices,
        bench: crate::hooks::bench(),
        raw_ipc: RAW_IPC,
        data: data_view(state)?,
        on_shift: crate::commands::shifts::on_shift_card(state)?,
    })
}

#[tauri::command]
pub fn bootstrap(state: State<'_, AppState>) -> Result<PageView, AppError> {
    page_view(&state)
}

/// Chooses the UI language (`None`: follow the phone) and returns the
/// page view in it; a choice that could not be stored is a notice.
#[tauri::command]
pub fn set_language(
    state: State<'_, AppState>,
    lang: Arg<Option<String>>,
) -> Result<PageView, AppError> {
    let Arg(lang) = lang;
    let (lang, not_kept) =
        app::choose_language(state.store(), lang.as_deref(), &crate::state::os_locales())?;
    state.set_lang(lang);
    let mut out = page_view(&state)?;
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
    key: Arg<String>,
    args: Arg<Option<Args>>,
    lang: Arg<Option<String>>,
) -> Result<String, AppError> {
    let Arg(key) = key;
    let Arg(args) = args;
    let Arg(lang) = lang;
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
