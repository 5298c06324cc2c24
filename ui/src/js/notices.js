// How errors are shown: at the field they name, or as a persistent notice at
// the top of the page. Text is set with textContent only.

import { errorMessage, t } from "./i18n.js";

const region = () => document.getElementById("notices");

/** Shows an error object `{code}` as a localised alert, once per code. */
export async function showError(err) {
  const code = (err && err.code) || "unexpected";
  if (region().querySelector(`[data-code="${CSS.escape(code)}"]`)) return;
  const box = document.createElement("div");
  box.className = "ds-alert";
  box.dataset.color = "danger";
  box.dataset.code = code;
  box.setAttribute("role", "alert");
  const title = document.createElement("strong");
  title.textContent = t("error-title");
  const body = document.createElement("p");
  box.append(title, body);
  region().append(box);
  body.textContent = await errorMessage(err);
}

// A form's fields name themselves with data-field (the core's field names);
// each has its message box `#<id>-error`, tied to it by aria-describedby.
const box = (input) => document.getElementById(`${input.id}-error`);

/** Hides every field error of `form`. */
export function clearFieldErrors(form) {
  for (const input of form.querySelectorAll("[data-field]")) {
    box(input).hidden = true;
    box(input).textContent = "";
    input.removeAttribute("aria-invalid");
  }
}

/** Shows `err` (already worded as `message`) at the field of `form` it
 *  names, and returns that field; an error about no field of the form
 *  becomes a notice (returns null). */
export function placeAtField(form, err, message) {
  const input = err && err.field ? form.querySelector(`[data-field="${CSS.escape(err.field)}"]`) : null;
  if (!input) {
    showError(err);
    return null;
  }
  box(input).textContent = message;
  box(input).hidden = false;
  input.setAttribute("aria-invalid", "true");
  return input;
}

/** Shows `err` at the field of `form` it names (see placeAtField). */
export async function showAtField(form, err) {
  return placeAtField(form, err, await errorMessage(err));
}

/** Says what an action did in its status line (a live region) and ties the
 *  line to the control the action came from, as its description. Orca 43
 *  reads no live region in WebKitGTK, but it reads the focused control's new
 *  description; TalkBack and VoiceOver read the live region. */
export function announce(status, text, control) {
  status.textContent = text;
  if (text) control.setAttribute("aria-describedby", status.id);
  else control.removeAttribute("aria-describedby");
}
