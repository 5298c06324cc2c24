//! Linux: the clipboard, the browser and notifications through GTK and GIO
//! (already linked by the webview), and one instance per store through a
//! Unix socket ([`super::instance`]).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use gtk::{gdk, gio, glib, prelude::*};
use tauri::plugin::Builder as PluginBuilder;
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
/// start-up; painting the page on the CPU is faster on first and later
/// starts (docs/performance.md). So without a GPU
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

/// One running instance per store: a second launch asks the first to show
/// its window and ends; the first serves those requests.
///
/// This is settled before the app, its event loop and GTK exist, so a second
/// launch ends without a display connection or a thread of its own. Ending
/// it later, from a plugin's setup, raced tao's X11 input thread, which was
/// still starting while `exit` tore down the X libraries, which sometimes
/// segfaulted (SECURITY.md). `None` means this launch has handed over and ends.
pub fn single_instance<R: Runtime>(
    builder: Builder<R>,
    config: &tauri::Config,
) -> Option<Builder<R>> {
    match crate::state::store_dir(|| app_data_dir(config)) {
        Ok(store) => single_instance_at(builder, &instance::socket_beside(&store)),
        // The store cannot open either; the app starts and says so.
        Err(_) => Some(builder),
    }
}

/// [`single_instance`] for the socket at `socket`.
fn single_instance_at<R: Runtime>(builder: Builder<R>, socket: &Path) -> Option<Builder<R>> {
    match instance::claim(socket) {
        Ok(instance::Claim::Second) => None,
        Ok(instance::Claim::First(listener)) => Some(
            builder.plugin(
                PluginBuilder::<R>::new("postvett-instance")
                    .setup(move |app, _| {
                        let app = app.clone();
                        instance::serve(listener, move || {
                            let shown = app.clone();
                            let _ = app.run_on_main_thread(move || super::show_main_window(&shown));
                        });
                        Ok(())
                    })
                    .build(),
            ),
        ),
        // Not fatal: the store's own lock still keeps a second process from
        // writing it. The log is not running yet, so this goes to stderr.
        Err(e) => {
            eprintln!("Postvett: single-instance socket unavailable: {e}");
            Some(builder)
        }
    }
}

/// The app's data folder before the app exists, by Tauri's rule on Linux
/// (`PathResolver::app_data_dir`): the user's data folder (`$XDG_DATA_HOME`,
/// else `~/.local/share`) and the app's identifier. A test compares the two.
pub fn app_data_dir(config: &tauri::Config) -> Result<PathBuf, String> {
    dirs::data_dir()
        .map(|dir| dir.join(&config.identifier))
        .ok_or_else(|| "no home folder".to_owned())
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
    fn a_second_launch_hands_over_before_the_app_exists() {
        let dir = tempfile::tempdir().unwrap();
        let socket = instance::socket_beside(&dir.path().join("store"));
        let first = single_instance_at(tauri::test::mock_builder(), &socket);
        assert!(first.is_some(), "the first launch goes on to start the app");
        // The first launch's plugin serves the socket once the app is set up;
        // here a listener of the same kind stands in for that app.
        drop(first);
        let instance::Claim::First(listener) = instance::claim(&socket).unwrap() else {
            panic!("nobody serves the socket, so it is claimed again");
        };
        let (shown, asked) = std::sync::mpsc::channel();
        instance::serve(listener, move || shown.send(()).unwrap());
        assert!(
            single_instance_at(tauri::test::mock_builder(), &socket).is_none(),
            "the second launch ends"
        );
        asked
            .recv_timeout(std::time::Duration::from_secs(5))
            .expect("after asking the first to show itself");
    }

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
