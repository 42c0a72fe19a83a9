import type { Bound, PeriodData } from './queries.ts';

/** What an amount needs to be said: its unit, its bound and, for a range, its upper end. */
export interface Quantity {
  readonly amount: number;
  readonly amountMax?: number | null;
  readonly unit: string;
  readonly bound?: Bound | null;
  /** What a count counts: it names the unit `units` ("12 advanced modular reactors"). */
  readonly item?: string | null;
}

/** Physical units as a reader writes them (schema.graphql, `Figure.unit`); others are shown as they are. */
const UNIT_LABELS: Readonly<Record<string, string>> = {
  gpus: 'GPUs',
  m2: 'm²',
  km2: 'km²',
  sq_mi: 'sq mi',
};

/** The bounds said before the amount; `exact` says nothing, `range` is drawn as `x–y`. */
const BOUND_WORDS: Readonly<Partial<Record<Bound, string>>> = {
  up_to: 'up to',
  at_least: 'at least',
  about: 'about',
  target: 'aiming for',
};

/** True for an ISO 4217 code: the only units of three capitals (the physical ones are gpus, MW, MWh…). */
export function isCurrency(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit);
}

/** A unit in words: `gpus` → `GPUs`, `km2` → `km²`, a currency as its code. */
export function unitLabel(unit: string): string {
  return UNIT_LABELS[unit] ?? unit;
}

/** Money compact in its own currency (`£500m`, `US$6.7bn`), never converted; an unknown code as written. */
function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    }).format(amount);
  } catch {
    return `${formatNumber(amount)} ${currency}`;
  }
}

/** A plain number in full, grouped (`23,040`). */
export function formatNumber(amount: number): string {
  return amount.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** `£500m`, `50 MW`, `23,040 GPUs`, `12 advanced modular reactors`: the amount alone, in its unit. */
export function formatAmount(amount: number, unit: string, item?: string | null): string {
  if (isCurrency(unit)) return formatMoney(amount, unit);
  const label = unit === 'units' && item ? item : unitLabel(unit);
  return `${formatNumber(amount)} ${label}`;
}

/** The upper end of a range shares the lower end's unit, so a physical unit is said once: `50–90 MW`. */
function formatRange(quantity: Quantity, max: number): string {
  if (isCurrency(quantity.unit))
    return `${formatMoney(quantity.amount, quantity.unit)}–${formatMoney(max, quantity.unit)}`;
  return `${formatNumber(quantity.amount)}–${formatAmount(max, quantity.unit, quantity.item)}`;
}

/** A quantity with its bound in words: `up to £500m`, `about US$678m`, `£1bn–£2bn`, `at least 5,000 jobs`. */
export function formatQuantity(quantity: Quantity): string {
  const { amount, amountMax, unit, bound, item } = quantity;
  if (bound === 'range' && amountMax !== null && amountMax !== undefined)
    return formatRange(quantity, amountMax);
  const words = bound ? BOUND_WORDS[bound] : undefined;
  const said = formatAmount(amount, unit, item);
  return words ? `${words} ${said}` : said;
}

/** A figure as the API gives it in its dimension's base unit (schema.graphql, `Figure.baseAmount`). */
export interface BaseQuantity extends Quantity {
  readonly baseAmount?: number | null;
  readonly baseUnit?: string | null;
}

/**
 * The amount in its dimension's base unit when the API converted it there (`2 GW` → `2,000 MW`), or ''
 * for money and counts, which stay in their own unit. The factor of the lower end gives the upper end:
 * the API has no `baseAmountMax`.
 */
export function formatBaseQuantity(quantity: BaseQuantity): string {
  const { amount, amountMax, baseAmount, baseUnit, unit } = quantity;
  if (baseAmount === null || baseAmount === undefined || !baseUnit || baseUnit === unit) return '';
  const max =
    amountMax !== null && amountMax !== undefined && amount !== 0 ? (amountMax * baseAmount) / amount : null;
  return formatQuantity({ ...quantity, amount: baseAmount, amountMax: max, unit: baseUnit });
}

/** The period a figure covers: `2025–2028`, `from 2024`, `until 2027-03`, `over 2 years`. */
export function formatPeriod(period: PeriodData): string {
  const { from, to, years } = period;
  const span = from && to ? `${from}–${to}` : from ? `from ${from}` : to ? `until ${to}` : '';
  const length = years ? `${formatNumber(years)} year${years === 1 ? '' : 's'}` : '';
  if (span && length) return `${span} (${length})`;
  return span || (length ? `over ${length}` : '');
}

/** The heading of a claim's figures: says when sources disagree and, for an investment, on which units. */
export function figuresHeading(disputed: boolean, disputedUnits: readonly string[] = []): string {
  if (!disputed) return 'Figures';
  if (disputedUnits.length === 0) return 'Figures (disputed: sources disagree)';
  return `Figures (disputed: sources disagree on ${disputedUnits.map(unitLabel).join(', ')})`;
}
