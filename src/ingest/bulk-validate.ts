import path from 'node:path';
import type { Dataset } from './dataset.ts';
import { type DatasetIssue, DatasetValidationError } from '../errors.ts';
import { HIERARCHY_TYPES } from '../domain/model.ts';
import { checkDatasetValues } from './check-values.ts';
import { findCycle } from './hierarchy.ts';
import { readDatasetFile } from './index.ts';
import { normalizeDataset } from './normalize.ts';
import { checkDatasetReferences, checkDatasetShape, listRecords } from './validate.ts';

const USE_TDG_IMPORT = 'bulk import writes each record once: use `tdg import` (without --bulk) to merge them';

/**
 * Validates files for a bulk import as `tdg import` would validate them one after another into an empty
 * database (JSON Schema, then references: a file may refer to what an earlier file defines), and refuses
 * what a one-shot import cannot reproduce: an entity id, or a relationship (type, from, to, key), defined
 * in two files, which the transactional import merges. Throws {@link DatasetValidationError}.
 */
export async function validateForBulkImport(files: readonly string[]): Promise<{ records: number }> {
  const labels = new Map<string, string>();
  const definedIn = new Map<string, string>();
  const relationshipsIn = new Map<string, string>();
  const iso2In = new Map<string, string>();
  const hierarchy = new Map<string, [string, string][]>();
  let records = 0;
  for (const file of files) {
    const value = await readDatasetFile(file);
    const shapeIssues = checkDatasetShape(value);
    if (shapeIssues.length > 0) throw new DatasetValidationError(file, shapeIssues);
    const dataset = normalizeDataset(value as Dataset);
    const issues = checkDatasetValues(dataset);
    if (issues.length === 0) issues.push(...checkDatasetReferences(dataset, labels));
    issues.push(...repeatedIso2(dataset, iso2In), ...closedCycles(dataset, hierarchy));
    issues.push(...repeatedRecords(dataset, definedIn));
    const keys = files.length > 1 ? relationshipKeys(dataset) : new Map<string, string>();
    issues.push(...repeatedRelationships(keys, relationshipsIn));
    if (issues.length > 0) throw new DatasetValidationError(file, issues);
    for (const { label, record } of listRecords(dataset)) {
      labels.set(record.id, label);
      definedIn.set(record.id, file);
      records++;
    }
    for (const key of keys.keys()) relationshipsIn.set(key, file);
    records += dataset.relationships?.length ?? 0;
  }
  return { records };
}

/** An iso2 code that an earlier file gave another country (the constraint would refuse it later). */
function repeatedIso2(dataset: Dataset, iso2In: Map<string, string>): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  for (const { label, record, where } of listRecords(dataset)) {
    if (label !== 'Country' || typeof record.iso2 !== 'string') continue;
    const holder = iso2In.get(record.iso2);
    if (holder !== undefined && holder !== record.id)
      issues.push({
        path: `${where}.iso2`,
        message: `"${record.iso2}" is already the iso2 of ${holder}; one code, one country`,
      });
    iso2In.set(record.iso2, record.id);
  }
  return issues;
}

/** A nesting cycle closed by this file's relationships together with earlier files'. */
function closedCycles(dataset: Dataset, hierarchy: Map<string, [string, string][]>): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  for (const type of HIERARCHY_TYPES) {
    const edges = hierarchy.get(type) ?? [];
    (dataset.relationships ?? []).forEach((rel) => {
      if (rel.type === type && rel.from !== rel.to) edges.push([rel.from, rel.to]);
    });
    hierarchy.set(type, edges);
    const cycle = findCycle(edges);
    if (cycle)
      issues.push({
        path: `relationships (${type})`,
        message: `close a cycle of ${type}: ${cycle.join(' -> ')}; nothing can be part of itself`,
      });
  }
  return issues;
}

function repeatedRecords(dataset: Dataset, definedIn: ReadonlyMap<string, string>): DatasetIssue[] {
  return listRecords(dataset).flatMap(({ record, where }) => {
    const earlier = definedIn.get(record.id);
    return earlier === undefined
      ? []
      : [{ path: `${where}.id`, message: `is also defined in ${path.basename(earlier)}; ${USE_TDG_IMPORT}` }];
  });
}

/** `[type, from, to, key]` of each relationship → where it is in the file (the first, if repeated). */
function relationshipKeys(dataset: Dataset): Map<string, string> {
  const keys = new Map<string, string>();
  (dataset.relationships ?? []).forEach((rel, i) => {
    const key = JSON.stringify([rel.type, rel.from, rel.to, rel.key ?? '']);
    if (!keys.has(key)) keys.set(key, `relationships[${i}] (${rel.type} ${rel.from} -> ${rel.to})`);
  });
  return keys;
}

function repeatedRelationships(
  keys: ReadonlyMap<string, string>,
  relationshipsIn: ReadonlyMap<string, string>,
): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  for (const [key, where] of keys) {
    const earlier = relationshipsIn.get(key);
    if (earlier !== undefined)
      issues.push({
        path: where,
        message: `is also in ${path.basename(earlier)} (same type, ends and key); ${USE_TDG_IMPORT}`,
      });
  }
  return issues;
}
