import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import express, { type ErrorRequestHandler } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { isNeo4jReady } from '../neo4j/driver.ts';
import { createApolloOptions, createContext, digestTokens, type GraphQLContext } from '../graphql/index.ts';
import { createGraphQLHandler } from './graphql-handler.ts';
import { createExploreRouter } from '../explore/index.ts';
import { createGuardedServer, createHostGuard } from './http-guards.ts';
import { requestIdMiddleware } from './request-id.ts';
import { STARTER_OPERATION } from './sandbox.ts';

/** The HTTP server with GraphQL at /graphql, /health and /ready. */
export interface App {
  readonly httpServer: http.Server;
  readonly apollo: ApolloServer<GraphQLContext>;
}

export interface AppDependencies {
  readonly config: Config;
  readonly driver: Driver;
  readonly logger: Logger;
}

/** Builds the Apollo Server: the API's schema and request pipeline (graphql/), the landing page, draining. */
export function createApolloServer(
  { config, logger }: Omit<AppDependencies, 'driver'>,
  httpServer?: http.Server,
): ApolloServer<GraphQLContext> {
  const options = createApolloOptions(config, logger);
  return new ApolloServer<GraphQLContext>({
    ...options,
    plugins: [
      ...options.plugins,
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
      config.sandbox
        ? ApolloServerPluginLandingPageLocalDefault({
            embed: true,
            document: STARTER_OPERATION,
            includeCookies: false,
          })
        : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
    ],
  });
}

/** What a client is told when the body parser refuses a request body (body-parser's `type`). */
const BODY_ERRORS: Readonly<Record<string, string>> = {
  'entity.parse.failed': 'The request body is not valid JSON: send one JSON object.',
  'entity.too.large': 'The request body is larger than the 1 MB limit.',
  'charset.unsupported': 'Unsupported charset: send JSON in UTF-8.',
  'encoding.unsupported': 'Unsupported Content-Encoding.',
};

/**
 * Answers body-parser failures (invalid JSON, body over 1 MB, bad charset or encoding) as a GraphQL-style
 * JSON error with the parser's 4xx status. Without it Express's default handler answered with an HTML
 * page carrying the stack trace (node_modules paths) whenever NODE_ENV was not production.
 */
function createBodyErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: { status?: unknown; type?: unknown }, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status =
      typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error }, 'Unexpected error in an HTTP request');
    const message =
      status === 500
        ? 'Unexpected error.'
        : (BODY_ERRORS[String(error.type)] ?? 'The request body could not be read.');
    const code = status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

/** Builds (but does not start listening) the Express app with Apollo Server mounted. */
export async function createApp({ config, driver, logger }: AppDependencies): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every response body for an ETag (55 µs for a 60 KB events page, measured with the
  // etag package) on every POST, where no client revalidates (the API sends no cache hints).
  app.set('etag', false);
  // Request timeouts and the connection cap below Express; the Host allow-list before any route.
  const httpServer = createGuardedServer(config.http, app);
  app.use(createHostGuard(config.http.allowedHosts));
  const apollo = createApolloServer({ config, logger }, httpServer);
  await apollo.start();
  const tokens = digestTokens(config.writeTokens);

  app.use(requestIdMiddleware);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', (_req, res) => {
    void isNeo4jReady(driver, config.neo4j.database).then((ready) => {
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', neo4j: ready });
    });
  });
  // `/`, the graph explorer and GraphiQL (TDG_EXPLORER); GET only, so never in /graphql's way.
  app.use(createExploreRouter({ config }));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    createGraphQLHandler(apollo, {
      maxResponseBytes: config.limits.maxResponseBytes,
      context: (req, res) =>
        Promise.resolve(
          createContext({
            config,
            driver,
            logger,
            requestId: String(res.locals.requestId),
            authorization: req.get('authorization'),
            client: req.socket.remoteAddress,
            tokens,
          }),
        ),
    }),
  );
  app.use(createBodyErrorHandler(logger));
  return { httpServer, apollo };
}
