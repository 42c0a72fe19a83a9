import { isObjectType, type GraphQLSchema } from 'graphql';
import { isCurrency } from '../../domain/units.ts';
import {
  edgeSources,
  toSourceRecords,
  type EdgeRecord,
  type NodeRecord,
  type RelationshipRecord,
} from '../../cypher/index.ts';

/** The first `first` items of a list a field returns whole. */
const firstOf = <T>(items: readonly T[], first: number | null | undefined): T[] =>
  items.slice(0, first ?? items.length);

/** A relationship's sources: read with it when the request asked for them (an empty list otherwise). */
const sources = (edge: EdgeRecord, args: { first?: number | null }): NodeRecord[] =>
  firstOf(edgeSources(edge) ?? [], args.first);

/** A path step's or neighbourhood relationship's sources, read with it. */
const relationshipSources = (
  relationship: RelationshipRecord,
  args: { first?: number | null },
): NodeRecord[] => firstOf(toSourceRecords(relationship.sourceNodes ?? []), args.first);

/** The end of a provenance relationship that is the Source (the relationship starts there). */
const sourceEnd = (edge: EdgeRecord): NodeRecord => (edge.direction === 'INCOMING' ? edge.node : edge.self);
/** The other end: the claim or investment reported on. */
const subjectEnd = (edge: EdgeRecord): NodeRecord => (edge.direction === 'INCOMING' ? edge.self : edge.node);

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const number = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/**
 * A figure (`REPORTS_FIGURE`), from the properties the importer stores; figures written before version
 * 2 carry only `currency` and `qualifier`, which stand in for `unit` and `wording`.
 */
const figureResolvers = {
  unit: (edge: EdgeRecord) => text(edge.unit) ?? text(edge.currency) ?? '',
  currency: (edge: EdgeRecord) =>
    text(edge.currency) ?? (isCurrency(text(edge.unit) ?? '') ? edge.unit : null),
  bound: (edge: EdgeRecord) => text(edge.bound) ?? 'exact',
  dimension: (edge: EdgeRecord) => text(edge.dimension) ?? 'money',
  period: (edge: EdgeRecord) =>
    edge.periodFrom == null && edge.periodTo == null && edge.periodYears == null
      ? null
      : { from: text(edge.periodFrom), to: text(edge.periodTo), years: number(edge.periodYears) },
  qualifier: (edge: EdgeRecord) => text(edge.qualifier) ?? text(edge.wording),
  baseAmount: (edge: EdgeRecord) => number(edge.baseAmount) ?? number(edge.amount),
  baseUnit: (edge: EdgeRecord) => text(edge.baseUnit) ?? text(edge.unit) ?? text(edge.currency),
  converted: (edge: EdgeRecord) => edge.converted === true,
  preferred: (edge: EdgeRecord) => edge.preferred === true,
  source: sourceEnd,
};

/** The connection types' `nodes`: the nodes of their edges, in order. */
const nodesOfEdges = (connection: { edges: readonly { node: NodeRecord }[] }): NodeRecord[] =>
  connection.edges.map((edge) => edge.node);

/**
 * The resolvers of the types between entities: relationship edges (their properties come flattened on
 * the record; their `sources` were read with them), provenance edges, and every connection's `nodes`.
 * Edge and connection types are found in the schema, so a new one needs no line here.
 */
export function createEdgeResolvers(schema: GraphQLSchema): Record<string, Record<string, unknown>> {
  const resolvers: Record<string, Record<string, unknown>> = {
    Edge: { __resolveType: () => null },
    StatusReport: { source: sourceEnd, claim: subjectEnd },
    Figure: figureResolvers,
    SourceFigure: { figure: (edge: EdgeRecord) => edge, investment: subjectEnd },
    PathStep: { sources: relationshipSources },
    InvestmentTotals: {
      leftOut: (totals: { leftOut: readonly unknown[] }, args: { first?: number | null }) =>
        firstOf(totals.leftOut, args.first),
    },
    QuantityTotal: {
      investmentIds: (total: { investmentIds: readonly string[] }, args: { first?: number | null }) =>
        firstOf(total.investmentIds, args.first),
    },
    GraphRelationship: { sources: relationshipSources },
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const fields = type.getFields();
    if (type.getInterfaces().some((i) => i.name === 'Edge')) resolvers[type.name] = { sources };
    else if (fields.nodes && fields.edges && fields.pageInfo)
      resolvers[type.name] = { ...resolvers[type.name], nodes: nodesOfEdges };
  }
  return resolvers;
}
