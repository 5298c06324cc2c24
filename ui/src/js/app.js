// Start-up: fetch strings from Rust, wire the screens, start routing.

import { inApp, invoke, onBackButton } from "./ipc.js";
import { start as startI18n } from "./i18n.js";
import { showError } from "./notices.js";
import { back, start as startRouter } from "./router.js";
import * as checklist from "./checklist.js";
import * as decline from "./decline.js";
import * as reader from "./reader.js";
import * as settings from "./settings.js";
import * as shift from "./shift.js";
import * as signoff from "./signoff.js";
import * as tips from "./tips.js";

async function main() {
  if (!inApp) {
    document.getElementById("no-tauri").hidden = false;
    return;
  }
  settings.init();
  checklist.init();
  decline.init();
  tips.init();
  shift.init();
  signoff.init();
  reader.init();
  const boot = await startI18n();
  if (boot.store_error) showError(boot.store_error);
  if (boot.store_recovered) showError({ code: "store-recovered" });
  startRouter();
  await onBackButton(() => {
    if (!back()) window.__TAURI__.window?.getCurrentWindow?.().close();
  });
  document.documentElement.dataset.ready = "true";
  // The startup benchmark's signal: two frames after the first screen painted.
  if (boot.bench) requestAnimationFrame(() => requestAnimationFrame(() => invoke("bench_ready")));
}

main().catch(showError);
