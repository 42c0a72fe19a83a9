import { el } from './dom.ts';
import type { SourceRef } from './queries.ts';

/** A source as a link to its page (or its name alone when it has no URL), with publisher and date. */
export function renderSourceLink(source: SourceRef): HTMLElement {
  const meta = [source.publisher, source.publishedOn].filter(Boolean).join(', ');
  const name = source.url
    ? el('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, source.name)
    : el('span', {}, source.name);
  return el('span', { className: 'source' }, name, meta ? ` (${meta})` : '');
}
