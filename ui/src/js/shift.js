// Shifts and the start-of-shift reminder: a weekly pattern and/or one-off
// dated shifts, the lead time, reminders on/off (asking for notification
// permission the first time), the next reminders, and the "on shift" card on
// the checklist screen.

import { clear, el } from "./dom.js";
import { invoke } from "./ipc.js";
import { errorMessage, fmt, language, onLanguage, t } from "./i18n.js";
import { showError } from "./notices.js";
import { onScreen } from "./router.js";

const $ = (id) => document.getElementById(id);
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const LEADS = [0, 5, 10, 15, 30, 45, 60];
const FIELDS = ["shift-days", "shift-date", "shift-start", "shift-end"];
let view = null;

function when(iso) {
  return new Date(iso).toLocaleString(language().lang === "nb" ? "nb-NO" : "en-GB", {
    weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit",
  });
}

function dayNames(days) {
  return days.map((d) => t(`day-${d}`)).join(", ");
}

async function summary(s) {
  const args = { start: s.start, end: s.end };
  if (s.kind === "weekly") return fmt("shift-weekly-summary", { ...args, days: dayNames(s.days) });
  const date = new Date(`${s.date}T12:00:00`).toLocaleDateString(language().lang === "nb" ? "nb-NO" : "en-GB", {
    weekday: "long", day: "numeric", month: "long", year: "numeric",
  });
  return fmt("shift-weekly-summary", { ...args, days: date });
}

async function render() {
  if (!view) return;
  $("shift-enabled").checked = view.enabled;
  $("shift-lead").value = String(view.lead_minutes);
  const list = clear($("shift-list"));
  if (!view.shifts.length) list.append(el("li", { class: "hint" }, t("shift-none")));
  for (const s of view.shifts) {
    list.append(
      el("li", { class: "shift-item", "data-shift": s.id },
        el("span", {}, await summary(s), s.night ? ` (${t("shift-night-label")})` : ""),
        el("button", { type: "button", class: "ds-button", "data-variant": "tertiary", "data-remove": s.id }, t("shift-remove")),
      ),
    );
  }
  const upcoming = clear($("shift-upcoming"));
  if (!view.upcoming.length || !view.enabled) upcoming.append(el("li", { class: "hint" }, t("shift-upcoming-none")));
  else for (const r of view.upcoming) upcoming.append(el("li", {}, when(r.fire_at)));
  $("shift-tz").textContent = await fmt("shift-time-zone", { zone: view.time_zone });
  renderOnShift();
}

function renderOnShift() {
  $("on-shift").hidden = !(view && view.on_shift);
}

function fillStatic() {
  clear($("shift-days")).append(
    ...DAYS.map((d) =>
      el("span", { class: "day" },
        el("input", { type: "checkbox", class: "ds-input", id: `shift-day-${d}`, value: d, checked: ["mon", "tue", "wed", "thu", "fri"].includes(d) }),
        el("label", { for: `shift-day-${d}` }, t(`day-${d}`)),
      ),
    ),
  );
  const lead = $("shift-lead");
  const value = lead.value;
  Promise.all(LEADS.map((m) => fmt("shift-lead-value", { minutes: m }))).then((labels) => {
    clear(lead).append(...LEADS.map((m, i) => el("option", { value: m }, labels[i])));
    lead.value = view ? String(view.lead_minutes) : value || "15";
  });
  // The "on shift" card reuses the location steps of the privacy tips.
  const steps = {
    "on-shift-ios-steps": ["tips-location-ios-off", "tips-location-ios-per-app"],
    "on-shift-android-steps": ["tips-location-android-quick-settings", "tips-location-android-settings"],
  };
  for (const [list, ids] of Object.entries(steps)) {
    clear($(list)).append(...ids.map((id) => el("li", {}, t(id))));
  }
}

async function refresh() {
  view = await invoke("shifts_view");
  await render();
}

async function clearErrors() {
  for (const f of FIELDS) {
    $(`${f}-error`).hidden = true;
    $(f).removeAttribute("aria-invalid");
  }
}

/** Shows a shift error at the field it concerns. */
async function fieldError(e) {
  const field = { "time-out-of-range": e.field === "end" ? "shift-end" : "shift-start", "end-before-start": "shift-end",
    "night-must-cross-midnight": "shift-end", "no-days": "shift-days", "shift-overlap": "shift-date" }[e.code]
    || (e.field === "date" ? "shift-date" : null);
  if (!field) return showError(e);
  const box = $(`${field}-error`);
  box.textContent = await errorMessage(e);
  box.hidden = false;
  $(field).setAttribute("aria-invalid", "true");
  $(field).focus?.();
}

async function add(e) {
  e.preventDefault();
  await clearErrors();
  const kind = document.querySelector('input[name="shift-kind"]:checked').value;
  const input = {
    kind,
    days: DAYS.filter((d) => $(`shift-day-${d}`).checked),
    date: $("shift-date").value,
    start: $("shift-start").value,
    end: $("shift-end").value,
    night: $("shift-night").checked,
  };
  try {
    view = await invoke("add_shift", { input });
    await render();
    $("shift-status").textContent = t("shift-added");
  } catch (err) {
    await fieldError(err);
  }
}

/** Turning reminders on asks for notification permission the first time. */
async function permissionOk() {
  const n = window.__TAURI__.notification;
  if (!n) return true;
  try {
    if (await n.isPermissionGranted()) return true;
    return (await n.requestPermission()) === "granted";
  } catch {
    return false;
  }
}

async function saveReminders() {
  const enabled = $("shift-enabled").checked;
  if (enabled) $("shift-permission").hidden = await permissionOk();
  try {
    view = await invoke("set_reminders", { enabled, leadMinutes: Number($("shift-lead").value) });
    await render();
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
  onScreen("shift", () => refresh().catch(showError));
  // The "on shift" card lives on the checklist screen: re-read the plan there.
  onScreen("checklist", () => refresh().catch(() => {}));
  onLanguage(() => {
    fillStatic();
    refresh().catch(showError);
  });
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
      await render();
      $("shift-status").textContent = t("shift-removed");
    } catch (err) {
      showError(err);
    }
  });
  $("on-shift-dismiss").addEventListener("click", async () => {
    try {
      view = await invoke("dismiss_on_shift");
      renderOnShift();
    } catch (e) {
      showError(e);
    }
  });
  // The card follows the clock: check once a minute whether a shift runs.
  setInterval(() => refresh().catch(() => {}), 60_000);
  syncKind();
}
