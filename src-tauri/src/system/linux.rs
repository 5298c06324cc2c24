//! Linux: the clipboard, the browser and notifications through GTK and GIO
//! (already linked by the webview), and one instance per store through a
//! Unix socket ([`super::instance`]).

use std::collections::HashMap;
use std::path::Path;

use gtk::{gdk, gio, glib, prelude::*};
use tauri::plugin::{Builder as PluginBuilder, TauriPlugin};
use tauri::{AppHandle, Builder, Runtime};

use super::instance;

/// The freedesktop notification server: bus name, object path, interface.
const NOTIFICATIONS: (&str, &str, &str) = (
    "org.freedesktop.Notifications",
    "/org/freedesktop/Notifications",
    "org.freedesktop.Notifications",
);

/// WebKitGTK's switch for painting on the CPU instead of through OpenGL.
const CPU_PAINTING: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
/// Where the kernel lists GPUs that can render.
const RENDER_NODES: &str = "/dev/dri";

/// Runs first in the process, before the webview exists. On a machine with
/// no GPU (many virtual desktops and thin clients), OpenGL is Mesa's software
/// renderer, and WebKit compiling its shaders there is most of a first
/// start-up: 0.79 s against 0.34 s with the page painted on the CPU, which
/// is also faster on later starts (README, Performance). So without a GPU
/// render node, Postvett asks WebKit to paint on the CPU; with one, WebKit
/// keeps the GPU. A value the user set is left alone.
pub fn prepare_process() {
    if std::env::var_os(CPU_PAINTING).is_none() && !has_render_node(Path::new(RENDER_NODES)) {
        // Single-threaded still: nothing else reads the environment yet.
        std::env::set_var(CPU_PAINTING, "1");
    }
}

/// Whether `dri` lists a render node (`renderD128` …), i.e. a GPU that can render.
fn has_render_node(dri: &Path) -> bool {
    std::fs::read_dir(dri).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
    })
}

/// Plugins this platform needs: none (every service is GTK or GIO).
pub fn register<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
}

/// One running instance per store: a second launch hands over to the first
/// (which shows and focuses its window) and exits before its window opens.
pub fn single_instance<R: Runtime>() -> TauriPlugin<R> {
    PluginBuilder::new("postvett-instance")
        .setup(|app, _| {
            let socket = crate::state::data_dir(app)
                .map(|store| instance::socket_beside(&store))
                .map_err(|e| e.to_string())?;
            match instance::claim(&socket) {
                Ok(instance::Claim::Second) => {
                    log::info!("another instance has this store; it was asked to show itself");
                    std::process::exit(0);
                }
                Ok(instance::Claim::First(listener)) => {
                    let app = app.clone();
                    instance::serve(listener, move || {
                        let shown = app.clone();
                        let _ = app.run_on_main_thread(move || super::show_main_window(&shown));
                    });
                }
                // Not fatal: the store's own lock still keeps a second
                // process from writing it.
                Err(e) => log::warn!("single-instance socket unavailable: {e}"),
            }
            Ok(())
        })
        .build()
}

/// Puts text on the clipboard, on GTK's main loop (GTK serves it from there).
pub fn copy_text<R: Runtime>(_app: &AppHandle<R>, text: String) -> Result<(), String> {
    if !gtk::is_initialized() {
        return Err("no display: GTK is not running".into());
    }
    glib::MainContext::default().invoke(move || {
        gtk::Clipboard::get(&gdk::SELECTION_CLIPBOARD).set_text(&text);
    });
    Ok(())
}

/// Opens `url` with the user's default handler (the browser).
pub fn open_url<R: Runtime>(_app: &AppHandle<R>, url: &str) -> Result<(), String> {
    gio::AppInfo::launch_default_for_uri(url, gio::AppLaunchContext::NONE)
        .map_err(|e| e.to_string())
}

/// Desktop Linux shows notifications without asking.
pub async fn notifications_allowed<R: Runtime>(_app: &AppHandle<R>) -> bool {
    true
}

/// How long a `Notify` call may wait for the notification server. It runs on
/// the reminder loop's task, which a hung server must not hold for D-Bus's
/// default of 25 s; a working server answers within milliseconds.
const NOTIFY_TIMEOUT_MS: i32 = 5_000;

/// Shows a notification: a `Notify` call to the session bus's notification
/// server, on GIO's shared connection, which stays open for the process's
/// life (GNOME closes a notification when its sender's connection goes).
pub fn notify<R: Runtime>(app: &AppHandle<R>, title: &str, body: &str) -> Result<(), String> {
    let args = notify_args(&app.config().identifier, title, body);
    let (name, path, interface) = NOTIFICATIONS;
    gio::bus_get_sync(gio::BusType::Session, gio::Cancellable::NONE)
        .and_then(|bus| {
            bus.call_sync(
                Some(name),
                path,
                interface,
                "Notify",
                Some(&args),
                Some(&<(u32,)>::static_variant_type()),
                gio::DBusCallFlags::NONE,
                NOTIFY_TIMEOUT_MS,
                gio::Cancellable::NONE,
            )
        })
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// The `Notify` arguments (`susssasa{sv}i`): the app's id as its name, no
/// replaced notification, no icon, the title and body, no actions, no hints,
/// and the server's default timeout.
fn notify_args(app_name: &str, title: &str, body: &str) -> glib::Variant {
    let actions: Vec<String> = Vec::new();
    let hints: HashMap<String, glib::Variant> = HashMap::new();
    (app_name, 0u32, "", title, body, actions, hints, -1i32).to_variant()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_notify_call_carries_the_freedesktop_signature_and_the_text() {
        let args = notify_args(
            "no.postvett.app",
            "Slå av stedstjenester",
            "Vakten starter 07:00.",
        );
        assert_eq!(args.type_().as_str(), "(susssasa{sv}i)");
        assert_eq!(
            args.child_value(0).get::<String>().as_deref(),
            Some("no.postvett.app")
        );
        assert_eq!(args.child_value(1).get::<u32>(), Some(0));
        assert_eq!(args.child_value(2).get::<String>().as_deref(), Some(""));
        assert_eq!(
            args.child_value(3).get::<String>().as_deref(),
            Some("Slå av stedstjenester")
        );
        assert_eq!(
            args.child_value(4).get::<String>().as_deref(),
            Some("Vakten starter 07:00.")
        );
        assert_eq!(args.child_value(5).n_children(), 0);
        assert_eq!(args.child_value(6).n_children(), 0);
        assert_eq!(args.child_value(7).get::<i32>(), Some(-1));
    }

    #[test]
    fn only_a_render_node_counts_as_a_gpu() {
        let dri = tempfile::tempdir().unwrap();
        assert!(!has_render_node(&dri.path().join("missing")), "no /dev/dri");
        assert!(!has_render_node(dri.path()), "an empty /dev/dri");
        std::fs::write(dri.path().join("card0"), "").unwrap();
        assert!(!has_render_node(dri.path()), "a display-only card");
        std::fs::write(dri.path().join("renderD128"), "").unwrap();
        assert!(has_render_node(dri.path()));
    }

    #[test]
    fn without_gtk_the_clipboard_says_it_could_not_rather_than_panic() {
        // Unit tests never start GTK (the app's event loop does).
        let app = tauri::test::mock_app();
        assert!(copy_text(app.handle(), "Hei".into()).is_err());
    }
}
