import { isObjectType, type GraphQLSchema } from 'graphql';
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
    Figure: {
      converted: (edge: EdgeRecord) => edge.converted === true,
      preferred: (edge: EdgeRecord) => edge.preferred === true,
      source: sourceEnd,
    },
    SourceFigure: { figure: (edge: EdgeRecord) => edge, investment: subjectEnd },
    PathStep: { sources: relationshipSources },
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
