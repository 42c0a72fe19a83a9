import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { NEO4J_GRAPHQL_TYPE_DEFS } from './type-defs.ts';
import { createDriver, loadConfig } from '../../src/index.ts';

/** A running @neo4j/graphql server and how to stop it. */
export interface Neo4jGraphQLServer {
  readonly httpServer: http.Server;
  stop(): Promise<void>;
}

/**
 * @neo4j/graphql 7 over the same database, on our framework: Apollo Server 5 on Express 5, JSON
 * bodies up to 1 MB, GraphQL at /graphql. It never creates or checks indexes or constraints.
 */
export async function createNeo4jGraphQLServer(
  driver: Driver,
  database: string | undefined,
): Promise<Neo4jGraphQLServer> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver });
  const schema = await neoSchema.getSchema();
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({
    schema,
    introspection: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: () => Promise.resolve(database ? { sessionConfig: { database } } : {}),
    }),
  );
  return { httpServer, stop: () => apollo.stop() };
}

const isMain = process.argv[1]?.endsWith('neo4j-graphql/server.ts') === true;
if (isMain) {
  const config = loadConfig(process.env);
  const driver = createDriver(config.neo4j);
  const server = await createNeo4jGraphQLServer(driver, config.neo4j.database);
  server.httpServer.listen(config.port, config.host, () => {
    process.stdout.write(`neo4j-graphql listening on http://${config.host}:${config.port}/graphql\n`);
  });
  const stop = () => void server.stop().then(() => driver.close().then(() => process.exit(0)));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
