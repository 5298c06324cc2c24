// The photo check: pick a photo, see what it gives away (from Rust, in the
// user's language), see the faces Rust found as boxes on the picture, mark
// what to hide (found faces start marked; own boxes are added by dragging
// or tapping on the picture, or with the keyboard), and save a clean copy
// through the save dialog Rust opens.
//
// Privacy by construction: the photo goes to Rust as bytes and stays in its
// memory while this screen is open; the page shows it from an object URL
// (the CSP's img-src allows blob: for it). Leaving the screen drops both.
// Nothing about a photo is stored, logged or sent anywhere.

import { clear, el } from "./dom.js";
import { invoke } from "./ipc.js";
import { formatMessage, onLanguage, t } from "./i18n.js";
import { announce, clearFieldErrors, showAtField, showError } from "./notices.js";
import { onLeave } from "./router.js";

const $ = (id) => document.getElementById(id);
let rawIpc = true; // from the bootstrap: whether a call can carry raw bytes
let file = null; // the picked file (to show it, and to read it again after a language switch)
let url = null; // its object URL
let regions = []; // [{id, kind: "face" | "own", label, x, y, w, h, hide}]
let nextOwn = 1;
let seq = 0; // only the newest pick is shown

const STEP = 0.02; // how far an arrow key moves or resizes a box (of the picture)
const TAP_BOX = 0.2; // the size of a box made by a tap

/** The photo as the call's body: raw bytes, or base64 text where the
 *  platform's IPC carries JSON only (Android). */
async function body(f) {
  if (rawIpc) return new Uint8Array(await f.arrayBuffer());
  const dataUrl = await new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(f);
  });
  return { base64: dataUrl.slice(dataUrl.indexOf(",") + 1) };
}

function reset() {
  seq += 1;
  if (url) URL.revokeObjectURL(url);
  url = null;
  file = null;
  regions = [];
  nextOwn = 1;
  $("photo-img").removeAttribute("src");
  delete $("photo-stage").dataset.faces;
  $("photo-result").hidden = true;
  $("photo-form").hidden = false;
  $("photo-carries").hidden = true;
  announce($("photo-save-status"), "", $("photo-save"));
  clear($("photo-lines"));
  clear($("photo-regions"));
  for (const box of $("photo-stage").querySelectorAll(".photo-box")) box.remove();
}

function line({ kind, text, note }) {
  return el("li", { "data-kind": kind }, el("span", { class: "line-text" }, text), note ? el("span", { class: "line-note" }, note) : null);
}

function renderView(view) {
  clear($("photo-lines")).append(...view.lines.map(line));
  $("photo-received").textContent = view.received;
  $("photo-stage").style.aspectRatio = `${view.width} / ${view.height}`;
}

function renderFaces(faces) {
  $("photo-faces-status").textContent = faces.ask ? `${faces.found} ${faces.ask}` : faces.found;
  $("photo-faces-limits").textContent = faces.limits;
  clear($("photo-rules")).append(
    el("span", {}, t("photo-rules")), " ",
    faces.rules.map((r, i) => [i ? " · " : "", el("a", { class: "ds-link", href: `#/guideline/${r.id}` }, r.title)]),
  );
}

const pct = (v) => `${(v * 100).toFixed(3)}%`;

function placeBox(box, r) {
  Object.assign(box.style, { left: pct(r.x), top: pct(r.y), width: pct(r.w), height: pct(r.h) });
  box.dataset.hide = String(r.hide);
}

// The boxes on the picture are for a finger or a mouse (a face in a group
// photo is far smaller than a tap target should be). The list under it
// does everything without a pointer: each row marks its box to hide, moves
// and resizes it with the arrow keys, and removes one of your own.

/** Draws the boxes on the picture and the list under it; `focus` is a
 *  control of a row to focus afterwards (`[data-move="id"]` …). */
function renderRegions(focus = null) {
  const stage = $("photo-stage");
  for (const old of stage.querySelectorAll(".photo-box")) old.remove();
  for (const r of regions) {
    const box = el("div", { class: "photo-box", "data-region": r.id, "data-kind": r.kind, "aria-hidden": "true" },
      el("span", { class: "photo-box-label" }, r.label),
      el("span", { class: "photo-box-handle" }),
    );
    placeBox(box, r);
    stage.append(box);
  }
  clear($("photo-regions")).append(
    ...regions.map((r) =>
      el("li", { class: "photo-region", "data-region": r.id },
        el("div", { class: "ds-field choice" },
          el("input", { class: "ds-input", type: "checkbox", id: `hide-${r.id}`, checked: r.hide, "data-region": r.id }),
          el("label", { class: "ds-label", for: `hide-${r.id}` }, `${t("photo-region-hide")}: ${r.label}`),
        ),
        el("div", { class: "region-actions" },
          el("button", { type: "button", class: "ds-button", "data-variant": "secondary", "data-move": r.id, "aria-label": `${t("photo-region-select")}: ${r.label}`, "aria-describedby": "photo-add-hint" }, t("photo-region-select")),
          r.kind === "own" ? el("button", { type: "button", class: "ds-button", "data-variant": "tertiary", "data-remove": r.id, "aria-label": `${t("photo-region-remove")}: ${r.label}` }, t("photo-region-remove")) : null,
        ),
      ),
    ),
  );
  if (focus) $("photo-regions").querySelector(focus)?.focus();
}

/** Marks the box of `id` on the picture as the one the keys move. */
function select(id) {
  for (const b of $("photo-stage").querySelectorAll(".photo-box")) {
    if (b.dataset.region === id) b.dataset.selected = "true";
    else delete b.dataset.selected;
  }
}

// User Timing marks (bench/photo reads them): the pick, the findings on
// screen, the faces on screen.
const mark = (name) => performance.mark(name);

async function pick(f) {
  mark("photo-picked");
  reset();
  const mine = seq;
  const form = $("photo-form");
  clearFieldErrors(form);
  let view;
  try {
    view = await invoke("photo_open", await body(f));
  } catch (e) {
    if (mine === seq) await showAtField(form, e);
    return;
  }
  if (mine !== seq) return;
  file = f;
  url = URL.createObjectURL(f);
  $("photo-img").src = url;
  renderView(view);
  // The picked photo takes the screen; "check another photo" starts again.
  $("photo-form").hidden = true;
  $("photo-result").hidden = false;
  $("photo-lines-h").focus({ preventScroll: true });
  requestAnimationFrame(() => mark("photo-shown"));
  $("photo-faces-status").textContent = t("photo-faces-looking");
  $("photo-stage").dataset.busy = "true";
  try {
    const faces = await invoke("photo_faces");
    if (mine !== seq) return;
    regions = faces.faces.map((r, i) => ({ id: `face-${i + 1}`, kind: "face", label: faces.labels[i], ...r, hide: true }));
    renderFaces(faces);
    renderRegions();
    $("photo-stage").dataset.faces = String(faces.faces.length);
    requestAnimationFrame(() => mark("photo-faces"));
  } catch (e) {
    if (mine === seq) showError(e);
  } finally {
    if (mine === seq) delete $("photo-stage").dataset.busy;
  }
}

async function addRegion(r) {
  const n = nextOwn++;
  const label = await formatMessage("photo-region-own", { n });
  const region = { id: `own-${n}`, kind: "own", label, ...clamp(r), hide: true };
  regions.push(region);
  renderRegions(`[data-move="${region.id}"]`);
  select(region.id);
  return region;
}

function clamp({ x, y, w, h }) {
  const cw = Math.min(Math.max(w, 0.02), 1);
  const ch = Math.min(Math.max(h, 0.02), 1);
  return { x: Math.min(Math.max(x, 0), 1 - cw), y: Math.min(Math.max(y, 0), 1 - ch), w: cw, h: ch };
}

const regionOf = (id) => regions.find((r) => r.id === id);

/** The point of a pointer event, in fractions of the picture. */
function at(e) {
  const b = $("photo-stage").getBoundingClientRect();
  return { x: (e.clientX - b.left) / b.width, y: (e.clientY - b.top) / b.height };
}

/** Dragging on the picture draws a box; on a box moves it; on its corner
 *  resizes it. A tap on the picture makes a box there. */
function onPointerDown(e) {
  if (e.button !== 0 || !$("photo-img").src) return;
  const box = e.target.closest(".photo-box");
  const start = at(e);
  const stage = $("photo-stage");
  stage.setPointerCapture(e.pointerId);
  const region = box ? regionOf(box.dataset.region) : null;
  const from = region ? { ...region } : null;
  const mode = !region ? "draw" : e.target.classList.contains("photo-box-handle") ? "resize" : "move";
  if (region) select(region.id);
  let moved = false;
  let drawing = null;
  const move = (ev) => {
    const p = at(ev);
    const dx = p.x - start.x;
    const dy = p.y - start.y;
    if (Math.abs(dx) + Math.abs(dy) > 0.01) moved = true;
    if (!moved) return;
    if (mode === "move") Object.assign(region, clamp({ ...from, x: from.x + dx, y: from.y + dy }));
    else if (mode === "resize") Object.assign(region, clamp({ ...from, w: from.w + dx, h: from.h + dy }));
    else {
      drawing ||= el("div", { class: "photo-box drawing", "aria-hidden": "true" });
      stage.append(drawing);
      placeBox(drawing, { ...clamp({ x: Math.min(start.x, p.x), y: Math.min(start.y, p.y), w: Math.abs(dx), h: Math.abs(dy) }), hide: true });
    }
    if (region) placeBox(box, region);
  };
  const up = async (ev) => {
    stage.removeEventListener("pointermove", move);
    stage.removeEventListener("pointerup", up);
    stage.removeEventListener("pointercancel", up);
    drawing?.remove();
    if (ev.type === "pointercancel") return;
    const p = at(ev);
    if (mode === "draw") {
      const r = moved
        ? { x: Math.min(start.x, p.x), y: Math.min(start.y, p.y), w: Math.abs(p.x - start.x), h: Math.abs(p.y - start.y) }
        : { x: start.x - TAP_BOX / 2, y: start.y - TAP_BOX / 2, w: TAP_BOX, h: TAP_BOX };
      await addRegion(r);
    } else if (!moved) {
      toggle(region.id);
    }
    if (region) select(region.id);
  };
  stage.addEventListener("pointermove", move);
  stage.addEventListener("pointerup", up);
  stage.addEventListener("pointercancel", up);
  e.preventDefault();
}

function toggle(id) {
  const r = regionOf(id);
  if (!r) return;
  r.hide = !r.hide;
  renderRegions();
}

function remove(id) {
  const i = regions.findIndex((r) => r.id === id);
  if (i < 0) return;
  regions.splice(i, 1);
  renderRegions();
  $("photo-add").focus();
}

/** A row's "select" button, focused: the arrow keys move its box, with
 *  Shift they resize it, and Delete removes one of your own. */
function onRowKey(e) {
  const id = e.target.dataset.move;
  const r = id && regionOf(id);
  if (!r) return;
  const d = { ArrowLeft: [-STEP, 0], ArrowRight: [STEP, 0], ArrowUp: [0, -STEP], ArrowDown: [0, STEP] }[e.key];
  if (d) {
    e.preventDefault();
    const next = e.shiftKey ? { ...r, w: r.w + d[0], h: r.h + d[1] } : { ...r, x: r.x + d[0], y: r.y + d[1] };
    Object.assign(r, clamp(next));
    placeBox($("photo-stage").querySelector(`.photo-box[data-region="${r.id}"]`), r);
    select(r.id);
  } else if ((e.key === "Delete" || e.key === "Backspace") && r.kind === "own") {
    e.preventDefault();
    remove(r.id);
  }
}

async function save() {
  const status = $("photo-save-status");
  announce(status, "", $("photo-save"));
  $("photo-carries").hidden = true;
  const hidden = regions.filter((r) => r.hide).map(({ x, y, w, h }) => ({ x, y, w, h }));
  try {
    const result = await invoke("photo_save", { regions: hidden });
    status.dataset.kind = result.saved ? "ok" : "info";
    announce(status, result.text, $("photo-save"));
    clear($("photo-carries-list")).append(...result.carries.map(line));
    $("photo-carries").hidden = !result.saved;
  } catch (e) {
    showError(e);
  }
}

function close() {
  reset();
  $("photo-file").value = "";
  invoke("photo_close").catch(() => {});
}

export function init() {
  onLanguage(async (_, boot) => {
    rawIpc = boot.raw_ipc;
    // A photo on screen is read again in the new language (its lines and
    // the faces' words come from Rust).
    if (!file) return;
    const kept = regions;
    await pick(file);
    // The boxes as they were (moved, marked, added), named in the new language.
    const faces = new Map(regions.map((r) => [r.id, r.label]));
    for (const r of kept) {
      r.label = r.kind === "face" ? faces.get(r.id) ?? r.label : await formatMessage("photo-region-own", { n: Number(r.id.slice(4)) });
    }
    regions = kept;
    nextOwn = 1 + Math.max(0, ...kept.filter((r) => r.kind === "own").map((r) => Number(r.id.slice(4))));
    renderRegions();
  });
  onLeave("photo", close);
  $("photo-pick").addEventListener("click", () => $("photo-file").click());
  $("photo-file").addEventListener("change", () => {
    const f = $("photo-file").files[0];
    if (f) pick(f).catch(showError);
  });
  $("photo-form").addEventListener("submit", (e) => e.preventDefault());
  $("photo-stage").addEventListener("pointerdown", onPointerDown);
  $("photo-regions").addEventListener("keydown", onRowKey);
  $("photo-regions").addEventListener("change", (e) => {
    const r = regionOf(e.target.dataset.region);
    if (r) {
      r.hide = e.target.checked;
      placeBox($("photo-stage").querySelector(`.photo-box[data-region="${r.id}"]`), r);
    }
  });
  $("photo-regions").addEventListener("click", (e) => {
    if (e.target.dataset.remove) remove(e.target.dataset.remove);
    if (e.target.dataset.move) select(e.target.dataset.move);
  });
  $("photo-add").addEventListener("click", () => addRegion({ x: 0.4, y: 0.4, w: TAP_BOX, h: TAP_BOX }).catch(showError));
  $("photo-save").addEventListener("click", () => save());
  $("photo-another").addEventListener("click", () => {
    close();
    $("photo-pick").focus();
    $("photo-file").click();
  });
}
