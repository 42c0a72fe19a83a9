import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Request, Response } from 'express';
import { responseTooLarge } from '../errors.ts';
import type { GraphQLContext } from '../graphql/request/context.ts';

/**
 * Express's handler for /graphql: hands the request to Apollo Server (as @as-integrations/express5
 * does) and sends the answer, unless it is larger than `maxResponseBytes`: then the client gets
 * RESPONSE_TOO_LARGE (HTTP 400, since smaller pages fix it) instead of a body no client should have to
 * take. The cost limit bounds a query's worst case before it runs; this bounds what it really returns.
 */
export function createGraphQLHandler(
  apollo: ApolloServer<GraphQLContext>,
  options: {
    readonly maxResponseBytes: number;
    readonly context: (req: Request, res: Response) => Promise<GraphQLContext>;
  },
) {
  return async (req: Request, res: Response): Promise<void> => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const search = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search, body: req.body as unknown },
      context: () => options.context(req, res),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      const body = response.body.string;
      if (Buffer.byteLength(body, 'utf8') > options.maxResponseBytes) {
        const error = responseTooLarge(options.maxResponseBytes);
        res.status(400).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
        return;
      }
      res.send(body);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
