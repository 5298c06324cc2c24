//! The Tauri shell around `postvett-core`: the window, plugins, managed state
//! and commands. It holds no logic of its own; every command maps onto a core
//! call. `run_app` is shared by the real entry point and the mock-runtime
//! tests, so both run the same setup.

mod bench;
mod commands;
mod commands_schedule;
mod commands_signoff;
mod error;
mod reminders;
mod state;

#[cfg(desktop)]
use tauri::Manager;
use tauri::{Builder, Runtime};

pub use error::AppError;
pub use state::AppState;

/// The app's entry point on desktop and mobile.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let builder = tauri::Builder::default();
    // A second launch on desktop focuses the first window and exits, so two
    // processes never share the store. It works at process level (a D-Bus
    // name on Linux), so it is registered here, first, and not in `run_app`,
    // which the mock-runtime tests also run.
    #[cfg(desktop)]
    let builder = builder.plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.unminimize();
            let _ = window.show();
            let _ = window.set_focus();
        }
    }));
    let result = run_app(builder).run(tauri::generate_context!());
    if let Err(e) = result {
        // Nothing else can show it: the window never opened.
        eprintln!("Postvett could not start: {e}");
        std::process::exit(1);
    }
}

/// Plugins, state and commands for any runtime (the real one or the mock).
pub fn run_app<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(
            tauri_plugin_log::Builder::new()
                .level(log::LevelFilter::Info)
                .build(),
        )
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_clipboard_manager::init())
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            state::manage(app.handle());
            reminders::start(app.handle());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::bootstrap,
            commands::set_language,
            commands::format,
            commands::guideline,
            commands::search,
            commands::set_text_size,
            commands::checklist_verdict,
            commands::decline_message,
            commands::set_decline_name,
            commands_schedule::tips_view,
            commands_schedule::set_tip_done,
            commands_schedule::reset_tips,
            commands_schedule::shifts_view,
            commands_schedule::add_shift,
            commands_schedule::remove_shift,
            commands_schedule::set_reminders,
            commands_schedule::dismiss_on_shift,
            commands_signoff::signoffs_view,
            commands_signoff::record_signoff,
            commands_signoff::delete_signoff,
            bench::bench_ready,
        ])
}

#[cfg(test)]
mod tests;
