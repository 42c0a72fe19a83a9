import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../../codegen.ts';
import { PROJECT_ROOT } from '../../config.ts';

describe('the generated resolver types', () => {
  it('match schema.graphql (run `npm run codegen` after changing the schema)', async () => {
    const outputs = (await generate({ ...config, cwd: PROJECT_ROOT, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = readFileSync(path.resolve(PROJECT_ROOT, output.filename), 'utf8');
      expect(committed === output.content, `${output.filename} is stale: run npm run codegen`).toBe(true);
    }
  }, 60_000);
});
