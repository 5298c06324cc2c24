//! The Tauri shell around `postvett-core`: the window, plugins, managed state
//! and commands. It holds no logic of its own; every command maps onto a core
//! call. `run_app` is shared by the real entry point and the mock-runtime
//! tests, so both run the same setup.

mod arg;
#[cfg(feature = "test-hooks")]
mod bench;
mod commands;
mod error;
mod hooks;
mod reminders;
mod state;
mod system;

use tauri::{Builder, Runtime};

pub use error::{AppError, ShellError};
pub use state::AppState;

/// The app's entry point on desktop and mobile.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    system::prepare_process();
    let context = tauri::generate_context!();
    let builder = tauri::Builder::default();
    // A second launch on desktop focuses the first window and ends, so two
    // processes never share the store. It works at process level, so it is
    // settled here, first, and not in `run_app`, which the mock-runtime
    // tests also run.
    #[cfg(desktop)]
    let Some(builder) = system::single_instance(builder, context.config()) else {
        return;
    };
    let result = run_app(builder).run(context);
    if let Err(e) = result {
        // Nothing else can show it: the window never opened.
        eprintln!("Postvett could not start: {e}");
        std::process::exit(1);
    }
}

/// Plugins, state and commands for any runtime (the real one or the mock).
pub fn run_app<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    system::register(
        builder
            .plugin(
                tauri_plugin_log::Builder::new()
                    .level(log::LevelFilter::Info)
                    .build(),
            )
            // The photo check's save dialog and the writing of the copy,
            // called from Rust only (src/system/save.rs).
            .plugin(tauri_plugin_fs::init())
            .plugin(tauri_plugin_dialog::init()),
    )
    .setup(|app| {
        state::manage(app.handle());
        reminders::start(app.handle());
        Ok(())
    })
    .invoke_handler(tauri::generate_handler![
        commands::app::bootstrap,
        commands::app::set_language,
        commands::app::format,
        commands::app::leave_app,
        commands::my_data::delete_my_data,
        commands::my_data::remove_set_aside,
        commands::reader::guideline,
        commands::reader::search,
        commands::reader::search_marks,
        commands::reader::set_text_size,
        commands::reader::open_link,
        commands::checklist::checklist_step,
        commands::decline::decline_message,
        commands::decline::set_decline_name,
        commands::decline::copy_decline,
        commands::photo::photo_open,
        commands::photo::photo_faces,
        commands::photo::photo_save,
        commands::photo::photo_close,
        commands::tips::tips_view,
        commands::tips::set_tip_done,
        commands::tips::reset_tips,
        commands::shifts::shifts_view,
        commands::shifts::add_shift,
        commands::shifts::remove_shift,
        commands::shifts::set_reminders,
        commands::shifts::notifications_allowed,
        commands::shifts::on_shift,
        commands::shifts::dismiss_on_shift,
        commands::signoff::signoffs_view,
        commands::signoff::record_signoff,
        commands::signoff::delete_signoff,
        commands::signoff::copy_receipt,
        #[cfg(feature = "test-hooks")]
        bench::bench_ready,
    ])
}

#[cfg(test)]
mod tests;
