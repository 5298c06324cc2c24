// The one door to Rust and the platform. Every call goes through here;
// errors arrive as {code, field?, ...} objects (the core's or the shell's,
// see src-tauri/src/error.rs) and are passed on unchanged so the caller can
// show the localised `error-<code>` message, at its field when it names one.
// A failure that carries no code becomes the shell's "unexpected".
//
// Tauri's JavaScript API is imported from @tauri-apps/api and bundled with
// the page (withGlobalTauri is off), so no Tauri global stands on `window`
// for other script to use; the API talks to the internals Tauri injects.

import { invoke as tauriInvoke } from "@tauri-apps/api/core";
import { onBackButtonPress } from "@tauri-apps/api/app";

/** True when the page runs inside the Postvett app (not a plain browser). */
export const inApp = Boolean(window.__TAURI_INTERNALS__);

const asError = (e) => (e && typeof e === "object" && e.code ? e : { code: "unexpected", detail: String(e) });

/** How many commands the page has called (the startup benchmark reports
 *  the number made before the first screen is ready). */
export let calls = 0;

/** Calls a Rust command; rejects with `{code, ...}`. */
export async function invoke(command, args = {}) {
  if (!inApp) throw { code: "unexpected" };
  calls += 1;
  try {
    return await tauriInvoke(command, args);
  } catch (e) {
    throw asError(e);
  }
}

/** Opens a link of the content in the system browser. */
export const openLink = (url) => invoke("open_link", { url });

/** Whether the app may show notifications; Rust asks the user the first
 *  time where the platform asks (Android 13+, iOS). */
export const notificationsAllowed = () => invoke("notifications_allowed").catch(() => false);

/** Registers the Android Back button handler, where the platform has one. */
export async function onBackButton(handler) {
  if (!inApp) return;
  try {
    await onBackButtonPress(handler);
  } catch {
    // Desktop has no back button; the listener is refused there.
  }
}

/** Leaves the app (Android Back at the first screen). */
export const leaveApp = () => invoke("leave_app").catch(() => {});
