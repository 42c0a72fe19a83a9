import * as Q from './queries.ts';
import { encodeCursor, encodeOffsetCursor, toLuceneQuery } from '../../src/index.ts';
import { NEIGHBORHOOD as EXPLORER_NEIGHBORHOOD } from '../../src/explore/client/explorer/queries.ts';

/** The three ways of answering an operation. */
export const WAYS = ['ours', 'neo4j-graphql', 'raw'] as const;
export type Way = (typeof WAYS)[number];

/** What the workload runs against: ids and values picked from the loaded graph (see targets.ts). */
export interface Targets {
  /** An agreement (the generator's typical entity). */
  readonly entityId: string;
  readonly eventsFrom: string;
  readonly eventsTo: string;
  /** Where the deep page starts: its offset and the (start date, id) of the item before it. */
  readonly deepPage: { readonly offset: number; readonly after: { key: string; id: string } | null };
  readonly searchText: string;
  readonly pathFrom: string;
  readonly pathTo: string;
  readonly currency: string;
  readonly hubId: string;
  /** The country with the most event participations: its events connection has a second page. */
  readonly connectionId: string;
}

/** One HTTP request: a path on the way's server and a JSON body. */
export interface HttpRequest {
  readonly path: string;
  readonly body: Record<string, unknown>;
}

/** One operation, three ways: the request of each, how to read its answer, which arrays are ordered. */
export interface Operation {
  readonly name: string;
  readonly description: string;
  request(way: Way): HttpRequest;
  /** The operation's result from a way's response body (`data` of GraphQL or of the raw server). */
  extract(way: Way, data: Record<string, unknown>): unknown;
  /** Key paths of the arrays whose order the operation defines (`''` is the root). */
  readonly ordered: ReadonlySet<string>;
  /**
   * What the targets compare it with: `native` operations (the library has a feature for them)
   * against @neo4j/graphql, `hand-written` ones (its `@cypher` fields) against the raw floor.
   */
  readonly kind: 'native' | 'hand-written';
  /**
   * The ways that have no equivalent of this operation, each with why: not requested, not measured,
   * reported as not answered with the reason (`not offered: …`).
   */
  readonly notOffered?: Readonly<Partial<Record<Way, string>>>;
  /**
   * The ways that answer this operation from a cache of their own under load, and what is cached: their
   * figures measure the cache, not the statement (the report says so beside them).
   */
  readonly cached?: Readonly<Partial<Record<Way, string>>>;
}

/**
 * Our investment totals are cached per graph version (src/cypher/totals-cache.ts): under load, after
 * the first request, a request reads the version and the groups' nodes, and never the pledges.
 */
const TOTALS_CACHED = {
  ours: "investment totals cached per graph version: after the first request, each request reads the version and the groups' nodes, not the pledges",
} as const;

const NO_TOTALS_RULES =
  'no equivalent: the v2 totals rules (docs/data-model.md, "Totals") run in TypeScript, which a @cypher field cannot call';
const EXPLORER_ONLY =
  "the explorer's own query (derived fields: statusHistory, disputed); the neighborhood operation is its floor";

const PAGE = 20;
/** Participants per event on the events pages (ours: `participants(first: 100)`, the page maximum). */
const PARTICIPANTS = 100;
const SEARCH_FIRST = 10;
const TOTALS_FIRST = 20;
const NEIGHBORS_FIRST = 50;
/** What the explorer asks for when a node is clicked (src/explore/client/explorer/actions.ts, view.ts). */
const EXPLORER_FIRST = 60;
const EXPLORER_DEPTH = 1;

const gql = (query: string, variables: Record<string, unknown>): HttpRequest => ({
  path: '/graphql',
  body: { query, variables },
});
const raw = (op: string, params: Record<string, unknown>): HttpRequest => ({ path: `/${op}`, body: params });

/** A @neo4j/graphql connection cursor (an offset, as graphql-relay encodes it) for the item at `offset`. */
const offsetCursor = (offset: number): string => Buffer.from(`arrayconnection:${offset}`).toString('base64');

/** An event as the library returns it: all its participants (it cannot order a union connection by name). */
interface LibraryEvent {
  readonly participantsConnection: {
    readonly edges: readonly { properties: { role: string | null }; node: { id: string; name: string } }[];
  };
}

/** Nulls last, as Cypher's ascending order. */
const ascending = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/**
 * The library's event with the participants our page holds: the first PARTICIPANTS by role, name and
 * id (ours and the raw floor read exactly those; the library reads them all, a few events have more
 * than 100 at M, and is compared on the same ones).
 */
function firstParticipants(event: LibraryEvent): LibraryEvent {
  const edges = [...event.participantsConnection.edges].sort(
    (a, b) =>
      ascending(a.properties.role, b.properties.role) ||
      ascending(a.node.name, b.node.name) ||
      ascending(a.node.id, b.node.id),
  );
  return { ...event, participantsConnection: { edges: edges.slice(0, PARTICIPANTS) } };
}

function eventsPage(t: Targets, deep: boolean): Operation {
  const after = deep ? t.deepPage.after : null;
  const vars = { from: t.eventsFrom, to: t.eventsTo, first: PAGE };
  return {
    name: deep ? 'events-deep-page' : 'events-first-page',
    kind: 'native',
    description: deep
      ? `events in a date range by start date with participants, the page at offset ${t.deepPage.offset}`
      : 'events in a date range by start date with participants, first page',
    ordered: new Set(['nodes']),
    request: (way) => {
      if (way === 'ours') return gql(Q.OURS_EVENTS, { ...vars, after: after ? encodeCursor(after) : null });
      if (way === 'neo4j-graphql')
        return gql(Q.NEO_EVENTS, { ...vars, after: after ? offsetCursor(t.deepPage.offset - 1) : null });
      return raw('events', { ...vars, after });
    },
    extract: (way, data) => {
      if (way === 'ours') return data.events;
      if (way === 'raw') return data;
      const connection = data.eventsConnection as { totalCount: number; edges: { node: LibraryEvent }[] };
      return {
        totalCount: connection.totalCount,
        nodes: connection.edges.map((edge) => firstParticipants(edge.node)),
      };
    },
  };
}

/** The workload's operations over the given targets, in the order they are reported. */
export function createOperations(t: Targets): Operation[] {
  return [
    {
      name: 'entity',
      kind: 'native',
      description: 'an agreement by id with two levels of relationships and their sources',
      ordered: new Set(),
      request: (way) =>
        way === 'ours'
          ? gql(Q.OURS_ENTITY, { id: t.entityId })
          : way === 'neo4j-graphql'
            ? gql(Q.NEO_ENTITY, { id: t.entityId })
            : raw('entity', { id: t.entityId }),
      extract: (way, data) =>
        way === 'ours' ? data.node : way === 'raw' ? data : ((data.agreements as unknown[])[0] ?? null),
    },
    eventsPage(t, false),
    eventsPage(t, true),
    {
      name: 'search',
      kind: 'native',
      description: `full-text search for "${t.searchText}", ${SEARCH_FIRST} hits`,
      ordered: new Set(),
      request: (way) =>
        way === 'ours'
          ? gql(Q.OURS_SEARCH, { text: t.searchText, first: SEARCH_FIRST })
          : way === 'neo4j-graphql'
            ? gql(Q.NEO_SEARCH, { phrase: toLuceneQuery(t.searchText), first: SEARCH_FIRST })
            : raw('search', { text: t.searchText, query: toLuceneQuery(t.searchText), first: SEARCH_FIRST }),
      extract: (way, data) => {
        if (way === 'raw') return data;
        const hits =
          way === 'ours'
            ? (data.search as { score: number; node: { id: string; name: string } }[])
            : (data.searchEntities as { edges: { score: number; node: { id: string; name: string } }[] })
                .edges;
        return hits.map((hit) => ({ score: hit.score, id: hit.node.id, name: hit.node.name }));
      },
    },
    {
      name: 'shortest-path',
      kind: 'hand-written',
      description: 'a shortest path (at most 6 hops) between two entities',
      ordered: new Set(['nodes', 'relationships']),
      request: (way) =>
        way === 'ours'
          ? gql(Q.OURS_PATH, { fromId: t.pathFrom, toId: t.pathTo })
          : way === 'neo4j-graphql'
            ? gql(Q.NEO_PATH, { fromId: t.pathFrom, toId: t.pathTo })
            : raw('shortestPath', { fromId: t.pathFrom, toId: t.pathTo }),
      extract: (way, data) => (way === 'raw' ? data : data.shortestPath),
    },
    {
      name: 'investment-totals',
      kind: 'hand-written',
      description: `investment totals of the v2 model in ${t.currency} grouped by investor, largest ${TOTALS_FIRST}`,
      ordered: new Set(['']),
      cached: TOTALS_CACHED,
      notOffered: { 'neo4j-graphql': NO_TOTALS_RULES },
      request: (way) =>
        way === 'raw'
          ? raw('totals', { unit: t.currency, first: TOTALS_FIRST })
          : gql(Q.OURS_TOTALS, { unit: t.currency, first: TOTALS_FIRST }),
      extract: (way, data) => (way === 'raw' ? data : (data.investmentTotals as { groups: unknown }).groups),
    },
    {
      name: 'neighborhood',
      kind: 'hand-written',
      description: `the hub's neighbourhood: ${NEIGHBORS_FIRST} nearest within 2 hops and the relationships among them`,
      ordered: new Set(['nodes']),
      request: (way) =>
        way === 'ours'
          ? gql(Q.OURS_NEIGHBORHOOD, { id: t.hubId, first: NEIGHBORS_FIRST })
          : way === 'neo4j-graphql'
            ? gql(Q.NEO_NEIGHBORHOOD, { id: t.hubId, first: NEIGHBORS_FIRST })
            : raw('neighborhood', { id: t.hubId, first: NEIGHBORS_FIRST }),
      extract: (way, data) => (way === 'raw' ? data : data.neighborhood),
    },
    {
      name: 'connection-second-page',
      kind: 'native',
      description: `the second page (${PAGE} after the first's cursor) of a country's events connection`,
      ordered: new Set(['events']),
      request: (way) => {
        const vars = { id: t.connectionId, first: PAGE };
        if (way === 'ours')
          return gql(Q.OURS_CONNECTION_PAGE, { ...vars, after: encodeOffsetCursor(PAGE - 1) });
        if (way === 'neo4j-graphql')
          return gql(Q.NEO_CONNECTION_PAGE, { ...vars, after: offsetCursor(PAGE - 1) });
        return raw('connectionPage', { ...vars, skip: PAGE });
      },
      extract: (way, data) => {
        if (way === 'ours') return data.node;
        if (way === 'raw') return { events: data };
        return (data.countries as unknown[])[0] ?? null;
      },
    },
    {
      name: 'explorer-neighborhood',
      kind: 'hand-written',
      description: `the explorer's expansion of the hub: ${EXPLORER_FIRST} neighbours within ${EXPLORER_DEPTH} step, with the fields it draws`,
      ordered: new Set(['nodes']),
      notOffered: { 'neo4j-graphql': EXPLORER_ONLY, raw: EXPLORER_ONLY },
      request: () =>
        gql(EXPLORER_NEIGHBORHOOD, { id: t.hubId, depth: EXPLORER_DEPTH, first: EXPLORER_FIRST }),
      extract: (_way, data) => data.neighborhood,
    },
  ];
}
