import path from 'node:path';
import type { Dataset } from './dataset.ts';
import { type DatasetIssue, DatasetValidationError } from './errors.ts';
import { readDatasetFile } from './index.ts';
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
  let records = 0;
  for (const file of files) {
    const value = await readDatasetFile(file);
    const shapeIssues = checkDatasetShape(value);
    if (shapeIssues.length > 0) throw new DatasetValidationError(file, shapeIssues);
    const dataset = value as Dataset;
    const issues = checkDatasetReferences(dataset, labels);
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
