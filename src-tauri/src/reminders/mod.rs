//! Delivery of the start-of-shift reminder ("turn location services off").
//!
//! - **Desktop** ([`desktop`]): a tokio task runs the core's reminder loop and
//!   shows each reminder through `tauri-plugin-notification`.
//! - **Mobile** ([`mobile`]): the OS must deliver reminders while the app is
//!   closed, so the next reminders are handed to the plugin's scheduling API
//!   (`Schedule::At`) and replaced whenever shifts or settings change. This
//!   compiles in the Android check but cannot run here (no SDK).
//!
//! The text is localised in the UI's current language when it is shown
//! (desktop) or scheduled (mobile).

#[cfg(desktop)]
mod desktop;
#[cfg(mobile)]
mod mobile;

use std::sync::Arc;

use jiff::tz::TimeZone;
use postvett_core::i18n::{Arg, Args, Localizer};
use postvett_core::schedule::{runner::Inputs, service, Reminder};
use tauri::{AppHandle, Manager, Runtime};
use tokio::sync::Notify;

use crate::AppState;

/// Managed state: wakes the delivery to replan after a change.
pub struct Reminders {
    changed: Arc<Notify>,
}

impl Reminders {
    /// Call after shifts or reminder settings change.
    pub fn replan<R: Runtime>(&self, app: &AppHandle<R>) {
        self.changed.notify_one();
        #[cfg(mobile)]
        mobile::schedule(app);
        #[cfg(desktop)]
        let _ = app;
    }
}

/// What the reminder plan reads: the stored shifts and settings, and the
/// phone's time zone. An unavailable store plans nothing.
pub fn inputs<R: Runtime>(app: &AppHandle<R>) -> Inputs {
    let tz = TimeZone::system();
    let state = app.state::<AppState>();
    let stored = state.store().ok().and_then(|store| {
        let (enabled, lead_minutes) = service::reminders(store).ok()?;
        Some((enabled, lead_minutes, service::shifts(store).ok()?))
    });
    let (enabled, lead_minutes, shifts) = stored.unwrap_or((false, 0, Vec::new()));
    Inputs {
        enabled,
        lead_minutes,
        shifts,
        tz,
    }
}

/// The notification's title and body, in the UI's language.
pub fn text<R: Runtime>(
    app: &AppHandle<R>,
    reminder: &Reminder,
    tz: &TimeZone,
) -> (String, String) {
    let l = Localizer::embedded();
    let lang = app.state::<AppState>().lang();
    let time = reminder
        .starts
        .to_zoned_datetime(tz.clone())
        .strftime("%H:%M")
        .to_string();
    let args = Args::from([("time".to_owned(), Arg::Str(time))]);
    let title = l
        .format(&lang, "reminder-title", &Args::new())
        .unwrap_or_default();
    let body = l.format(&lang, "reminder-body", &args).unwrap_or_default();
    (title, body)
}

/// Registers the state and starts delivery.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let changed = Arc::new(Notify::new());
    app.manage(Reminders {
        changed: changed.clone(),
    });
    #[cfg(desktop)]
    desktop::spawn(app.clone(), changed);
    #[cfg(mobile)]
    {
        let _ = changed;
        mobile::schedule(app);
    }
}
