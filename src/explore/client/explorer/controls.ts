import { el } from './dom.ts';
import type { Filters } from './filters.ts';
import { ENTITY_TYPES, styleOf } from './palette.ts';
import type { SearchData } from './queries.ts';

/** What the controls change. */
export interface ControlActions {
  search(text: string): void;
  setFilters(filters: Filters): void;
  setDepth(depth: number): void;
  fit(): void;
  clear(): void;
}

function renderSearch(actions: ControlActions): HTMLElement {
  const input = el('input', {
    type: 'search',
    id: 'search-input',
    name: 'text',
    placeholder: 'Royaume-Uni, BlackRock…',
    autocomplete: 'off',
  });
  return el(
    'form',
    {
      className: 'search',
      role: 'search',
      onsubmit: (event: Event) => {
        event.preventDefault();
        actions.search(input.value);
      },
    },
    el('label', { for: 'search-input' }, 'Search names and aliases, any language'),
    el('div', { className: 'row' }, input, el('button', { type: 'submit' }, 'Search')),
  );
}

function renderDepth(actions: ControlActions): HTMLElement {
  const select = el(
    'select',
    {
      id: 'depth',
      onchange: (event: Event) => actions.setDepth(Number((event.target as HTMLSelectElement).value)),
    },
    ...[1, 2, 3].map((d) => el('option', { value: String(d) }, `${d} step${d > 1 ? 's' : ''}`)),
  );
  return el('div', { className: 'row' }, el('label', { for: 'depth' }, 'Expand by'), select);
}

/** Type checkboxes (each with its legend swatch) and a date range, applied as they change. */
function renderFilters(actions: ControlActions): HTMLElement {
  const hidden = new Set<string>();
  const from = el('input', { type: 'date', id: 'date-from' });
  const to = el('input', { type: 'date', id: 'date-to' });
  const apply = () => actions.setFilters({ hiddenTypes: new Set(hidden), from: from.value, to: to.value });
  from.addEventListener('change', apply);
  to.addEventListener('change', apply);
  const types = ENTITY_TYPES.map((type) => {
    const style = styleOf(type);
    const box = el('input', {
      type: 'checkbox',
      checked: true,
      id: `type-${type}`,
      'data-type': type,
      onchange: (event: Event) => {
        if ((event.target as HTMLInputElement).checked) hidden.delete(type);
        else hidden.add(type);
        apply();
      },
    });
    return el(
      'li',
      {},
      box,
      el(
        'label',
        { for: `type-${type}` },
        el('span', { className: `swatch shape-${style.shape}`, style: `--swatch:${style.color}` }),
        style.label,
      ),
    );
  });
  return el(
    'fieldset',
    { className: 'filters' },
    el('legend', {}, 'Show'),
    el('ul', { className: 'types' }, ...types),
    el('div', { className: 'row' }, el('label', { for: 'date-from' }, 'Dated from'), from),
    el('div', { className: 'row' }, el('label', { for: 'date-to' }, 'to'), to),
    el(
      'p',
      { className: 'hint' },
      'Events by start date, claims by their status reports; undated nodes stay.',
    ),
  );
}

/** The left column: search, depth, filters and view buttons. */
export function renderControls(actions: ControlActions): HTMLElement[] {
  return [
    renderSearch(actions),
    el('ul', { id: 'search-results', className: 'results', 'aria-label': 'Search results' }),
    renderDepth(actions),
    renderFilters(actions),
    el(
      'div',
      { className: 'row' },
      el('button', { type: 'button', onclick: () => actions.fit() }, 'Fit to screen'),
      el('button', { type: 'button', onclick: () => actions.clear() }, 'Clear'),
    ),
  ];
}

/** Search hits as buttons, each naming the entity and its type; choosing one opens it. */
export function renderSearchHits(hits: SearchData['search'], choose: (id: string) => void): HTMLElement[] {
  return hits.map((hit) =>
    el(
      'li',
      {},
      el(
        'button',
        { type: 'button', onclick: () => choose(hit.node.id) },
        hit.node.name,
        el('span', { className: 'hit-type' }, styleOf(hit.node.__typename).label),
      ),
    ),
  );
}
