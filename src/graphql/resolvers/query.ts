import type { GraphQLResolveInfo } from 'graphql';
import {
  findNeighborhood,
  findNodes,
  findShortestPaths,
  findTimeline,
  LIST_SPECS,
  listEntities,
  searchEntities,
  type ConnectionRecord,
  type ListArgs,
  type ListSpec,
} from '../../cypher/index.ts';
import { badUserInput } from '../../errors.ts';
import type { GraphQLContext } from '../request/context.ts';
import type { QueryResolvers, Resolvers } from '../schema/generated/types.ts';
import { selects, wantGraph, wantNodes, wantTimeline } from '../selection/index.ts';
import { listReportInfos, runNamedReport } from './reports.ts';
import { resolveInvestmentTotals } from './totals.ts';

/** The API's version: 2 since relationship fields became paged connections. */
export const API_VERSION = '2';

/** The most ids `nodes` takes. */
export const MAX_IDS = 100;

/** Where a connection's nodes are selected. */
const CONNECTION_NODES = [['edges', 'node'], ['nodes']];
/** Where a path's nodes are selected: its own, and its steps' ends (taken from the same nodes). */
const PATH_NODES = [['nodes'], ['relationships', 'from'], ['relationships', 'to']];
/** Where a neighbourhood's nodes are selected: its relationships' ends are its center and nodes. */
const NEIGHBORHOOD_NODES = [
  ['center'],
  ['nodes', 'node'],
  ['relationships', 'from'],
  ['relationships', 'to'],
];
/** Where paths and neighbourhoods select their relationships' sources. */
const RELATIONSHIP_SOURCES = ['relationships', 'sources'];

type ListResolver = (
  parent: unknown,
  args: ListArgs,
  context: GraphQLContext,
  info: GraphQLResolveInfo,
) => Promise<ConnectionRecord>;

const list =
  (spec: ListSpec): ListResolver =>
  (_parent, args, context, info) => {
    const want = wantNodes(info, CONNECTION_NODES);
    return listEntities(context.executor, spec, args, {
      withTotal: selects(info, 'totalCount'),
      node: want.node,
      pages: want.pages,
    });
  };

const query: QueryResolvers = {
  apiVersion: () => API_VERSION,
  node: async (_parent, { id }, context, info) => {
    const [node] = await findNodes(context.executor, [id], wantNodes(info, [[]]));
    return node ?? null;
  },
  nodes: (_parent, { ids }, context, info) => {
    if (ids.length > MAX_IDS)
      throw badUserInput(`ids: at most ${MAX_IDS} ids, got ${ids.length}.`, [
        { path: 'ids', message: `at most ${MAX_IDS}` },
      ]);
    return findNodes(context.executor, ids, wantNodes(info, [[]]));
  },
  search: (_parent, { text, types, first }, context, info) => {
    const want = wantNodes(info, [['node']]);
    return searchEntities(context.executor, { text, types, first: first ?? 10 }, want.node, want.pages);
  },
  countries: list(LIST_SPECS.countries),
  people: list(LIST_SPECS.people),
  organizations: list(LIST_SPECS.organizations),
  events: list(LIST_SPECS.events),
  agreements: list(LIST_SPECS.agreements),
  investments: list(LIST_SPECS.investments),
  technologies: list(LIST_SPECS.technologies),
  places: list(LIST_SPECS.places),
  sources: list(LIST_SPECS.sources),
  shortestPath: async (_parent, { fromId, toId, maxHops, exclude }, context, info) => {
    const args = { fromId, toId, maxHops: maxHops ?? 6, all: false, first: 1, exclude };
    const [path] = await findShortestPaths(
      context.executor,
      args,
      wantGraph(info, PATH_NODES, RELATIONSHIP_SOURCES),
    );
    return path ?? null;
  },
  allShortestPaths: (_parent, { fromId, toId, maxHops, first, exclude }, context, info) =>
    findShortestPaths(
      context.executor,
      { fromId, toId, maxHops: maxHops ?? 6, all: true, first: first ?? 10, exclude },
      wantGraph(info, PATH_NODES, RELATIONSHIP_SOURCES),
    ),
  neighborhood: (_parent, { id, depth, first, exclude }, context, info) =>
    findNeighborhood(
      context.executor,
      { id, depth: depth ?? 1, first: first ?? 50, exclude },
      wantGraph(info, NEIGHBORHOOD_NODES, RELATIONSHIP_SOURCES),
    ),
  timeline: (_parent, args, context, info) =>
    findTimeline(context.executor, { ...args, first: args.first ?? 100 }, wantTimeline(info)),
  investmentTotals: (_parent, { groupBy, unit, currency, level, sort, first }, context, info) =>
    resolveInvestmentTotals(
      context,
      {
        groupBy,
        unit: unit ?? currency ?? null,
        level: level ?? 'LEAVES',
        sort: sort ?? 'TOTAL_DESC',
        first: first ?? 100,
      },
      info,
    ),
  reports: () => listReportInfos(),
  runReport: (_parent, { name, params }, context) => runNamedReport(context, name, params),
};

/** The root query type. */
export const queryResolvers: Resolvers = { Query: query };
