import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { PROJECT_ROOT } from '../config.ts';
import {
  DATASET_ARRAYS,
  ENTITY_TYPES,
  type EntityType,
  isRelationshipType,
  relationshipSpec,
  withArticle,
} from '../domain/model.ts';
import type { Dataset, EntityRecord } from './dataset.ts';
import type { DatasetIssue } from '../errors.ts';

/** The published JSON Schema of the dataset format. */
export const DATASET_SCHEMA_PATH = path.join(PROJECT_ROOT, 'seed', 'dataset.schema.json');

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

let compiled: ValidateFunction | undefined;

function schemaValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    compiled = ajv.compile(JSON.parse(readFileSync(DATASET_SCHEMA_PATH, 'utf8')) as object);
  }
  return compiled;
}

/** Checks a parsed JSON value against the JSON Schema; returns the issues (empty when valid). */
export function checkDatasetShape(value: unknown): DatasetIssue[] {
  const validate = schemaValidator();
  if (validate(value)) return [];
  // "must match then schema" only says that an error below it exists; that error is reported itself.
  const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'if');
  return dedupe(errors.map((error) => toIssue(value, error)));
}

/** A date field given as a month or a year: say how to write it, rather than quote the pattern. */
function partialDateMessage(value: unknown, field: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const what = /^\d{4}-\d{2}$/.test(value) ? 'a month' : /^\d{4}$/.test(value) ? 'a year' : undefined;
  if (what === undefined) return undefined;
  const day = value.length === 4 ? `${value}-01-01` : `${value}-01`;
  const precision = what === 'a month' ? 'month' : 'year';
  return field === 'publishedOn'
    ? `is ${what}; write a day such as ${day} and set datePrecision: ${precision}`
    : `is ${what}; this field takes a day (YYYY-MM-DD) such as ${day}. Only a source has a precision ` +
        `field (datePrecision), so cite a source with datePrecision: ${precision}, or say it in a note`;
}

function valueAt(root: unknown, segments: readonly string[]): unknown {
  let node: unknown = root;
  for (const segment of segments) node = (node as Record<string, unknown> | undefined)?.[segment];
  return node;
}

function toIssue(root: unknown, error: ErrorObject): DatasetIssue {
  const segments = error.instancePath.split('/').slice(1).map(decodePointer);
  let where = formatPath(root, segments);
  let message = error.message ?? 'is invalid';
  const partial = error.schemaPath.startsWith('#/$defs/date/')
    ? partialDateMessage(valueAt(root, segments), segments[segments.length - 1] ?? '')
    : undefined;
  if (partial !== undefined) message = partial;
  else if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty?: string }).additionalProperty);
    where = where === '' ? extra : `${where}.${extra}`;
    message = 'is not a field of this record (check its spelling)';
  } else if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty?: string }).missingProperty);
    where = where === '' ? missing : `${where}.${missing}`;
    message = 'is required';
  } else if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues ?? [];
    message = `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return { path: where === '' ? '(file)' : where, message };
}

/** `['people', '2', 'name']` → `people[2] (person:liz-kendall).name`: the record's id helps find it. */
function formatPath(root: unknown, segments: string[]): string {
  let out = '';
  let node: unknown = root;
  for (const segment of segments) {
    const isIndex = Array.isArray(node) && /^\d+$/.test(segment);
    node = isIndex
      ? (node as unknown[])[Number(segment)]
      : (node as Record<string, unknown> | undefined)?.[segment];
    if (isIndex) {
      out += `[${segment}]`;
      if (out.split('.').length === 1) out += describeRecord(node);
    } else {
      out += out === '' ? segment : `.${segment}`;
    }
  }
  return out;
}

/** ` (person:liz-kendall)` for an entity, ` (HOLDS_OFFICE person:x -> org:y)` for a relationship. */
function describeRecord(node: unknown): string {
  const { id, type, from, to } = (node ?? {}) as Record<string, unknown>;
  if (typeof id === 'string') return ` (${id})`;
  if (typeof type === 'string' && typeof from === 'string' && typeof to === 'string')
    return ` (${type} ${from} -> ${to})`;
  return '';
}

function decodePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function dedupe(issues: DatasetIssue[]): DatasetIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}|${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every entity record of a dataset with its label and where it sits in the file. */
export function listRecords(dataset: Dataset): { label: EntityType; record: EntityRecord; where: string }[] {
  return ENTITY_TYPES.flatMap((label) => {
    const array = DATASET_ARRAYS[label];
    const records = (dataset as unknown as Record<string, readonly EntityRecord[] | undefined>)[array] ?? [];
    return records.map((record, index) => ({ label, record, where: `${array}[${index}] (${record.id})` }));
  });
}

/** Every id a dataset refers to without defining it: what must already be in the database. */
export function externalReferences(dataset: Dataset): string[] {
  const defined = new Set(listRecords(dataset).map(({ record }) => record.id));
  const refs = new Set<string>();
  for (const { record } of listRecords(dataset)) {
    for (const id of referencedSources(record)) refs.add(id);
  }
  for (const rel of dataset.relationships ?? []) {
    [rel.from, rel.to, ...rel.sources].forEach((id) => refs.add(id));
  }
  return [...refs].filter((id) => !defined.has(id)).sort();
}

function referencedSources(record: EntityRecord): string[] {
  return [
    ...(record.sources ?? []),
    ...(record.statusHistory ?? []).flatMap((entry) => entry.sources),
    ...(record.figures ?? []).flatMap((figure) => figure.sources),
  ];
}

/**
 * Checks what the JSON Schema cannot: duplicate ids, references to ids that exist neither in the file
 * nor in the database (`existing`: id → label of what the database holds), ids reused under another
 * label, relationship label pairs and properties.
 */
export function checkDatasetReferences(
  dataset: Dataset,
  existing: ReadonlyMap<string, string>,
): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const labels = new Map<string, EntityType>();
  for (const { label, record, where } of listRecords(dataset)) {
    if (labels.has(record.id))
      issues.push({ path: `${where}.id`, message: `duplicates the id of another record` });
    labels.set(record.id, label);
    const stored = existing.get(record.id);
    if (stored !== undefined && stored !== label) {
      issues.push({
        path: `${where}.id`,
        message: `is already ${withArticle(stored)} in the database, not ${withArticle(label)}`,
      });
    }
  }
  const labelOf = (id: string): string | undefined => labels.get(id) ?? existing.get(id);
  const checkSources = (ids: readonly string[], where: string) =>
    ids.forEach((id, i) => {
      const label = labelOf(id);
      if (label === undefined)
        issues.push({
          path: `${where}[${i}]`,
          message: `"${id}" is neither in this file nor in the database`,
        });
      else if (label !== 'Source')
        issues.push({ path: `${where}[${i}]`, message: `"${id}" is ${withArticle(label)}, not a Source` });
    });

  for (const { record, where } of listRecords(dataset)) {
    checkSources(record.sources ?? [], `${where}.sources`);
    (record.statusHistory ?? []).forEach((entry, i) =>
      checkSources(entry.sources, `${where}.statusHistory[${i}].sources`),
    );
    (record.figures ?? []).forEach((figure, i) =>
      checkSources(figure.sources, `${where}.figures[${i}].sources`),
    );
  }
  (dataset.relationships ?? []).forEach((rel, i) => {
    const where = `relationships[${i}] (${rel.type} ${rel.from} -> ${rel.to})`;
    checkSources(rel.sources, `${where}.sources`);
    if (!isRelationshipType(rel.type)) {
      issues.push({
        path: `${where}.type`,
        message: `"${rel.type}" is not a relationship type of the model`,
      });
      return;
    }
    const spec = relationshipSpec(rel.type);
    for (const [end, id, allowed] of [
      ['from', rel.from, spec.from],
      ['to', rel.to, spec.to],
    ] as const) {
      const label = labelOf(id);
      if (label === undefined)
        issues.push({
          path: `${where}.${end}`,
          message: `"${id}" is neither in this file nor in the database`,
        });
      else if (!(allowed as readonly string[]).includes(label)) {
        issues.push({
          path: `${where}.${end}`,
          message: `"${id}" is ${withArticle(label)}; ${rel.type} ${end} must be ${allowed.join(' or ')}`,
        });
      }
    }
    for (const property of Object.keys(rel.properties ?? {})) {
      if (property !== 'note' && !Object.hasOwn(spec.properties, property)) {
        issues.push({ path: `${where}.properties.${property}`, message: `is not a property of ${rel.type}` });
      }
    }
  });
  return issues;
}
