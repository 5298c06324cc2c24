// "Lest og forstått": confirm from the reader that a document (and edition)
// is read and understood; the list of confirmations with receipts to copy and
// a confirmed delete in Settings; a calm re-read notice when the bundled
// edition is newer than the one signed.

import { clear, el } from "./dom.js";
import { invoke } from "./ipc.js";
import { errorMessage, fmt, onLanguage, t } from "./i18n.js";
import { showError } from "./notices.js";
import { onScreen } from "./router.js";

const $ = (id) => document.getElementById(id);
const FIELDS = ["name", "place", "date", "signature"];
let view = null;
let savedName = "";
let deleting = null;

/** Today's date in the phone's time zone, as YYYY-MM-DD. */
function today() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

async function render() {
  if (!view) return;
  const list = clear($("signoff-list"));
  if (!view.signoffs.length) list.append(el("li", { class: "hint" }, t("signoff-none")));
  for (const s of view.signoffs) {
    const date = s.date.split("-").reverse().join(".");
    list.append(
      el("li", { class: "signoff-item", "data-signoff": s.id },
        el("p", { class: "signoff-summary" }, await fmt("signoff-summary", { title: s.title, edition: s.edition || "–", date })),
        el("pre", { class: "receipt" }, s.receipt),
        el("div", { class: "dialog-actions" },
          el("button", { type: "button", class: "ds-button", "data-variant": "secondary", "data-copy": s.id }, t("signoff-copy-receipt")),
          el("button", { type: "button", class: "ds-button", "data-variant": "tertiary", "data-delete": s.id }, t("signoff-delete")),
        ),
      ),
    );
  }
  for (const box of [$("signoff-reread"), $("reader-reread")]) {
    clear(box);
    for (const r of view.reread) {
      box.append(
        el("div", { class: "ds-alert", "data-color": "info" },
          el("p", {}, await fmt("signoff-reread", { title: r.title, edition: r.edition })),
          el("a", { class: "ds-link", href: `#/guideline/${r.document}` }, t("signoff-reread-open")),
        ),
      );
    }
  }
}

async function refresh() {
  view = await invoke("signoffs_view");
  await render();
}

async function clearErrors() {
  for (const f of FIELDS) {
    $(`signoff-${f}-error`).hidden = true;
    $(`signoff-${f}`).removeAttribute("aria-invalid");
  }
}

async function open() {
  await clearErrors();
  const doc = $("reader-doc");
  $("signoff-doc").textContent = `${$("reader-doc-title").textContent}${doc.dataset.edition ? ` (${doc.dataset.edition})` : ""}`;
  if (!$("signoff-name").value) $("signoff-name").value = savedName;
  $("signoff-date").value = today();
  $("signoff-date").max = today();
  $("signoff-signature").value = "";
  $("signoff-dialog").showModal();
  $("signoff-name").focus();
}

async function save(e) {
  e.preventDefault();
  await clearErrors();
  const input = { document: $("reader-doc").dataset.doc };
  for (const f of FIELDS) input[f] = $(`signoff-${f}`).value;
  try {
    view = await invoke("record_signoff", { input });
    $("signoff-dialog").close();
    await render();
    $("signoff-status").textContent = t("signoff-saved");
  } catch (err) {
    const field = { "signature-mismatch": "signature", "date-in-future": "date" }[err.code] || err.field;
    if (!FIELDS.includes(field)) return showError(err);
    const box = $(`signoff-${field}-error`);
    box.textContent = await errorMessage(err);
    box.hidden = false;
    $(`signoff-${field}`).setAttribute("aria-invalid", "true");
    $(`signoff-${field}`).focus();
  }
}

async function copyReceipt(id) {
  const s = view.signoffs.find((x) => x.id === id);
  const status = $("signoff-list-status");
  try {
    await window.__TAURI__.clipboardManager.writeText(s.receipt);
    status.dataset.kind = "ok";
    status.textContent = t("signoff-receipt-copied");
  } catch {
    status.dataset.kind = "error";
    status.textContent = await errorMessage({ code: "clipboard" });
  }
}

export function init() {
  onScreen("settings", () => refresh().catch(showError));
  onScreen("guideline", () => refresh().catch(() => {}));
  onLanguage((_, boot) => {
    savedName = boot.decline_name || "";
    refresh().catch(showError);
  });
  $("signoff-start").addEventListener("click", open);
  $("signoff-form").addEventListener("submit", save);
  $("signoff-cancel").addEventListener("click", () => $("signoff-dialog").close());
  $("signoff-list").addEventListener("click", (e) => {
    const { copy, delete: del } = e.target.dataset || {};
    if (copy) copyReceipt(copy);
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
      await render();
      $("signoff-list-status").textContent = t("signoff-deleted");
    } catch (e) {
      showError(e);
    }
  });
}
