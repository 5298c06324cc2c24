// The decline message: pick the platform, type your name (remembered on this
// phone), pick the message's language, see exactly what will be copied, and
// copy it in one tap through the clipboard plugin (write-text only).

import { clear, el } from "./dom.js";
import { invoke } from "./ipc.js";
import { errorMessage, language, onLanguage, t } from "./i18n.js";

const $ = (id) => document.getElementById(id);
const PLATFORMS = ["facebook", "instagram", "snapchat", "tiktok", "x", "linkedin", "messenger", "other"];
let current = null; // the last rendered {text, name_missing, platform_missing}
let langChosen = false; // the user picked the message language themselves
let saveTimer = 0;

function fillPlatforms() {
  const select = $("decline-platform");
  const value = select.value || "facebook";
  clear(select).append(...PLATFORMS.map((p) => el("option", { value: p }, t(`platform-${p}`))));
  select.value = value;
}

async function fieldError(id, err) {
  const box = $(`${id}-error`);
  const input = $(id);
  box.hidden = !err;
  box.textContent = err ? await errorMessage(err) : "";
  if (err) input.setAttribute("aria-invalid", "true");
  else input.removeAttribute("aria-invalid");
}

async function render() {
  const platform = $("decline-platform").value;
  $("decline-other-field").hidden = platform !== "other";
  const input = {
    platform,
    other: $("decline-other").value,
    name: $("decline-name").value,
    lang: $("decline-lang").value,
  };
  try {
    current = await invoke("decline_message", { input });
    await fieldError("decline-name", null);
    await fieldError("decline-other", null);
  } catch (e) {
    current = null;
    await fieldError(e.field === "platform" ? "decline-other" : "decline-name", e);
  }
  const preview = $("decline-preview");
  preview.lang = input.lang;
  preview.textContent = current ? current.text : "";
  const warn = $("decline-warning");
  const warning = current && (current.platform_missing ? "decline-platform-missing" : current.name_missing ? "decline-name-missing" : null);
  warn.hidden = !warning;
  warn.textContent = warning ? t(warning) : "";
  $("decline-copy").disabled = !current;
}

async function saveName() {
  try {
    const cleaned = await invoke("set_decline_name", { name: $("decline-name").value });
    await fieldError("decline-name", null);
    return cleaned;
  } catch (e) {
    await fieldError("decline-name", e);
    return null;
  }
}

async function copy() {
  const status = $("decline-status");
  status.textContent = "";
  if (!current) return;
  try {
    await window.__TAURI__.clipboardManager.writeText(current.text);
    status.dataset.kind = "ok";
    status.textContent = t("decline-copied");
  } catch {
    status.dataset.kind = "error";
    status.textContent = await errorMessage({ code: "clipboard" });
  }
}

function onCopy() {
  if (current && (current.name_missing || current.platform_missing)) {
    $("decline-confirm").showModal();
    return;
  }
  copy();
}

export function init() {
  onLanguage((lang, boot) => {
    fillPlatforms();
    if (!langChosen) $("decline-lang").value = lang.lang;
    if (!$("decline-name").value && boot.decline_name) $("decline-name").value = boot.decline_name;
    render();
  });
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
