/** The local runtime could not start or stop Neo4j. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}
