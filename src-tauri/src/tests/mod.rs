//! The real setup, plugins, commands and capabilities on Tauri's mock runtime:
//! `run_app` as in production, with the real `tauri.conf.json` and
//! `capabilities/` compiled in by `generate_context!`. One file per command
//! area; each calls its commands with valid and with invalid input.
//!
//! A process can build one app (the log plugin sets the global logger once,
//! and the store is opened once per process), so one test builds it and runs
//! every area's checks on it in turn; a failure names its area's function.

mod app;
mod checklist;
mod decline;
mod my_data;
mod photo;
mod reader;
mod shifts;
mod signoff;
mod tips;

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow};

use crate::{run_app, AppState};

/// The clipboard on the mock runtime: GTK (Linux) or the clipboard plugin
/// (elsewhere) is never started there, whatever `DISPLAY` says, so a copy
/// command ends in the shell's own "clipboard" error after doing its work
/// (rendering, finding the record). The e2e tests read the real clipboard.
pub fn assert_clipboard_refused(e: &Value) {
    assert_eq!(e["code"], "clipboard", "{e}");
    assert!(e["detail"].as_str().is_some_and(|d| !d.is_empty()), "{e}");
}

/// A built mock app and its main window.
pub struct Mock {
    pub app: App<MockRuntime>,
    pub webview: WebviewWindow<MockRuntime>,
}

impl Mock {
    /// Calls a command as the UI would; `Err` holds the serialised error.
    pub fn call(&self, cmd: &str, body: Value) -> Result<Value, Value> {
        self.call_with(cmd, InvokeBody::Json(body))
    }

    /// Calls a command with a body of any kind (a photo's raw bytes).
    pub fn call_with(&self, cmd: &str, body: InvokeBody) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body,
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.webview, request).map(|r| r.deserialize::<Value>().unwrap())
    }

    pub fn ok(&self, cmd: &str, body: Value) -> Value {
        self.call(cmd, body)
            .unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }

    pub fn err(&self, cmd: &str, body: Value) -> Value {
        match self.call(cmd, body) {
            Ok(v) => panic!("{cmd} succeeded with {v}"),
            Err(e) => e,
        }
    }

    pub fn state(&self) -> tauri::State<'_, AppState> {
        self.app.state::<AppState>()
    }

    /// Every stored key, as (tree, key).
    pub fn keys(&self) -> Vec<(String, String)> {
        self.state().store().unwrap().keys().unwrap()
    }
}

/// Builds the app once for this process, on a fresh data folder.
fn mock() -> Mock {
    let dir = tempfile::tempdir().unwrap();
    std::env::set_var(crate::hooks::DATA_DIR_ENV, dir.path());
    std::env::set_var("LC_ALL", "en_US.UTF-8");
    // The folder must outlive the app, which lives until the process ends.
    std::mem::forget(dir);
    let mut app = run_app(mock_builder())
        .build(tauri::generate_context!())
        .unwrap();
    // Setup (config windows, then our setup hook) runs on the first iteration.
    #[allow(deprecated)] // a single iteration, never a loop
    app.run_iteration(|_, _| {});
    let webview = app
        .get_webview_window("main")
        .expect("the configured main window");
    Mock { app, webview }
}

#[test]
fn every_command_with_valid_and_invalid_input_on_the_real_setup() {
    let m = mock();
    app::bootstrap_and_the_language_choice(&m);
    app::format_fills_an_errors_details_in_a_language(&m);
    reader::the_reader_view_search_and_text_size(&m);
    reader::open_link_opens_only_the_contents_links(&m);
    checklist::each_step_is_drawn_and_nothing_kept(&m);
    decline::the_message_and_the_remembered_name(&m);
    photo::a_photo_is_read_searched_and_saved_clean_and_nothing_kept(&m);
    tips::ticks_are_kept_counted_and_cleared(&m);
    shifts::shifts_are_added_summarised_and_removed(&m);
    signoff::sign_offs_are_recorded_listed_and_deleted(&m);
    malformed_arguments_answer_in_the_one_error_shape(&m);
    my_data::delete_my_data_and_the_copies_set_aside(&m);
    refused_commands(&m);
    #[cfg(target_os = "linux")]
    the_data_folder_found_before_start_is_tauris(&m);
}

/// An argument that does not decode is the core's `invalid-input` naming
/// it, like every other failure, never Tauri's plain string.
fn malformed_arguments_answer_in_the_one_error_shape(m: &Mock) {
    for (cmd, body, field) in [
        ("set_text_size", json!({"size": "large"}), "size"),
        ("set_text_size", json!({}), "size"),
        ("set_language", json!({"lang": 7}), "lang"),
        ("add_shift", json!({"input": {"kind": ["weekly"]}}), "input"),
        (
            "set_reminders",
            json!({"enabled": true, "leadMinutes": -5}),
            "leadMinutes",
        ),
        (
            "checklist_step",
            json!({"situation": "photo", "answers": "yes"}),
            "answers",
        ),
        ("photo_save", json!({"regions": [{"x": "left"}]}), "regions"),
        ("search", json!({"query": null}), "query"),
    ] {
        let e = m.err(cmd, body.clone());
        assert_eq!(e["code"], "invalid-input", "{cmd} {body}: {e}");
        assert_eq!(e["field"], field, "{cmd} {body}: {e}");
        // Serde's message, which may quote what was sent, stays out.
        assert!(
            !e.to_string().contains("large") && !e.to_string().contains("left"),
            "{e}"
        );
    }
}

/// The single-instance check finds the store before the app exists, so it
/// follows Tauri's rule for the app's data folder; it must agree with Tauri.
#[cfg(target_os = "linux")]
fn the_data_folder_found_before_start_is_tauris(m: &Mock) {
    assert_eq!(
        crate::system::app_data_dir(m.app.config()),
        m.app.path().app_data_dir().map_err(|e| e.to_string())
    );
}

/// Every permission the UI is granted, exactly. Adding one must change this test.
#[test]
fn the_capability_grants_exactly_these_permissions() {
    let cap: Value = serde_json::from_str(include_str!("../../capabilities/default.json")).unwrap();
    assert_eq!(cap["windows"], json!(["main"]));
    let mut granted: Vec<String> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_owned())
        .collect();
    granted.sort();
    assert_eq!(
        granted,
        [
            "allow-add-shift",
            "allow-bootstrap",
            "allow-checklist-step",
            "allow-copy-decline",
            "allow-copy-receipt",
            "allow-decline-message",
            "allow-delete-my-data",
            "allow-delete-signoff",
            "allow-dismiss-on-shift",
            "allow-format",
            "allow-guideline",
            "allow-leave-app",
            "allow-notifications-allowed",
            "allow-on-shift",
            "allow-open-link",
            "allow-photo-close",
            "allow-photo-faces",
            "allow-photo-open",
            "allow-photo-save",
            "allow-record-signoff",
            "allow-remove-set-aside",
            "allow-remove-shift",
            "allow-reset-tips",
            "allow-search",
            "allow-search-marks",
            "allow-set-decline-name",
            "allow-set-language",
            "allow-set-reminders",
            "allow-set-text-size",
            "allow-set-tip-done",
            "allow-shifts-view",
            "allow-signoffs-view",
            "allow-tips-view",
            "core:app:allow-register-listener",
        ]
    );
}

/// The page's CSP, exactly: its own files and Tauri's IPC, and pictures
/// from `blob:` besides (the photo check shows the picked photo from an
/// object URL), and nothing else.
#[test]
fn the_csp_allows_self_ipc_and_blob_pictures_only() {
    let conf: Value = serde_json::from_str(include_str!("../../tauri.conf.json")).unwrap();
    // Tauri's API is bundled into the page (ui/src/js/ipc.js), not offered
    // to any script as a global.
    assert_eq!(conf["app"]["withGlobalTauri"], false);
    assert_eq!(
        conf["app"]["security"]["csp"],
        json!({
            "default-src": "'self'",
            "connect-src": "ipc: http://ipc.localhost",
            "script-src": "'self'",
            "style-src": "'self'",
            "img-src": "'self' blob:",
            "font-src": "'self'",
            "object-src": "'none'",
            "base-uri": "'none'",
            "form-action": "'none'",
            "frame-ancestors": "'none'"
        })
    );
}

/// A test build's extra capability grants the benchmark's signal and
/// nothing else; build.rs takes it only into `test-hooks` builds.
#[test]
fn the_test_hooks_capability_grants_only_the_benchmark_signal() {
    let cap: Value =
        serde_json::from_str(include_str!("../../capabilities/test-hooks/bench.json")).unwrap();
    assert_eq!(cap["windows"], json!(["main"]));
    assert_eq!(cap["permissions"], json!(["allow-bench-ready"]));
}

/// Commands the capability does not grant are refused.
fn refused_commands(m: &Mock) {
    for (cmd, body) in [
        ("plugin:log|log", json!({"level": 3, "message": "x"})),
        ("plugin:window|close", json!({"label": "main"})),
        ("plugin:clipboard-manager|read_text", json!({})),
        ("plugin:fs|read_file", json!({"path": "/etc/hostname"})),
        (
            "plugin:fs|write_file",
            json!({"path": "/tmp/x", "data": [1]}),
        ),
        ("plugin:dialog|save", json!({"options": {}})),
        ("plugin:dialog|open", json!({"options": {}})),
        // Not in a build without `test-hooks`, as this test's is.
        ("bench_ready", json!({})),
        ("plugin:clipboard-manager|write_text", json!({"text": "x"})),
        (
            "plugin:opener|open_url",
            json!({"url": "https://slettmeg.no/"}),
        ),
    ] {
        assert!(m.call(cmd, body).is_err(), "{cmd} is not granted to the UI");
    }
}
