import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { runCli, runProcess } from '../helpers/cli.ts';
import { countGraph, openSeededDriver, testConfig } from '../helpers/neo4j.ts';
import { preparePythonVenv } from '../helpers/python-venv.ts';

const config = testConfig();
const READER = path.join(PROJECT_ROOT, 'examples', 'python', 'read_export.py');
const REQUIREMENTS = path.join(PROJECT_ROOT, 'examples', 'python', 'requirements-networkx.txt');

let driver: Driver;
let dir: string;
let graph: { nodes: number; relationships: number };

beforeAll(async () => {
  driver = await openSeededDriver(config);
  graph = await countGraph(driver, config.neo4j.database);
  dir = await mkdtemp(path.join(os.tmpdir(), 'tdg-export-'));
});
afterAll(async () => {
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

/** Runs `tdg export` and expects success; returns the file path(s) and what it said. */
async function exportTo(file: string, ...args: string[]) {
  const out = path.join(dir, file);
  const began = Date.now();
  const result = await runCli(['export', ...args, '--out', out]);
  expect(result.code, result.stderr).toBe(0);
  process.stderr.write(
    `[export] ${args.join(' ')}: ${result.stderr.trim()} (${Date.now() - began} ms with start-up)\n`,
  );
  return { out, stderr: result.stderr };
}

interface NetworkxSummary {
  nodes: number;
  edges: number;
  ids: string[];
  types: Record<string, number>;
  node?: Record<string, unknown>;
}

/** Reads a file with networkx (examples/python/read_export.py), or skips the test when Python is missing. */
async function readWithNetworkx(
  context: { skip: (note?: string) => void },
  file: string,
  node?: string,
): Promise<NetworkxSummary | undefined> {
  const prepared = preparePythonVenv(config.runtime.home, 'python-venv-networkx', REQUIREMENTS, 'networkx');
  if ('reason' in prepared) {
    process.stderr.write(`[skipped] networkx check: ${prepared.reason}\n`);
    context.skip(prepared.reason);
    return undefined;
  }
  const result = await runProcess(prepared.python, [READER, file, ...(node ? ['--node', node] : [])]);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as NetworkxSummary;
}

/** The neighbourhood `--around id --depth 1` must hold, counted with Cypher. */
async function neighbourhoodOf(id: string) {
  const provenance = ['SOURCED_FROM', 'REPORTS_STATUS', 'REPORTS_FIGURE'];
  const { records } = await driver.executeQuery(
    `MATCH (c:Entity {id: $id})
     OPTIONAL MATCH (c)-[r]-(m:Entity) WHERE NOT type(r) IN $provenance
     WITH c, collect(DISTINCT m.id) + c.id AS ids
     MATCH (a:Entity)-[r]->(b:Entity)
     WHERE a.id IN ids AND b.id IN ids AND NOT type(r) IN $provenance
     RETURN ids, count(r) AS relationships`,
    { id, provenance },
    { database: config.neo4j.database },
  );
  const record = records[0];
  return {
    ids: (record?.get('ids') as string[]).sort(),
    relationships: Number(record?.get('relationships')),
  };
}

describe('tdg export', () => {
  it(
    'writes GraphML that networkx reads with every node and relationship',
    { timeout: 600_000 },
    async (context) => {
      const { out, stderr } = await exportTo('graph.graphml', '--format', 'graphml');
      expect(stderr).toContain(`Exported ${graph.nodes} nodes and ${graph.relationships} relationships`);
      const read = await readWithNetworkx(context, out, 'investment:blackrock-uk-data-centres');
      if (!read) return;
      expect({ nodes: read.nodes, edges: read.edges }).toEqual({
        nodes: graph.nodes,
        edges: graph.relationships,
      });
      const investment = read.node as {
        figures: { amount: number; currency: string; source: string }[];
        sourceUrls: string[];
      };
      expect(investment.figures.map((f) => `${f.currency} ${f.amount}`).sort()).toEqual([
        'GBP 500000000',
        'GBP 500000000',
        'USD 678000000',
        'USD 700000000',
      ]);
      expect(investment.sourceUrls).toContain(
        'https://news.az/news/blackrock-to-invest-700-million-in-uk-data-centers-during-trump-visit',
      );
    },
  );

  it(
    'writes GEXF that networkx reads with every node and relationship',
    { timeout: 600_000 },
    async (context) => {
      const { out } = await exportTo('graph.gexf', '--format', 'gexf');
      const read = await readWithNetworkx(context, out, 'country:gb');
      if (!read) return;
      expect({ nodes: read.nodes, edges: read.edges }).toEqual({
        nodes: graph.nodes,
        edges: graph.relationships,
      });
      expect((read.node as { aliases: string[] }).aliases).toContain('Royaume-Uni');
    },
  );

  it('writes a nodes and a relationships CSV with neo4j-admin headers', async () => {
    const { out } = await exportTo('graph.csv', '--format', 'csv');
    const read = async (suffix: string) =>
      parse<Record<string, string>>(await readFile(out.replace(/\.csv$/, suffix)), { columns: true });
    const nodes = await read('.nodes.csv');
    const relationships = await read('.relationships.csv');
    expect({ nodes: nodes.length, relationships: relationships.length }).toEqual(graph);
    expect(Object.keys(nodes[0] ?? {}).slice(0, 3)).toEqual(['id:ID', ':LABEL', 'type']);
    expect(Object.keys(relationships[0] ?? {}).slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    const gb = nodes.find((n) => n['id:ID'] === 'country:gb');
    expect(gb?.['aliases:string[]']?.split(';')).toContain('Royaume-Uni');
  });

  it('writes one JSON object per line', async () => {
    const { out } = await exportTo('graph.jsonl', '--format', 'jsonl');
    const lines = (await readFile(out, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string });
    expect(lines.filter((l) => l.type === 'node')).toHaveLength(graph.nodes);
    expect(lines.filter((l) => l.type === 'relationship')).toHaveLength(graph.relationships);
  });

  it(
    'exports exactly the neighbourhood of --around org:blackrock --depth 1',
    { timeout: 600_000 },
    async (context) => {
      const expected = await neighbourhoodOf('org:blackrock');
      const { out, stderr } = await exportTo(
        'blackrock.graphml',
        '--format',
        'graphml',
        '--around',
        'org:blackrock',
        '--depth',
        '1',
      );
      expect(stderr).toContain(
        `Exported ${expected.ids.length} nodes and ${expected.relationships} relationships`,
      );
      const read = await readWithNetworkx(context, out);
      if (!read) return;
      expect(read.ids).toEqual(expected.ids);
      expect(read.edges).toBe(expected.relationships);
    },
  );

  it.each([
    [['--format', 'pdf'], /argument 'pdf' is invalid/],
    [['--format', 'graphml', '--around', 'org:nobody'], /no entity has the id "org:nobody"/],
    [['--format', 'graphml', '--around', 'org:blackrock', '--depth', '9'], /expected an integer from 1 to 5/],
    [
      ['--format', 'graphml', '--out', '/nonexistent-dir/graph.graphml'],
      /cannot write \/nonexistent-dir\/graph.graphml: ENOENT/,
    ],
    [['--format', 'csv'], /give --out <name>/],
  ])('refuses %j with one clear line', async (args, message) => {
    const result = await runCli(['export', ...args]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
