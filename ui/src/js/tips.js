// Privacy tips: the guideline's own advice (verbatim, from the guideline
// content), then one card per service with steps the user can tick off. The
// ticks are stored on the phone and can be cleared. The core's view carries
// every text, including each card's progress line.

import { clear, el } from "./dom.js";
import { invoke } from "./ipc.js";
import { loadWhenOpen } from "./router.js";
import { showError } from "./notices.js";

const $ = (id) => document.getElementById(id);

function render(view) {
  clear($("tips-advice")).append(...view.advice.map((text) => el("li", {}, text)));
  clear($("tips-cards")).append(
    ...view.cards.map((card) =>
      el("section", { class: "ds-card tip-card", id: card.id, "aria-labelledby": `${card.id}-h` },
        el("h3", { class: "ds-heading", id: `${card.id}-h` }, card.title),
        el("p", { class: "ds-paragraph" }, card.intro),
        el("ul", { class: "steps" },
          card.steps.map((step) =>
            el("li", {},
              el("input", { type: "checkbox", class: "ds-input", id: `step-${step.id}`, "data-step": step.id, checked: step.done }),
              el("label", { for: `step-${step.id}` }, step.text),
            ),
          ),
        ),
        el("p", { class: "card-progress", id: `${card.id}-progress` }, card.progress),
        el("p", { class: "hint as-of" }, card.as_of),
      ),
    ),
  );
}

/** After a tick, only the progress lines change (the focus stays put). */
function renderProgress(view) {
  for (const card of view.cards) $(`${card.id}-progress`).textContent = card.progress;
}

async function toggle(box) {
  try {
    renderProgress(await invoke("set_tip_done", { step: box.dataset.step, done: box.checked }));
  } catch (e) {
    box.checked = !box.checked;
    showError(e);
  }
}

export function init() {
  loadWhenOpen("tips", () => invoke("tips_view").then(render).catch(showError));
  $("tips-cards").addEventListener("change", (e) => {
    if (e.target.matches("input[data-step]")) toggle(e.target);
  });
  $("tips-reset").addEventListener("click", () => $("tips-reset-dialog").showModal());
  $("tips-reset-no").addEventListener("click", () => $("tips-reset-dialog").close());
  $("tips-reset-yes").addEventListener("click", async () => {
    $("tips-reset-dialog").close();
    try {
      render(await invoke("reset_tips"));
    } catch (e) {
      showError(e);
    }
  });
}
