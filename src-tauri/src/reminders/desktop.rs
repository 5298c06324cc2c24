//! Desktop delivery: the core's reminder loop in a tokio task, showing each
//! reminder as a desktop notification (`system::notify`; on Linux a D-Bus
//! `Notify` call). A replan wakes the loop, which reads its inputs afresh.

use std::sync::Arc;

use jiff::tz::TimeZone;
use postvett_core::schedule::runner::{run, Notifier, SystemClock};
use postvett_core::schedule::Reminder;
use tauri::{AppHandle, Runtime};
use tokio::sync::Notify;

struct Desktop<R: Runtime>(AppHandle<R>);

impl<R: Runtime> Notifier for Desktop<R> {
    fn notify(&self, reminder: &Reminder) {
        let (title, body) = super::notice(&self.0, reminder, &TimeZone::system());
        // The reminder's content is the app's own text; no user text is logged.
        log::info!("showing a shift reminder");
        if let Err(e) = crate::system::notify(&self.0, &title, &body) {
            log::error!("could not show the shift reminder: {e}");
        }
    }
}

pub struct Delivery {
    changed: Arc<Notify>,
}

impl Delivery {
    pub fn start<R: Runtime>(app: &AppHandle<R>) -> Delivery {
        let changed = Arc::new(Notify::new());
        let source = app.clone();
        tauri::async_runtime::spawn(run(
            move || super::inputs(&source),
            SystemClock,
            Desktop(app.clone()),
            changed.clone(),
        ));
        Delivery { changed }
    }

    pub fn replan<R: Runtime>(&self, _app: &AppHandle<R>) {
        self.changed.notify_one();
    }
}
