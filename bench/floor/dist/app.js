// The same ready signal as Postvett: two animation frames after the first
// screen is in, tell Rust, which writes a monotonic timestamp.
requestAnimationFrame(() => requestAnimationFrame(() => window.__TAURI__.core.invoke("ready")));
