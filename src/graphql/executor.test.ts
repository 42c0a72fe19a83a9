import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { failFastWhenUnavailable, PROBE_AFTER_MS, runWithoutCallerStack } from './executor.ts';

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
const never = new Promise<never>(() => {});

describe('failFastWhenUnavailable', () => {
  it('returns quick work without probing', async () => {
    const probe = vi.fn(() => Promise.resolve(true));
    await expect(failFastWhenUnavailable(after(10, 'rows'), probe)).resolves.toBe('rows');
    expect(probe).not.toHaveBeenCalled();
  });

  it('lets slow work finish when the probe finds Neo4j up', async () => {
    const probe = vi.fn(() => Promise.resolve(true));
    await expect(failFastWhenUnavailable(after(PROBE_AFTER_MS + 300, 'rows'), probe)).resolves.toBe('rows');
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it('fails with SERVICE_UNAVAILABLE soon after the probe finds Neo4j down, however long the work would hang', async () => {
    const began = Date.now();
    const error = await failFastWhenUnavailable(never, () => after(50, false)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      http: { status: 503 },
    });
    expect(Date.now() - began).toBeLessThan(PROBE_AFTER_MS + 500);
  });
});

describe('runWithoutCallerStack', () => {
  it('captures no frames while the statement starts, and gives errors their stacks back after', () => {
    expect(runWithoutCallerStack(() => new Error('inside').stack)).toBe('Error: inside');
    expect(new Error('after').stack).toMatch(/\n\s+at /);
  });

  it('gives errors their stacks back when starting the statement throws', () => {
    expect(() =>
      runWithoutCallerStack(() => {
        throw new TypeError('bad parameters');
      }),
    ).toThrow('bad parameters');
    expect(new Error('after').stack).toMatch(/\n\s+at /);
  });
});
