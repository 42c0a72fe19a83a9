import { DATASET_ARRAYS, type EntityType } from '../../domain/model.ts';
import { DatasetValidationError, importDataset, type ImportSummary } from '../../ingest/index.ts';
import {
  findNodes,
  findRelationship,
  mapNeo4jError,
  type NodeRecord,
  type NodesShape,
} from '../../cypher/index.ts';
import type { UpsertedRelationshipRecord } from '../../cypher/records.ts';
import type { ChangeOperation } from '../../domain/change-log.ts';
import { badUserInput } from '../../errors.ts';
import type { GraphQLContext } from '../request/context.ts';

const CORE_FIELDS = new Set(['id', 'name', 'aliases', 'description', 'sources']);

/** An entity to upsert, as the schema's EntityInput. */
export interface EntityInputValue {
  readonly type: EntityType;
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[] | null;
  readonly description?: string | null;
  readonly sources?: readonly string[] | null;
  readonly properties?: unknown;
}

/** A relationship to upsert, as the schema's RelationshipInput. */
export interface RelationshipInputValue {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly key?: string | null;
  readonly properties?: unknown;
  readonly sources: readonly string[];
}

const ORIGIN = 'graphql request';
/** The header of the one-record datasets the upserts build. */
const DATASET_HEADER = { format: 'tdg-dataset', version: 1, name: 'graphql-upsert' } as const;

function asObject(value: unknown, path: string): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  throw badUserInput(`${path} must be an object.`, [{ path, message: 'must be an object' }]);
}

/**
 * Runs the shared importer (validation, one write transaction, idempotent MERGE). Validation issues
 * become BAD_USER_INPUT with `extensions.issues`, their paths rewritten by `rewritePath`.
 */
async function runImport(
  context: GraphQLContext,
  dataset: unknown,
  rewritePath: (path: string) => string,
  operation: ChangeOperation = 'import',
): Promise<ImportSummary> {
  try {
    return await importDataset(context.executor, dataset, {
      origin: ORIGIN,
      log: { actor: context.writer ?? 'anonymous', operation },
    });
  } catch (error) {
    if (error instanceof DatasetValidationError) {
      const issues = error.issues.map((issue) => ({ path: rewritePath(issue.path), message: issue.message }));
      const first = issues[0];
      throw badUserInput(
        `Invalid input, nothing was written${first ? `: ${first.path} ${first.message}` : ''}.`,
        issues,
      );
    }
    throw mapNeo4jError(error);
  }
}

/** `countries[0] (country:gb).iso2` → `input.properties.iso2`; `….name` → `input.name`. */
function entityPath(path: string): string {
  const record = /^[a-z]+\[0\](?: \([^)]*\))?/.exec(path);
  if (!record) return `input.${path}`;
  const rest = path.slice(record[0].length);
  const field = /^\.([A-Za-z$_][\w$]*)/.exec(rest)?.[1];
  if (field === undefined) return `input${rest}`;
  return CORE_FIELDS.has(field) ? `input${rest}` : `input.properties${rest}`;
}

/** Builds a one-record dataset from the input and imports it; returns the stored entity as `shape` asks. */
export async function upsertEntity(
  context: GraphQLContext,
  input: EntityInputValue,
  shape: NodesShape,
): Promise<NodeRecord> {
  const record = {
    ...asObject(input.properties, 'input.properties'),
    id: input.id,
    name: input.name,
    ...(input.aliases ? { aliases: input.aliases } : {}),
    ...(input.description != null ? { description: input.description } : {}),
    ...(input.sources ? { sources: input.sources } : {}),
  };
  const dataset = { ...DATASET_HEADER, [DATASET_ARRAYS[input.type]]: [record] };
  await runImport(context, dataset, entityPath, 'upsert');
  const [node] = await findNodes(context.executor, [input.id], shape);
  if (!node) throw new Error(`Upserted ${input.id} but cannot read it back`);
  return node;
}

/** Builds a one-relationship dataset from the input and imports it; returns the stored relationship. */
export async function upsertRelationship(
  context: GraphQLContext,
  input: RelationshipInputValue,
  shape: NodesShape,
): Promise<UpsertedRelationshipRecord> {
  const record = {
    type: input.type,
    from: input.from,
    to: input.to,
    ...(input.key != null ? { key: input.key } : {}),
    ...(input.properties != null ? { properties: asObject(input.properties, 'input.properties') } : {}),
    sources: input.sources,
  };
  const dataset = { ...DATASET_HEADER, relationships: [record] };
  const summary = await runImport(
    context,
    dataset,
    (path) =>
      /^relationships\[0\]/.test(path)
        ? path.replace(/^relationships\[0\](?: \([^)]*\))?/, 'input')
        : `input.${path}`,
    'upsert',
  );
  const stored = await findRelationship(
    context.executor,
    { type: input.type, from: input.from, to: input.to, key: input.key ?? null },
    shape,
  );
  if (!stored) throw new Error(`Upserted ${input.type} but cannot read it back`);
  return { ...stored, changeId: summary.changeId ?? null };
}

/** Imports a whole dataset; issues keep the dataset's own paths, under `dataset`. */
export function importWholeDataset(context: GraphQLContext, dataset: unknown): Promise<ImportSummary> {
  return runImport(context, dataset, (path) => `dataset.${path}`);
}
