// The settings screen: language (follow the phone, nb or en).

import { language, onLanguage, setLanguage } from "./i18n.js";
import { showError } from "./notices.js";

export function init() {
  const radios = document.querySelectorAll('input[name="language"]');
  onLanguage(({ chosen }) => {
    for (const r of radios) r.checked = r.value === (chosen ?? "");
  });
  for (const r of radios) {
    r.addEventListener("change", () => {
      if (!r.checked) return;
      setLanguage(r.value || null).catch((e) => {
        showError(e);
        for (const x of radios) x.checked = x.value === (language().chosen ?? "");
      });
    });
  }
}
