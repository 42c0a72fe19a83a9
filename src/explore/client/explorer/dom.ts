/** A small element builder: the explorer's pages are plain DOM, no framework. */

type Child = Node | string | null | undefined | false;
type Props = Partial<Record<string, string | number | boolean | EventListener>>;

/**
 * Creates an element with properties (`className`, `href`…; `on<event>` functions become listeners;
 * `aria-*`, `data-*` and `role` become attributes) and children (strings become text; null is skipped).
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') {
      element.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key.startsWith('aria-') || key.startsWith('data-') || key === 'role' || key === 'for') {
      element.setAttribute(key, String(value));
    } else {
      (element as unknown as Record<string, unknown>)[key] = value;
    }
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}
