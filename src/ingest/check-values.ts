import { quantityOf, isKnownUnit, PHYSICAL_UNIT_NAMES, suggestUnits } from '../domain/units.ts';
import { findMixedScriptWords } from '../domain/scripts.ts';
import type { Dataset, EntityRecord, FigureEntry } from './dataset.ts';
import type { DatasetIssue } from '../errors.ts';
import { listRecords } from './validate.ts';

/**
 * Checks of values that the JSON Schema cannot make, on a normalised dataset: units (the real ISO 4217
 * list), ranges and periods, one preferred figure per quantity, names in one script per word, iso2
 * codes given once, and relationships that join a node to itself.
 */
export function checkDatasetValues(dataset: Dataset): DatasetIssue[] {
  const unitField = dataset.version === 1 ? 'currency' : 'unit';
  const issues: DatasetIssue[] = [];
  const iso2 = new Map<string, string>();
  for (const { label, record, where } of listRecords(dataset)) {
    issues.push(...checkNames(record, where));
    (record.figures ?? []).forEach((figure, i) =>
      issues.push(...checkFigure(figure, `${where}.figures[${i}]`, unitField)),
    );
    issues.push(...checkPreferred(record.figures ?? [], where));
    const code = label === 'Country' ? record.iso2 : undefined;
    if (typeof code === 'string') {
      const first = iso2.get(code);
      if (first !== undefined)
        issues.push({
          path: `${where}.iso2`,
          message: `"${code}" is also the iso2 of ${first} in this file`,
        });
      else iso2.set(code, record.id);
    }
  }
  (dataset.relationships ?? []).forEach((rel, i) => {
    if (rel.from === rel.to)
      issues.push({
        path: `relationships[${i}] (${rel.type} ${rel.from} -> ${rel.to}).to`,
        message: 'is the same node as from: a relationship cannot join a node to itself',
      });
  });
  return issues;
}

function checkNames(record: EntityRecord, where: string): DatasetIssue[] {
  const texts: [string, string][] = [['name', record.name]];
  (record.aliases ?? []).forEach((alias, i) => texts.push([`aliases[${i}]`, alias]));
  return texts.flatMap(([field, text]) =>
    typeof text !== 'string'
      ? []
      : findMixedScriptWords(text).map((found) => ({
          path: `${where}.${field}`,
          message:
            `"${text}" mixes ${found.scripts.join(' and ')} letters in the word "${found.word}" ` +
            `(${found.characters.join(', ')}); write each word in one script`,
        })),
  );
}

function checkFigure(figure: FigureEntry, where: string, unitField: string): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  if (!isKnownUnit(figure.unit)) {
    const suggestions = suggestUnits(figure.unit);
    const hint =
      suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
    issues.push({
      path: `${where}.${unitField}`,
      message:
        `"${figure.unit}" is neither an ISO 4217 currency (GBP, USD, EUR…) nor a unit of the list ` +
        `(${PHYSICAL_UNIT_NAMES.join(', ')})${hint}`,
    });
  }
  if (figure.bound === 'range' && figure.amountMax === undefined)
    issues.push({
      path: `${where}.amountMax`,
      message: 'is required with bound: range (the range runs from amount to amountMax)',
    });
  if (figure.bound !== 'range' && figure.amountMax !== undefined)
    issues.push({
      path: `${where}.amountMax`,
      message: 'is only for bound: range; drop it or set bound: range',
    });
  if (figure.unit === 'units' && figure.item === undefined)
    issues.push({
      path: `${where}.item`,
      message: 'is required with unit: units (say what is counted, e.g. "advanced modular reactors")',
    });
  if (figure.amountMax !== undefined && !(figure.amountMax > figure.amount))
    issues.push({
      path: `${where}.amountMax`,
      message: `must be greater than amount (${figure.amount}): a range runs from amount to amountMax`,
    });
  const { from, to } = figure.period ?? {};
  if (from !== undefined && to !== undefined && startOf(from) > endOf(to))
    issues.push({ path: `${where}.period`, message: `starts (${from}) after it ends (${to})` });
  return issues;
}

const startOf = (value: string) => value.padEnd(10, value.length === 4 ? '-01-01' : '-01');
const endOf = (value: string) =>
  value.length === 4 ? `${value}-12-31` : value.length === 7 ? `${value}-31` : value;

/** What a preferred figure is preferred for: `GBP`, `gpus`, `power`, `units (reactors)`. */
export function quantityLabel(figure: Pick<FigureEntry, 'unit' | 'item'>): string {
  const quantity = quantityOf(figure.unit, figure.item);
  return quantity.startsWith('units:') ? `units (${figure.item?.trim()})` : quantity;
}

function checkPreferred(figures: readonly FigureEntry[], where: string): DatasetIssue[] {
  const first = new Map<string, number>();
  const issues: DatasetIssue[] = [];
  figures.forEach((figure, i) => {
    if (figure.preferred !== true) return;
    const quantity = quantityOf(figure.unit, figure.item);
    const earlier = first.get(quantity);
    if (earlier === undefined) first.set(quantity, i);
    else
      issues.push({
        path: `${where}.figures[${earlier}]`,
        message: `and figures[${i}] are both preferred for ${quantityLabel(figure)}; mark one`,
        continues: true,
      });
  });
  return issues;
}
