//! Generates the Tauri context and the app's own command permissions
//! (`allow-<command>`), so capabilities can grant exactly the commands the UI
//! calls and nothing else. The command list is read from the sources (every
//! `#[tauri::command]` in `src/commands/` and `src/bench.rs`), so it cannot
//! fall behind them.

use std::path::Path;

/// The names of the `#[tauri::command]` functions in `source`.
fn commands(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut tagged = false;
    for line in source.lines().map(str::trim) {
        if line == "#[tauri::command]" {
            tagged = true;
        } else if tagged {
            let signature = line.strip_prefix("pub async fn ");
            if let Some(rest) = signature.or_else(|| line.strip_prefix("pub fn ")) {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                out.push(name);
                tagged = false;
            }
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
    files.push(Path::new("src/bench.rs").to_path_buf());
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
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .unwrap_or_else(|e| panic!("tauri build step failed: {e:#}"));
}
