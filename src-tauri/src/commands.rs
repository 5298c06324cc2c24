//! The commands the UI may call. Each one maps onto core calls; the
//! capability file grants exactly these (`allow-<command>`).

use std::collections::BTreeMap;

use postvett_core::checklist::{self, Answers, VerdictView};
use postvett_core::content::render::{self, Guideline};
use postvett_core::content::search::{Hit, Index};
use postvett_core::decline::{self, Decline, DeclineInput, NAME_MAX};
use postvett_core::i18n::{Args, Localizer};
use postvett_core::{settings, Error};
use serde::Serialize;
use tauri::State;

use crate::{state::os_lang, AppError, AppState};

/// Everything the UI needs to draw its first screen, in one call.
#[derive(Debug, Serialize)]
pub struct Bootstrap {
    /// The language in use.
    pub lang: String,
    /// The language the user chose, or `None` for "follow the phone".
    pub chosen: Option<String>,
    /// The bundled languages.
    pub languages: Vec<&'static str>,
    /// Every message of `lang` that needs no variables.
    pub strings: BTreeMap<String, String>,
    /// The checklist's question ids, in the order they are asked.
    pub checklist: Vec<&'static str>,
    /// The name remembered for the decline message ("" when none).
    pub decline_name: String,
    /// The reader's text size step.
    pub text_size: u8,
    /// Started by the startup benchmark (`POSTVETT_BENCH_READY` is set).
    pub bench: bool,
    /// The accessibility statement's feedback route, set at build time with
    /// `POSTVETT_FEEDBACK` (an address or a URL); empty when not configured.
    pub feedback: &'static str,
    /// Set when the store could not be opened; the UI shows it once.
    pub store_error: Option<Error>,
    /// The store was corrupt at this start and was replaced with defaults.
    pub store_recovered: bool,
}

fn bootstrap_for(state: &AppState) -> Bootstrap {
    let localizer = Localizer::embedded();
    let lang = state.lang();
    let chosen = state
        .store()
        .ok()
        .and_then(|s| s.get(settings::LANGUAGE).ok().flatten());
    let text_size = state
        .store()
        .ok()
        .and_then(|s| s.get(settings::READER_TEXT_SIZE).ok().flatten())
        .and_then(|n| settings::text_size(n).ok())
        .unwrap_or(settings::TEXT_SIZE_DEFAULT);
    let decline_name = state
        .store()
        .ok()
        .and_then(|s| s.get(settings::DECLINE_NAME).ok().flatten())
        .unwrap_or_default();
    Bootstrap {
        strings: localizer.all(&lang),
        decline_name,
        checklist: checklist::QUESTIONS.iter().map(|q| q.id).collect(),
        text_size,
        lang,
        chosen,
        languages: localizer.languages(),
        store_error: state.store().err(),
        store_recovered: state.recovered.is_some(),
        bench: std::env::var_os(crate::bench::READY_ENV).is_some(),
        feedback: option_env!("POSTVETT_FEEDBACK").unwrap_or(""),
    }
}

#[tauri::command]
pub fn bootstrap(state: State<'_, AppState>) -> Bootstrap {
    bootstrap_for(&state)
}

/// Chooses the UI language (`None`: follow the phone), persists the choice and
/// returns the strings for it.
#[tauri::command]
pub fn set_language(
    state: State<'_, AppState>,
    lang: Option<String>,
) -> Result<Bootstrap, AppError> {
    let localizer = Localizer::embedded();
    if let Some(l) = &lang {
        localizer.validate(l)?;
    }
    // Persist the choice; if the store is unavailable the switch still happens
    // for this run, and the UI is told why it will not be remembered.
    let persisted = state.store().and_then(|store| match &lang {
        Some(l) => store.set(settings::LANGUAGE, l),
        None => store.clear(settings::LANGUAGE),
    });
    state.set_lang(lang.unwrap_or_else(os_lang));
    let mut out = bootstrap_for(&state);
    if let Err(e) = persisted {
        log::error!("language choice not persisted: {e}");
        out.store_error = Some(e);
    }
    Ok(out)
}

/// Formats one message with variables, in `lang` or the current language.
#[tauri::command]
pub fn format(
    state: State<'_, AppState>,
    key: String,
    args: Option<Args>,
    lang: Option<String>,
) -> Result<String, AppError> {
    let localizer = Localizer::embedded();
    let lang = match lang {
        Some(l) => {
            localizer.validate(&l)?;
            l
        }
        None => state.lang(),
    };
    Ok(localizer.format(&lang, &key, &args.unwrap_or_default())?)
}

/// Both documents, resolved in the current language, for the reader.
#[tauri::command]
pub fn guideline(state: State<'_, AppState>) -> Result<Guideline, AppError> {
    Ok(render::guideline(Localizer::embedded(), &state.lang())?)
}

/// Searches both documents in the current language.
#[tauri::command]
pub fn search(state: State<'_, AppState>, query: String) -> Vec<Hit> {
    Index::embedded(&state.lang())
        .map(|index| index.search(&query))
        .unwrap_or_default()
}

/// Stores the reader's text size step.
#[tauri::command]
pub fn set_text_size(state: State<'_, AppState>, size: u8) -> Result<(), AppError> {
    let size = settings::text_size(size)?;
    Ok(state.store()?.set(settings::READER_TEXT_SIZE, &size)?)
}

/// The checklist's verdict for a complete set of answers. Pure: the answers
/// are neither stored nor logged.
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

/// The decline message exactly as it will be copied.
#[tauri::command]
pub fn decline_message(input: DeclineInput) -> Result<Decline, AppError> {
    Ok(decline::render(Localizer::embedded(), &input)?)
}

/// Remembers (or, when empty, forgets) the name for the decline message;
/// returns it cleaned.
#[tauri::command]
pub fn set_decline_name(state: State<'_, AppState>, name: String) -> Result<String, AppError> {
    let name = postvett_core::text::clean("name", &name, NAME_MAX)?;
    let store = state.store()?;
    if name.is_empty() {
        store.clear(settings::DECLINE_NAME)?;
    } else {
        store.set(settings::DECLINE_NAME, &name)?;
    }
    Ok(name)
}
