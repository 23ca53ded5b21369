/**
 * Building DOM nodes. Text always goes in as text nodes, never as HTML: whatever the server sends
 * (labels, messages, cell values) is shown exactly as written and can never become markup.
 */

export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

const append = (parent: Node, children: Child[]): void => {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child))
        : child,
    );
  }
};

const setAttrs = (el: Element, attrs: Attrs): void => {
  for (const name of Object.keys(attrs)) {
    const value = attrs[name];
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
};

/** An HTML element with attributes (never `on…` handlers: use `on`) and text or node children. */
export const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
};

/** `el` with `listener` on `type`, for use inside `h(…)` trees. */
export const on = <E extends HTMLElement>(
  el: E,
  type: string,
  listener: (event: Event) => void,
): E => {
  el.addEventListener(type, listener);
  return el;
};

/** Replaces the children of `el`. */
export const fill = (el: Element, ...children: Child[]): void => {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
};

const SVG = 'http://www.w3.org/2000/svg';

/** Small line icons (16×16), decorative: the meaning is always also written in words beside them. */
const ICONS = {
  check: ['M3 8.5l3.2 3.2L13 4.8'],
  cross: ['M4.5 4.5l7 7', 'M11.5 4.5l-7 7'],
  warning: ['M8 1.8L15 14H1z', 'M8 6.2v3.6', 'M8 11.9v.2'],
  clock: ['M8 1.8a6.2 6.2 0 1 0 0 12.4A6.2 6.2 0 1 0 8 1.8z', 'M8 4.6V8l2.4 1.6'],
  dot: ['M8 5.6a2.4 2.4 0 1 0 0 4.8A2.4 2.4 0 1 0 8 5.6z'],
  dash: ['M4 8h8'],
  equal: ['M4 6h8', 'M4 10h8'],
  refresh: ['M13 3.5v3.3H9.7', 'M12.6 6.6A5 5 0 1 0 13 9.5'],
} as const;

export type IconName = keyof typeof ICONS;

export const icon = (name: IconName): SVGSVGElement => {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', `icon icon-${name}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of ICONS[name]) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.appendChild(path);
  }
  return svg;
};
