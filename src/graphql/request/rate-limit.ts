import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from '../../errors.ts';
import type { GraphQLContext } from './context.ts';

/** How the API shares expensive work among clients. */
export interface RateLimitOptions {
  /** The cost (cost.ts) a client may spend per minute; 0 turns the limiter off. */
  readonly costPerMinute: number;
  /** Requests cheaper than this are never charged: reading one entity should never be refused. */
  readonly freeBelow: number;
}

/**
 * A per-client budget of expensive work (rate-limiter-flexible, in memory: per replica), charged with
 * each request's cost once it is known. A client past its budget gets HTTP 429 `RATE_LIMITED` with
 * `Retry-After`, before anything runs. Clients are told apart by `context.client` (the token's name for
 * writers, the remote address otherwise).
 */
export function createRateLimiter(
  options: RateLimitOptions,
): ((context: GraphQLContext, cost: number) => Promise<void>) | undefined {
  if (options.costPerMinute <= 0) return undefined;
  const limiter = new RateLimiterMemory({ points: options.costPerMinute, duration: 60 });
  return async (context, cost) => {
    if (cost < options.freeBelow) return;
    try {
      await limiter.consume(context.client, Math.min(cost, options.costPerMinute));
    } catch (error) {
      if (error instanceof RateLimiterRes) throw rateLimited(error.msBeforeNext / 1000);
      throw error;
    }
  };
}
