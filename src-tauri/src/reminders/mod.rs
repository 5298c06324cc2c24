//! Delivery of the start-of-shift reminder ("turn location services off").
//! As in the plugins-workspace plugins, `desktop.rs` and `mobile.rs` each
//! export one `Delivery` type with the same two functions, chosen here by
//! `#[cfg]`, so no function body branches on the platform:
//!
//! - **Desktop** ([`desktop`]): a tokio task runs the core's reminder loop and
//!   shows each reminder as a desktop notification (`crate::system::notify`).
//! - **Mobile** ([`mobile`]): the OS must deliver reminders while the app is
//!   closed, so the next reminders are handed to the plugin's scheduling API
//!   and replaced whenever shifts or settings change. This compiles in the
//!   Android check but cannot run here (no SDK).
//!
//! What is planned and what it says come from the core
//! (`schedule::service::inputs` and `notice`), in the UI's current language.

#[cfg(desktop)]
mod desktop;
#[cfg(mobile)]
mod mobile;
// Pure, so it is compiled and tested everywhere; only mobile hands it over.
#[cfg_attr(desktop, allow(dead_code))]
mod payload;

#[cfg(desktop)]
use desktop::Delivery;
#[cfg(mobile)]
use mobile::Delivery;

use jiff::tz::TimeZone;
use postvett_core::i18n::Localizer;
use postvett_core::schedule::{runner::Inputs, service, Reminder};
use tauri::{AppHandle, Manager, Runtime};

use crate::AppState;

/// Managed state: replans the delivery after a change.
pub struct Reminders {
    delivery: Delivery,
}

impl Reminders {
    /// Call after shifts or reminder settings change.
    pub fn replan<R: Runtime>(&self, app: &AppHandle<R>) {
        self.delivery.replan(app);
    }
}

/// The plan's inputs, read afresh from the store.
fn inputs<R: Runtime>(app: &AppHandle<R>) -> Inputs {
    service::inputs(app.state::<AppState>().store().ok(), TimeZone::system())
}

/// The notification's title and body, in the UI's language.
fn notice<R: Runtime>(app: &AppHandle<R>, reminder: &Reminder, tz: &TimeZone) -> (String, String) {
    let lang = app.state::<AppState>().lang();
    service::notice(Localizer::embedded(), &lang, reminder, tz)
}

/// Starts delivery and registers the state.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let delivery = Delivery::start(app);
    app.manage(Reminders { delivery });
}
