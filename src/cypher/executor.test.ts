import { AppError } from '../errors.ts';
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

  it('lets slow work finish when the probe finds Neo4j up, probing while it runs', async () => {
    const probe = vi.fn(() => Promise.resolve(true));
    await expect(failFastWhenUnavailable(after(PROBE_AFTER_MS * 3 + 200, 'rows'), probe)).resolves.toBe(
      'rows',
    );
    expect(probe).toHaveBeenCalledTimes(3);
  });

  it('notices an outage that starts while long work runs, within a probe interval of it', async () => {
    let up = true;
    setTimeout(() => (up = false), PROBE_AFTER_MS * 4);
    const began = Date.now();
    const error = await failFastWhenUnavailable(never, () => after(20, up)).catch((e: unknown) => e);
    expect((error as AppError).extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - began).toBeLessThan(PROBE_AFTER_MS * 6);
  });

  it('fails with SERVICE_UNAVAILABLE soon after the probe finds Neo4j down, however long the work would hang', async () => {
    const began = Date.now();
    const error = await failFastWhenUnavailable(never, () => after(50, false)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).extensions).toMatchObject({
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
