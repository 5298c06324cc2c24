//! A test notification server: owns `org.freedesktop.Notifications` on the
//! session bus (the private one `dbus-run-session` gives the e2e run) and
//! records every `Notify` call, so a test can assert that the app sent a real
//! D-Bus notification with the right title and body. Without a server the
//! app's call would have no receiver.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use zbus::zvariant::OwnedValue;

/// One recorded `Notify` call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub app_name: String,
    pub summary: String,
    pub body: String,
}

#[derive(Clone, Default)]
struct Server {
    calls: Arc<Mutex<Vec<Notification>>>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Server {
    #[allow(clippy::too_many_arguments)] // the D-Bus signature susssasa{sv}i
    fn notify(
        &self,
        app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        _actions: Vec<String>,
        _hints: HashMap<String, OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut calls = self.calls.lock().unwrap_or_else(|p| p.into_inner());
        calls.push(Notification {
            app_name,
            summary,
            body,
        });
        u32::try_from(calls.len()).unwrap_or(u32::MAX)
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["body".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "postvett-e2e".into(),
            "postvett".into(),
            "1".into(),
            "1.2".into(),
        )
    }

    fn close_notification(&self, _id: u32) {}
}

/// The running server; dropping it releases the name.
pub struct NotificationServer {
    _connection: zbus::Connection,
    calls: Arc<Mutex<Vec<Notification>>>,
}

impl NotificationServer {
    pub async fn start() -> crate::Result<NotificationServer> {
        let server = Server::default();
        let calls = server.calls.clone();
        let connection = zbus::connection::Builder::session()?
            .name("org.freedesktop.Notifications")?
            .serve_at("/org/freedesktop/Notifications", server)?
            .build()
            .await?;
        Ok(NotificationServer {
            _connection: connection,
            calls,
        })
    }

    /// Every `Notify` call received so far.
    pub fn calls(&self) -> Vec<Notification> {
        self.calls.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}
