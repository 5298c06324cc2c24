// The keyboard focus stays where it can be seen. WebKitGTK does not always
// scroll a field that gets the focus by Tab into view (the decline screen's
// name field, below the fold, stayed off screen), so a focused element that
// lies outside the space between the top bar and the bottom navigation is
// scrolled into it; the root's scroll padding keeps it clear of both.

export function keepFocusInView() {
  document.addEventListener("focusin", (e) => {
    const t = e.target;
    if (!(t instanceof Element) || t === document.body || t.closest("dialog, .bottom-nav, .topbar")) return;
    const r = t.getBoundingClientRect();
    const top = document.querySelector(".topbar")?.getBoundingClientRect().bottom ?? 0;
    const bottom = document.querySelector(".bottom-nav")?.getBoundingClientRect().top ?? innerHeight;
    if (r.top < top || r.bottom > bottom) t.scrollIntoView({ block: "nearest" });
  });
}
