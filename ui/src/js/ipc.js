// The one door to Rust. Every call goes through invoke(); errors arrive as
// {code, ...} objects from the core and are passed on unchanged so the caller
// can show the localised `error-<code>` message.

const tauri = window.__TAURI__;

/** True when the page runs inside the Postvett app (not a plain browser). */
export const inApp = Boolean(tauri && tauri.core);

/** Calls a Rust command; rejects with `{code, ...}`. */
export async function invoke(command, args = {}) {
  if (!inApp) throw { code: "unexpected" };
  try {
    return await tauri.core.invoke(command, args);
  } catch (e) {
    throw e && typeof e === "object" && e.code ? e : { code: "unexpected", detail: String(e) };
  }
}

/** Registers the Android Back button handler, where the platform has one. */
export async function onBackButton(handler) {
  const app = tauri && tauri.app;
  if (!app || typeof app.onBackButtonPress !== "function") return;
  try {
    await app.onBackButtonPress(handler);
  } catch {
    // Desktop has no back button; the listener is refused there.
  }
}
