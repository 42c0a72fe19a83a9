import type { Bound } from '../domain/figures.ts';
import type { Dataset, EntityRecord, FigureEntry, FigureEntryV1 } from './dataset.ts';

/** Version 1 qualifiers that say a bound; any other qualifier is kept as the figure's wording only. */
const QUALIFIER_BOUNDS: Readonly<Record<string, Bound>> = {
  'up to': 'up_to',
  about: 'about',
  around: 'about',
  approximately: 'about',
  over: 'at_least',
  'more than': 'at_least',
  'at least': 'at_least',
};

/** A version 1 figure in version 2 terms: currency → unit, qualifier → bound and wording. */
export function normalizeFigureV1(figure: FigureEntryV1): FigureEntry {
  const { currency, qualifier, ...rest } = figure;
  if (qualifier === undefined) return { ...rest, unit: currency };
  const bound = QUALIFIER_BOUNDS[qualifier.trim().toLowerCase()] ?? 'exact';
  return { ...rest, unit: currency, bound, wording: qualifier };
}

/** A version 1 record: its figures converted, its free-text `period` kept as `periodText`. */
function normalizeRecordV1(record: EntityRecord): EntityRecord {
  const { period, figures, ...rest } = record as EntityRecord & { period?: string };
  const out: Record<string, unknown> = { ...rest };
  if (figures !== undefined)
    out.figures = (figures as unknown as FigureEntryV1[]).map((figure) => normalizeFigureV1(figure));
  if (period !== undefined) out.periodText = period;
  return out as EntityRecord;
}

/**
 * The dataset in the importer's terms (version 2), from a file of either version that has passed the
 * JSON Schema. Order is kept, so `investments[3]` names the same record in messages.
 */
export function normalizeDataset(dataset: Dataset): Dataset {
  if (dataset.version !== 1 || dataset.investments === undefined) return dataset;
  return { ...dataset, investments: dataset.investments.map(normalizeRecordV1) };
}
