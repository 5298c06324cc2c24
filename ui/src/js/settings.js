// The settings screen: language (follow the phone, nb or en).

import { language, onLanguage, setLanguage, t } from "./i18n.js";
import { showError } from "./notices.js";

export function init() {
  const radios = document.querySelectorAll('input[name="language"]');
  onLanguage(({ chosen }, boot) => {
    for (const r of radios) r.checked = r.value === (chosen ?? "");
    // The feedback route of the accessibility statement is set at build time.
    document.getElementById("a11y-feedback").textContent = boot.feedback || t("a11y-feedback-unset");
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
