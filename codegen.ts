import type { CodegenConfig } from '@graphql-codegen/cli';
import { ENTITY_TYPES } from './src/domain/model.ts';

const RECORDS = '../records.ts';
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

/**
 * Generates the resolver types from schema.graphql (`npm run codegen`). Parents are mapped to the records
 * the Cypher layer returns (src/graphql/records.ts), so a schema change that breaks a resolver fails `tsc`.
 * The output is committed; src/graphql/generated-types.test.ts fails when it is stale.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/graphql/generated/types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: true,
        contextType: '../context.ts#GraphQLContext',
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown', ID: 'string' },
        mappers: {
          Node: NODE,
          Claim: NODE,
          ...Object.fromEntries(ENTITY_TYPES.map((t) => [t, NODE])),
          ...Object.fromEntries(EDGE_TYPES.map((t) => [t, EDGE])),
          PathStep: `${RECORDS}#StepRecord`,
          Path: '../paths.ts#PathRecord',
          Neighborhood: '../paths.ts#NeighborhoodRecord',
          TimelineEntry: '../timeline.ts#TimelineRecord',
          InvestmentTotalGroup: '../totals.ts#TotalsGroupRecord',
          SearchHit: '../search.ts#SearchHitRecord',
          ReportInfo: '../../reports/index.ts#ReportDefinition',
          ReportParameter: '../../reports/index.ts#ReportParam',
          ReportResult: '../reports.ts#ReportResultRecord',
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
        },
      },
    },
  },
};

export default config;
