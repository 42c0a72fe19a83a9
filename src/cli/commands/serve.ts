import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { createLogger } from '../../logger.ts';
import { startServer } from '../../server/serve.ts';

/** `tdg serve` (what `npm start` runs): Neo4j, constraints, seed, GraphQL with the Sandbox. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start (or connect to) Neo4j, apply constraints, seed an empty graph, serve GraphQL')
    .action(async () => {
      const config = loadConfig(process.env);
      const logger = createLogger(config);
      const server = await startServer(config, process.env, logger);
      logger.info({ url: server.url }, `GraphQL and the Apollo Sandbox at ${server.url}`);
      process.stdout.write(`tech-diplomacy-graph is serving GraphQL at ${server.url}\n`);
      let stopping = false;
      const shutdown = (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, 'Shutting down: draining requests, closing Neo4j');
        server.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'Shutdown failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
    });
}
