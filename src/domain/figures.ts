import { describeUnit, quantityOf, toBaseAmount } from './units.ts';

/**
 * How a figure relates to the true value: `exact` (the default), `at_least` ("over", "more than"),
 * `up_to`, `about` (±{@link ABOUT_TOLERANCE}), `target` ("aiming for": never a commitment) or `range`
 * (between `amount` and `amountMax`).
 */
export const BOUNDS = ['exact', 'at_least', 'up_to', 'about', 'target', 'range'] as const;
export type Bound = (typeof BOUNDS)[number];

/** `about x` is read as the interval [x − 10%, x + 10%] when figures are compared. */
export const ABOUT_TOLERANCE = 0.1;

/** When a figure applies: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` ends, and/or a length in years. */
export interface FigurePeriod {
  readonly from?: string;
  readonly to?: string;
  readonly years?: number;
}

/** What of a figure decides its meaning: enough to compare two figures and to identify one. */
export interface FigureValue {
  readonly amount: number;
  readonly unit: string;
  readonly bound?: Bound;
  readonly amountMax?: number;
  readonly period?: FigurePeriod;
  readonly item?: string;
}

/** The closed interval a figure allows, in the base unit of its dimension; undefined for a target. */
export function figureInterval(figure: FigureValue): readonly [number, number] | undefined {
  const amount = toBaseAmount(figure.amount, figure.unit);
  switch (figure.bound ?? 'exact') {
    case 'exact':
      return [amount, amount];
    case 'at_least':
      return [amount, Infinity];
    case 'up_to':
      return [0, amount];
    case 'about':
      return [amount * (1 - ABOUT_TOLERANCE), amount * (1 + ABOUT_TOLERANCE)];
    case 'range':
      return [amount, toBaseAmount(figure.amountMax ?? figure.amount, figure.unit)];
    case 'target':
      return undefined;
  }
}

/** Two periods are the same when every part is (both absent counts as the same). */
export function samePeriod(a: FigurePeriod | undefined, b: FigurePeriod | undefined): boolean {
  return a?.from === b?.from && a?.to === b?.to && a?.years === b?.years;
}

/**
 * True when two figures disagree: the same kind of quantity (one currency; one physical dimension,
 * compared in its base unit; one count unit) over the same period, whose intervals do not overlap.
 * A target is never in conflict. Currencies are never converted, so a converted figure only meets
 * figures of its own currency.
 */
export function figuresConflict(a: FigureValue, b: FigureValue): boolean {
  if (quantityOf(a.unit, a.item) !== quantityOf(b.unit, b.item)) return false;
  if (!samePeriod(a.period, b.period)) return false;
  const x = figureInterval(a);
  const y = figureInterval(b);
  if (!x || !y) return false;
  return x[1] < y[0] || y[1] < x[0];
}

/** True when any two of the figures conflict ({@link figuresConflict}). */
export function isDisputed(figures: readonly FigureValue[]): boolean {
  for (let i = 0; i < figures.length; i++)
    for (let j = i + 1; j < figures.length; j++)
      if (figuresConflict(figures[i] as FigureValue, figures[j] as FigureValue)) return true;
  return false;
}

/** The quantities (`USD`, `gpus`, `power`…) in which some two figures conflict, sorted. */
export function disputedQuantities(figures: readonly FigureValue[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i < figures.length; i++)
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i] as FigureValue;
      if (figuresConflict(a, figures[j] as FigureValue)) out.add(quantityOf(a.unit, a.item));
    }
  return [...out].sort();
}

/**
 * The identity of a figure of one source about one claim (its `REPORTS_FIGURE` key): unit and amount,
 * then only what is set, so an exact figure keeps the version 1 key `GBP:500000000`.
 */
export function figureKey(figure: FigureValue): string {
  let key = `${figure.unit}:${figure.amount}`;
  const bound = figure.bound ?? 'exact';
  if (bound !== 'exact') key += `:${bound}`;
  if (figure.amountMax !== undefined) key += `-${figure.amountMax}`;
  const { from, to, years } = figure.period ?? {};
  if (from !== undefined || to !== undefined || years !== undefined)
    key += `@${from ?? ''}..${to ?? ''}${years === undefined ? '' : `/${years}y`}`;
  if (figure.item !== undefined) key += `#${figure.item}`;
  return key;
}

/** The bound of a sum: exact if all are; at_least, up_to, about or range if all are that or exact. */
export function sumBound(bounds: readonly Bound[]): Bound | 'mixed' {
  const others = new Set(bounds.filter((bound) => bound !== 'exact'));
  if (others.size === 0) return 'exact';
  if (others.size > 1 || others.has('target')) return 'mixed';
  return [...others][0] as Bound;
}

/** A figure as `REPORTS_FIGURE` stores it (periodFrom/periodTo/periodYears), read back for comparison. */
export function storedFigureValue(props: Readonly<Record<string, unknown>>): FigureValue {
  const unit = String(props.unit ?? props.currency);
  const optional = <T>(value: unknown): T | undefined => (value === null ? undefined : (value as T));
  const period: FigurePeriod = {
    from: optional<string>(props.periodFrom),
    to: optional<string>(props.periodTo),
    years: optional<number>(props.periodYears),
  };
  return {
    amount: Number(props.amount),
    unit,
    bound: optional<Bound>(props.bound) ?? 'exact',
    amountMax: optional<number>(props.amountMax),
    period: Object.values(period).every((v) => v === undefined) ? undefined : withoutUndefined(period),
    item: optional<string>(props.item),
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** True when the figure is money (its unit a currency). */
export function isMoney(figure: Pick<FigureValue, 'unit'>): boolean {
  return describeUnit(figure.unit)?.dimension === 'money';
}
