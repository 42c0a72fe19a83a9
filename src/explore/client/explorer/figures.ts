import { el } from './dom.ts';
import { formatBaseQuantity, formatNumber, formatPeriod, formatQuantity } from './figure-format.ts';
import type { FigureData } from './queries.ts';
import { renderSourceLink } from './sources.ts';

/** What sets a figure apart: preferred (totals add it up), or converted by its source from another currency. */
function figureFlags(figure: FigureData): string[] {
  return [figure.preferred ? 'preferred' : '', figure.converted ? 'converted by the source' : ''].filter(
    (flag) => flag !== '',
  );
}

/** The source's own words, unless they say just what the amount already says (`£500m`). */
function distinctWording(figure: FigureData, said: string): string | null {
  return figure.wording && figure.wording !== said ? figure.wording : null;
}

/** The amount in full for the tooltip: `500,000,000 GBP`, `50–90 MW`. */
function fullAmount(figure: FigureData): string {
  const max =
    figure.bound === 'range' && figure.amountMax !== null ? `–${formatNumber(figure.amountMax)}` : '';
  return `${formatNumber(figure.amount)}${max} ${figure.unit}`;
}

/**
 * One reported figure as a card: the amount in its unit with its bound in words, the source's own words
 * in quotes beside it, the amount in its base unit when the API converted it there (`= 2,000 MW`), what
 * it counts, the period, whether it is preferred or the source's conversion, whom it is attributed to, a
 * note and its source. The one place a figure is drawn.
 */
export function renderFigure(figure: FigureData): HTMLElement {
  const flags = figureFlags(figure);
  const said = formatQuantity(figure);
  const wording = distinctWording(figure, said);
  const base = formatBaseQuantity(figure);
  const classes = [
    'figure',
    figure.preferred ? 'figure-preferred' : '',
    figure.converted ? 'figure-converted' : '',
  ];
  const item = figure.item && figure.unit !== 'units' ? figure.item : null;
  const period = figure.period ? formatPeriod(figure.period) : '';
  return el(
    'li',
    { className: classes.filter(Boolean).join(' ') },
    el('span', { className: 'figure-amount', title: fullAmount(figure) }, said),
    wording ? el('q', { className: 'figure-wording', title: "The source's own words" }, wording) : null,
    base ? el('span', { className: 'figure-base', title: 'In the base unit totals use' }, `= ${base}`) : null,
    item ? el('span', { className: 'figure-item' }, `of ${item}`) : null,
    period ? el('span', { className: 'figure-period' }, `period: ${period}`) : null,
    flags.length > 0 ? el('span', { className: 'figure-flags' }, flags.join('; ')) : null,
    figure.attributedTo ? el('span', {}, `attributed to ${figure.attributedTo}`) : null,
    figure.note ? el('span', { className: 'figure-note' }, figure.note) : null,
    renderSourceLink(figure.source),
  );
}
