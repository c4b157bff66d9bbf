// DOM building without HTML strings: every piece of text becomes a text node, so nothing from a
// draft, a report or a file name can ever be parsed as markup (no innerHTML anywhere).

const BLOCKED_ATTRIBUTE = /^(on|style$|srcdoc$|formaction$)/i;

export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (BLOCKED_ATTRIBUTE.test(name)) throw new Error(`attribute ${name} is not allowed`);
    element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

export function svg(tag, attributes, ...children) {
  const element = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (BLOCKED_ATTRIBUTE.test(name)) throw new Error(`attribute ${name} is not allowed`);
    element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

export function $(selector, root = document) {
  return root.querySelector(selector);
}
