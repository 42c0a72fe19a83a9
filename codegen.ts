import type { CodegenConfig } from '@graphql-codegen/cli';
import { ENTITY_TYPES } from './src/domain/model.ts';

const CYPHER = '../../../cypher/index.ts';
const RECORDS = CYPHER;
const NODE = `${RECORDS}#NodeRecord`;
const EDGE = `${RECORDS}#EdgeRecord`;

const EDGE_TYPES = [
  'Edge',
  'OfficeEdge',
  'OfficeHolderEdge',
  'LeadershipEdge',
  'LeaderEdge',
  'MembershipEdge',
  'MemberEdge',
  'ParticipationEdge',
  'EventParticipationEdge',
  'PartnershipEdge',
  'PartyEdge',
  'AgreementPartyEdge',
  'SignatureEdge',
  'SignedAgreementEdge',
  'CoverageEdge',
  'CoveringAgreementEdge',
  'AgreementRelationEdge',
  'InvestmentPartnerEdge',
  'PartnerInInvestmentEdge',
  'NodeEdge',
  'CountryEdge',
  'OrganizationEdge',
  'EventEdge',
  'AgreementEdge',
  'InvestmentEdge',
  'TechnologyEdge',
  'PlaceEdge',
  'StatusReport',
  'Figure',
  'SourceFigure',
];

/** The connection types of a node's relationships (`OfficeHolderEdgeConnection`…) and their parents. */
const EDGE_CONNECTIONS = [
  ...EDGE_TYPES.filter((t) => t.endsWith('Edge') && t !== 'Edge').map((t) => `${t}Connection`),
  'StatusReportConnection',
  'SourceFigureConnection',
];

/**
 * Generates the resolver types from schema.graphql (`npm run codegen`). Parents are mapped to the records
 * the Cypher layer returns (src/cypher/records.ts), so a schema change that breaks a resolver fails `tsc`.
 * The output is committed; src/graphql/generated-types.test.ts fails when it is stale.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/graphql/schema/generated/types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: true,
        contextType: '../../request/context.ts#GraphQLContext',
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown', ID: 'string' },
        mappers: {
          Node: NODE,
          Claim: NODE,
          ...Object.fromEntries(ENTITY_TYPES.map((t) => [t, NODE])),
          ...Object.fromEntries(EDGE_TYPES.map((t) => [t, EDGE])),
          PathStep: `${RECORDS}#StepRecord`,
          Path: `${CYPHER}#PathRecord`,
          Neighborhood: `${CYPHER}#NeighborhoodRecord`,
          TimelineEntry: `${CYPHER}#TimelineRecord`,
          InvestmentTotalGroup: `${CYPHER}#TotalsGroupRecord`,
          SearchHit: `${CYPHER}#SearchHitRecord`,
          ReportInfo: '../../../reports/index.ts#ReportDefinition',
          ReportParameter: '../../../reports/index.ts#ReportParam',
          ReportResult: '../../resolvers/reports.ts#ReportResultRecord',
          GraphRelationship: `${RECORDS}#RelationshipRecord`,
          UpsertRelationshipPayload: `${RECORDS}#RelationshipRecord`,
          CountryConnection: `${RECORDS}#ConnectionRecord`,
          PersonConnection: `${RECORDS}#ConnectionRecord`,
          OrganizationConnection: `${RECORDS}#ConnectionRecord`,
          EventConnection: `${RECORDS}#ConnectionRecord`,
          AgreementConnection: `${RECORDS}#ConnectionRecord`,
          InvestmentConnection: `${RECORDS}#ConnectionRecord`,
          TechnologyConnection: `${RECORDS}#ConnectionRecord`,
          PlaceConnection: `${RECORDS}#ConnectionRecord`,
          SourceConnection: `${RECORDS}#ConnectionRecord`,
          ...Object.fromEntries(EDGE_CONNECTIONS.map((t) => [t, `${RECORDS}#EdgeConnectionRecord`])),
          NodeConnection: `${RECORDS}#NodeConnectionRecord`,
          NodeConnectionEdge: `${RECORDS}#NodeConnectionEdgeRecord`,
        },
      },
    },
  },
};

export default config;
