import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import {
  isReportError,
  listReports,
  loadReport,
  resolveParams,
  runReadOnlyCypher,
} from '../../src/reports/index.ts';
import { assertReadOnlyPlan } from '../../src/reports/read-only.ts';
import { runCli } from '../helpers/cli.ts';
import { fingerprintGraph } from '../helpers/fingerprint.ts';
import { startTestHttp } from '../helpers/graphql.ts';
import { testConfig } from '../helpers/neo4j.ts';
import { hostileString, toJsonBody, wrongValue } from './hostile.ts';
import { postGraphQL, problemWith } from './http.ts';
import { useSeededGraph } from './seeded-graph.ts';

// Reports and `tdg cypher` never write, whatever the query: generated write-Cypher through the runner
// that `tdg cypher` calls (runReadOnlyCypher), a few real `tdg cypher` processes, and hostile report
// parameters through GraphQL's runReport; what the guard lets through; and the local Neo4j's own
// refusal of file URLs. The attacker's disguises, generated as a class: read-only-disguises.int.test.ts.
const CYPHER_RUNS = 150;
const REPORT_RUNS = 80;
const config = testConfig();
const database = config.neo4j.database;
const tally: Record<string, number> = {};
const graph = useSeededGraph(config);

afterAll(() => {
  console.log('[reliability] write-Cypher refused:', JSON.stringify(tally));
});

/** Statements that write (data, schema or files), each a complete query. */
const WRITES = [
  "CREATE (n:Probe {id: 'probe:1'}) RETURN n",
  "MERGE (n:Entity {id: 'country:gb'}) SET n.name = 'pwned' RETURN n",
  'MATCH (n:Country) SET n.touched = true RETURN count(n)',
  'MATCH (n:Country) SET n += {touched: true}',
  'MATCH (n:Country) REMOVE n.iso2 RETURN n',
  'MATCH (n:Country) REMOVE n:Country',
  'MATCH ()-[r:SOURCED_FROM]->() DELETE r',
  'MATCH (n) DETACH DELETE n',
  'MATCH (n:Source) WITH n LIMIT 1 DETACH DELETE n RETURN 1',
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "LOAD CSV WITH HEADERS FROM 'https://example.org/x.csv' AS row CREATE (:Probe {v: row.v})",
  'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS',
  'MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS',
  'UNWIND range(1, 3) AS i CALL (i) { CREATE (:Probe {i: i}) } IN CONCURRENT TRANSACTIONS',
  "CALL db.createLabel('Probe')",
  "CALL db.createProperty('probe')",
  "CALL db.createRelationshipType('PROBE')",
  'FOREACH (x IN [1, 2] | CREATE (:Probe {x: x}))',
  'MATCH (n:Country) FOREACH (x IN [1] | SET n.x = x)',
  'MATCH (n:Country) CALL (n) { SET n.touched = 1 } RETURN n.id',
  'RETURN 1 AS x UNION CALL () { CREATE (p:Probe) RETURN 2 AS x } RETURN x',
  'CREATE INDEX probe_index IF NOT EXISTS FOR (n:Probe) ON (n.id)',
  'DROP INDEX entity_search IF EXISTS',
  'CREATE CONSTRAINT probe_unique IF NOT EXISTS FOR (n:Probe) REQUIRE n.id IS UNIQUE',
  'CREATE DATABASE probe',
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  "MATCH (a:Country {iso2: 'GB'}), (b:Country {iso2: 'US'}) CREATE (a)-[:PROBE]->(b)",
  'MATCH (n:Country) WITH collect(n) AS ns UNWIND ns AS n SET n.y = 1',
  "CALL apoc.create.node(['Probe'], {})",
  "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
] as const;

/** Ways to dress a write: comments, case, prefixes, a second statement, odd whitespace and Unicode. */
const DRESSINGS: readonly ((q: string) => string)[] = [
  (q) => q,
  (q) => q.toLowerCase(),
  (q) => q.toUpperCase(),
  (q) => `/* read only */ ${q}`,
  (q) => `// RETURN 1\n${q}`,
  (q) => `${q} // RETURN 1`,
  (q) => `MATCH (c:Country) RETURN c.id;\n${q}`,
  (q) => `${q};\nMATCH (c:Country) RETURN c.id`,
  (q) => `${q};`,
  (q) => `CYPHER 5 ${q}`,
  (q) => `CYPHER runtime=slotted ${q}`,
  (q) => `EXPLAIN ${q}`,
  (q) => `PROFILE ${q}`,
  (q) => `\u00a0\t\n${q}\n\u2028`,
  (q) => q.replaceAll(' ', '\u00a0'),
  (q) => q.replace(/^(\w)/, '\uFEFF$1'),
  (q) => `WITH 1 AS x ${q}`,
  (q) => `CALL () { ${q} }`,
];

describe('read-only reports and ad-hoc Cypher', () => {
  it('refuses every generated write through the runner that `tdg cypher` uses', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...WRITES),
        fc.constantFrom(...DRESSINGS),
        fc.dictionary(fc.constantFrom('id', 'n', 'x'), fc.oneof(hostileString, wrongValue), { maxKeys: 2 }),
        async (write, dress, params) => {
          const query = dress(write);
          let error: unknown;
          try {
            await runReadOnlyCypher(graph.driver, query, params, { database, timeoutMs: 10_000 });
          } catch (caught) {
            error = caught;
          }
          expect(error, `ran: ${query}`).toBeDefined();
          expect(isReportError(error), `${query}: ${String(error)}`).toBe(true);
          const code = (error as { code: string }).code;
          expect(['WRITE_REFUSED', 'QUERY_FAILED']).toContain(code);
          tally[code] = (tally[code] ?? 0) + 1;
        },
      ),
      { numRuns: CYPHER_RUNS },
    );
    expect((await fingerprintGraph(graph.driver, database)).hash).toBe(graph.baseline.hash);
  });

  it.each([
    ['MATCH (n) DETACH DELETE n', /refused: this query would write/],
    ['MATCH (c:Country) RETURN c.id; MATCH (n) DETACH DELETE n', /./],
    ["// RETURN 1\nLOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", /refused: LOAD CSV/],
  ])('tdg cypher %j exits non-zero and the graph is unchanged', async (query, message) => {
    const { code, stderr } = await runCli(['cypher', query]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect((await fingerprintGraph(graph.driver, database)).hash).toBe(graph.baseline.hash);
  });

  it('runReport with hostile parameters answers data or a coded client error and writes nothing', async () => {
    const reports = await listReports();
    const server = await startTestHttp(config, graph.driver);
    const query =
      'query($n: String!, $p: JSON) { runReport(name: $n, params: $p) { columns rows truncated } }';
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...reports).chain((report) =>
            fc.tuple(
              fc.constant(report.name),
              fc.record(
                {
                  ...Object.fromEntries(
                    report.params.map((p) => [p.name, fc.oneof(hostileString, wrongValue)]),
                  ),
                  extra: hostileString,
                },
                { requiredKeys: [] },
              ),
            ),
          ),
          async ([name, params]) => {
            tally.runReport = (tally.runReport ?? 0) + 1;
            const reply = await postGraphQL(
              server.url,
              toJsonBody({ query, variables: { n: name, p: params } }),
            );
            expect(
              problemWith(reply, params),
              JSON.stringify({ name, params }).slice(0, 400),
            ).toBeUndefined();
          },
        ),
        { numRuns: REPORT_RUNS },
      );
    } finally {
      await server.stop();
    }
    expect((await fingerprintGraph(graph.driver, database)).hash).toBe(graph.baseline.hash);
  });
});

/** Parameters for the shipped reports that require some. */
const REQUIRED_PARAMS: Record<string, Record<string, unknown>> = {
  'companies-near-official': { person: 'person:liz-kendall' },
  'entity-dossier': { id: 'org:blackrock' },
};

describe('what the read-only guard lets through', () => {
  it('lets every shipped report pass the plan allow-list (reports.int.test.ts runs them all)', async () => {
    const reports = await listReports();
    expect(reports).toHaveLength(16);
    const session = graph.driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      for (const report of reports) {
        const { query, params } = await loadReport(report.name);
        const values = resolveParams(params, REQUIRED_PARAMS[report.name] ?? {}, report.name);
        await expect(session.executeRead((tx) => assertReadOnlyPlan(tx, query, values))).resolves.toBe(
          undefined,
        );
      }
    } finally {
      await session.close();
    }
  });

  it.each([
    ['CALL db.labels() YIELD label RETURN label ORDER BY label', 'Country'],
    ['CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType', 'SOURCED_FROM'],
    ['CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey', 'iso2'],
    [
      "CALL db.index.fulltext.queryNodes('entityText', 'BlackRock') YIELD node RETURN node.id",
      'org:blackrock',
    ],
  ])('runs the allowed procedure in %s', async (query, expected) => {
    const result = await runReadOnlyCypher(graph.driver, query, {}, { database });
    expect(result.rows.flat()).toContain(expected);
  });
});

describe('the local Neo4j itself', () => {
  it('refuses LOAD CSV from a file URL even to its administrator, past every guard', async (context) => {
    if (!config.neo4j.local) context.skip('NEO4J_URI is set: not the project-run Neo4j');
    const error = await graph.driver
      .executeQuery("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 1", {}, { database })
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect((error as { code?: string }).code).toBe('Neo.ClientError.Statement.ExternalResourceFailed');
    expect((error as Error).message).toMatch(/dbms\.security\.allow_csv_import_from_file_urls' is false/);
  });
});
