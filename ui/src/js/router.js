// Hash routing between screens: #/checklist, #/guideline/<section-id>, ...
// The browser history is the back stack, so the Android Back button and the
// browser's back both walk back through screens.

import { focusWhenDrawn } from "./dom.js";
import { onLanguage } from "./i18n.js";

// The screens are the page's [data-screen] sections; the first is home.
const SCREENS = [...document.querySelectorAll("[data-screen]")].map((s) => s.dataset.screen);
const HOME = SCREENS[0];
const handlers = {};
const leaving = {};
const opened = new Set();
let shown = null;

/** Whether `screen` has been open since start. A screen's data is loaded
 *  when it first opens, and after a language change only once it has been
 *  open, so start-up loads what the first screen shows and nothing more. */
export const wasOpened = (screen) => opened.has(screen);

/** Registers a function called with the route's rest when `screen` opens
 *  (several modules may listen to one screen). */
export function onScreen(screen, fn) {
  (handlers[screen] ||= []).push(fn);
}

/** Registers a function called when `screen` is left for another. */
export function onLeave(screen, fn) {
  (leaving[screen] ||= []).push(fn);
}

/** Loads a screen's data when it first opens (or on every opening, with
 *  `everyOpen`, for views that follow the clock) and, once it has been open,
 *  after each language change. */
export function loadWhenOpen(screen, load, { everyOpen = false } = {}) {
  let loaded = false;
  onScreen(screen, () => {
    if (everyOpen || !loaded) load();
    loaded = true;
  });
  onLanguage(() => loaded && load());
}

/** The current route as {screen, rest}. */
export function current() {
  const [screen, ...rest] = location.hash.replace(/^#\/?/, "").split("/");
  return SCREENS.includes(screen) ? { screen, rest: rest.join("/") } : { screen: HOME, rest: "" };
}

function show() {
  const { screen, rest } = current();
  if (shown && shown !== screen) for (const fn of leaving[shown] || []) fn();
  shown = screen;
  for (const el of document.querySelectorAll("[data-screen]")) {
    // The main landmark keeps one name: renamed on each screen (by the
    // screen's title), Orca 43 read its old name with the new one.
    el.hidden = el.dataset.screen !== screen;
  }
  for (const a of document.querySelectorAll("[data-nav]")) {
    if (a.dataset.nav === screen) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  opened.add(screen);
  for (const fn of handlers[screen] || []) fn(rest);
  // The open screen takes the focus, so a screen reader reads its name (its
  // title). Focused, the main landmark was read with its previous name.
  focusWhenDrawn(document.querySelector(`[data-screen="${screen}"]`));
  window.scrollTo(0, 0);
}

export function start() {
  window.addEventListener("hashchange", show);
  // The skip link's "#main" is not a route: it would open the first screen.
  // It moves the focus to the content of the screen that is open instead.
  document.querySelector(".ds-skip-link").addEventListener("click", (e) => {
    e.preventDefault();
    const main = document.getElementById("main");
    main.focus({ preventScroll: true });
    main.scrollIntoView({ block: "start" });
  });
  show();
}

/** Android Back: walk back through screens; at the first screen, let it close. */
export function back() {
  if (history.length > 1 && current().screen !== HOME) {
    history.back();
    return true;
  }
  return false;
}
