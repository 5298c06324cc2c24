// Shifts and the start-of-shift reminder: a weekly pattern and/or one-off
// dated shifts, the lead time, reminders on/off (asking for notification
// permission the first time) and the next reminders. The form's choices and
// defaults, the summaries and the dates all come with the core's view.

import { clear, el } from "./dom.js";
import { invoke, notificationsAllowed } from "./ipc.js";
import { language, t } from "./i18n.js";
import { clearFieldErrors, showAtField, showError } from "./notices.js";
import { loadWhenOpen } from "./router.js";

const $ = (id) => document.getElementById(id);
let view = null;
let formFilled = ""; // the language the form's choices were made in

/** The form's choices (weekdays, lead times) and, the first time, its defaults. */
function fillForm(lang) {
  const { days, leads, start, end } = view.form;
  const first = !formFilled;
  const ticked = new Set(first ? days.filter((d) => d.checked).map((d) => d.id) : [...document.querySelectorAll("#shift-days input:checked")].map((i) => i.value));
  clear($("shift-days")).append(
    ...days.map((d) =>
      el("span", { class: "day" },
        el("input", { type: "checkbox", class: "ds-input", id: `shift-day-${d.id}`, value: d.id, checked: ticked.has(d.id) }),
        el("label", { for: `shift-day-${d.id}` }, d.label),
      ),
    ),
  );
  clear($("shift-lead")).append(...leads.map((l) => el("option", { value: l.minutes }, l.label)));
  if (first) {
    $("shift-start").value = start;
    $("shift-end").value = end;
  }
  formFilled = lang;
}

function render() {
  if (!view) return;
  $("shift-enabled").checked = view.enabled;
  $("shift-lead").value = String(view.lead_minutes);
  const list = clear($("shift-list"));
  if (!view.shifts.length) list.append(el("li", { class: "hint" }, t("shift-none")));
  for (const s of view.shifts) {
    list.append(
      el("li", { class: "shift-item", "data-shift": s.id },
        el("span", {}, s.summary),
        el("button", { type: "button", class: "ds-button", "data-variant": "tertiary", "data-remove": s.id }, t("shift-remove")),
      ),
    );
  }
  const upcoming = clear($("shift-upcoming"));
  if (!view.upcoming.length) upcoming.append(el("li", { class: "hint" }, t("shift-upcoming-none")));
  else for (const r of view.upcoming) upcoming.append(el("li", {}, r.text));
  $("shift-tz").textContent = view.time_zone;
}

async function refresh() {
  view = await invoke("shifts_view");
  if (formFilled !== language().lang) fillForm(language().lang);
  render();
}

async function add(e) {
  e.preventDefault();
  const form = $("shift-form");
  clearFieldErrors(form);
  const input = {
    kind: document.querySelector('input[name="shift-kind"]:checked').value,
    days: [...document.querySelectorAll("#shift-days input:checked")].map((i) => i.value),
    date: $("shift-date").value,
    start: $("shift-start").value,
    end: $("shift-end").value,
    night: $("shift-night").checked,
  };
  try {
    view = await invoke("add_shift", { input });
    render();
    $("shift-status").textContent = t("shift-added");
  } catch (err) {
    const field = await showAtField(form, err);
    field?.focus?.();
  }
}

async function saveReminders() {
  const enabled = $("shift-enabled").checked;
  if (enabled) $("shift-permission").hidden = await notificationsAllowed();
  try {
    view = await invoke("set_reminders", { enabled, leadMinutes: Number($("shift-lead").value) });
    render();
  } catch (e) {
    showError(e);
  }
}

function syncKind() {
  const weekly = $("shift-kind-weekly").checked;
  $("shift-days-field").hidden = !weekly;
  $("shift-date-field").hidden = weekly;
}

export function init() {
  loadWhenOpen("shift", () => refresh().catch(showError), { everyOpen: true });
  // The next reminders follow the clock while the screen is open.
  setInterval(() => {
    if (!document.querySelector("[data-screen='shift']").hidden) refresh().catch(() => {});
  }, 60_000);
  $("shift-form").addEventListener("submit", add);
  $("shift-kind-weekly").addEventListener("change", syncKind);
  $("shift-kind-one-off").addEventListener("change", syncKind);
  $("shift-enabled").addEventListener("change", saveReminders);
  $("shift-lead").addEventListener("change", saveReminders);
  $("shift-list").addEventListener("click", async (e) => {
    const id = e.target.dataset && e.target.dataset.remove;
    if (!id) return;
    try {
      view = await invoke("remove_shift", { id });
      render();
      $("shift-status").textContent = t("shift-removed");
    } catch (err) {
      showError(err);
    }
  });
  syncKind();
}
