// Persistent notices at the top of the page (errors, warnings). Each is a
// Designsystemet alert; text is set with textContent only.

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
