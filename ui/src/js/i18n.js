// Strings come from Rust (Fluent) in one call at start-up; nothing here holds
// text of its own. Elements name their message with data-i18n (text content),
// data-i18n-aria-label, data-i18n-placeholder or data-i18n-title. Views from
// Rust carry their own display text (dates, summaries, counts), so the UI
// formats nothing; only an error's details are formatted on demand.

import { invoke } from "./ipc.js";

let strings = {};
let current = { lang: "", chosen: null, languages: [] };
const listeners = [];

/** The text of a message that needs no variables; the id itself if missing. */
export function t(id) {
  const s = strings[id];
  if (s === undefined) {
    console.warn(`missing message ${id}`);
    return id;
  }
  return s;
}

/** A message with variables, formatted in the current language by Rust. */
export const formatMessage = (key, args) => invoke("format", { key, args, lang: null });

/** The localised text for an error object `{code, ...}`; details (e.g.
 *  `max`) fill the message's variables. */
export async function errorMessage(err) {
  const id = `error-${err && err.code}`;
  if (id in strings) return strings[id];
  try {
    const args = {};
    for (const [k, v] of Object.entries(err || {})) {
      if (typeof v === "string" || typeof v === "number") args[k] = v;
    }
    return await invoke("format", { key: id, args, lang: null });
  } catch {
    return t("error-unexpected");
  }
}

/** The language in use, the user's choice and the bundled languages
 *  (`[{code, name}]`, each in its own name). */
export const language = () => current;

/** Calls `fn(current, boot)` after every language change (and once strings first arrive). */
export function onLanguage(fn) {
  listeners.push(fn);
}

const ATTRS = [
  ["data-i18n-aria-label", "aria-label"],
  ["data-i18n-placeholder", "placeholder"],
  ["data-i18n-title", "title"],
];

/** Fills every data-i18n* element below `root`. Text only, never HTML. */
export function apply(root = document) {
  for (const el of root.querySelectorAll("[data-i18n]")) {
    el.textContent = t(el.dataset.i18n);
  }
  for (const [data, attr] of ATTRS) {
    for (const el of root.querySelectorAll(`[${data}]`)) {
      el.setAttribute(attr, t(el.getAttribute(data)));
    }
  }
}

/** Takes a bootstrap payload from Rust and redraws. */
export function load(boot) {
  strings = boot.strings;
  current = { lang: boot.lang, chosen: boot.chosen, languages: boot.languages };
  document.documentElement.lang = boot.lang;
  document.title = t("app-name");
  apply();
  for (const fn of listeners) fn(current, boot);
  return boot;
}

export async function start() {
  return load(await invoke("bootstrap"));
}

/** Switches language (`null` = follow the phone), persisted in Rust. */
export async function setLanguage(lang) {
  return load(await invoke("set_language", { lang }));
}
