// The accessibility statement: its text is Fluent; the feedback route is set
// at build time (POSTVETT_FEEDBACK) and comes with the bootstrap.

import { onLanguage, t } from "./i18n.js";

export function init() {
  onLanguage((_, boot) => {
    document.getElementById("a11y-feedback").textContent = boot.feedback || t("a11y-feedback-unset");
  });
}
