//! The photo check (core `photo`). The picked photo arrives as the body of
//! `photo_open`, never as a path; it is kept in memory (`AppState::photo`)
//! while the screen is open, for the face search and the save, and dropped
//! by `photo_close` or the next pick. Nothing of it is stored or logged.
//! The pixel work runs on a blocking thread, so the window never waits.

use crate::arg::Arg;
use std::sync::Arc;

use base64::Engine;
use postvett_core::i18n::Localizer;
use postvett_core::photo::{self, FacesView, LineView, Photo, PhotoView, Region};
use postvett_core::Error;
use serde::Serialize;
use tauri::ipc::{InvokeBody, Request};
use tauri::{AppHandle, Runtime, State};

use crate::error::ShellError;
use crate::{AppError, AppState};

/// The photo's bytes from the call's body: raw where the platform's IPC
/// carries raw bodies; on Android, whose IPC carries JSON only, base64 text
/// (`{"base64": "…"}`, which the page sends there) or the array of numbers
/// Tauri's script turns a byte array into.
pub fn body_bytes(body: &InvokeBody) -> Result<Vec<u8>, Error> {
    let not_a_photo = || Error::InvalidInput {
        field: photo::FIELD.into(),
        reason: "the body is not a photo's bytes".into(),
    };
    match body {
        InvokeBody::Raw(bytes) => Ok(bytes.clone()),
        InvokeBody::Json(serde_json::Value::Object(o)) => {
            let text = o
                .get("base64")
                .and_then(|v| v.as_str())
                .ok_or_else(not_a_photo)?;
            base64::engine::general_purpose::STANDARD
                .decode(text)
                .map_err(|_| not_a_photo())
        }
        InvokeBody::Json(v @ serde_json::Value::Array(_)) => {
            serde_json::from_value(v.clone()).map_err(|_| not_a_photo())
        }
        InvokeBody::Json(_) => Err(not_a_photo()),
    }
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, Error> + Send + 'static,
) -> Result<T, AppError> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|_| AppError::Shell(ShellError::Unexpected))?
        .map_err(AppError::Core)
}

fn current(state: &AppState) -> Result<Arc<Photo>, AppError> {
    state.photo().ok_or_else(|| {
        Error::PhotoNone {
            field: photo::FIELD.into(),
        }
        .into()
    })
}

/// Opens the picked photo and says what it gives away.
#[tauri::command]
pub async fn photo_open(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<PhotoView, AppError> {
    state.set_photo(None);
    let bytes = body_bytes(request.body())?;
    let lang = state.lang();
    let (photo, view) = blocking(move || {
        let photo = photo::open(bytes)?;
        let view = photo::view(
            &photo,
            &photo::inspect(&photo),
            Localizer::embedded(),
            &lang,
        )?;
        Ok((photo, view))
    })
    .await?;
    state.set_photo(Some(Arc::new(photo)));
    Ok(view)
}

/// Looks for faces in the open photo.
#[tauri::command]
pub async fn photo_faces(state: State<'_, AppState>) -> Result<FacesView, AppError> {
    let photo = current(&state)?;
    let lang = state.lang();
    blocking(move || photo::faces_view(&photo::detect(&photo)?, Localizer::embedded(), &lang)).await
}

/// The outcome of a save: whether a copy was written, and what it carries.
#[derive(Debug, Serialize)]
pub struct Saved {
    pub saved: bool,
    pub text: String,
    /// What the copy carries, read again from the bytes that were written.
    pub carries: Vec<LineView>,
}

/// Makes the clean copy (hiding `regions`), asks where to save it, and
/// writes it there.
#[tauri::command]
pub async fn photo_save<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    regions: Arg<Vec<Region>>,
) -> Result<Saved, AppError> {
    let Arg(regions) = regions;
    let photo = current(&state)?;
    let lang = state.lang();
    let l = Localizer::embedded();
    let (bytes, carries) = {
        let lang = lang.clone();
        blocking(move || {
            let copy = photo::clean(&photo, &regions)?;
            let again = photo::open(copy.bytes.clone())?;
            let carries = photo::carries(&photo::inspect(&again), Localizer::embedded(), &lang)?;
            Ok((copy, carries))
        })
        .await?
    };
    let name = format!(
        "{}.{}",
        l.text(&lang, "photo-file-name")?,
        bytes.format.extension()
    );
    let title = l.text(&lang, "photo-save")?;
    let saved =
        crate::system::save_file(&app, &title, &name, bytes.format.extension(), &bytes.bytes)
            .await
            .map_err(|detail| ShellError::Save { detail })?;
    Ok(Saved {
        saved,
        text: l.text(
            &lang,
            if saved {
                "photo-saved"
            } else {
                "photo-save-cancelled"
            },
        )?,
        carries: if saved { carries } else { Vec::new() },
    })
}

/// Drops the open photo (the screen was left, or another is picked).
#[tauri::command]
pub fn photo_close(state: State<'_, AppState>) {
    state.set_photo(None);
}
