import type { Resolvers } from '../generated/types.ts';
import type { EdgeRecord, NodeRecord } from '../records.ts';
import type { GraphQLContext } from '../context.ts';
import { fetchedSources, loadSources } from './fields.ts';

// Not async: sources fetched with the edge are returned as they are, so the executor completes the edge
// without a promise (an events page has hundreds of edges).
const sources = (
  edge: EdgeRecord,
  _args: unknown,
  context: GraphQLContext,
): NodeRecord[] | Promise<NodeRecord[]> => fetchedSources(edge) ?? loadSources(context, edge.sources);
const withSources = { sources };

/** The end of a provenance relationship that is the Source (the relationship starts there). */
const sourceEnd = (edge: EdgeRecord): NodeRecord => (edge.direction === 'INCOMING' ? edge.node : edge.self);
/** The other end: the claim or investment reported on. */
const subjectEnd = (edge: EdgeRecord): NodeRecord => (edge.direction === 'INCOMING' ? edge.self : edge.node);

/** Relationship edges: their properties come flattened on the record; `sources` are resolved by id. */
export const edgeResolvers: Resolvers = {
  Edge: { __resolveType: () => null },
  OfficeEdge: withSources,
  OfficeHolderEdge: withSources,
  LeadershipEdge: withSources,
  LeaderEdge: withSources,
  MembershipEdge: withSources,
  MemberEdge: withSources,
  ParticipationEdge: withSources,
  EventParticipationEdge: withSources,
  PartnershipEdge: withSources,
  PartyEdge: withSources,
  AgreementPartyEdge: withSources,
  SignatureEdge: withSources,
  SignedAgreementEdge: withSources,
  CoverageEdge: withSources,
  CoveringAgreementEdge: withSources,
  AgreementRelationEdge: withSources,
  InvestmentPartnerEdge: withSources,
  PartnerInInvestmentEdge: withSources,
  NodeEdge: withSources,
  CountryEdge: withSources,
  OrganizationEdge: withSources,
  EventEdge: withSources,
  AgreementEdge: withSources,
  InvestmentEdge: withSources,
  TechnologyEdge: withSources,
  PlaceEdge: withSources,
  StatusReport: {
    source: sourceEnd,
    claim: subjectEnd,
  },
  Figure: {
    converted: (edge) => edge.converted === true,
    preferred: (edge) => edge.preferred === true,
    source: sourceEnd,
  },
  SourceFigure: {
    figure: (edge) => edge,
    investment: subjectEnd,
  },
};
