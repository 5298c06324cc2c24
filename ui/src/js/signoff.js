// "Lest og forstått": the confirmation dialog (opened from the guideline
// screen for the document on show), the list of confirmations with receipts
// to copy and a confirmed delete in Settings, and the calm re-read notice
// when the bundled edition is newer than the one signed. Other screens that
// show the re-read notice listen with onView.

import { clear, el } from "./dom.js";
import { invoke } from "./ipc.js";
import { errorMessage, onLanguage, t } from "./i18n.js";
import { announce, clearFieldErrors, showAtField, showError } from "./notices.js";
import { onScreen, wasOpened } from "./router.js";

const $ = (id) => document.getElementById(id);
let view = null;
let document_ = null; // the document the dialog confirms
let deleting = null;
const listeners = [];

/** Calls `fn(view)` whenever the sign-offs are read or change. */
export function onView(fn) {
  listeners.push(fn);
}

/** The re-read notices of `v`, for Settings and the guideline screen. */
export function rereadNotices(v) {
  return v.reread.map((r) =>
    el("div", { class: "ds-alert", "data-color": "info" },
      el("p", {}, r.text),
      el("a", { class: "ds-link", href: `#/guideline/${r.document}` }, t("signoff-reread-open")),
    ),
  );
}

function render() {
  if (!view) return;
  const list = clear($("signoff-list"));
  if (!view.signoffs.length) list.append(el("li", { class: "hint" }, t("signoff-none")));
  for (const s of view.signoffs) {
    list.append(
      el("li", { class: "signoff-item", "data-signoff": s.id },
        el("p", { class: "signoff-summary" }, s.summary),
        el("pre", { class: "receipt" }, s.receipt),
        el("div", { class: "dialog-actions" },
          el("button", { type: "button", class: "ds-button", "data-variant": "secondary", "data-copy": s.id }, t("signoff-copy-receipt")),
          el("button", { type: "button", class: "ds-button", "data-variant": "tertiary", "data-delete": s.id }, t("signoff-delete")),
        ),
      ),
    );
  }
  clear($("signoff-reread")).append(...rereadNotices(view));
  for (const fn of listeners) fn(view);
}

export async function refresh() {
  view = await invoke("signoffs_view");
  render();
}

/** Opens the dialog for `doc` (the guideline view's document), dated today
 *  as the core reckons it now (the app may have slept since the last view). */
export async function open(doc) {
  const form = $("signoff-form");
  clearFieldErrors(form);
  document_ = doc.id;
  $("signoff-doc").textContent = doc.heading;
  await refresh().catch(showError);
  if (!$("signoff-name").value && view) $("signoff-name").value = view.name;
  const today = view ? view.today : "";
  $("signoff-date").value = today;
  $("signoff-date").max = today;
  $("signoff-signature").value = "";
  $("signoff-dialog").showModal();
  $("signoff-name").focus();
}

async function save(e) {
  e.preventDefault();
  const form = $("signoff-form");
  clearFieldErrors(form);
  const input = { document: document_ };
  for (const field of form.querySelectorAll("[data-field]")) input[field.dataset.field] = field.value;
  try {
    view = await invoke("record_signoff", { input });
    $("signoff-dialog").close();
    render();
    $("signoff-status").textContent = t("signoff-saved");
  } catch (err) {
    const field = await showAtField(form, err);
    field?.focus();
  }
}

async function copyReceipt(id, button) {
  const status = $("signoff-list-status");
  try {
    await invoke("copy_receipt", { id });
    status.dataset.kind = "ok";
    announce(status, t("signoff-receipt-copied"), button);
  } catch (e) {
    status.dataset.kind = "error";
    announce(status, await errorMessage(e), button);
  }
}

export function init() {
  onScreen("settings", () => refresh().catch(showError));
  onLanguage(() => {
    // Shown in Settings and above the guideline, which refresh it on opening.
    if (wasOpened("settings") || wasOpened("guideline")) refresh().catch(showError);
  });
  $("signoff-form").addEventListener("submit", save);
  $("signoff-cancel").addEventListener("click", () => $("signoff-dialog").close());
  $("signoff-list").addEventListener("click", (e) => {
    const { copy, delete: del } = e.target.dataset || {};
    if (copy) copyReceipt(copy, e.target);
    if (del) {
      deleting = del;
      $("signoff-delete-dialog").showModal();
    }
  });
  $("signoff-delete-no").addEventListener("click", () => $("signoff-delete-dialog").close());
  $("signoff-delete-yes").addEventListener("click", async () => {
    $("signoff-delete-dialog").close();
    try {
      view = await invoke("delete_signoff", { id: deleting });
      render();
      $("signoff-list-status").textContent = t("signoff-deleted");
    } catch (e) {
      showError(e);
    }
  });
}
