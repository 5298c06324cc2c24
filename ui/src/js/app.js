// Start-up: fetch strings and views from Rust, wire the screens, start routing.

import { calls, inApp, invoke, leaveApp, onBackButton } from "./ipc.js";
import { onLanguage, start as startI18n } from "./i18n.js";
import { keepFocusInView } from "./focus.js";
import { showError } from "./notices.js";
import { back, start as startRouter } from "./router.js";
import * as accessibility from "./accessibility.js";
import * as checklist from "./checklist.js";
import * as decline from "./decline.js";
import * as guideline from "./guideline.js";
import * as mydata from "./mydata.js";
import * as photo from "./photo.js";
import * as settings from "./settings.js";
import * as shift from "./shift.js";
import * as signoff from "./signoff.js";
import * as tips from "./tips.js";

const scriptAt = performance.now(); // the modules are loaded and run

async function main() {
  if (!inApp) {
    document.getElementById("no-tauri").hidden = false;
    return;
  }
  // Notices come with every bootstrap: at start-up and after a language switch.
  onLanguage((_, boot) => boot.notices.forEach(showError));
  keepFocusInView();
  for (const screen of [settings, mydata, accessibility, checklist, photo, decline, tips, shift, signoff, guideline]) screen.init();
  const initAt = performance.now();
  const boot = await startI18n();
  const stringsAt = performance.now();
  startRouter();
  const shownAt = performance.now();
  // The Back button's listener is registered once the first screen is in
  // (one IPC round trip that the first screen does not wait for).
  onBackButton(() => {
    if (!back()) leaveApp();
  }).catch(() => {});
  document.documentElement.dataset.ready = "true";
  // The startup benchmark's signal: two frames after the first screen is in,
  // with the page's milestones (ms after navigation start) for bench/startup.
  if (boot.bench) {
    const routedAt = performance.now();
    const nav = performance.getEntriesByType("navigation")[0];
    requestAnimationFrame(() => {
      const frameAt = performance.now();
      requestAnimationFrame(() =>
        invoke("bench_ready", {
          marks: {
            "1-html-parsed": nav ? nav.domInteractive : 0,
            "2-modules-run": scriptAt,
            "3-screens-wired": initAt,
            "4-strings-in": stringsAt,
            "5-routed": routedAt,
            "5a-screen-shown": shownAt,
            "6-first-frame": frameAt,
            "7-second-frame": performance.now(),
            "ipc-calls": calls, // made before this one
          },
        }),
      );
    });
  }
}

main().catch(showError);
