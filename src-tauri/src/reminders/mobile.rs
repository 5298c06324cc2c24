//! Mobile delivery: the next reminders are scheduled with the notification
//! plugin's `Schedule::At`, so the OS shows them while the app is closed.
//! Pending ones are cancelled and planned again after every change; what
//! each platform's parser receives is built (and tested) in `payload.rs`.

use jiff::Timestamp;
use postvett_core::schedule::plan;
use tauri::{AppHandle, Runtime};
use tauri_plugin_notification::NotificationExt;

/// How many reminders are handed to the OS at a time (iOS allows 64 pending).
const AHEAD: usize = 30;

pub struct Delivery;

impl Delivery {
    pub fn start<R: Runtime>(app: &AppHandle<R>) -> Delivery {
        schedule(app);
        Delivery
    }

    pub fn replan<R: Runtime>(&self, app: &AppHandle<R>) {
        schedule(app);
    }
}

fn schedule<R: Runtime>(app: &AppHandle<R>) {
    let inputs = super::inputs(app);
    let notifications = app.notification();
    if let Err(e) = notifications.cancel_all() {
        log::error!("could not cancel pending reminders: {e}");
    }
    if !inputs.enabled {
        return;
    }
    let reminders = plan(
        &inputs.shifts,
        inputs.lead_minutes,
        Timestamp::now(),
        &inputs.tz,
        AHEAD,
    );
    for r in &reminders {
        let Some(at) = super::payload::schedule(super::payload::CURRENT, r, &inputs.tz) else {
            continue;
        };
        let (title, body) = super::notice(app, r, &inputs.tz);
        let scheduled = notifications
            .builder()
            .id(super::payload::id(r))
            .title(title)
            .body(body)
            .schedule(at)
            .show();
        if let Err(e) = scheduled {
            log::error!("could not schedule a reminder: {e}");
        }
    }
}
