import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { isNeo4jReady } from '../neo4j/driver.ts';
import { readTypeDefs } from '../graphql/load-schema.ts';

/** The HTTP server with GraphQL at /graphql, /health and /ready. */
export interface App {
  readonly httpServer: http.Server;
  readonly apollo: ApolloServer;
}

export interface AppDependencies {
  readonly config: Config;
  readonly driver: Driver;
  readonly logger: Logger;
}

/** Builds (but does not start listening) the Express app with Apollo Server mounted. */
export async function createApp({ config, driver, logger }: AppDependencies): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({
    typeDefs: readTypeDefs(),
    resolvers: { Query: { apiVersion: () => '1' } },
    introspection: config.introspection,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.sandbox
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
    ],
    logger,
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', (_req, res) => {
    void isNeo4jReady(driver, config.neo4j.database).then((ready) => {
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', neo4j: ready });
    });
  });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
  return { httpServer, apollo };
}
