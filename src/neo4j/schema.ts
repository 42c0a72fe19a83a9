import type { Driver } from 'neo4j-driver';
import {
  CHANGE_BATCH_LABEL,
  CHANGE_IDS_INDEX,
  CHANGE_LABEL,
  CHANGE_SEQUENCE_LABEL,
  MERGED_ID_LABEL,
} from '../domain/change-log.ts';
import { ENTITY_LABEL, ENTITY_TYPES } from '../domain/model.ts';
import { GRAPH_VERSION_LABEL } from '../cypher/graph-version.ts';

/** The full-text index over names and aliases; `standard-folding` folds case and accents. */
export const FULLTEXT_INDEX = 'entityText';

/**
 * The change log and merged ids (docs/changes.md): a write's id and sequence are unique (the sequence is
 * the feed's cursor); batches of entries are read in log order, and found by the ids they involve; a
 * merged id is unique and leads to the entity it went into.
 */
const CHANGE_LOG_SCHEMA: readonly string[] = [
  `CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:${CHANGE_LABEL}) REQUIRE c.id IS UNIQUE`,
  `CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:${CHANGE_LABEL}) REQUIRE c.seq IS UNIQUE`,
  `CREATE CONSTRAINT change_sequence_name IF NOT EXISTS FOR (s:${CHANGE_SEQUENCE_LABEL}) REQUIRE s.name IS UNIQUE`,
  `CREATE INDEX change_at IF NOT EXISTS FOR (c:${CHANGE_LABEL}) ON (c.at)`,
  `CREATE INDEX change_batch_order IF NOT EXISTS FOR (b:${CHANGE_BATCH_LABEL}) ON (b.seq, b.part)`,
  `CREATE FULLTEXT INDEX ${CHANGE_IDS_INDEX} IF NOT EXISTS FOR (b:${CHANGE_BATCH_LABEL}) ON EACH [b.ids]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'whitespace', \`fulltext.eventually_consistent\`: false } }`,
  `CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (m:${MERGED_ID_LABEL}) REQUIRE m.id IS UNIQUE`,
  `CREATE INDEX merged_into IF NOT EXISTS FOR (m:${MERGED_ID_LABEL}) ON (m.into)`,
];

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
  ...CHANGE_LOG_SCHEMA,
];

/** Applies {@link SCHEMA_STATEMENTS} and waits until every index is online. */
export async function applySchema(driver: Driver, database: string | undefined): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
}
