import { disputedQuantities, storedFigureValue } from '../domain/figures.ts';
import { CLAIM_STATUSES } from '../domain/model.ts';
import type { Props } from './rows.ts';

/** Stored properties of a status report or a figure, as written or as read back from Neo4j. */
type Stored = Readonly<Record<string, unknown>>;

const DIMENSION_ORDER = ['money', 'count', 'power', 'energy', 'area'];

/**
 * The current status: that of the latest report by date; on one date, the status furthest along the
 * list `reported, announced, signed, confirmed, completed, paused, resumed, cancelled, disputed`
 * (so a pause reported on the day of a signature wins, whatever order the files came in).
 */
export function currentStatus(reports: readonly Stored[]): string | undefined {
  let best: { date: string; rank: number; status: string } | undefined;
  for (const report of reports) {
    const status = String(report.status);
    const date = String(report.date);
    const rank = (CLAIM_STATUSES as readonly string[]).indexOf(status);
    if (!best || date > best.date || (date === best.date && rank > best.rank)) best = { date, rank, status };
  }
  return best?.status;
}

/**
 * The figure a claim's own properties show: the preferred money figure (one not converted first, then
 * by currency code), or without one the first preferred figure by dimension and quantity.
 */
export function shownFigure(figures: readonly Stored[]): Stored | undefined {
  const order = (f: Stored) =>
    [
      DIMENSION_ORDER.indexOf(String(f.dimension)),
      f.converted === true ? 1 : 0,
      String(f.quantity),
      String(f.key),
    ] as const;
  const preferred = figures.filter((f) => f.preferred === true);
  return [...preferred].sort((a, b) => compareTuples(order(a), order(b)))[0];
}

function compareTuples(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * The properties derived from a claim's reports, all of them (the database's and the file's): `status`,
 * the shown figure's `amount`, `amountMax`, `unit`, `bound` and `currency` (when it is money), and
 * `disputed` (any two figures in conflict) when it has figures, with `disputedUnits` (the quantities
 * in conflict: `USD`, `gpus`, `power`) when it is. Absent keys mean "not set".
 */
export function claimProps(statuses: readonly Stored[], figures: readonly Stored[]): Props {
  const props: Props = {};
  const status = currentStatus(statuses);
  if (status !== undefined) props.status = status;
  if (figures.length === 0) return props;
  const shown = shownFigure(figures);
  if (shown) {
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    props.amount = Number(shown.amount);
    props.unit = text(shown.unit) ?? text(shown.currency) ?? '';
    props.bound = text(shown.bound) ?? 'exact';
    if (shown.amountMax != null) props.amountMax = Number(shown.amountMax);
    const currency = text(shown.currency);
    if (currency !== undefined) props.currency = currency;
  }
  const disputed = disputedQuantities(figures.map(storedFigureValue));
  props.disputed = disputed.length > 0;
  if (disputed.length > 0) props.disputedUnits = disputed;
  return props;
}

/** Names of every property {@link claimProps} may set: a node's other properties are its own. */
export const DERIVED_PROPERTIES = [
  'status',
  'amount',
  'amountMax',
  'unit',
  'bound',
  'currency',
  'disputed',
  'disputedUnits',
];
