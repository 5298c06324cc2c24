// Privacy tips: the guideline's own advice (verbatim, from the guideline
// content), then one card per service with steps the user can tick off. The
// ticks are stored on the phone and can be cleared.

import { clear, el } from "./dom.js";
import { invoke } from "./ipc.js";
import { fmt, onLanguage, t } from "./i18n.js";
import { showError } from "./notices.js";

const $ = (id) => document.getElementById(id);
let view = null;

async function load() {
  view = await invoke("tips_view");
}

async function render() {
  if (!view) return;
  clear($("tips-advice")).append(...view.advice.map((id) => el("li", {}, t(id))));
  const done = new Set(view.done);
  const cards = clear($("tips-cards"));
  for (const card of view.cards) {
    const count = card.steps.filter((s) => done.has(s)).length;
    const progress = el("p", { class: "card-progress", id: `${card.id}-progress` });
    cards.append(
      el("section", { class: "ds-card tip-card", id: card.id, "aria-labelledby": `${card.id}-h` },
        el("h3", { class: "ds-heading", id: `${card.id}-h` }, t(`${card.id}-title`)),
        el("p", { class: "ds-paragraph" }, t(`${card.id}-intro`)),
        el("ul", { class: "steps" },
          card.steps.map((step) =>
            el("li", {},
              el("input", { type: "checkbox", class: "ds-input", id: `step-${step}`, "data-step": step, checked: done.has(step) }),
              el("label", { for: `step-${step}` }, t(step)),
            ),
          ),
        ),
        progress,
        el("p", { class: "hint as-of" }, await fmt("tips-as-of", { date: card.as_of })),
      ),
    );
    progress.textContent = await fmt("tips-progress", { done: count, total: card.steps.length });
  }
}

async function toggle(box) {
  const step = box.dataset.step;
  try {
    await invoke("set_tip_done", { step, done: box.checked });
    view.done = box.checked ? [...view.done, step] : view.done.filter((s) => s !== step);
    const card = view.cards.find((c) => c.steps.includes(step));
    const count = card.steps.filter((s) => view.done.includes(s)).length;
    $(`${card.id}-progress`).textContent = await fmt("tips-progress", { done: count, total: card.steps.length });
  } catch (e) {
    box.checked = !box.checked;
    showError(e);
  }
}

export function init() {
  onLanguage(() => load().then(render).catch(showError));
  $("tips-cards").addEventListener("change", (e) => {
    if (e.target.matches("input[data-step]")) toggle(e.target);
  });
  $("tips-reset").addEventListener("click", () => $("tips-reset-dialog").showModal());
  $("tips-reset-no").addEventListener("click", () => $("tips-reset-dialog").close());
  $("tips-reset-yes").addEventListener("click", async () => {
    $("tips-reset-dialog").close();
    try {
      await invoke("reset_tips");
      await load();
      await render();
    } catch (e) {
      showError(e);
    }
  });
}
