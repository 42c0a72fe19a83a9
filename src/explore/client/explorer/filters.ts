/**
 * What the filters hide: whole types, and dated nodes outside a date range. Events are dated by their
 * start date and claims by the dates of their status reports; a node with no date is never hidden by
 * the date range (it is not "outside" it).
 */

/** The dates of a node the date filter reads. */
export interface DatedNode {
  readonly entityType: string;
  readonly startDate?: string | null;
  readonly statusDates?: readonly string[];
}

export interface Filters {
  readonly hiddenTypes: ReadonlySet<string>;
  /** Inclusive bounds, `YYYY-MM-DD`; empty means open. */
  readonly from: string;
  readonly to: string;
}

export const NO_FILTERS: Filters = { hiddenTypes: new Set(), from: '', to: '' };

/** True when `date` (YYYY-MM-DD) is within the filters' range. ISO dates compare as strings. */
export function isDateInRange(date: string, filters: Pick<Filters, 'from' | 'to'>): boolean {
  return (filters.from === '' || date >= filters.from) && (filters.to === '' || date <= filters.to);
}

/** The dates that place a node in time: an event's start date and every status report's date. */
export function datesOf(node: DatedNode): string[] {
  const dates = [...(node.statusDates ?? [])];
  if (node.startDate) dates.push(node.startDate);
  return dates;
}

/** True when the node passes the type filter and, if it has dates, one of them is in range. */
export function isNodeVisible(node: DatedNode, filters: Filters): boolean {
  if (filters.hiddenTypes.has(node.entityType)) return false;
  if (filters.from === '' && filters.to === '') return true;
  const dates = datesOf(node);
  return dates.length === 0 || dates.some((date) => isDateInRange(date, filters));
}
