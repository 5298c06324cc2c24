// The settings screen: the language (follow the phone, or one of the bundled
// languages, each offered in its own name as the core lists them).

import { el } from "./dom.js";
import { language, onLanguage, setLanguage } from "./i18n.js";
import { showError } from "./notices.js";

const radios = () => document.querySelectorAll('input[name="language"]');

function check() {
  for (const r of radios()) r.checked = r.value === (language().chosen ?? "");
}

async function choose(r) {
  if (!r.checked) return;
  try {
    await setLanguage(r.value || null);
  } catch (e) {
    showError(e);
    check();
  }
}

/** One radio per bundled language, after "Same as the phone" (made once:
 *  each is named in its own language, so a switch does not change them). */
function fill({ languages }) {
  const box = document.getElementById("language-choice");
  if (!box.querySelector("[data-language]")) box.append(
    ...languages.map(({ code, name }) =>
      el("div", { class: "ds-field choice", "data-language": code },
        el("input", { class: "ds-input", type: "radio", name: "language", id: `lang-${code}`, value: code, onchange: (e) => choose(e.target) }),
        el("label", { class: "ds-label", for: `lang-${code}`, lang: code }, name),
      ),
    ),
  );
  check();
}

export function init() {
  onLanguage(fill);
  document.getElementById("lang-auto").addEventListener("change", (e) => choose(e.target));
}
