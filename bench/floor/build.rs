//! Generates the floor app's context; its only command is `ready`.
fn main() {
    println!("cargo:rerun-if-changed=dist");
    let manifest = tauri_build::AppManifest::new().commands(&["ready"]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .unwrap_or_else(|e| panic!("tauri build step failed: {e:#}"));
}
