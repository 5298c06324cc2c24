// "Can I post this?": first what the person is about to do (a situation),
// then one question at a time, yes / no / not sure, with "what counts" under
// it, then a verdict card with its reasons, each linked into the guideline.
// Above it, while a shift runs, the "on shift" card with the location steps.
//
// The core decides everything: which question comes next (follow-ups open
// on an answer), the progress line, and the verdict. This module keeps the
// run (the situation, the questions answered, in order, and their answers)
// and draws each step the core returns.
//
// Privacy by construction: the answers live only in this module's memory.
// They are sent to Rust only to get the next step (a pure function), and
// nothing about a run is stored, logged or sent anywhere else. The checklist
// never asks for the post's text or picture.

import { clear, el, focusWhenDrawn } from "./dom.js";
import { invoke } from "./ipc.js";
import { onLanguage, t } from "./i18n.js";
import { showError } from "./notices.js";
import { onScreen } from "./router.js";

const $ = (id) => document.getElementById(id);
let situations = []; // [{id, label, hint}] (from the bootstrap)
let situation = null; // the chosen situation's id, or null at the first step
let asked = []; // question ids answered, in order
let answers = {}; // question id → "yes" | "no" | "not-sure"
let shown = null; // the step on screen: {kind: "question" | "verdict", ...}
let pressed = null; // the answer to show as pressed (after "previous")
let pending = null; // the step request in flight

// Icons that carry the meaning with the words: a stop hand, a warning sign, a check.
const ICONS = {
  stop: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20m-1 5h2v7h-2zm0 9h2v2h-2z",
  think: "M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z",
  ok: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20m-2 15-5-5 1.4-1.4 3.6 3.6 7.6-7.6L19 8z",
};

function showPart(part) {
  $("check-situations").hidden = part !== "situations";
  $("check-question").hidden = part !== "question";
  $("check-result").hidden = part !== "result";
}

function renderSituations() {
  clear($("check-situation-list")).append(
    ...situations.map((s) =>
      el("li", {},
        el("button", { type: "button", class: "ds-button situation", "data-variant": "secondary", "data-situation": s.id, onclick: () => choose(s.id).catch(showError) },
          el("span", { class: "situation-label" }, s.label),
          el("span", { class: "situation-hint" }, s.hint),
        ),
      ),
    ),
  );
}

function renderQuestion(q) {
  const form = $("check-question");
  form.dataset.question = q.id;
  $("check-q").textContent = q.text;
  $("check-progress").textContent = `${q.situation} · ${q.progress}`;
  $("check-progress-bar").style.width = `${q.fraction * 100}%`;
  clear($("check-counts-list")).append(...q.counts.map((line) => el("li", {}, line)));
  const read = $("check-read");
  read.hidden = !q.read_more;
  if (q.read_more) {
    read.href = `#/guideline/${q.read_more.id}`;
    read.dataset.link = q.read_more.id;
    read.textContent = q.read_more.title;
  }
  for (const b of form.querySelectorAll("[data-answer]")) {
    b.setAttribute("aria-pressed", String(pressed === b.dataset.answer));
  }
  // From the first question, the way back leads to the choice of situation.
  $("check-prev").textContent = asked.length ? t("checklist-previous") : t("checklist-back");
}

/** A reason's follow-up: a link to the screen where it leads. */
function actionOf({ id, label, route, primary }) {
  return el("a", { class: "ds-button", "data-variant": primary ? null : "secondary", href: `#/${route}`, "data-action": id }, label);
}

function renderVerdict(v) {
  // What the situation offers after any verdict (the photo path: check the photo).
  clear($("verdict-actions")).append(...v.actions.map(actionOf));
  const box = $("verdict");
  box.dataset.light = v.light;
  box.dataset.situation = v.situation;
  $("verdict-icon-path").setAttribute("d", ICONS[v.light]);
  $("verdict-title").textContent = v.title;
  $("verdict-text").textContent = v.text;
  $("verdict-reasons-h").hidden = v.reasons.length === 0;
  clear($("verdict-reasons")).append(
    ...v.reasons.map((r) =>
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
}

/** Draws the step on screen; `focus` moves the focus to it (a new step). */
function render(focus) {
  if (!situation || !shown) {
    showPart("situations");
    return;
  }
  if (shown.kind === "question") {
    showPart("question");
    renderQuestion(shown);
    if (focus) focusWhenDrawn($("check-q"));
  } else {
    showPart("result");
    renderVerdict(shown);
    if (focus) focusWhenDrawn($("verdict"));
  }
}

/** Asks the core for the step after the answers so far, and draws it. A
 *  newer request supersedes an older one still in flight. */
async function load(focus) {
  const request = invoke("checklist_step", { situation, answers });
  pending = request;
  try {
    const step = await request;
    if (pending !== request) return;
    // The focus moves to each new question, so that a screen reader reads
    // it (with the focus left on an answer, Orca said nothing of the next
    // question), and to the verdict when it arrives (also a live region).
    const arrived = step.kind !== shown?.kind || (step.kind === "question" && step.id !== shown.id);
    shown = step;
    render(focus || arrived);
  } finally {
    if (pending === request) pending = null;
  }
}

async function choose(id) {
  situation = id;
  asked = [];
  answers = {};
  pressed = null;
  await load(true);
}

async function answer(value) {
  if (pending || !shown || shown.kind !== "question") return;
  const id = shown.id;
  answers[id] = value;
  asked.push(id);
  pressed = null;
  try {
    await load(false);
  } catch (e) {
    // The question stays on screen, unanswered, so a tap can try again.
    asked.pop();
    delete answers[id];
    throw e;
  }
}

/** One question back (its answer shows as pressed); from the first
 *  question, back to the choice of situation. */
async function previous() {
  if (asked.length === 0) {
    restart(situation);
    return;
  }
  const last = asked.pop();
  pressed = answers[last];
  delete answers[last];
  await load(true);
}

/** Back to the choice of situation, with the focus on `from`'s button. */
function restart(from = null) {
  situation = null;
  shown = null;
  asked = [];
  answers = {};
  pressed = null;
  pending = null;
  render(false);
  const target = from && document.querySelector(`#check-situation-list [data-situation="${from}"]`);
  focusWhenDrawn(target || $("check-situation-legend"), { preventScroll: !target });
}

/** The "on shift" card: shown while a shift runs, until it is hidden for
 *  it. The bootstrap carries it; after that it is asked for on its own. */
async function refreshOnShift() {
  renderOnShift(await invoke("on_shift"));
}

let cardFromBoot = false; // drawn from a bootstrap not yet followed by an opening

function renderOnShift(card) {
  $("on-shift").hidden = !card;
  if (!card) return;
  for (const [list, steps] of [["on-shift-ios-steps", card.steps.ios], ["on-shift-android-steps", card.steps.android]]) {
    clear($(list)).append(...steps.map((s) => el("li", {}, s)));
  }
}

export function init() {
  onLanguage(async (_, boot) => {
    situations = boot.situations;
    renderSituations();
    try {
      // A run under way is drawn again in the new language.
      if (situation) await load(false);
      else render(false);
      renderOnShift(boot.on_shift);
      cardFromBoot = true;
    } catch (e) {
      showError(e);
    }
  });
  // Opening the screen checks the card again, but for the opening that
  // follows the bootstrap, which has just brought it.
  onScreen("checklist", () => {
    if (cardFromBoot) cardFromBoot = false;
    else refreshOnShift().catch(() => {});
  });
  // The card follows the clock: check once a minute whether a shift runs.
  setInterval(() => refreshOnShift().catch(() => {}), 60_000);
  $("on-shift-dismiss").addEventListener("click", async () => {
    try {
      renderOnShift(await invoke("dismiss_on_shift"));
    } catch (e) {
      showError(e);
    }
  });
  $("check-restart").addEventListener("click", () => restart());
  $("check-prev").addEventListener("click", () => previous().catch(showError));
  for (const b of document.querySelectorAll("#check-question [data-answer]")) {
    b.addEventListener("click", () => answer(b.dataset.answer).catch(showError));
  }
  for (const form of [$("check-question"), $("check-situations")]) {
    form.addEventListener("submit", (e) => e.preventDefault());
  }
}
