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

/** Wraps each case-insensitive occurrence of `words` in the text below `root` in <mark>. */
export function highlight(root, words) {
  const wanted = words.map((w) => w.toLowerCase()).filter(Boolean);
  if (!wanted.length) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  for (const node of nodes) {
    const text = node.data;
    const lower = text.toLowerCase();
    if (lower.length !== text.length) continue; // positions would not line up
    const parts = [];
    let i = 0;
    while (i < text.length) {
      let hit = null;
      for (const w of wanted) {
        const at = lower.indexOf(w, i);
        if (at !== -1 && (hit === null || at < hit.at)) hit = { at, len: w.length };
      }
      if (!hit) break;
      if (hit.at > i) parts.push(document.createTextNode(text.slice(i, hit.at)));
      parts.push(el("mark", {}, text.slice(hit.at, hit.at + hit.len)));
      i = hit.at + hit.len;
    }
    if (!parts.length) continue;
    if (i < text.length) parts.push(document.createTextNode(text.slice(i)));
    node.replaceWith(...parts);
  }
}
