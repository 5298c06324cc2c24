// The decline message: pick the platform, type your name (remembered on this
// phone), pick the message's language, see exactly what will be copied, and
// copy it in one tap. The platforms, the languages and the remembered name
// come with the bootstrap; the text and its checks come from Rust.

import { clear, el } from "./dom.js";
import { invoke } from "./ipc.js";
import { errorMessage, language, onLanguage, t } from "./i18n.js";
import { announce, clearFieldErrors, placeAtField, showAtField } from "./notices.js";
import { loadWhenOpen } from "./router.js";

const $ = (id) => document.getElementById(id);
let current = null; // the last preview: {text, warning, name_missing, platform_missing}
let langChosen = false; // the user picked the message language themselves
let saveTimer = 0;
let seq = 0; // only the newest preview is shown

function fill(boot) {
  const platform = $("decline-platform");
  const chosen = platform.value || boot.decline.default_platform;
  clear(platform).append(...boot.decline.platforms.map((p) => el("option", { value: p.id }, p.label)));
  platform.value = chosen;
  const lang = $("decline-lang");
  const value = lang.value;
  clear(lang).append(...boot.languages.map((l) => el("option", { value: l.code, lang: l.code }, l.name)));
  lang.value = langChosen ? value : boot.lang;
  // The remembered name, unless the field holds typing not yet saved (a
  // bootstrap after "delete my data" empties it).
  const name = $("decline-name");
  if (!name.value || name.value === name.dataset.saved) {
    name.value = boot.decline.name;
    name.dataset.saved = boot.decline.name;
  }
}

/** What the form says now: the same input renders the preview and the copy. */
function input_() {
  return {
    platform: $("decline-platform").value,
    other: $("decline-other").value,
    name: $("decline-name").value,
    lang: $("decline-lang").value,
  };
}

async function render() {
  const mine = ++seq;
  const input = input_();
  $("decline-other-field").hidden = input.platform !== "other";
  let next = null;
  let error = null;
  try {
    next = await invoke("decline_message", { input });
  } catch (e) {
    error = e;
  }
  const message = error ? await errorMessage(error) : "";
  if (mine !== seq) return; // a newer keystroke has its own preview coming
  current = next;
  clearFieldErrors($("decline-form"));
  if (error) placeAtField($("decline-form"), error, message);
  const preview = $("decline-preview");
  preview.lang = input.lang;
  preview.textContent = current ? current.text : "";
  const warn = $("decline-warning");
  warn.hidden = !current?.warning;
  warn.textContent = current?.warning ?? "";
  $("decline-copy").disabled = !current;
}

/** Remembers the name; `data-saved` on the field tells what was kept. */
async function saveName() {
  try {
    $("decline-name").dataset.saved = await invoke("set_decline_name", { name: $("decline-name").value });
  } catch (e) {
    await showAtField($("decline-form"), e);
  }
}

async function copy() {
  const status = $("decline-status");
  const button = $("decline-copy");
  announce(status, "", button);
  if (!current) return;
  try {
    // Rust renders the message again from the form's input and copies
    // that: the copy is the preview by construction.
    await invoke("copy_decline", { input: input_() });
    status.dataset.kind = "ok";
    announce(status, t("decline-copied"), button);
  } catch (e) {
    status.dataset.kind = "error";
    announce(status, await errorMessage(e), button);
  }
}

function onCopy() {
  if (current?.warning) {
    $("decline-confirm").showModal();
    return;
  }
  copy();
}

export function init() {
  onLanguage((_, boot) => fill(boot));
  loadWhenOpen("decline", render);
  $("decline-platform").addEventListener("change", render);
  $("decline-other").addEventListener("input", render);
  $("decline-lang").addEventListener("change", () => {
    langChosen = $("decline-lang").value !== language().lang;
    render();
  });
  $("decline-name").addEventListener("input", () => {
    render();
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveName, 400);
  });
  $("decline-name").addEventListener("change", () => {
    clearTimeout(saveTimer);
    saveName();
  });
  $("decline-name-clear").addEventListener("click", async () => {
    $("decline-name").value = "";
    clearTimeout(saveTimer);
    await saveName();
    await render();
    $("decline-name").focus();
  });
  $("decline-copy").addEventListener("click", onCopy);
  $("decline-confirm-copy").addEventListener("click", () => {
    $("decline-confirm").close();
    copy();
  });
  $("decline-confirm-cancel").addEventListener("click", () => {
    $("decline-confirm").close();
    $("decline-name").focus();
  });
  $("decline-form").addEventListener("submit", (e) => e.preventDefault());
}
