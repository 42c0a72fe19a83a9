import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { countGraph, openSeededDriver, testConfig } from '../helpers/neo4j.ts';

let driver: Driver;
const database = testConfig().neo4j.database;

beforeAll(async () => {
  driver = await openSeededDriver();
});
afterAll(async () => {
  await driver.close();
});

describe('tdg cypher', () => {
  it.each([
    ['CREATE (n:Probe) RETURN n', /refused: this query would write \(query type rw\)/],
    ['MATCH (n) DETACH DELETE n', /refused: this query would write \(query type w\)/],
    ["CALL db.createLabel('Probe')", /refused: this query would write \(query type w\)/],
    [
      'CREATE INDEX probe IF NOT EXISTS FOR (n:Probe) ON (n.id)',
      /refused: this query would write \(query type s/,
    ],
    ['MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS', /refused: CALL \{ \.\.\. \} IN TRANSACTIONS/],
  ])('refuses %s and leaves the graph unchanged', async (query, message) => {
    const before = await countGraph(driver, database);
    const { code, stderr } = await runCli(['cypher', query]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
    expect(await countGraph(driver, database)).toEqual(before);
  });

  it('runs a read query with typed parameters', async () => {
    const { code, stdout, stderr } = await runCli([
      'cypher',
      'MATCH (i:Investment) WHERE i.currency = $currency RETURN i.id AS id, i.amount AS amount ORDER BY id LIMIT $n',
      '--param',
      'currency=USD',
      '--param',
      'n=1',
      '--format',
      'json',
    ]);
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      columns: ['id', 'amount'],
      rows: [{ id: 'investment:microsoft-uk-2025-2028', amount: 30_000_000_000 }],
      rowCount: 1,
      truncated: false,
    });
  });

  it('reads the query from a file with -f', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tdg-cypher-'));
    const file = path.join(dir, 'query.cypher');
    await writeFile(
      file,
      "// BlackRock's figures\nMATCH (s:Source)-[f:REPORTS_FIGURE]->(:Investment {id: $id})\nRETURN f.currency AS currency, f.amount AS amount, s.id AS source\nORDER BY currency, amount, source;\n",
    );
    const { code, stdout, stderr } = await runCli([
      'cypher',
      '-f',
      file,
      '--param',
      'id=investment:blackrock-uk-data-centres',
      '--format',
      'csv',
    ]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('USD,678000000,source:seed-chas-pravdy-2025-09-14');
    expect(stdout).toContain('USD,700000000,source:s27-newsaz-reuters-2025-09-13');
  });

  it('refuses a writing query read from a file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tdg-cypher-'));
    const file = path.join(dir, 'write.cypher');
    await writeFile(file, "MATCH (c:Country {id: 'country:gb'}) SET c.name = 'Probe'\n");
    const { code, stderr } = await runCli(['cypher', '-f', file]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/refused: this query would write/);
    const { records } = await driver.executeQuery(
      "MATCH (c:Country {id: 'country:gb'}) RETURN c.name AS name",
      {},
      { database },
    );
    expect(records[0]?.get('name')).toBe('United Kingdom');
  });

  it('reports a syntax error at the line the analyst wrote', async () => {
    const { code, stderr } = await runCli(['cypher', 'RETURN 1 AS x,\n  nosuchfunction(2) AS y']);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/Unknown function 'nosuchfunction' \(line 2, column 3/);
  });

  it('needs a query or a file', async () => {
    const { code, stderr } = await runCli(['cypher']);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/give either a query or --file/);
  });
});
