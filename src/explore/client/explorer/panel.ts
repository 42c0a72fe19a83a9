import { el } from './dom.ts';
import { figuresHeading, formatQuantity, isCurrency } from './figure-format.ts';
import { renderFigure } from './figures.ts';
import { styleOf } from './palette.ts';
import type { Bound, EntityData, StatusReportData } from './queries.ts';
import { renderSourceLink } from './sources.ts';

/** What the panel's buttons do (main.ts wires them). */
export interface PanelActions {
  expand(id: string): void;
  choosePathEnd(id: string): void;
}

/** Fields shown elsewhere in the panel, or not at all. */
const NOT_PROPERTIES = new Set([
  '__typename',
  'id',
  'name',
  'aliases',
  'description',
  'sources',
  'statusHistory',
  'figures',
  // In the figures' heading.
  'disputed',
  'disputedUnits',
  // Said with the amount (formatValue).
  'amountMax',
  'unit',
  'bound',
]);

/** Labels that the field name does not give (aliases the query needs). */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  organizationKind: 'Kind',
  iso2: 'ISO 3166 alpha-2',
  iso3: 'ISO 3166 alpha-3',
};

/** `publishedOn` → `Published on`. */
export function humanizeField(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The scalar properties worth a row: set, and not shown in a section of their own. */
export function entityProperties(entity: EntityData): [string, string][] {
  return Object.entries(entity)
    .filter(([field, value]) => !NOT_PROPERTIES.has(field) && value !== null && value !== undefined)
    .filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))
    .map(([field, value]) => [humanizeField(field), formatValue(field, value, entity)]);
}

/** Booleans as yes/no; an investment's amount in its unit with its bound, money also in full (never converted). */
function formatValue(field: string, value: unknown, entity: EntityData): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (field === 'amount' && typeof value === 'number' && typeof entity.unit === 'string') {
    const said = formatQuantity({ ...entityQuantity(entity), amount: value, unit: entity.unit });
    if (!isCurrency(entity.unit)) return said;
    return `${said} (${value.toLocaleString('en-GB')} ${entity.unit})`;
  }
  return String(value);
}

/** The bound and upper end of an investment's shown figure, as the API gives them. */
function entityQuantity(entity: EntityData): { bound: Bound | null; amountMax: number | null } {
  return {
    bound: typeof entity.bound === 'string' ? (entity.bound as Bound) : null,
    amountMax: typeof entity.amountMax === 'number' ? entity.amountMax : null,
  };
}

function section(title: string, ...content: (HTMLElement | null)[]): HTMLElement {
  return el('section', { className: 'panel-section' }, el('h3', {}, title), ...content);
}

function renderProperties(entity: EntityData): HTMLElement {
  const list = el('dl', { className: 'properties' });
  list.append(el('dt', {}, 'Id'), el('dd', {}, el('code', {}, entity.id)));
  if (entity.aliases.length > 0)
    list.append(el('dt', {}, 'Also known as'), el('dd', {}, entity.aliases.join(' · ')));
  for (const [field, value] of entityProperties(entity))
    list.append(el('dt', {}, field), el('dd', {}, value));
  return list;
}

function renderStatusRow(report: StatusReportData): HTMLElement {
  return el(
    'tr',
    {},
    el('td', {}, report.date ?? '—'),
    el('td', {}, el('strong', {}, report.status)),
    el('td', {}, report.attributedTo ?? ''),
    el(
      'td',
      {},
      renderSourceLink(report.source),
      report.note ? el('div', { className: 'note' }, report.note) : null,
    ),
  );
}

function renderStatusHistory(history: readonly StatusReportData[]): HTMLElement {
  return section(
    'Status history',
    el(
      'table',
      { className: 'status-history' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', {}, 'Date'),
          el('th', {}, 'Status'),
          el('th', {}, 'Attributed to'),
          el('th', {}, 'Source'),
        ),
      ),
      el('tbody', {}, ...history.map(renderStatusRow)),
    ),
  );
}

function renderFigures(entity: EntityData): HTMLElement | null {
  const figures = entity.figures ?? [];
  if (figures.length === 0) return null;
  return section(
    figuresHeading(entity.disputed ?? false, entity.disputedUnits),
    figures.some((figure) => figure.converted)
      ? el(
          'p',
          { className: 'note' },
          'Dashed: converted by its source from another currency. Figures are compared within one currency only.',
        )
      : null,
    el(
      'ul',
      { className: 'figures', 'aria-label': 'Reported figures, side by side' },
      ...figures.map(renderFigure),
    ),
  );
}

/** The side panel of one entity: properties, status history, figures side by side, every source. */
export function renderEntityPanel(entity: EntityData, actions: PanelActions): HTMLElement {
  const style = styleOf(entity.__typename);
  return el(
    'article',
    { className: 'entity', 'aria-labelledby': 'entity-title' },
    el(
      'p',
      { className: 'entity-type' },
      el('span', { className: `swatch shape-${style.shape}`, style: `--swatch:${style.color}` }),
      style.label,
    ),
    el('h2', { id: 'entity-title', tabIndex: -1 }, entity.name),
    entity.description ? el('p', { className: 'description' }, entity.description) : null,
    el(
      'div',
      { className: 'panel-actions' },
      el('button', { type: 'button', onclick: () => actions.expand(entity.id) }, 'Expand neighbourhood'),
      el('button', { type: 'button', onclick: () => actions.choosePathEnd(entity.id) }, 'Use as path end'),
    ),
    section('Properties', renderProperties(entity)),
    entity.statusHistory && entity.statusHistory.length > 0
      ? renderStatusHistory(entity.statusHistory)
      : null,
    renderFigures(entity),
    section(
      `Sources (${entity.sources.length})`,
      entity.sources.length > 0
        ? el('ul', { className: 'sources' }, ...entity.sources.map((s) => el('li', {}, renderSourceLink(s))))
        : el(
            'p',
            {},
            entity.__typename === 'Source' ? 'A source is its own provenance.' : 'No source recorded.',
          ),
    ),
  );
}
