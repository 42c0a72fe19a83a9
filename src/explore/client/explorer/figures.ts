import { el } from './dom.ts';
import type { FigureData } from './queries.ts';
import { renderSourceLink } from './sources.ts';

/** An amount in its own currency, compact (`£500M`), never converted. */
export function formatAmount(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 2,
    }).format(amount);
  } catch {
    // Not an ISO 4217 code Intl knows: say it as written.
    return `${amount.toLocaleString('en-GB')} ${currency}`;
  }
}

/**
 * One reported figure as a card: amount, what qualifies it, whether it is preferred or converted, whom
 * it is attributed to and its source. The one place a figure is drawn (v2's unit, bound and period go
 * here, and in queries.ts FIGURE_FIELDS).
 */
export function renderFigure(figure: FigureData): HTMLElement {
  const flags = [
    figure.preferred ? 'preferred' : '',
    figure.converted ? 'converted by the source' : '',
  ].filter((flag) => flag !== '');
  return el(
    'li',
    { className: `figure${figure.preferred ? ' figure-preferred' : ''}` },
    el(
      'span',
      { className: 'figure-amount', title: `${figure.amount} ${figure.currency}` },
      [figure.qualifier, formatAmount(figure.amount, figure.currency)].filter(Boolean).join(' '),
    ),
    flags.length > 0 ? el('span', { className: 'figure-flags' }, flags.join(', ')) : null,
    figure.attributedTo ? el('span', {}, `attributed to ${figure.attributedTo}`) : null,
    figure.note ? el('span', { className: 'figure-note' }, figure.note) : null,
    renderSourceLink(figure.source),
  );
}
