// Test-only (the Chromium lane; see postvett-mock.rs). In the app, Tauri
// injects `window.__TAURI_INTERNALS__`, which the page's bundled
// @tauri-apps/api calls; in a plain browser this stands in for the part the
// page uses: `invoke`, and the callbacks behind a Channel. Each call is
// POSTed to http://ipc.localhost, as Tauri's own IPC does on Android, and
// answered by the app's real commands on Tauri's mock runtime. It stands in
// for Android's Back button too: the page's `onBackButtonPress` registers
// its handler (`plugin:app|register_listener` with a Channel), and
// `__postvettPressBack()` sends that Channel what Android sends when Back is
// pressed.
(() => {
  const callbacks = new Map();
  let nextId = 1;
  const transformCallback = (callback, once = false) => {
    const id = nextId++;
    callbacks.set(id, (message) => {
      if (once) callbacks.delete(id);
      callback(message);
    });
    return id;
  };
  const unregisterCallback = (id) => callbacks.delete(id);
  let back = null; // { id, index }: the Back listener's Channel
  const invoke = async (cmd, args = {}) => {
    if (cmd === "plugin:app|register_listener" && args.event === "back-button") {
      back = { id: args.handler.id, index: 0 };
      return null;
    }
    const r = await fetch(`http://ipc.localhost/${encodeURIComponent(cmd)}`, {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: JSON.stringify(args),
    });
    const body = await r.json();
    if (r.ok) return body;
    throw body;
  };
  window.__postvettPressBack = () => {
    const deliver = back && callbacks.get(back.id);
    if (!deliver) throw new Error("the page registered no Back handler");
    deliver({ index: back.index++, message: { canGoBack: history.length > 1 } });
  };
  Object.defineProperty(window, "__TAURI_INTERNALS__", {
    value: Object.freeze({ invoke, transformCallback, unregisterCallback }),
  });
})();
