// DOM helpers that only ever set text, never HTML: a document containing <script> stays text.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null) node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// The text with [start, end) wrapped in <mark>, as DOM nodes (no HTML parsing).
export function highlighted(text, start, end, className = "source-span") {
  const fragment = document.createDocumentFragment();
  fragment.append(document.createTextNode(text.slice(0, start)));
  fragment.append(el("mark", { class: className }, text.slice(start, end)));
  fragment.append(document.createTextNode(text.slice(end)));
  return fragment;
}

export function actorLabel(actor) {
  if (!actor) return "—";
  const name = actor.name || actor.text || actor.code;
  return actor.code && actor.code !== name ? `${name} (${actor.code})` : name;
}
