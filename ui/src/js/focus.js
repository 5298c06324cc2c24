// The keyboard focus stays where it can be seen. WebKitGTK does not always
// scroll a field that gets the focus by Tab into view (the decline screen's
// name field, below the fold, stayed off screen), so a focused element that
// lies outside the space between the top bar and the bottom navigation is
// scrolled into it; the root's scroll padding keeps it clear of both. A
// sticky action bar (the decline screen's copy button, the photo check's
// save button) rides above the navigation: what is focused under it is
// scrolled up above it.

export function keepFocusInView() {
  document.addEventListener("focusin", (e) => {
    const t = e.target;
    if (!(t instanceof Element) || t === document.body || t.closest("dialog, .bottom-nav, .topbar")) return;
    // A screen, focused as it opens, is shown from its top (the router).
    if (t.matches("main, [data-screen]")) return;
    const r = t.getBoundingClientRect();
    const top = document.querySelector(".topbar")?.getBoundingClientRect().bottom ?? 0;
    let bottom = document.querySelector(".bottom-nav")?.getBoundingClientRect().top ?? innerHeight;
    for (const bar of document.querySelectorAll(".copy-bar")) {
      const b = bar.getBoundingClientRect();
      if (b.height === 0 || bar.contains(t)) continue;
      // A bar that lies over the element (it is stuck to the bottom edge).
      if (b.top < r.bottom && b.bottom > r.top && b.top > top) bottom = Math.min(bottom, b.top);
    }
    // The root's scroll padding clears the bars (and a sticky action bar).
    if (r.top < top || r.bottom > bottom) t.scrollIntoView({ block: "nearest" });
  });
}
