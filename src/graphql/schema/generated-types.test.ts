import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_TYPES, generateResolverTypes } from '../../../codegen.ts';
import { PROJECT_ROOT } from '../../config.ts';

describe('the generated resolver types', () => {
  it('match schema.graphql (run `npm run codegen` after changing the schema)', async () => {
    const committed = readFileSync(path.join(PROJECT_ROOT, GENERATED_TYPES), 'utf8');
    expect(
      committed === (await generateResolverTypes()),
      `${GENERATED_TYPES} is stale: run npm run codegen`,
    ).toBe(true);
  }, 60_000);
});
