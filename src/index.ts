/**
 * The project's public entry points for code outside `src/` (the benchmark, scripts): this module, for
 * what a client of the graph needs (configuration, driver, model, the API's text helpers), and
 * `tools.ts`, for running the project (local Neo4j, imports, generator, server). Anything not exported
 * from one of them is internal and may move with the layout.
 */
export { loadConfig, PROJECT_ROOT, type Config } from './config.ts';
export { ENTITY_TYPES, RELATIONSHIP_TYPES, type EntityType, type RelationshipType } from './domain/model.ts';
export { resolveNeo4jPassword } from './neo4j/credentials.ts';
export { createDriver } from './neo4j/driver.ts';
export { FULLTEXT_INDEX } from './neo4j/schema.ts';
export { toPlain, toPlainRow } from './neo4j/values.ts';
export {
  encodeCursor,
  encodeOffsetCursor,
  foldText,
  pledgesCypher,
  toLuceneQuery,
  toPledgeRow,
  totalPledges,
} from './cypher/index.ts';
