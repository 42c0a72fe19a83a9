import { describe, expect, it } from 'vitest';
import type { CypherExecutor } from './executor.ts';
import { combineParts, createBatchRunner } from './statement-batch.ts';

/** An executor that records the statements it is asked to run and answers with fixed rows. */
function recordingExecutor(answer: (params: Record<string, unknown>) => Record<string, unknown>[]) {
  const statements: { name: string; cypher: string }[] = [];
  const executor: CypherExecutor = {
    read: (name, cypher, params = {}) => {
      statements.push({ name, cypher });
      return Promise.resolve(answer(params));
    },
  };
  return { executor, statements };
}

describe('combineParts', () => {
  it('joins the parts with UNION ALL, each with its own ids parameter and part number', () => {
    const { name, cypher, params } = combineParts([
      { name: 'a', body: 'UNWIND ids AS id RETURN id, 1 AS value', ids: ['x'] },
      { name: 'b', body: 'UNWIND ids AS id RETURN id, 2 AS value', ids: ['y', 'z'] },
    ]);
    expect(name).toBe('a+b');
    expect(params).toEqual({ ids0: ['x'], ids1: ['y', 'z'] });
    expect(cypher.split('UNION ALL')).toHaveLength(2);
    expect(cypher).toContain('RETURN 1 AS part, id, value');
  });
});

describe('createBatchRunner', () => {
  it('runs the batches of one tick as one statement and gives each part its own rows', async () => {
    const { executor, statements } = recordingExecutor((params) =>
      Object.entries(params).flatMap(([key, ids]) =>
        (ids as string[]).map((id) => ({ part: Number(key.slice(3)), id, value: `${key}:${id}` })),
      ),
    );
    const run = createBatchRunner(executor);
    const [a, b] = await Promise.all([
      run({ name: 'a', body: 'RETURN 1', ids: ['x'] }),
      run({ name: 'b', body: 'RETURN 2', ids: ['y', 'z'] }),
    ]);
    expect(statements).toHaveLength(1);
    expect(a.map((row) => row.value)).toEqual(['ids0:x']);
    expect(b.map((row) => row.value)).toEqual(['ids1:y', 'ids1:z']);
    await run({ name: 'c', body: 'RETURN 3', ids: ['w'] });
    expect(statements).toHaveLength(2);
  });

  it('rejects every part of a statement that fails', async () => {
    const executor: CypherExecutor = { read: () => Promise.reject(new Error('unavailable')) };
    const run = createBatchRunner(executor);
    const results = await Promise.allSettled([
      run({ name: 'a', body: 'RETURN 1', ids: ['x'] }),
      run({ name: 'b', body: 'RETURN 2', ids: ['y'] }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
