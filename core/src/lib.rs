//! Postvett's core: everything the app knows and decides, with no UI or Tauri
//! dependency. The Tauri shell in `src-tauri` maps its commands onto this API,
//! and these modules are tested without a webview.

pub mod app;
pub mod checklist;
pub mod content;
pub mod dates;
pub mod decline;
pub mod error;
pub mod i18n;
pub mod my_data;
pub mod photo;
pub mod schedule;
pub mod settings;
pub mod signoff;
pub mod store;
pub mod text;
pub mod tips;

pub use error::{Error, Result};
