// A tiny DOM builder: elements from a tag, attributes and children. Text is
// always a text node, so data can never become markup.

/** el("p", {class: "x"}, "text", child) → <p class="x">text<child></p> */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Removes every child of `node`. */
export function clear(node) {
  node.replaceChildren();
  return node;
}

/** Wraps the ranges `marks` ([{start, end}] in string positions of the
 *  text below `root`, in order, as the core finds them) in <mark>. */
export function mark(root, marks) {
  if (!marks.length) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  let at = 0; // position of the node's first character in root's text
  for (const node of nodes) {
    const text = node.data;
    const end = at + text.length;
    const parts = [];
    let i = 0; // position in this node already placed in parts
    for (const m of marks) {
      const from = Math.max(m.start, at) - at;
      const to = Math.min(m.end, end) - at;
      if (to <= from) continue;
      if (from > i) parts.push(document.createTextNode(text.slice(i, from)));
      parts.push(el("mark", {}, text.slice(from, to)));
      i = to;
    }
    if (parts.length) {
      if (i < text.length) parts.push(document.createTextNode(text.slice(i)));
      node.replaceWith(...parts);
    }
    at = end;
  }
}

/** Focuses `node` once the frame that shows it has been drawn. Focused at
 *  once, on a part that had just been unhidden, WebKit handed Orca an object
 *  that it then replaced, and Orca read nothing (or the screen before). */
export function focusWhenDrawn(node, options = { preventScroll: true }) {
  // A focus moved in between (a screen's own, after its data came) wins.
  const before = document.activeElement;
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const now = document.activeElement;
    if (now === before || now === document.body || !now) node?.focus(options);
  }));
}
