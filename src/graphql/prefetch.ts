import {
  getNamedType,
  isObjectType,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { createFieldMemo } from './field-memo.ts';
import { sourceNodesOf } from './graph-cypher.ts';
import { ENTITY_TYPES } from '../domain/model.ts';
import type { EdgeSpec } from './loaders.ts';
import { edgeRowCypher, PREFETCH, specKey } from './prefetched.ts';
import { entityResolvers } from './resolvers/entity-resolvers.ts';
import { fieldSpecOf, type FieldSpec } from './resolvers/fields.ts';
import {
  descend,
  fieldsByType,
  selectedFields,
  selectedProperties,
  type SelectionScope,
} from './selection-walk.ts';

/**
 * Relationship levels fetched in the statement of the node they hang from. Deeper fields are loaded by
 * their own (batched) statement; the query depth limit is 10.
 */
export const PREFETCH_LEVELS = 3;

/** The relationship fields of each entity type, from the resolvers that follow them. */
const FIELD_SPECS: ReadonlyMap<string, ReadonlyMap<string, FieldSpec>> = new Map(
  Object.entries(entityResolvers).map(([type, fields]) => [
    type,
    new Map(
      Object.entries(fields as Record<string, unknown>).flatMap(([field, resolver]) => {
        const found = fieldSpecOf(resolver);
        return found ? [[field, found] as const] : [];
      }),
    ),
  ]),
);

interface Compilation extends SelectionScope {
  /** The Source type, which relationships' `sources` return. */
  readonly sourceTypes: readonly GraphQLObjectType[];
  /** Whether relationship fields are fetched with the nodes (or left to their loaders). */
  readonly prefetch: boolean;
  variables: number;
}

/** What a query asks of one relationship field, merged over every place it is selected. */
interface Wanted {
  readonly spec: EdgeSpec;
  readonly labels: Set<string>;
  readonly below: SelectionSetNode[];
  readonly belowTypes: Set<GraphQLObjectType>;
  /** The selections on the relationships' `sources`. */
  readonly sourceSets: SelectionSetNode[];
  /** The selections on the edges (their properties) and the edge types. */
  readonly edgeSets: SelectionSetNode[];
  readonly edgeTypes: Set<GraphQLObjectType>;
  /** Both ends are handed out whole (edges without `node`): every property of both. */
  whole: boolean;
}

const projections = createFieldMemo<string>();

/**
 * The Cypher projection of the node `variable` for the field being resolved, with every relationship
 * field the query selects below it (up to {@link PREFETCH_LEVELS} levels, through fragments) fetched by
 * nested COLLECT subqueries into `__prefetch`: a query costs one statement where it would cost one per
 * level. Nodes and relationships carry only the properties the query selects (and `always`, id by
 * default). `paths` lead from the field to the node selections (`[[]]`: the field's own; `[['edges',
 * 'node'], ['nodes']]`: a connection's nodes). The projection is a pure function of the document and
 * is computed once per field of a document (see field-memo.ts).
 */
export function prefetchProjection(
  variable: string,
  info: GraphQLResolveInfo,
  paths: string[][],
  always: readonly string[] = ['id'],
  prefetch = true,
): string {
  const key = `${variable}:${JSON.stringify(paths)}:${always.join()}:${prefetch}`;
  return projections(info.fieldNodes, key, () => {
    const source = info.schema.getType('Source');
    const compilation: Compilation = {
      schema: info.schema,
      fragments: info.fragments,
      sourceTypes: isObjectType(source) ? [source] : [],
      prefetch,
      variables: 0,
    };
    const sets: SelectionSetNode[] = [];
    const types = new Set<GraphQLObjectType>();
    for (const path of paths) {
      const found = descend(compilation, info.fieldNodes, getNamedType(info.returnType), path);
      sets.push(...found.sets);
      for (const type of found.types) types.add(type);
    }
    return projectNode(compilation, variable, sets, [...types], 0, always);
  });
}

/**
 * The node `variable` with only the properties the query selects on the nodes at `paths` (and `always`):
 * for statements that return nodes inside lists (paths, neighbourhoods), whose relationship fields are
 * left to the loaders.
 */
export function selectedProjection(variable: string, info: GraphQLResolveInfo, paths: string[][]): string {
  return prefetchProjection(variable, info, paths, ['id'], false);
}

/** The map projection (`.id, .url`) of the Source fields selected at `path` below the field. */
export function selectedSourceProperties(info: GraphQLResolveInfo, path: string[]): string {
  return projections(info.fieldNodes, `sources:${path.join('.')}`, () => {
    const compilation: Compilation = {
      schema: info.schema,
      fragments: info.fragments,
      sourceTypes: [],
      prefetch: false,
      variables: 0,
    };
    const { sets, types } = descend(compilation, info.fieldNodes, getNamedType(info.returnType), path);
    return selectedProperties(compilation, sets, types);
  });
}

/**
 * `variable` as a node record with the properties the query selects on it and those `always` names (id
 * by default), and the relationship fields selected on it prefetched.
 */
function projectNode(
  compilation: Compilation,
  variable: string,
  sets: readonly SelectionSetNode[],
  types: readonly GraphQLObjectType[],
  level: number,
  always?: readonly string[],
): string {
  const selected = wantedFields(compilation, sets, types);
  const properties = selected.some((field) => field.whole)
    ? '.*'
    : selectedProperties(compilation, sets, types, always);
  const wanted = compilation.prefetch && level < PREFETCH_LEVELS ? selected : [];
  const type = typeExpression(variable, types);
  if (wanted.length === 0) return `${variable} {${properties}, ${type}}`;
  const entries = wanted.map(
    (field) => `\`${specKey(field.spec)}\`: ${collectEdges(compilation, variable, field, level + 1)}`,
  );
  return `${variable} {${properties}, ${type}, ${PREFETCH}: {${entries.join(', ')}}}`;
}

/**
 * How a node record says its GraphQL type: `__type`, the one entity label of the types the position
 * can hold (a constant when it holds one; label tests otherwise, in {@link ENTITY_TYPES} order, as
 * entityTypeOf reads labels). `labels(n)` builds a list per node: a third of an events page's statement.
 */
function typeExpression(variable: string, types: readonly GraphQLObjectType[]): string {
  const names = ENTITY_TYPES.filter((entity) => types.some((type) => type.name === entity));
  if (names.length === 0 || names.length < types.length) return `__labels: labels(${variable})`;
  if (names.length === 1) return `__type: '${names[0]}'`;
  const cases = names.map((name) => `WHEN ${variable}:${name} THEN '${name}'`).join(' ');
  return `__type: CASE ${cases} END`;
}

/** The relationship fields selected on nodes of `types`, one per spec. */
function wantedFields(
  compilation: Compilation,
  sets: readonly SelectionSetNode[],
  types: readonly GraphQLObjectType[],
): Wanted[] {
  const bySpec = new Map<string, Wanted>();
  for (const { field, types: applies } of fieldsByType(compilation, sets, types)) {
    for (const type of applies ?? types) {
      const found = FIELD_SPECS.get(type.name)?.get(field.name.value);
      if (!found) continue;
      const sources = found.nodes ? [] : selectedFields(compilation, field.selectionSet, 'sources');
      const spec: EdgeSpec = sources.length > 0 ? { ...found.spec, withSources: true } : found.spec;
      const key = specKey(spec);
      const entry = bySpec.get(key) ?? {
        spec,
        labels: new Set(),
        below: [],
        belowTypes: new Set(),
        sourceSets: [],
        edgeSets: [],
        edgeTypes: new Set(),
        whole: false,
      };
      bySpec.set(key, entry);
      for (const selection of sources)
        if (selection.selectionSet) entry.sourceSets.push(selection.selectionSet);
      entry.labels.add(type.name);
      const below = nodesBelow(compilation, type, field, found.nodes);
      if (below === null) entry.whole = true;
      const edgeType = found.nodes ? undefined : getNamedType(type.getFields()[field.name.value]!.type);
      if (isObjectType(edgeType) && field.selectionSet) {
        entry.edgeTypes.add(edgeType);
        entry.edgeSets.push(field.selectionSet);
      }
      entry.below.push(...(below?.sets ?? []));
      for (const belowType of below?.types ?? []) entry.belowTypes.add(belowType);
    }
  }
  return [...bySpec.values()];
}

/**
 * The selections on the nodes a relationship field reaches: its own, or its edges' `node`. Null for
 * edges without a `node` field (status reports, figures): their resolvers hand out both ends whole.
 */
function nodesBelow(compilation: Compilation, type: GraphQLObjectType, field: FieldNode, nodes: boolean) {
  const fieldType = type.getFields()[field.name.value]?.type;
  if (!fieldType) return { sets: [], types: [] };
  const named = getNamedType(fieldType);
  if (!nodes && !(isObjectType(named) && named.getFields().node)) return null;
  return descend(compilation, [field], named, nodes ? [] : ['node']);
}

/** A COLLECT subquery of one field's relationships from `variable`, ordered as its loader orders them. */
function collectEdges(compilation: Compilation, variable: string, wanted: Wanted, level: number): string {
  const i = ++compilation.variables;
  const [r, m] = [`r${i}`, `m${i}`];
  const { spec } = wanted;
  const rel = `[${r}:${spec.type}]`;
  const pattern =
    spec.direction === 'OUTGOING' ? `-${rel}->` : spec.direction === 'INCOMING' ? `<-${rel}-` : `-${rel}-`;
  const other = spec.other ? `(${m}:${spec.other})` : `(${m})`;
  // The loaders' ORDER BY constants are written over `r` and `m`.
  const orderBy = (spec.orderBy ?? 'm.name, m.id').replace(/\b([rm])\./g, (_, v: string) =>
    v === 'r' ? `${r}.` : `${m}.`,
  );
  const node = wanted.whole
    ? `${m} {.*, __labels: labels(${m})}`
    : projectNode(compilation, m, wanted.below, [...wanted.belowTypes], level);
  const sources = spec.withSources
    ? sourceNodesOf(r, selectedProperties(compilation, wanted.sourceSets, compilation.sourceTypes))
    : undefined;
  const properties = wanted.whole
    ? '.*'
    : selectedProperties(compilation, wanted.edgeSets, [...wanted.edgeTypes], []);
  const row = edgeRowCypher(spec, { r, m, n: variable }, { properties, node, sources });
  return `COLLECT {
  MATCH (${variable}:${[...wanted.labels].join('|')})${pattern}${other}
  RETURN ${row} AS edge
  ORDER BY ${orderBy}
}`;
}
