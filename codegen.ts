import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import * as typescript from '@graphql-codegen/typescript';
import * as typescriptResolvers from '@graphql-codegen/typescript-resolvers';
import { parse } from 'graphql';
import { PROJECT_ROOT } from './src/config.ts';
import { readTypeDefs } from './src/graphql/schema/load-schema.ts';
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

/** Where the generated resolver types are written (committed). */
export const GENERATED_TYPES = 'src/graphql/schema/generated/types.ts';

/** The plugins' configuration: parents are the Cypher layer's records. */
const CONFIG = {
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
    InvestmentTotals: '../../resolvers/totals.ts#TotalsResult',
    InvestmentTotalGroup: '../../resolvers/totals.ts#TotalsGroupResult',
    QuantityTotal: `${CYPHER}#QuantityTotalRecord`,
    LeftOutPledge: '../../resolvers/totals.ts#LeftOutResult',
    SearchHit: `${CYPHER}#SearchHitRecord`,
    ReportInfo: '../../../reports/index.ts#ReportDefinition',
    ReportParameter: '../../../reports/index.ts#ReportParam',
    ReportResult: '../../resolvers/reports.ts#ReportResultRecord',
    GraphRelationship: `${RECORDS}#RelationshipRecord`,
    UpsertRelationshipPayload: `${RECORDS}#UpsertedRelationshipRecord`,
    ...Object.fromEntries(ENTITY_TYPES.map((t) => [`${t}Connection`, `${RECORDS}#ConnectionRecord`])),
    ...Object.fromEntries(EDGE_CONNECTIONS.map((t) => [t, `${RECORDS}#EdgeConnectionRecord`])),
    NodeConnection: `${RECORDS}#NodeConnectionRecord`,
    // The change log, duplicates and merges (src/cypher/changes.ts, duplicates.ts).
    Write: `${CYPHER}#WriteRecord`,
    Change: `${CYPHER}#ChangeRecord`,
    ChangeConnection: `${CYPHER}#ChangeConnectionRecord`,
    DuplicateCandidate: `${CYPHER}#DuplicateCandidateRecord`,
    MergePayload: '../../resolvers/changes.ts#MergePayloadRecord',
    RevertPayload: '../../resolvers/changes.ts#RevertPayloadRecord',
    NodeConnectionEdge: `${RECORDS}#NodeConnectionEdgeRecord`,
  },
};

/**
 * The resolver types of schema.graphql, generated with graphql-codegen's core and its typescript and
 * typescript-resolvers plugins (`npm run codegen` writes them). Parents are mapped to the records the
 * Cypher layer returns (src/cypher/records.ts), so a schema change that breaks a resolver fails `tsc`.
 * The output is committed; src/graphql/schema/generated-types.test.ts fails when it is stale.
 */
export function generateResolverTypes(): Promise<string> {
  return codegen({
    schema: parse(readTypeDefs()),
    documents: [],
    filename: GENERATED_TYPES,
    config: CONFIG,
    plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
    pluginMap: { typescript, typescriptResolvers },
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await writeFile(path.join(PROJECT_ROOT, GENERATED_TYPES), await generateResolverTypes());
  console.log(`Wrote ${GENERATED_TYPES}`);
}
