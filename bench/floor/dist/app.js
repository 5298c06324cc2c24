// The same ready signal as Postvett: two animation frames after the first
// screen is in, tell Rust, which writes a monotonic timestamp, and the same
// page milestones (ms after navigation start) where the floor has them.
const nav = performance.getEntriesByType("navigation")[0];
const scriptAt = performance.now();
requestAnimationFrame(() => {
  const frame1 = performance.now();
  requestAnimationFrame(() =>
    window.__TAURI__.core.invoke("ready", {
      marks: {
        "1-html-parsed": nav ? nav.domInteractive : 0,
        "2-modules-run": scriptAt,
        "6-first-frame": frame1,
        "7-second-frame": performance.now(),
      },
    }),
  );
});
