//! Generates the Tauri context and the app's own command permissions
//! (`allow-<command>`), so capabilities can grant exactly the commands the UI
//! calls and nothing else.

fn main() {
    // The UI is embedded from ../ui/dist; rebuild when any of it changes.
    println!("cargo:rerun-if-changed=../ui");
    let manifest = tauri_build::AppManifest::new().commands(&[
        "bootstrap",
        "set_language",
        "format",
        "copy_text",
        "guideline",
        "search",
        "set_text_size",
        "open_link",
        "checklist_verdict",
        "decline_message",
        "set_decline_name",
        "tips_view",
        "set_tip_done",
        "reset_tips",
        "shifts_view",
        "add_shift",
        "remove_shift",
        "set_reminders",
        "dismiss_on_shift",
        "signoffs_view",
        "record_signoff",
        "delete_signoff",
        "bench_ready",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .unwrap_or_else(|e| panic!("tauri build step failed: {e:#}"));
}
