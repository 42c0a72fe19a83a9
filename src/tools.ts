/**
 * The project's public entry points for running it from tools (see index.ts for the client side): the
 * local Neo4j, the schema, imports, the synthetic generator and the server.
 */
export { applySchema } from './neo4j/schema.ts';
export { startLocalNeo4j, stopLocalNeo4j } from './runtime/local-neo4j.ts';
export { importDataset, importDatasetFiles, SEED_FILES, seedGraph } from './ingest/index.ts';
export { bulkImportDatasetFiles, startBulkImportedGraph } from './ingest/bulk-import.ts';
export { generateDataset, type Probes, type Scale } from './generate/index.ts';
export { createApp, createApolloServer } from './server/create-app.ts';
export { startServer } from './server/serve.ts';
