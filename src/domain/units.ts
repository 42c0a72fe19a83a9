/**
 * The units a figure may be given in: an ISO 4217 currency, or a physical unit of the table below.
 * Documented in docs/dataset-format.md ("Units"). Physical units convert exactly within their dimension
 * (1 GW = 1000 MW); currencies are never converted.
 */

/** What a unit measures. Money is any currency; the others are physical dimensions. */
export type Dimension = 'money' | 'count' | 'power' | 'energy' | 'area';

export interface PhysicalUnit {
  readonly dimension: Exclude<Dimension, 'money'>;
  /** The unit totals of this dimension are given in. */
  readonly base: string;
  /** Amount in `base` of one of this unit (exact decimal constants). */
  readonly factor: number;
  readonly description: string;
}

/**
 * The physical units. Counts do not convert into each other (GPUs are not jobs): each count unit is its
 * own base, and `units` (anything else counted) says what it counts in the figure's `item`.
 */
export const PHYSICAL_UNITS: Readonly<Record<string, PhysicalUnit>> = {
  gpus: { dimension: 'count', base: 'gpus', factor: 1, description: 'AI accelerators (GPUs and the like)' },
  chips: { dimension: 'count', base: 'chips', factor: 1, description: 'chips other than AI accelerators' },
  jobs: { dimension: 'count', base: 'jobs', factor: 1, description: 'jobs' },
  units: {
    dimension: 'count',
    base: 'units',
    factor: 1,
    description: 'anything else counted; `item` says what',
  },
  W: { dimension: 'power', base: 'MW', factor: 0.000001, description: 'watts' },
  kW: { dimension: 'power', base: 'MW', factor: 0.001, description: 'kilowatts' },
  MW: { dimension: 'power', base: 'MW', factor: 1, description: 'megawatts' },
  GW: { dimension: 'power', base: 'MW', factor: 1000, description: 'gigawatts' },
  MWh: { dimension: 'energy', base: 'MWh', factor: 1, description: 'megawatt-hours' },
  GWh: { dimension: 'energy', base: 'MWh', factor: 1000, description: 'gigawatt-hours' },
  TWh: { dimension: 'energy', base: 'MWh', factor: 1_000_000, description: 'terawatt-hours' },
  m2: { dimension: 'area', base: 'km2', factor: 0.000001, description: 'square metres' },
  ha: { dimension: 'area', base: 'km2', factor: 0.01, description: 'hectares' },
  km2: { dimension: 'area', base: 'km2', factor: 1, description: 'square kilometres' },
  sq_mi: { dimension: 'area', base: 'km2', factor: 2.589988110336, description: 'square miles' },
  acres: { dimension: 'area', base: 'km2', factor: 0.0040468564224, description: 'international acres' },
};

/** The physical unit names, in table order. */
export const PHYSICAL_UNIT_NAMES: readonly string[] = Object.keys(PHYSICAL_UNITS);

let currencies: ReadonlySet<string> | undefined;

/** The ISO 4217 codes the runtime knows (`Intl.supportedValuesOf('currency')`). */
export function currencyCodes(): ReadonlySet<string> {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies;
}

export function isCurrency(unit: string): boolean {
  return currencyCodes().has(unit);
}

export function isPhysicalUnit(unit: string): boolean {
  return Object.hasOwn(PHYSICAL_UNITS, unit);
}

/** True for a currency or a physical unit of the table. */
export function isKnownUnit(unit: string): boolean {
  return isCurrency(unit) || isPhysicalUnit(unit);
}

/** What a figure's unit measures, and the unit its totals are given in. */
export function describeUnit(
  unit: string,
): { dimension: Dimension; base: string; factor: number } | undefined {
  if (isCurrency(unit)) return { dimension: 'money', base: unit, factor: 1 };
  const physical = PHYSICAL_UNITS[unit];
  return physical && Object.hasOwn(PHYSICAL_UNITS, unit)
    ? { dimension: physical.dimension, base: physical.base, factor: physical.factor }
    : undefined;
}

/**
 * What figures can be compared and added up with: the currency for money, the dimension for power,
 * energy and area (converted to the base unit), the unit for counts, and for `units` also what is
 * counted (`units:advanced modular reactors`).
 */
export function quantityOf(unit: string, item?: string): string {
  const described = describeUnit(unit);
  if (!described) return unit;
  if (described.dimension === 'money') return unit;
  if (described.dimension !== 'count') return described.dimension;
  return unit === 'units' && item !== undefined ? `units:${item.trim().toLowerCase()}` : unit;
}

/** `amount` of `unit` in its base unit (currencies and counts: unchanged). */
export function toBaseAmount(amount: number, unit: string): number {
  const factor = describeUnit(unit)?.factor ?? 1;
  // Dividing by the reciprocal keeps decimal factors (0.001) exact on round numbers (1500 kW → 1.5 MW).
  return factor < 1 ? amount / Math.round(1 / factor) : amount * factor;
}

/**
 * Known units close to `text`: the same letters in another case (`gbp` → GBP), a plural (`GPU` →
 * gpus), or one letter off (`GPB` → GBP). At most three, best first.
 */
export function suggestUnits(text: string): string[] {
  const lower = text.toLowerCase();
  const candidates = [...PHYSICAL_UNIT_NAMES, ...currencyCodes()];
  const scored = candidates
    .map((unit) => ({ unit, score: closeness(lower, unit.toLowerCase()) }))
    .filter((c) => c.score < 3)
    .sort((a, b) => a.score - b.score || (a.unit < b.unit ? -1 : 1));
  return scored.slice(0, 3).map((c) => c.unit);
}

/** 0 same letters, 1 a plural or singular of it or two letters swapped, 2 one edit away; 3 otherwise. */
function closeness(a: string, b: string): number {
  if (a === b) return 0;
  if (`${a}s` === b || a === `${b}s` || isSwap(a, b)) return 1;
  return editDistanceAtMostOne(a, b) ? 2 : 3;
}

/** `gpb` and `gbp`: the same letters with two neighbours swapped. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((char, i) => (char === b[i] ? [] : [i]));
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
