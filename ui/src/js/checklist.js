// "Can I post this?": one question at a time, yes / no / not sure, then a
// verdict card with its reasons, each linked into the guideline. Above it,
// while a shift runs, the "on shift" card with the location steps.
//
// Privacy by construction: the answers live only in this module's memory.
// They are sent to Rust only to compute the verdict (a pure function), and
// nothing about a run is stored, logged or sent anywhere else. The checklist
// never asks for the post's text or picture.

import { clear, el } from "./dom.js";
import { invoke } from "./ipc.js";
import { onLanguage, t } from "./i18n.js";
import { showError } from "./notices.js";
import { onScreen } from "./router.js";

const $ = (id) => document.getElementById(id);
let questions = []; // [{id, text, progress}], in order (from bootstrap)
let answers = {};
let index = 0;
let verdict = null;

// Icons that carry the meaning with the words: a stop hand, a warning sign, a check.
const ICONS = {
  stop: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20m-1 5h2v7h-2zm0 9h2v2h-2z",
  think: "M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z",
  ok: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20m-2 15-5-5 1.4-1.4 3.6 3.6 7.6-7.6L19 8z",
};

function showPart(part) {
  // The intro (with the privacy note) stands above the first question only.
  $("check-start").hidden = part !== "question" || index !== 0;
  $("check-question").hidden = part !== "question";
  $("check-result").hidden = part !== "result";
}

function renderQuestion() {
  const q = questions[index];
  $("check-q").textContent = q.text;
  $("check-progress").textContent = q.progress;
  $("check-progress-bar").style.width = `${((index + 1) / questions.length) * 100}%`;
  $("check-prev").hidden = index === 0;
  $("check-start").hidden = index !== 0;
  for (const b of document.querySelectorAll("#check-question [data-answer]")) {
    b.setAttribute("aria-pressed", String(answers[q.id] === b.dataset.answer));
  }
}

/** Starts a run at question 1 (the first question shows at once: an all-no
 *  run is exactly one tap per question). */
function start() {
  answers = {};
  index = 0;
  verdict = null;
  showPart("question");
  renderQuestion();
}

async function answer(value) {
  answers[questions[index].id] = value;
  if (index < questions.length - 1) {
    index += 1;
    renderQuestion();
    return;
  }
  verdict = await invoke("checklist_verdict", { answers });
  renderVerdict();
}

/** A reason's follow-up: a link to the screen where it leads. */
function actionOf({ id, label, route, primary }) {
  return el("a", { class: "ds-button", "data-variant": primary ? null : "secondary", href: `#/${route}`, "data-action": id }, label);
}

function renderVerdict() {
  if (!verdict) return;
  showPart("result");
  const box = $("verdict");
  box.dataset.light = verdict.light;
  $("verdict-icon-path").setAttribute("d", ICONS[verdict.light]);
  $("verdict-title").textContent = verdict.title;
  $("verdict-text").textContent = verdict.text;
  $("verdict-reasons-h").hidden = verdict.reasons.length === 0;
  clear($("verdict-reasons")).append(
    ...verdict.reasons.map((r) =>
      el("li", { class: "reason", "data-severity": r.severity, "data-question": r.question },
        el("p", { class: "reason-tags" },
          el("span", { class: "tag" }, r.severity_label),
          r.not_sure ? el("span", { class: "tag subtle" }, t("reason-not-sure")) : null,
        ),
        el("p", { class: "reason-q" }, r.question_text),
        el("p", { class: "ds-paragraph" }, r.why),
        el("p", { class: "ds-paragraph reason-do" }, r.todo),
        r.action ? actionOf(r.action) : null,
        el("p", { class: "reason-links" },
          el("span", {}, t("reason-read-more")), " ",
          r.links.map((l, i) => [i ? " · " : "", el("a", { class: "ds-link", href: `#/guideline/${l.id}`, "data-link": l.id }, l.title)]),
        ),
      ),
    ),
  );
  box.focus({ preventScroll: true });
}

/** The "on shift" card: shown while a shift runs, until it is hidden for it. */
async function refreshOnShift() {
  renderOnShift(await invoke("shifts_view"));
}

function renderOnShift(view) {
  $("on-shift").hidden = !view.on_shift;
  for (const [list, steps] of [["on-shift-ios-steps", view.on_shift_steps.ios], ["on-shift-android-steps", view.on_shift_steps.android]]) {
    clear($(list)).append(...steps.map((s) => el("li", {}, s)));
  }
}

export function init() {
  onLanguage(async (_, boot) => {
    const first = questions.length === 0;
    questions = boot.checklist;
    try {
      if (first) start();
      else if (!$("check-question").hidden) renderQuestion();
      if (verdict) {
        verdict = await invoke("checklist_verdict", { answers });
        renderVerdict();
      }
      await refreshOnShift();
    } catch (e) {
      showError(e);
    }
  });
  onScreen("checklist", () => refreshOnShift().catch(() => {}));
  // The card follows the clock: check once a minute whether a shift runs.
  setInterval(() => refreshOnShift().catch(() => {}), 60_000);
  $("on-shift-dismiss").addEventListener("click", async () => {
    try {
      renderOnShift(await invoke("dismiss_on_shift"));
    } catch (e) {
      showError(e);
    }
  });
  $("check-restart").addEventListener("click", () => {
    start();
    $("check-q").scrollIntoView({ block: "center" });
  });
  $("check-prev").addEventListener("click", () => {
    if (index > 0) {
      index -= 1;
      renderQuestion();
    }
  });
  for (const b of document.querySelectorAll("#check-question [data-answer]")) {
    b.addEventListener("click", () => answer(b.dataset.answer).catch(showError));
  }
  $("check-question").addEventListener("submit", (e) => e.preventDefault());
}
