import type { QueryResolvers, Resolvers } from '../generated/types.ts';
import { LIST_SPECS } from '../list-specs.ts';
import { listEntities, type ListArgs, type ListSpec } from '../lists.ts';
import { findNeighborhood, findShortestPaths, type ResultShape } from '../paths.ts';
import { listReportInfos, runNamedReport } from '../reports.ts';
import { searchEntities } from '../search.ts';
import { findTimeline } from '../timeline.ts';
import { computeInvestmentTotals } from '../totals.ts';
import type { GraphQLContext } from '../context.ts';
import type { ConnectionRecord } from '../records.ts';
import { entityTypeOf, relationshipSources } from './fields.ts';
import { selectsField } from '../selection.ts';
import { prefetchProjection, selectedProjection, selectedSourceProperties } from '../prefetch.ts';
import type { GraphQLResolveInfo } from 'graphql';

type ListResolver = (
  parent: unknown,
  args: ListArgs,
  context: GraphQLContext,
  info: GraphQLResolveInfo,
) => Promise<ConnectionRecord>;
const list =
  (spec: ListSpec): ListResolver =>
  (_parent, args, context, info) =>
    listEntities(context.executor, spec, args, {
      withTotal: selectsField(info, 'totalCount'),
      projection: prefetchProjection('n', info, CONNECTION_NODES),
    });

/** What search reads of every hit, to put exact name and alias matches first. */
const SEARCH_PROPERTIES = ['id', 'name', 'aliases'];

/** Where a path's nodes are selected: its own, and its steps' ends (taken from the same nodes). */
const PATH_NODES = [['nodes'], ['relationships', 'from'], ['relationships', 'to']];
/** Where a neighbourhood's nodes are selected: its relationships' ends are its center and nodes. */
const NEIGHBORHOOD_NODES = [
  ['center'],
  ['nodes', 'node'],
  ['relationships', 'from'],
  ['relationships', 'to'],
];

/** The properties a path or neighbourhood query selects on its nodes and its relationships' sources. */
const shapeOf = (info: GraphQLResolveInfo, paths: string[][]): ResultShape => ({
  node: (variable) => selectedProjection(variable, info, paths),
  sourceProperties: selectedSourceProperties(info, ['relationships', 'sources']),
});

/** Where a connection's nodes are selected. */
const CONNECTION_NODES = [['edges', 'node'], ['nodes']];

/** Entities by id, with what the query selects below them in the same statement. */
const nodesAsSelected = (context: GraphQLContext, info: GraphQLResolveInfo) =>
  context.loaders.nodesAs(prefetchProjection('n', info, [[]]));

const query: QueryResolvers = {
  apiVersion: () => '1',
  node: (_parent, { id }, context, info) => nodesAsSelected(context, info).load(id),
  nodes: async (_parent, { ids }, context, info) =>
    (await nodesAsSelected(context, info).loadMany(ids)).map((node) => (node instanceof Error ? null : node)),
  search: (_parent, { text, types, first }, context, info) =>
    searchEntities(
      context.executor,
      text,
      types,
      first ?? 10,
      prefetchProjection('node', info, [['node']], SEARCH_PROPERTIES),
    ),
  countries: list(LIST_SPECS.countries),
  people: list(LIST_SPECS.people),
  organizations: list(LIST_SPECS.organizations),
  events: list(LIST_SPECS.events),
  agreements: list(LIST_SPECS.agreements),
  investments: list(LIST_SPECS.investments),
  technologies: list(LIST_SPECS.technologies),
  places: list(LIST_SPECS.places),
  sources: list(LIST_SPECS.sources),
  shortestPath: async (_parent, { fromId, toId, maxHops }, context, info) => {
    const [path] = await findShortestPaths(
      context.executor,
      {
        fromId,
        toId,
        maxHops: maxHops ?? 6,
        all: false,
        first: 1,
        withSources: selectsField(info, 'relationships', 'sources'),
      },
      shapeOf(info, PATH_NODES),
    );
    return path ?? null;
  },
  allShortestPaths: (_parent, { fromId, toId, maxHops, first }, context, info) =>
    findShortestPaths(
      context.executor,
      {
        fromId,
        toId,
        maxHops: maxHops ?? 6,
        all: true,
        first: first ?? 10,
        withSources: selectsField(info, 'relationships', 'sources'),
      },
      shapeOf(info, PATH_NODES),
    ),
  neighborhood: (_parent, { id, depth, first }, context, info) =>
    findNeighborhood(
      context.executor,
      {
        id,
        depth: depth ?? 1,
        first: first ?? 50,
        withSources: selectsField(info, 'relationships', 'sources'),
      },
      shapeOf(info, NEIGHBORHOOD_NODES),
    ),
  timeline: (_parent, args, context) => findTimeline(context.executor, { ...args, first: args.first ?? 100 }),
  investmentTotals: (_parent, { groupBy, currency, sort, first }, context, info) =>
    computeInvestmentTotals(
      context.executor,
      { groupBy, currency, sort: sort ?? 'TOTAL_DESC', first: first ?? 100 },
      (variable) => selectedProjection(variable, info, [['group']]),
    ),
  reports: () => listReportInfos(),
  runReport: (_parent, { name, params }, context) => runNamedReport(context, name, params),
};

/** Query and the types only queries return. */
export const queryResolvers: Resolvers = {
  Query: query,
  Node: { __resolveType: (node) => entityTypeOf(node) },
  Claim: { __resolveType: (node) => entityTypeOf(node) as 'Event' | 'Agreement' | 'Investment' | null },
  CountryConnection: { nodes: (c) => c.edges.map((e) => e.node) },
  PersonConnection: { nodes: (c) => c.edges.map((e) => e.node) },
  OrganizationConnection: { nodes: (c) => c.edges.map((e) => e.node) },
  EventConnection: { nodes: (c) => c.edges.map((e) => e.node) },
  AgreementConnection: { nodes: (c) => c.edges.map((e) => e.node) },
  InvestmentConnection: { nodes: (c) => c.edges.map((e) => e.node) },
  TechnologyConnection: { nodes: (c) => c.edges.map((e) => e.node) },
  PlaceConnection: { nodes: (c) => c.edges.map((e) => e.node) },
  SourceConnection: { nodes: (c) => c.edges.map((e) => e.node) },
  PathStep: { sources: (step, _args, context) => relationshipSources(context, step) },
  GraphRelationship: { sources: (rel, _args, context) => relationshipSources(context, rel) },
};
