//! The real setup, plugins, commands and capabilities on Tauri's mock runtime:
//! `run_app` as in production, with the real `tauri.conf.json` and
//! `capabilities/` compiled in by `generate_context!`.

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{Manager, WebviewWindow};

use crate::{run_app, AppState};

fn invoke(webview: &WebviewWindow<MockRuntime>, cmd: &str, body: Value) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().unwrap(),
        body: InvokeBody::Json(body),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(webview, request).map(|r| r.deserialize::<Value>().unwrap())
}

#[test]
fn the_mock_runtime_runs_the_real_setup_commands_and_capabilities() {
    let dir = tempfile::tempdir().unwrap();
    // One app per process: the store is opened once per process.
    std::env::set_var(crate::state::DATA_DIR_ENV, dir.path());
    std::env::set_var("LC_ALL", "en_US.UTF-8");

    let mut app = run_app(mock_builder())
        .build(tauri::generate_context!())
        .unwrap();
    // Setup (config windows, then our setup hook) runs on the first iteration.
    #[allow(deprecated)] // a single iteration, never a loop
    app.run_iteration(|_, _| {});
    let webview = app
        .get_webview_window("main")
        .expect("the configured main window");

    // bootstrap: strings for the negotiated language, the bundled languages.
    let boot = invoke(&webview, "bootstrap", json!({})).unwrap();
    assert_eq!(boot["lang"], "en");
    assert_eq!(boot["languages"], json!(["en", "nb"]));
    assert_eq!(
        boot["strings"]["screen-checklist-title"],
        "Can I post this?"
    );
    assert_eq!(boot["chosen"], Value::Null);
    assert_eq!(boot["store_error"], Value::Null);

    // set_language persists the choice in the store and returns nb strings.
    let boot = invoke(&webview, "set_language", json!({"lang": "nb"})).unwrap();
    assert_eq!(boot["lang"], "nb");
    assert_eq!(boot["chosen"], "nb");
    assert_eq!(
        boot["strings"]["screen-checklist-title"],
        "Kan jeg poste dette?"
    );
    let state = app.state::<AppState>();
    let stored = state
        .store()
        .unwrap()
        .get(postvett_core::settings::LANGUAGE)
        .unwrap();
    assert_eq!(stored.as_deref(), Some("nb"));

    // An unknown language is refused with a typed, serialised error.
    let err = invoke(&webview, "set_language", json!({"lang": "de"})).unwrap_err();
    assert_eq!(err, json!({"code": "unknown-language", "lang": "de"}));

    // format: variables, and another language than the UI's.
    let text = invoke(
        &webview,
        "format",
        json!({"key": "error-title", "lang": "en"}),
    )
    .unwrap();
    assert_eq!(text, "Something went wrong");
    let err = invoke(&webview, "format", json!({"key": "no-such-id"})).unwrap_err();
    assert_eq!(err["code"], "unknown-message");

    // Back to "follow the phone": the key is removed again.
    let boot = invoke(&webview, "set_language", json!({"lang": null})).unwrap();
    assert_eq!(boot["chosen"], Value::Null);
    assert_eq!(boot["lang"], "en");

    // The reader: both documents, search, and a validated text size.
    let g = invoke(&webview, "guideline", json!({})).unwrap();
    assert_eq!(g["documents"].as_array().map(Vec::len), Some(2));
    assert_eq!(g["documents"][0]["number"], "D38049");
    let hits = invoke(&webview, "search", json!({"query": "confidentiality"})).unwrap();
    assert!(hits.as_array().is_some_and(|h| !h.is_empty()));
    invoke(&webview, "set_text_size", json!({"size": 2})).unwrap();
    let err = invoke(&webview, "set_text_size", json!({"size": 9})).unwrap_err();
    assert_eq!(err["code"], "invalid-input");
    assert_eq!(
        invoke(&webview, "bootstrap", json!({})).unwrap()["text_size"],
        2
    );

    // The checklist: a verdict with linked reasons, and nothing kept.
    let keys_before = state.store().unwrap().keys().unwrap();
    let questions = boot_questions(&webview);
    let mut answers: serde_json::Map<String, Value> =
        questions.iter().map(|q| (q.clone(), json!("no"))).collect();
    let ok = invoke(&webview, "checklist_verdict", json!({ "answers": answers })).unwrap();
    assert_eq!(ok["light"], "ok");
    answers.insert("background".into(), json!("yes"));
    let stop = invoke(&webview, "checklist_verdict", json!({ "answers": answers })).unwrap();
    assert_eq!(stop["light"], "stop");
    assert_eq!(
        stop["reasons"][0]["links"][0]["id"],
        "d38049-patients-photos"
    );
    let err = invoke(
        &webview,
        "checklist_verdict",
        json!({"answers": {"patient": "maybe"}}),
    );
    assert!(err.is_err(), "an unknown answer is refused");
    assert_eq!(
        state.store().unwrap().keys().unwrap(),
        keys_before,
        "a checklist run stores nothing"
    );

    // The decline message: rendered for copying; the name is remembered, cleaned.
    let d = invoke(
        &webview,
        "decline_message",
        json!({"input": {"platform": "linkedin", "name": "Kari", "lang": "en"}}),
    )
    .unwrap();
    assert!(d["text"].as_str().unwrap().ends_with("\nKind regards Kari"));
    let name = invoke(
        &webview,
        "set_decline_name",
        json!({"name": "  Åse\u{202e} Ø "}),
    )
    .unwrap();
    assert_eq!(name, "Åse Ø");
    assert_eq!(
        invoke(&webview, "bootstrap", json!({})).unwrap()["decline_name"],
        "Åse Ø"
    );
    let err = invoke(
        &webview,
        "set_decline_name",
        json!({"name": "x".repeat(81)}),
    )
    .unwrap_err();
    assert_eq!(err, json!({"code": "too-long", "field": "name", "max": 80}));
    invoke(&webview, "set_decline_name", json!({"name": ""})).unwrap();
    assert_eq!(
        invoke(&webview, "bootstrap", json!({})).unwrap()["decline_name"],
        ""
    );

    // A plugin command the capability does not grant is refused.
    let refused = invoke(
        &webview,
        "plugin:log|log",
        json!({"level": 3, "message": "x"}),
    );
    assert!(
        refused.is_err(),
        "the log plugin's command is not granted to the UI"
    );
}

/// Every permission the UI is granted, exactly. Adding one must change this test.
#[test]
fn the_capability_grants_exactly_these_permissions() {
    let cap: Value = serde_json::from_str(include_str!("../capabilities/default.json")).unwrap();
    assert_eq!(cap["windows"], json!(["main"]));
    let mut granted: Vec<String> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().or(p["identifier"].as_str()).unwrap().to_owned())
        .collect();
    granted.sort();
    assert_eq!(
        granted,
        [
            "allow-add-shift",
            "allow-bench-ready",
            "allow-bootstrap",
            "allow-checklist-verdict",
            "allow-decline-message",
            "allow-delete-signoff",
            "allow-dismiss-on-shift",
            "allow-format",
            "allow-guideline",
            "allow-record-signoff",
            "allow-remove-shift",
            "allow-reset-tips",
            "allow-search",
            "allow-set-decline-name",
            "allow-set-language",
            "allow-set-reminders",
            "allow-set-text-size",
            "allow-set-tip-done",
            "allow-shifts-view",
            "allow-signoffs-view",
            "allow-tips-view",
            "clipboard-manager:allow-write-text",
            "core:app:allow-register-listener",
            "notification:allow-is-permission-granted",
            "notification:allow-request-permission",
            "opener:allow-open-url",
        ]
    );
    // The opener may open exactly the addresses the content links to.
    let opener = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["identifier"] == "opener:allow-open-url")
        .unwrap();
    let urls: Vec<&str> = opener["allow"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["url"].as_str().unwrap())
        .collect();
    assert_eq!(urls, postvett_core::content::urls());
}

fn boot_questions(webview: &WebviewWindow<MockRuntime>) -> Vec<String> {
    invoke(webview, "bootstrap", json!({})).unwrap()["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q.as_str().unwrap().to_owned())
        .collect()
}
