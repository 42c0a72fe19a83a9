import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedDataset } from '../../src/generate/index.ts';
import { runCli } from '../helpers/cli.ts';
import { countGraph, openTestDriver, resetGraph } from '../helpers/neo4j.ts';

let driver: Driver;
let dir: string;
let manifest: Omit<GeneratedDataset, 'files'> & { files: string[] };
let output: string;

beforeAll(async () => {
  driver = await openTestDriver();
  await resetGraph(driver);
  dir = await mkdtemp(path.join(os.tmpdir(), 'tdg-generate-int-'));
  const result = await runCli(['generate', '--scale', 'XS', '--seed', '3', '--out', dir, '--import']);
  expect(result.stderr).not.toMatch(/tdg:/);
  expect(result.code).toBe(0);
  output = result.stdout;
  manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as typeof manifest;
});
afterAll(async () => {
  await resetGraph(driver);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('tdg generate --import', () => {
  it('prints a line per file and the throughput', () => {
    for (const file of manifest.files) expect(output).toContain(`${file}: nodes`);
    expect(output).toMatch(/nodes\/s, [\d,]+ relationships\/s/);
  });

  it('leaves exactly the counts it announced in Neo4j', async () => {
    expect(await countGraph(driver)).toEqual(manifest.counts);
  });

  it('cites a source for every node and every relationship', async () => {
    const { records } = await driver.executeQuery(`
      CALL { MATCH (n:Entity) WHERE NOT n:Source AND NOT (n)-[:SOURCED_FROM]->(:Source) RETURN count(n) AS nodes }
      CALL { MATCH ()-[r]->() WHERE NOT type(r) IN ['SOURCED_FROM', 'REPORTS_STATUS', 'REPORTS_FIGURE']
             AND size(coalesce(r.sources, [])) = 0 RETURN count(r) AS relationships }
      RETURN nodes, relationships`);
    expect(Number(records[0]?.get('nodes'))).toBe(0);
    expect(Number(records[0]?.get('relationships'))).toBe(0);
  });

  it('gives the benchmark probes that exist: a hub, a search word with hits, a path within four hops', async () => {
    const { probes } = manifest;
    const { records } = await driver.executeQuery(
      `MATCH (e:Entity {id: $entityId}), (h:Entity {id: $hubId}), (c:Country {id: $investorCountry})
       MATCH p = shortestPath((a:Entity {id: $pathFrom})-[*..4]-(b:Entity {id: $pathTo}))
       CALL db.index.fulltext.queryNodes('entityText', $searchText) YIELD node
       RETURN count(DISTINCT node) AS hits, length(p) AS hops, COUNT { (e)--() } AS entityDegree,
              COUNT { (h)--() } AS hubDegree, COUNT { (c)-[:PLEDGED]->(:Investment) } AS pledges`,
      probes,
    );
    const row = records[0];
    expect(row).toBeDefined();
    expect(Number(row?.get('hits'))).toBeGreaterThanOrEqual(3);
    expect(Number(row?.get('hops'))).toBeLessThanOrEqual(4);
    expect(Number(row?.get('entityDegree'))).toBeGreaterThanOrEqual(3);
    expect(Number(row?.get('hubDegree'))).toBeGreaterThan(100);
    expect(Number(row?.get('pledges'))).toBeGreaterThan(0);
  });
});
