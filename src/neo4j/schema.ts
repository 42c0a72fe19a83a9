import type { Driver } from 'neo4j-driver';
import { ENTITY_LABEL, ENTITY_TYPES } from '../domain/model.ts';
import { GRAPH_VERSION_LABEL } from '../cypher/graph-version.ts';

/** The full-text index over names and aliases; `standard-folding` folds case and accents. */
export const FULLTEXT_INDEX = 'entityText';

/**
 * The graph's constraints and indexes, all `IF NOT EXISTS`, so applying them is idempotent.
 * Labels come from the model's allow-list only.
 */
export const SCHEMA_STATEMENTS: readonly string[] = [
  `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
  ...ENTITY_TYPES.map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [n.name, n.aliases]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
  // One version node however many writers create it at once (src/cypher/graph-version.ts).
  `CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:${GRAPH_VERSION_LABEL}) REQUIRE v.id IS UNIQUE`,
  'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
  'CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.startDate)',
  'CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind)',
  'CREATE INDEX agreement_status IF NOT EXISTS FOR (n:Agreement) ON (n.status)',
  'CREATE INDEX investment_status IF NOT EXISTS FOR (n:Investment) ON (n.status)',
  'CREATE INDEX investment_currency IF NOT EXISTS FOR (n:Investment) ON (n.currency)',
  'CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind)',
  'CREATE INDEX source_published IF NOT EXISTS FOR (n:Source) ON (n.publishedOn)',
  'CREATE INDEX source_publisher IF NOT EXISTS FOR (n:Source) ON (n.publisher)',
  // One code, one country (issue 13: a spoofed "United Kingdom" with iso2 GB). The constraint's own
  // index replaces the plain one earlier versions created, which would otherwise block it.
  'DROP INDEX country_iso2 IF EXISTS',
  'CREATE CONSTRAINT country_iso2_unique IF NOT EXISTS FOR (n:Country) REQUIRE n.iso2 IS UNIQUE',
];

/** Applies {@link SCHEMA_STATEMENTS} and waits until every index is online. */
export async function applySchema(driver: Driver, database: string | undefined): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
}
