// Test-only (the Chromium lane; see postvett-mock.rs). In the app, Tauri
// injects its own scripts and `window.__TAURI__`; in a plain browser this
// stands in for the part the UI uses (ui/src/js/ipc.js): `core.invoke`.
// Each call is POSTed to http://ipc.localhost,
// as Tauri's own IPC does on Android, and answered by the app's real commands
// on Tauri's mock runtime. It carries calls, and stands in for Android's Back
// button: `__postvettPressBack()` calls the handler the page registered with
// `app.onBackButtonPress`, as Android does when Back is pressed.
(() => {
  const invoke = async (cmd, args = {}) => {
    const r = await fetch(`http://ipc.localhost/${encodeURIComponent(cmd)}`, {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: JSON.stringify(args),
    });
    const body = await r.json();
    if (r.ok) return body;
    throw body;
  };
  let backHandler = null;
  const onBackButtonPress = async (handler) => {
    backHandler = handler;
  };
  window.__postvettPressBack = () => {
    if (!backHandler) throw new Error("the page registered no Back handler");
    backHandler({ canGoBack: history.length > 1 });
  };
  window.__TAURI__ = Object.freeze({
    core: Object.freeze({ invoke }),
    app: Object.freeze({ onBackButtonPress }),
  });
})();
