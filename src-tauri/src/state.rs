//! What the shell keeps between commands: the store (opened once per process)
//! and the current UI language. A corrupt store is moved aside and replaced
//! with defaults (see `Store::open_or_recover`).
//!
//! The store is opened behind a process-wide `OnceLock` because sled locks its
//! directory: on Android the setup hook can run again in the same process, and
//! a second open would fail. A store that cannot be opened is not fatal: the
//! app runs with defaults and the UI shows the localised error.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use postvett_core::{app, photo::Photo, store::Store, Error};
use tauri::{AppHandle, Manager, Runtime};

pub struct AppState {
    pub store: &'static Result<Store, Error>,
    pub lang: RwLock<String>,
    /// The store was corrupt at this start and was moved aside (to this
    /// folder); the UI says so once.
    pub recovered: Option<PathBuf>,
    /// The store's folder, or why it could not be found.
    dir: Result<PathBuf, Error>,
    /// The photo the photo check has open, in memory only.
    photo: Mutex<Option<Arc<Photo>>>,
}

impl AppState {
    /// The store, or the error that kept it from opening.
    pub fn store(&self) -> Result<&Store, Error> {
        self.store.as_ref().map_err(Clone::clone)
    }

    /// The store's folder (beside it lie the stores set aside).
    pub fn dir(&self) -> Result<&std::path::Path, Error> {
        self.dir.as_deref().map_err(Clone::clone)
    }

    pub fn lang(&self) -> String {
        match self.lang.read() {
            Ok(l) => l.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// The photo the photo check has open.
    pub fn photo(&self) -> Option<Arc<Photo>> {
        match self.photo.lock() {
            Ok(p) => p.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    pub fn set_photo(&self, photo: Option<Arc<Photo>>) {
        match self.photo.lock() {
            Ok(mut p) => *p = photo,
            Err(poisoned) => *poisoned.into_inner() = photo,
        }
    }

    pub fn set_lang(&self, lang: String) {
        match self.lang.write() {
            Ok(mut l) => *l = lang,
            Err(poisoned) => *poisoned.into_inner() = lang,
        }
    }
}

/// The OS locales, most preferred first (the core negotiates from them).
pub fn os_locales() -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// The store's folder: the app's data folder, or a test's (`crate::hooks`).
pub fn data_dir<R: Runtime>(app: &AppHandle<R>) -> Result<PathBuf, Error> {
    store_dir(|| app.path().app_data_dir().map_err(|e| e.to_string()))
}

/// [`data_dir`] given a way to find the app's data folder (asked only when
/// no test chose one), for callers that run before the app exists.
pub fn store_dir(app_data_dir: impl FnOnce() -> Result<PathBuf, String>) -> Result<PathBuf, Error> {
    if let Some(dir) = crate::hooks::data_dir() {
        return Ok(dir);
    }
    app_data_dir()
        .map(|d| d.join("store"))
        .map_err(|detail| Error::StoreOpen { detail })
}

/// Opens the store once per process and registers the state.
pub fn manage<R: Runtime>(app: &AppHandle<R>) {
    static STORE: OnceLock<(Result<Store, Error>, Option<PathBuf>)> = OnceLock::new();
    let (store, recovered) =
        STORE.get_or_init(
            || match data_dir(app).and_then(|dir| Store::open_or_recover(&dir)) {
                Ok((store, moved)) => {
                    if let Some(m) = &moved {
                        log::error!(
                            "the store was corrupt and was moved aside to {}",
                            m.display()
                        );
                    }
                    (Ok(store), moved)
                }
                Err(e) => {
                    log::error!("store unavailable: {e}");
                    (Err(e), None)
                }
            },
        );
    let lang = app::initial_lang(store.as_ref().ok(), &os_locales());
    log::info!("starting in language {lang}");
    app.manage(AppState {
        store,
        lang: RwLock::new(lang),
        recovered: recovered.clone(),
        dir: data_dir(app),
        photo: Mutex::new(None),
    });
}
