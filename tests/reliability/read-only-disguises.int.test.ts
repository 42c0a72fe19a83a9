import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReportError, type ReportError, runReadOnlyCypher, runReport } from '../../src/reports/index.ts';
import { assertReadOnlyPlan } from '../../src/reports/read-only.ts';
import { runCli } from '../helpers/cli.ts';
import { fingerprintGraph } from '../helpers/fingerprint.ts';
import { testConfig } from '../helpers/neo4j.ts';
import { type Attack, generateAttacks } from './read-only-attacks.ts';
import { startAttackTargets, type AttackTargets } from './read-only-targets.ts';
import { useSeededGraph } from './seeded-graph.ts';

// The class of disguises an attacker got the read-only guard of `tdg cypher` and reports dressed past
// (read-only-attacks.ts), generated in full: each one refused through every way in, refused by its plan
// alone, and shown not to have run (read-only-targets.ts watches what each would have changed).
const config = testConfig();
const database = config.neo4j.database;
const graph = useSeededGraph(config);

/** Checks that `error` is a clear, one-line refusal of `attack`; returns its code. */
function expectRefusal(error: unknown, attack: Attack): string {
  const where = `${attack.family}: ${JSON.stringify(attack.query)}`;
  expect(error, `ran: ${where}`).toBeDefined();
  expect(isReportError(error), `${where}: ${String(error)}`).toBe(true);
  const { code, message } = error as ReportError;
  expect(['WRITE_REFUSED', 'QUERY_FAILED', 'INVALID_HEADER'], where).toContain(code);
  expect(message, where).toMatch(/^(refused: |query failed: |.*\.cypher: )/);
  expect(message, where).not.toMatch(/[\r\n]/);
  return code;
}

describe("the attacker's disguises, generated as a class", () => {
  const counts: Record<string, number> = {};
  let targets: AttackTargets;
  let attacks: Attack[];
  let statsBefore: string;
  beforeAll(async () => {
    targets = await startAttackTargets(graph.driver, database);
    attacks = generateAttacks(targets.csvUrl);
    statsBefore = await targets.queryStatsStatus();
  });
  afterAll(async () => {
    await targets.close();
    console.log('[reliability] disguised attacks:', attacks.length, JSON.stringify(counts));
  });
  const count = (key: string) => void (counts[key] = (counts[key] ?? 0) + 1);

  it('refuses every one through the runner that `tdg cypher` uses, each with one clear line', async () => {
    for (const attack of attacks) {
      const error = await runReadOnlyCypher(graph.driver, attack.query, {}, { database }).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      count(`runner ${expectRefusal(error, attack)}`);
    }
  });

  it('refuses every one by its plan alone, with the text checks left out', async () => {
    const session = graph.driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      for (const attack of attacks) {
        const error = await session
          .executeRead((tx) => assertReadOnlyPlan(tx, attack.query, {}))
          .then(
            () => undefined,
            (caught: unknown) => caught,
          );
        const where = `${attack.family}: ${JSON.stringify(attack.query)}`;
        expect(error, `the plan let through ${where}`).toBeDefined();
        const code = (error as { code?: string }).code ?? String(error);
        // Refused from the plan, or not plannable at all (a syntax error, an unknown procedure).
        expect(code, where).toMatch(/^(WRITE_REFUSED|QUERY_FAILED|Neo\.ClientError\.)/);
        count(`plan ${code.startsWith('Neo.') ? 'not plannable' : code}`);
      }
    } finally {
      await session.close();
    }
  });

  it('refuses every one as a report file, through runReport and `tdg report --reports-dir`', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tdg-attack-reports-'));
    try {
      const names = await Promise.all(
        attacks.map(async (attack, i) => {
          const name = `attack-${i}`;
          const header = `// name: ${name}\n// title: Attack ${i}\n// question: Does it run?\n`;
          await writeFile(path.join(dir, `${name}.cypher`), `${header}${attack.query}\n`);
          return name;
        }),
      );
      for (const [i, attack] of attacks.entries()) {
        const error = await runReport(graph.driver, names[i] ?? '', {}, { database, reportsDir: dir }).then(
          () => undefined,
          (caught: unknown) => caught,
        );
        count(`report ${expectRefusal(error, attack)}`);
      }
      const kinds = representatives(attacks);
      const picked = ['original', 'TERMINATE, U+001C between', 'procedure', 'administration'];
      for (const i of picked.map((kind) => kinds.get(kind) ?? 0)) {
        const { code, stderr } = await runCli(['report', names[i] ?? '', '--reports-dir', dir]);
        expect(code, stderr).toBe(1);
        expect(stderr, JSON.stringify(attacks[i])).toMatch(/^tdg: (refused: |query failed: )[^\n]*\n$/);
        count('tdg report exit 1');
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses one of each kind through `tdg cypher -f`, exit code 1 and one line', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tdg-attack-cypher-'));
    try {
      for (const i of representatives(attacks).values()) {
        const file = path.join(dir, `attack-${i}.cypher`);
        await writeFile(file, attacks[i]?.query ?? '');
        const { code, stdout, stderr } = await runCli(['cypher', '-f', file]);
        expect(code, stderr).toBe(1);
        expect(stdout).toBe('');
        expect(stderr, JSON.stringify(attacks[i])).toMatch(/^tdg: (refused: |query failed: )[^\n]*\n$/);
        count('tdg cypher -f exit 1');
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('ran none of them: no URL fetched, no transaction ended, no statistics stopped, the graph unchanged', async () => {
    expect(targets.fetches()).toBe(0);
    expect(await targets.transactionAlive()).toBe(true);
    expect(await targets.queryStatsStatus()).toBe(statsBefore);
    expect((await fingerprintGraph(graph.driver, database)).hash).toBe(graph.baseline.hash);
  });
});

/** The query the attacker first got past the guard with, from a file: `a\` swallowed the rest. */
const ORIGINAL = 'WITH 1 AS `a\\` LOAD CSV FROM "file:///etc/passwd" AS l RETURN l[0] AS line, `a\\` LIMIT 2';

/**
 * What real `tdg` processes run (about 2 s each, so not all 320): the attacker's original, the U+001C
 * variant of each keyword pair (the character the attacker used), and one attack of each other family.
 */
function representatives(attacks: readonly Attack[]): Map<string, number> {
  const picked = new Map<string, number>();
  const original = attacks.findIndex((attack) => attack.query === ORIGINAL);
  if (original >= 0) picked.set('original', original);
  attacks.forEach((attack, i) => {
    if (/ between$/.test(attack.family) && !attack.family.includes('U+001C')) return;
    const key = attack.family.replace(/^(quoted name|procedure).*$/, '$1');
    if (key !== 'quoted name' && !picked.has(key)) picked.set(key, i);
  });
  return picked;
}
