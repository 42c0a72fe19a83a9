import type { EntityType } from '../domain/model.ts';
import { isIsoDate } from '../domain/dates.ts';
import { badUserInput } from '../errors.ts';
import { toNeo4jInt } from '../neo4j/values.ts';
import type { Executor } from './executor.ts';
import { encodeCursor, toPageRequest, type Cursor, type PageArgs, type PageRequest } from './pagination.ts';
import { projectNode } from './project.ts';
import type { ConnectionRecord, NodeRecord } from './records.ts';
import { pageParams, WHOLE_NODE, type NodeWanted, type PageParams } from './wanted.ts';

/**
 * A sort order: a Cypher key over `n` (ties broken by id) and its direction. A `date` sort's key is a
 * date property itself, so that a range index on it serves the order (the plan reads one page of the
 * index, not every match); it may be null, and null sorts as Neo4j sorts it: after every date going up,
 * before them going down. Any other key is never null.
 */
export interface SortSpec {
  readonly key: string;
  readonly descending: boolean;
  readonly date?: boolean;
  /**
   * Filters that keep only items with a key (a range on the sorted date). With one of them set, a date
   * cursor also bounds the date itself, so that the index seek starts at the cursor instead of reading
   * every match before it (a deep page read 6,424 index entries for 21 rows at scale M).
   */
  readonly keyedBy?: readonly string[];
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

/** The names of the filter values that are set (not null, and not an empty list). */
function setFilters(filter: ListArgs['filter']): string[] {
  if (!filter) return [];
  return Object.entries(filter)
    .filter(
      ([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
    )
    .map(([name]) => name);
}

/** The predicates of the named filters. */
function predicatesOf(spec: ListSpec, names: readonly string[]): string[] {
  return names.map((name) => spec.filters[name]).filter((predicate) => predicate !== undefined);
}

/** Where a page starts or ends: its cursor, and whether every match has a key (see SortSpec.keyedBy). */
interface Bound {
  readonly bound: 'after' | 'before';
  readonly cursor: Cursor;
  readonly keyed: boolean;
}

/** Where the page starts or ends, as a predicate over `key` and `n.id` (constants; the cursor is `$<bound>`). */
function cursorPredicate(sort: SortSpec, { bound, cursor, keyed }: Bound): string {
  const greater = (bound === 'after') !== sort.descending;
  const op = greater ? '>' : '<';
  const id = `n.id ${op} $${bound}.id`;
  if (!sort.date) return `(key ${op} $${bound}.key OR (key = $${bound}.key AND ${id}))`;
  // Null is the largest key: after a null only nulls follow; before it, every date.
  if (cursor.key === null) return greater ? `(key IS NULL AND ${id})` : `(key IS NOT NULL OR ${id})`;
  const at = `date($${bound}.key)`;
  return `(key ${op} ${at} OR (key = ${at} AND ${id})${greater && !keyed ? ' OR key IS NULL' : ''})`;
}

/**
 * The same bound on the date property itself, inclusive, which the planner turns into the start (or
 * end) of the index seek. Towards smaller dates no null can follow a date; towards larger ones every
 * null does, unless a filter keeps dated matches only.
 */
function seekPredicate(sort: SortSpec, { bound, cursor, keyed }: Bound): string[] {
  if (sort.date !== true || cursor.key === null) return [];
  const greater = (bound === 'after') !== sort.descending;
  if (greater && !keyed) return [];
  return [`${sort.key} ${greater ? '>=' : '<='} date($${bound}.key)`];
}

/** A cursor's key must be of the sort's kind: a date sort takes `YYYY-MM-DD` or null. */
function checkCursorKey(sort: SortSpec, cursor: Cursor | null, argument: string): Cursor | null {
  if (!cursor || !sort.date) return cursor;
  // Cursors issued before date sorts used their index carried '' for a missing date.
  if (cursor.key === '' || cursor.key === null) return { key: null, id: cursor.id };
  if (typeof cursor.key === 'string' && isIsoDate(cursor.key)) return cursor;
  throw badUserInput(`${argument}: not a cursor of this sort order.`, [
    { path: argument, message: 'cursor of another sort' },
  ]);
}

/**
 * The one statement of a page (`filters`: the names of the filters set): the total and the page's rows
 * (one more than asked, to see past it), one record per row (a null row when the page is empty).
 * One record holding the whole page would be one Bolt message, and the JavaScript driver reads a
 * message longer than a chunk (64 KiB) through a buffer of buffers, about three times slower: a deep
 * events page of 20 with 685 participants at scale M took 14.9-16.2 ms to arrive whole, 10.0-10.2 ms
 * as rows.
 */
function listCypher(
  spec: ListSpec,
  sort: SortSpec,
  filters: string[],
  page: PageRequest,
  options: ListOptions = {},
): string {
  const { withTotal = true, node = WHOLE_NODE } = options;
  const predicates = predicatesOf(spec, filters);
  const keyed = sort.keyedBy?.some((name) => filters.includes(name)) ?? false;
  const cursors: Bound[] = [
    ...(page.after ? [{ bound: 'after' as const, cursor: page.after, keyed }] : []),
    ...(page.before ? [{ bound: 'before' as const, cursor: page.before, keyed }] : []),
  ];
  const whereOf = (list: string[]) => (list.length > 0 ? `WHERE ${list.join('\n  AND ')}` : '');
  const where = whereOf(predicates);
  const pageWhere = whereOf([...predicates, ...cursors.flatMap((c) => seekPredicate(sort, c))]);
  const bounds = cursors.map((c) => cursorPredicate(sort, c));
  const descending = sort.descending !== (page.direction === 'backward');
  const dir = descending ? 'DESC' : 'ASC';
  const total = withTotal
    ? `CALL () { MATCH (n:${spec.label}) ${where} RETURN count(n) AS totalCount }`
    : 'WITH null AS totalCount';
  return `
${total}
CALL () {
  MATCH (n:${spec.label}) ${pageWhere}
  WITH n, ${sort.key} AS key
  ${bounds.length > 0 ? `WHERE ${bounds.join(' AND ')}` : ''}
  ORDER BY key ${dir}, n.id ${dir}
  LIMIT $limit
  RETURN collect({key: key, node: ${projectNode('n', node)}}) AS rows
}
UNWIND CASE rows WHEN [] THEN [null] ELSE rows END AS row
RETURN totalCount, row`;
}

/** How a list query reads. */
export interface ListOptions {
  /** Count the matches (it reads every match; the page reads one page). Default true. */
  readonly withTotal?: boolean;
  /** What is wanted of each node (default: its properties and labels). */
  readonly node?: NodeWanted;
  /** The pages of relationships wanted below the nodes, by slot. */
  readonly pages?: readonly PageParams[];
}

/** Runs a list query: filters, sort and keyset pagination both ways, in one statement. */
export async function listEntities(
  executor: Executor,
  spec: ListSpec,
  args: ListArgs,
  options: ListOptions = {},
): Promise<ConnectionRecord> {
  const sortName = args.sort ?? Object.keys(spec.sorts)[0] ?? '';
  const sort = spec.sorts[sortName];
  if (!sort) throw new Error(`No sort ${sortName} for ${spec.label}`);
  const request = toPageRequest(args);
  const page: PageRequest = {
    ...request,
    after: checkCursorKey(sort, request.after, 'after'),
    before: checkCursorKey(sort, request.before, 'before'),
  };
  const cypher = listCypher(spec, sort, setFilters(args.filter), page, options);
  const records = await executor.read(`list:${spec.label}`, cypher, {
    f: args.filter ?? {},
    after: page.after,
    before: page.before,
    limit: toNeo4jInt(page.size + 1),
    ...pageParams(options.pages ?? []),
  });
  const rows = records.flatMap((record) =>
    record.row == null ? [] : [record.row as { key: Cursor['key']; node: NodeRecord }],
  );
  const hasMore = rows.length > page.size;
  const items = rows.slice(0, page.size);
  if (page.direction === 'backward') items.reverse();
  const edges = items.map((item) => ({
    cursor: encodeCursor({ key: item.key, id: item.node.id }),
    node: item.node,
  }));
  return {
    totalCount: Number(records[0]?.totalCount ?? 0),
    pageInfo: {
      hasNextPage: page.direction === 'forward' ? hasMore : page.before !== null,
      hasPreviousPage: page.direction === 'backward' ? hasMore : page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
  };
}
