//! Generates the Tauri context and the app's own command permissions
//! (`allow-<command>`), so capabilities can grant exactly the commands the UI
//! calls and nothing else. The command list is read from the sources (every
//! `#[tauri::command]`, with or without arguments, in `src/commands/`, and in
//! a `test-hooks` build `src/bench.rs`), so it cannot fall behind them.
//!
//! The capabilities are `capabilities/*.json`; a `test-hooks` build also
//! takes `capabilities/test-hooks/`, which grants what only test builds have.

use std::path::Path;

/// The names of the `#[tauri::command]` functions in `source`: public in
/// any form (`pub`, `pub(crate)`), sync or async, the attribute with or
/// without arguments.
fn commands(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut tagged = false;
    for line in source.lines().map(str::trim) {
        if line == "#[tauri::command]" || line.starts_with("#[tauri::command(") {
            tagged = true;
        } else if tagged && !line.starts_with("#[") {
            // The first line after the attribute (and any others) is the
            // function; a private one is no command the UI can be granted.
            let visible = line
                .strip_prefix("pub ")
                .or_else(|| line.strip_prefix("pub(crate) "))
                .or_else(|| line.strip_prefix("pub(super) "));
            let signature = visible.map(|rest| rest.strip_prefix("async ").unwrap_or(rest));
            if let Some(rest) = signature.and_then(|rest| rest.strip_prefix("fn ")) {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                out.push(name);
            }
            tagged = false;
        }
    }
    out
}

fn main() {
    // The UI is embedded from ../ui/dist; rebuild when any of it changes.
    println!("cargo:rerun-if-changed=../ui");
    let mut files: Vec<_> = std::fs::read_dir("src/commands")
        .map(|dir| dir.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    let hooks = std::env::var_os("CARGO_FEATURE_TEST_HOOKS").is_some();
    if hooks {
        files.push(Path::new("src/bench.rs").to_path_buf());
    }
    files.sort();
    let mut names = Vec::new();
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let source = std::fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("reading {}: {e}", file.display()));
        names.extend(commands(&source));
    }
    // tauri-build takes a `'static` list; a build script runs once, so leak it.
    let names: Vec<&'static str> = names
        .into_iter()
        .map(|n| &*Box::leak(n.into_boxed_str()))
        .collect();
    let manifest = tauri_build::AppManifest::new().commands(Box::leak(names.into_boxed_slice()));
    println!("cargo:rerun-if-changed=capabilities");
    let capabilities = if hooks {
        "./capabilities/**/*.json"
    } else {
        "./capabilities/*.json"
    };
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(manifest)
            .capabilities_path_pattern(capabilities),
    )
    .unwrap_or_else(|e| panic!("tauri build step failed: {e:#}"));
    // The scanner's own check, run with every build (a build script has
    // no test harness of its own).
    scanner_self_test();
}

/// The scanner finds every form a command takes, and nothing else.
fn scanner_self_test() {
    let source = "
        #[tauri::command]
        pub fn plain() {}
        #[tauri::command]
        pub async fn later(x: u8) {}
        #[tauri::command(rename_all = \"snake_case\")]
        pub(crate) fn with_arguments() {}
        #[tauri::command]
        #[allow(clippy::needless_pass_by_value)]
        pub fn after_another_attribute() {}
        pub fn not_a_command() {}
        #[tauri::command]
        fn private_is_not_one_either() {}
        pub fn nor_this() {}
    ";
    assert_eq!(
        commands(source),
        [
            "plain",
            "later",
            "with_arguments",
            "after_another_attribute"
        ],
        "the command scanner"
    );
}
