//! Desktop entry point; the app itself is in the library so mobile can share it.
// Prevents an additional console window on Windows in release.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    postvett_lib::run()
}
