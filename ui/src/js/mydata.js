// Settings, "Your data": what the app keeps, a damaged copy set aside (with
// the day it goes, and a button to delete it now, also offered at the top of
// the page right after the store was found damaged), and "Delete my data".
// The views come with every bootstrap (`boot.data`).

import { el } from "./dom.js";
import { invoke } from "./ipc.js";
import { errorMessage, load, onLanguage, t } from "./i18n.js";

const $ = (id) => document.getElementById(id);

/** Draws the set-aside copy in Settings. */
function render(data) {
  const aside = data.set_aside;
  $("data-aside").hidden = !aside;
  $("data-aside-text").textContent = aside ? aside.text : "";
  $("data-aside-remove").textContent = aside ? aside.remove : "";
}

/** The offer at the top of the page, right after the store was found
 *  damaged: the copy's text and a button to delete it now. */
function offer(data) {
  const aside = data.set_aside;
  $("data-offer")?.remove();
  if (!aside || !aside.offer) return;
  const status = el("p", { id: "data-offer-text" }, aside.text);
  const box = el("div", { class: "ds-alert", "data-color": "info", id: "data-offer", tabindex: "-1" },
    status,
    el("button", { type: "button", class: "ds-button", "data-variant": "secondary", onclick: () => removeAside(status) }, aside.remove),
  );
  $("notices").append(box);
}

/** Puts `text` in the status line `status` (Settings' or the offer's). */
function say(status, kind, text) {
  status.dataset.kind = kind;
  status.textContent = text;
}

/** Deletes the set-aside copy; `status` is where the outcome is told: the
 *  offer at the top becomes its outcome and keeps the focus. */
async function removeAside(status = $("data-status")) {
  try {
    render(await invoke("remove_set_aside"));
    const box = $("data-offer");
    if (box && box.contains(status)) {
      box.replaceChildren(el("p", { role: "status" }, t("settings-data-aside-removed")));
      box.focus();
    } else {
      box?.remove();
      say(status, "ok", t("settings-data-aside-removed"));
    }
  } catch (e) {
    say(status, "error", await errorMessage(e));
  }
}

async function deleteAll() {
  $("data-delete-dialog").close();
  try {
    // The bootstrap after deleting: every screen draws itself afresh.
    load(await invoke("delete_my_data"));
    say($("data-status"), "ok", t("settings-data-deleted"));
  } catch (e) {
    say($("data-status"), "error", await errorMessage(e));
  }
}

export function init() {
  onLanguage((_, boot) => {
    render(boot.data);
    offer(boot.data);
  });
  $("data-aside-remove").addEventListener("click", () => removeAside());
  $("data-delete").addEventListener("click", () => $("data-delete-dialog").showModal());
  $("data-delete-no").addEventListener("click", () => $("data-delete-dialog").close());
  $("data-delete-yes").addEventListener("click", deleteAll);
}
