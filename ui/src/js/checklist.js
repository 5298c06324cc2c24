// "Can I post this?": one question at a time, yes / no / not sure, then a
// verdict card with its reasons, each linked into the guideline.
//
// Privacy by construction: the answers live only in this module's memory.
// They are sent to Rust only to compute the verdict (a pure function), and
// nothing about a run is stored, logged or sent anywhere else. The checklist
// never asks for the post's text or picture.

import { clear, el } from "./dom.js";
import { invoke } from "./ipc.js";
import { fmt, onLanguage, t } from "./i18n.js";
import { showError } from "./notices.js";

const $ = (id) => document.getElementById(id);
let questions = []; // ids, in order (from bootstrap)
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

async function renderQuestion() {
  const id = questions[index];
  $("check-q").textContent = t(`check-${id}`);
  $("check-progress").textContent = await fmt("checklist-progress", { current: index + 1, total: questions.length });
  $("check-progress-bar").style.width = `${((index + 1) / questions.length) * 100}%`;
  $("check-prev").hidden = index === 0;
  $("check-start").hidden = index !== 0;
  for (const b of document.querySelectorAll("#check-question [data-answer]")) {
    b.setAttribute("aria-pressed", String(answers[id] === b.dataset.answer));
  }
}

/** Starts a run at question 1 (the first question shows at once: an all-no
 *  run is exactly one tap per question). */
function start() {
  answers = {};
  index = 0;
  verdict = null;
  showPart("question");
  return renderQuestion();
}

async function answer(value) {
  answers[questions[index]] = value;
  if (index < questions.length - 1) {
    index += 1;
    await renderQuestion();
    return;
  }
  verdict = await invoke("checklist_verdict", { answers });
  renderVerdict();
}

function actionButton(action) {
  switch (action) {
    case "decline":
      return el("a", { class: "ds-button", href: "#/decline", "data-action": action }, t("action-decline"));
    case "internal-routes":
      return el("a", { class: "ds-button", "data-variant": "secondary", href: "#/guideline/d38049-workplace-internal", "data-action": action }, t("action-internal"));
    case "location-settings":
      return el("a", { class: "ds-button", "data-variant": "secondary", href: "#/tips", "data-action": action }, t("action-location"));
    case "take-down":
      return el("p", { class: "take-down", "data-action": action }, t("action-take-down"));
    default:
      return null;
  }
}

function renderVerdict() {
  if (!verdict) return;
  showPart("result");
  const light = verdict.light;
  const box = $("verdict");
  box.dataset.light = light;
  $("verdict-icon-path").setAttribute("d", ICONS[light]);
  $("verdict-title").textContent = t(`verdict-${light}-title`);
  $("verdict-text").textContent = t(`verdict-${light}-text`);
  $("verdict-reasons-h").hidden = verdict.reasons.length === 0;
  const list = clear($("verdict-reasons"));
  for (const r of verdict.reasons) {
    list.append(
      el("li", { class: "reason", "data-severity": r.severity, "data-question": r.question },
        el("p", { class: "reason-tags" },
          el("span", { class: "tag" }, t(`reason-severity-${r.severity}`)),
          r.not_sure ? el("span", { class: "tag subtle" }, t("reason-not-sure")) : null,
        ),
        el("p", { class: "reason-q" }, t(`check-${r.question}`)),
        el("p", { class: "ds-paragraph" }, t(`check-${r.question}-why`)),
        el("p", { class: "ds-paragraph reason-do" }, t(`check-${r.question}-do`)),
        actionButton(r.action),
        el("p", { class: "reason-links" },
          el("span", {}, t("reason-read-more")), " ",
          r.links.map((l, i) => [i ? " · " : "", el("a", { class: "ds-link", href: `#/guideline/${l.id}`, "data-link": l.id }, l.title)]),
        ),
      ),
    );
  }
  box.focus({ preventScroll: true });
}

export function init() {
  onLanguage(async (_, boot) => {
    const first = questions.length === 0;
    questions = boot.checklist;
    try {
      if (first) await start();
      else if (!$("check-question").hidden) await renderQuestion();
      if (verdict) {
        verdict = await invoke("checklist_verdict", { answers });
        renderVerdict();
      }
    } catch (e) {
      showError(e);
    }
  });
  $("check-restart").addEventListener("click", () => {
    start().then(() => $("check-q").scrollIntoView({ block: "center" })).catch(showError);
  });
  $("check-prev").addEventListener("click", () => {
    if (index > 0) {
      index -= 1;
      renderQuestion().catch(showError);
    }
  });
  for (const b of document.querySelectorAll("#check-question [data-answer]")) {
    b.addEventListener("click", () => answer(b.dataset.answer).catch(showError));
  }
  $("check-question").addEventListener("submit", (e) => e.preventDefault());
}
