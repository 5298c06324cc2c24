// The guideline screen (#/guideline): the document list with metadata,
// search, and a document view with a table of contents, deep links
// (#/guideline/<id>[/<query>]), a persisted text size, "read in" the other
// languages keeping the place, the re-read notice and the sign-off button.
// The core's view says where every id lives and carries all display text.

import { clear, el, mark } from "./dom.js";
import { invoke, openLink } from "./ipc.js";
import { onLanguage, setLanguage, t } from "./i18n.js";
import { showError } from "./notices.js";
import { current, onScreen, wasOpened } from "./router.js";
import * as signoff from "./signoff.js";

const $ = (id) => document.getElementById(id);
let data = null; // the `guideline` view for the current language
let textSize = 0;
let textSizeMax = 0;

async function load() {
  data = await invoke("guideline");
}

function metaRows(doc) {
  const rows = [
    ["reader-meta-number", doc.number],
    ["reader-meta-edition", doc.edition],
    ["reader-meta-valid-from", doc.valid_from_display],
  ];
  return rows
    .filter(([, v]) => v)
    .map(([k, v]) => el("div", {}, el("dt", {}, t(k)), el("dd", {}, v)));
}

function renderList() {
  const list = clear($("reader-docs"));
  for (const doc of data.documents) {
    list.append(
      el("li", { class: "ds-card doc-card" },
        el("h3", { class: "ds-heading" }, doc.title),
        doc.kind ? el("p", { class: "ds-paragraph kind" }, doc.kind) : null,
        el("dl", { class: "meta" }, metaRows(doc)),
        el("a", { class: "ds-button", "data-variant": "secondary", href: `#/guideline/${doc.id}` }, t("reader-open")),
      ),
    );
  }
}

/** A paragraph's runs as text nodes, with its emphasis as <em>. */
const rich = (runs) => runs.map((r) => (r.em ? el("em", {}, r.text) : r.text));

function block(b) {
  const id = `c-${b.id}`;
  switch (b.kind) {
    case "paragraph":
      return el("p", { id, class: "ds-paragraph", tabindex: -1 }, rich(b.text));
    case "bullets":
      return el("ul", { id, class: "bullets" }, b.items.map((i) => el("li", { id: `c-${i.id}`, tabindex: -1 }, rich(i.text))));
    case "template":
      return el("figure", { id, class: "template", tabindex: -1 },
        el("blockquote", {}, b.text),
        el("a", { class: "ds-button", "data-variant": "secondary", href: "#/decline" }, t("reader-to-decline")),
      );
    case "link":
      return el("div", { id, class: "link-block", tabindex: -1 },
        el("p", { class: "ds-paragraph" }, b.text),
        el("p", { class: "url" }, el("span", { class: "url-text" }, b.url)),
        el("button", { type: "button", class: "ds-button", "data-variant": "secondary", onclick: () => openLink(b.url).catch(showError) }, t("reader-open-link")),
        el("p", { class: "ds-paragraph hint" }, t("reader-link-offline")),
      );
    default:
      return null;
  }
}

function renderDoc(doc) {
  $("reader-doc").dataset.doc = doc.id;
  $("reader-doc-title").textContent = doc.title;
  $("reader-authoritative").hidden = data.authoritative;
  clear($("reader-meta")).append(...metaRows(doc), doc.kind ? el("div", {}, el("dt", {}, t("reader-meta-kind")), el("dd", {}, doc.kind)) : "");
  const toc = clear($("reader-toc").querySelector("ol"));
  const body = clear($("reader-body"));
  body.lang = data.lang;
  $("reader-doc").lang = data.lang;
  for (const s of doc.sections) {
    toc.append(el("li", { class: `level-${s.level}` }, el("a", { href: `#/guideline/${s.id}` }, s.title)));
    body.append(
      el("section", { id: `c-${s.id}`, class: `level-${s.level}`, "aria-labelledby": `h-${s.id}`, tabindex: -1, "data-section": s.id },
        el(s.level === 1 ? "h2" : "h3", { id: `h-${s.id}`, class: "ds-heading" }, s.title),
        s.blocks.map(block),
      ),
    );
  }
  $("reader-refs").hidden = !doc.references.length;
  clear($("reader-refs").querySelector("ul")).append(...doc.references.map((r) => el("li", {}, el("span", { class: "code" }, r.code), " ", r.title)));
  clear($("reader-glossary").querySelector("dl")).append(
    ...data.glossary.map((g) => el("div", {}, el("dt", { lang: g.term.lang }, g.term.text), g.renderings.map((r) => el("dd", { lang: r.lang }, r.text)))),
  );
  $("reader-read-in").hidden = !data.read_in.length;
  clear($("reader-read-in-list")).append(
    ...data.read_in.map(({ code, name }) =>
      el("button", { type: "button", class: "ds-button", "data-variant": "tertiary", id: `reader-read-in-${code}`, lang: code, onclick: () => readIn(code) }, name),
    ),
  );
}

/** Switches the language while reading; the tapped button is rebuilt, so the
 *  focus moves to the first "read in" button unless a section took it. */
async function readIn(code) {
  try {
    await setLanguage(code);
    requestAnimationFrame(() => {
      if (document.activeElement === document.body) $("reader-read-in-list").querySelector("button")?.focus();
    });
  } catch (e) {
    showError(e);
  }
}

function applyTextSize() {
  $("reader-body").dataset.textSize = String(textSize);
  $("reader-ts-down").disabled = textSize <= 0;
  $("reader-ts-up").disabled = textSize >= textSizeMax;
}

async function changeTextSize(delta) {
  const next = Math.max(0, Math.min(textSizeMax, textSize + delta));
  if (next === textSize) return;
  textSize = next;
  applyTextSize();
  try {
    await invoke("set_text_size", { size: next });
  } catch (e) {
    showError(e);
  }
}

// Where a render left the page (scrollY), or null while it is still
// placing it: the place tracker follows the reader's own scrolling only, not
// the scroll events of a render, of a layout change above, or of the focus.
let placedY = null;

/** Shows the route `rest` = "" | "<id>" | "<id>/<query>". */
function show(rest) {
  if (!data) {
    // First opened: load the view, then show the place asked for.
    load()
      .then(() => current().screen === "guideline" && show(current().rest))
      .catch(showError);
    return;
  }
  placedY = null;
  const [id, q] = rest.split("/");
  const docId = id ? data.owners[id] : null;
  const doc = docId && data.documents.find((d) => d.id === docId);
  $("reader-list").hidden = Boolean(doc);
  $("reader-doc").hidden = !doc;
  if (!doc) {
    renderList();
    return;
  }
  renderDoc(doc);
  applyTextSize();
  const target = id !== doc.id ? document.getElementById(`c-${id}`) : null;
  if (target) {
    // A search result's words, found in it by the core as search finds
    // them; a section's are in its heading.
    const marked = target.tagName === "SECTION" ? document.getElementById(`h-${id}`) : target;
    if (q) invoke("search_marks", { target: id, query: decodeURIComponent(q) }).then((m) => mark(marked, m)).catch(showError);
    target.classList.add("is-target");
  }
  requestAnimationFrame(() => {
    if (target) {
      target.scrollIntoView({ block: "start" });
      target.focus({ preventScroll: true });
    }
    placedY = scrollY;
  });
}

/** While reading, keep the hash on the section at the top of the screen, so
 *  Back and a language switch return to the same place. */
function trackPlace() {
  let pending = false;
  window.addEventListener("scroll", () => {
    // Not while a render places the page, nor while a language switch
    // draws the document again (`data` is the old language's until then).
    if (pending || !data || placedY === null || Math.abs(scrollY - placedY) < 2 || $("reader-doc").hidden || current().screen !== "guideline") return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      if (!data || placedY === null) return;
      placedY = -Infinity; // the reader has moved: follow every scroll now
      // A section is at the top once it is where a link to it puts it: below
      // the page's scroll padding and its own scroll margin (styles.css).
      const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
      let top = null;
      for (const s of document.querySelectorAll("#reader-body [data-section]")) {
        const margin = parseFloat(getComputedStyle(s).scrollMarginTop) || 0;
        if (s.getBoundingClientRect().top <= padding + margin + 8) top = s.dataset.section;
      }
      const [id] = current().rest.split("/");
      if (top && top !== id) history.replaceState(null, "", `#/guideline/${top}`);
    });
  }, { passive: true });
}

let seq = 0;
async function search(query) {
  const mine = ++seq;
  const results = clear($("reader-results"));
  const status = $("reader-search-status");
  if (!query.trim()) {
    status.textContent = "";
    return;
  }
  try {
    const found = await invoke("search", { query });
    if (mine !== seq) return;
    status.textContent = found.status;
    const q = encodeURIComponent(query.trim());
    for (const h of found.hits) {
      results.append(
        el("li", {},
          el("a", { href: `#/guideline/${h.target}/${q}`, class: "result", "data-section": h.section },
            el("span", { class: "result-section" }, h.section_title),
            el("span", { class: "result-snippet" }, h.snippet.map((s) => (s.hit ? el("mark", {}, s.text) : s.text))),
          ),
        ),
      );
    }
  } catch (e) {
    showError(e);
  }
}

export function init() {
  onScreen("guideline", show);
  onScreen("guideline", () => signoff.refresh().catch(() => {}));
  // The re-read notices (from the sign-off view) above the document list.
  signoff.onView((view) => clear($("reader-reread")).append(...signoff.rereadNotices(view)));
  onLanguage(async (_, boot) => {
    textSize = boot.text_size;
    textSizeMax = boot.text_size_max;
    data = null; // the view of the old language
    if (!wasOpened("guideline")) return;
    try {
      await load();
      if (current().screen === "guideline") show(current().rest);
      const q = $("reader-q").value;
      if (q) search(q);
    } catch (e) {
      showError(e);
    }
  });
  $("reader-search").addEventListener("submit", (e) => {
    e.preventDefault();
    search($("reader-q").value);
  });
  let timer = 0;
  $("reader-q").addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => search($("reader-q").value), 150);
  });
  $("reader-ts-down").addEventListener("click", () => changeTextSize(-1));
  $("reader-ts-up").addEventListener("click", () => changeTextSize(1));
  $("signoff-start").addEventListener("click", () => {
    const doc = data && data.documents.find((d) => d.id === $("reader-doc").dataset.doc);
    if (doc) signoff.open(doc).catch(showError);
  });
  trackPlace();
}
