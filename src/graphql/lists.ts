import type { EntityType } from '../domain/model.ts';
import type { CypherExecutor } from './executor.ts';
import { toNeo4jInt } from './neo4j-values.ts';
import { nodeProjection } from './loaders.ts';
import { encodeCursor, toPageRequest, type PageArgs, type PageRequest } from './pagination.ts';
import type { ConnectionRecord, NodeRecord } from './records.ts';

/** A sort order: a non-null Cypher key over `n` (ties broken by id) and its direction. */
export interface SortSpec {
  readonly key: string;
  readonly descending: boolean;
}

/**
 * A list of one label: its sorts and its filters. Each filter is a Cypher predicate over `n` that reads
 * the filter's value as `$f.<name>`; it applies when the value is set (and, for lists, not empty).
 */
export interface ListSpec {
  readonly label: EntityType;
  readonly sorts: Readonly<Record<string, SortSpec>>;
  readonly filters: Readonly<Record<string, string>>;
}

/** What a list field receives. */
export interface ListArgs extends PageArgs {
  readonly filter?: Readonly<Record<string, unknown>> | null;
  readonly sort?: string | null;
}

/** The text filter every list has: a case-insensitive substring of the name or an alias. */
export const TEXT_FILTER = `(toLower(n.name) CONTAINS toLower($f.text)
  OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS toLower($f.text)))`;

/** Sorting by name, both ways. */
export const NAME_SORTS: Readonly<Record<string, SortSpec>> = {
  NAME_ASC: { key: 'toLower(n.name)', descending: false },
  NAME_DESC: { key: 'toLower(n.name)', descending: true },
};

/** The predicates of the filter values that are set. */
export function filterPredicates(spec: ListSpec, filter: ListArgs['filter']): string[] {
  if (!filter) return [];
  return Object.entries(filter)
    .filter(
      ([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
    )
    .map(([name]) => spec.filters[name])
    .filter((predicate): predicate is string => predicate !== undefined);
}

function cursorPredicate(sort: SortSpec, bound: 'after' | 'before'): string {
  const greater = (bound === 'after') !== sort.descending;
  const op = greater ? '>' : '<';
  return `(key ${op} $${bound}.key OR (key = $${bound}.key AND n.id ${op} $${bound}.id))`;
}

/** The one statement of a page: the total and the page's rows (one more than asked, to see past it). */
export function listCypher(spec: ListSpec, sort: SortSpec, predicates: string[], page: PageRequest): string {
  const where = predicates.length > 0 ? `WHERE ${predicates.join('\n  AND ')}` : '';
  const bounds = [
    ...(page.after ? [cursorPredicate(sort, 'after')] : []),
    ...(page.before ? [cursorPredicate(sort, 'before')] : []),
  ];
  const descending = sort.descending !== (page.direction === 'backward');
  const dir = descending ? 'DESC' : 'ASC';
  return `
CALL () { MATCH (n:${spec.label}) ${where} RETURN count(n) AS totalCount }
CALL () {
  MATCH (n:${spec.label}) ${where}
  WITH n, ${sort.key} AS key
  ${bounds.length > 0 ? `WHERE ${bounds.join(' AND ')}` : ''}
  ORDER BY key ${dir}, n.id ${dir}
  LIMIT $limit
  RETURN collect({key: key, node: ${nodeProjection('n')}}) AS rows
}
RETURN totalCount, rows`;
}

/** Runs a list query: filters, sort and keyset pagination both ways, in one statement. */
export async function listEntities(
  executor: CypherExecutor,
  spec: ListSpec,
  args: ListArgs,
): Promise<ConnectionRecord> {
  const page = toPageRequest(args);
  const sortName = args.sort ?? Object.keys(spec.sorts)[0] ?? '';
  const sort = spec.sorts[sortName];
  if (!sort) throw new Error(`No sort ${sortName} for ${spec.label}`);
  const cypher = listCypher(spec, sort, filterPredicates(spec, args.filter), page);
  const [row] = await executor.read(`list:${spec.label}`, cypher, {
    f: args.filter ?? {},
    after: page.after,
    before: page.before,
    limit: toNeo4jInt(page.size + 1),
  });
  const rows = (row?.rows ?? []) as { key: string | number; node: NodeRecord }[];
  const hasMore = rows.length > page.size;
  const items = rows.slice(0, page.size);
  if (page.direction === 'backward') items.reverse();
  const edges = items.map((item) => ({
    cursor: encodeCursor({ key: item.key, id: item.node.id }),
    node: item.node,
  }));
  return {
    totalCount: Number(row?.totalCount ?? 0),
    pageInfo: {
      hasNextPage: page.direction === 'forward' ? hasMore : page.before !== null,
      hasPreviousPage: page.direction === 'backward' ? hasMore : page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
  };
}
