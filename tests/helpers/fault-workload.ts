import { setTimeout as sleep } from 'node:timers/promises';
import { int as neo4jInt, type Driver } from 'neo4j-driver';
import { getReady, postGraphQL } from './server-process.ts';

/** Two seed sources every test write cites: a write is whole only with both SOURCED_FROM edges. */
export const WRITE_SOURCES = ['source:seed-chas-pravdy-2025-09-14', 'source:s2-mondaq-2025-09-24'];

const UPSERT = `mutation($input: EntityInput!) { upsertEntity(input: $input) { id name } }`;
const READ = `{ node(id: "country:gb") { id name } }`;
/** A request that has not answered by then counts as hung. */
const HANG_MS = 60_000;

/** The entity the `n`-th write of a run upserts: distinct id, properties and two sources. */
export function entityInput(prefix: string, n: number) {
  return {
    type: 'Organization',
    id: `organization:${prefix}-${n}`,
    name: `Fault test ${prefix} ${n}`,
    aliases: [`FT-${prefix}-${n}`],
    description: `Written by the fault test ${prefix}, number ${n}.`,
    sources: WRITE_SOURCES,
    properties: { kind: 'company', website: `https://example.org/${prefix}/${n}` },
  };
}

/** What became of one request. */
export interface Outcome {
  readonly kind: 'read' | 'write';
  readonly id?: string;
  readonly startedAt: number;
  readonly millis: number;
  /** HTTP status, or 0 when the request itself failed (refused, hung). */
  readonly status: number;
  /** `extensions.code` of the first error, if any; `HANG` or `NETWORK` when there was no response. */
  readonly code?: string;
  /** True when the response carried the data asked for (for a write: it was acknowledged). */
  readonly ok: boolean;
}

/** A running stream of reads and authenticated writes. */
export interface Workload {
  readonly outcomes: Outcome[];
  /** Ids of the writes acknowledged with data. */
  acked(): string[];
  stop(): Promise<void>;
}

/** Starts `writers` + `readers` loops, each sending one request at a time. */
export function startWorkload(
  base: string,
  options: { prefix: string; token: string; writers?: number; readers?: number },
): Workload {
  const outcomes: Outcome[] = [];
  let running = true;
  let next = 0;
  const send = async (kind: Outcome['kind'], query: string, variables: object, id: string) => {
    const startedAt = Date.now();
    const token = kind === 'write' ? options.token : undefined;
    try {
      const { status, body } = await postGraphQL<{ upsertEntity?: { id: string }; node?: { id: string } }>(
        base,
        query,
        variables as Record<string, unknown>,
        { token, timeoutMs: HANG_MS },
      );
      const answered = body.data?.upsertEntity?.id ?? body.data?.node?.id;
      const ok = status === 200 && body.errors === undefined && answered === id;
      const code = body.errors?.[0]?.extensions?.code;
      outcomes.push({ kind, id, startedAt, millis: Date.now() - startedAt, status, code, ok });
    } catch (error) {
      const code = (error as Error).name === 'TimeoutError' ? 'HANG' : 'NETWORK';
      outcomes.push({ kind, id, startedAt, millis: Date.now() - startedAt, status: 0, code, ok: false });
    }
  };
  const write = () => {
    const input = entityInput(options.prefix, ++next);
    return send('write', UPSERT, { input }, input.id);
  };
  const read = () => send('read', READ, {}, 'country:gb');
  const loop = async (step: () => Promise<void>) => {
    while (running) {
      await step();
      await sleep(25);
    }
  };
  const loops = [
    ...Array.from({ length: options.writers ?? 2 }, () => loop(write)),
    ...Array.from({ length: options.readers ?? 2 }, () => loop(read)),
  ];
  return {
    outcomes,
    acked: () => outcomes.flatMap((o) => (o.kind === 'write' && o.ok && o.id ? [o.id] : [])),
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** One /ready answer. */
export interface ReadySample {
  readonly at: number;
  readonly status: number;
  readonly millis: number;
}

/** Polls /ready every `intervalMs`, recording each answer (status 0 when it did not answer in 10 s). */
export function pollReady(base: string, intervalMs = 250): { samples: ReadySample[]; stop(): Promise<void> } {
  const samples: ReadySample[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const at = Date.now();
      const sample = await getReady(base).then(
        (r) => ({ at, status: r.status, millis: r.millis }),
        () => ({ at, status: 0, millis: Date.now() - at }),
      );
      samples.push(sample);
      await sleep(intervalMs);
    }
  })();
  return {
    samples,
    async stop() {
      running = false;
      await done;
    },
  };
}

/** A stored test entity, as the checks see it. */
export interface StoredEntity {
  readonly id: string;
  readonly labels: string[];
  readonly properties: Record<string, unknown>;
  readonly sources: string[];
}

/** Every entity the writes of `prefix` left in the database, read straight from Neo4j. */
export async function readWrittenEntities(driver: Driver, prefix: string): Promise<StoredEntity[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n:Entity) WHERE n.id STARTS WITH $start
     OPTIONAL MATCH (n)-[:SOURCED_FROM]->(s:Source)
     WITH n, collect(s.id) AS sources
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties, sources`,
    { start: `organization:${prefix}-` },
  );
  return records.map((r) => ({
    id: r.get('id') as string,
    labels: r.get('labels') as string[],
    properties: r.get('properties') as Record<string, unknown>,
    sources: (r.get('sources') as string[]).sort(),
  }));
}

/** Deletes what earlier runs of `prefix` wrote (the instance's data is kept between runs). */
export async function deleteWrittenEntities(driver: Driver, prefix: string): Promise<void> {
  await driver.executeQuery('MATCH (n:Entity) WHERE n.id STARTS WITH $start DETACH DELETE n', {
    start: `organization:${prefix}-`,
  });
}

/** The ids of stored entities that are not exactly what their upsert asked for (half-applied or wrong). */
export function findIncompleteWrites(prefix: string, stored: readonly StoredEntity[]): string[] {
  return stored
    .filter((entity) => {
      const n = Number(entity.id.slice(`organization:${prefix}-`.length));
      const input = entityInput(prefix, n);
      const p = entity.properties;
      return !(
        entity.labels.includes('Organization') &&
        p.name === input.name &&
        p.description === input.description &&
        JSON.stringify(p.aliases) === JSON.stringify(input.aliases) &&
        p.kind === input.properties.kind &&
        p.website === input.properties.website &&
        JSON.stringify(entity.sources) === JSON.stringify([...WRITE_SOURCES].sort())
      );
    })
    .map((entity) => entity.id);
}

/**
 * Adds `size` organisations that all partner with one another (ids `organization:clique-<i>`): a graph on
 * which `neighborhood(depth: 3)` walks about size³ paths, so its time grows with `size`.
 */
export async function createClique(driver: Driver, size: number, database?: string): Promise<void> {
  await driver.executeQuery(
    `UNWIND range(1, $size) AS i
     MERGE (o:Entity {id: 'organization:clique-' + i})
     SET o:Organization, o.name = 'Clique member ' + i, o.kind = 'company'`,
    { size: neo4jInt(size) },
    { database },
  );
  await driver.executeQuery(
    `MATCH (a:Organization), (b:Organization)
     WHERE a.id STARTS WITH 'organization:clique-' AND b.id STARTS WITH 'organization:clique-' AND a.id < b.id
     MERGE (a)-[r:PARTNERS_WITH {key: ''}]->(b)
     SET r.sources = ['source:seed-chas-pravdy-2025-09-14']`,
    {},
    { database },
  );
}

/** The neighbourhood query that is slow on a clique. */
export const CLIQUE_NEIGHBORHOOD = `{ neighborhood(id: "organization:clique-1", depth: 3, first: 100) { nodes { distance } } }`;

/**
 * Adds a person linked to a company through five layers of `width` agencies, each layer linked to all of
 * the next: width⁵ shortest paths, which the companies-near-official report enumerates one by one.
 */
export async function createLayeredGraph(driver: Driver, width: number, database?: string): Promise<void> {
  const run = (cypher: string) => driver.executeQuery(cypher, { width: neo4jInt(width) }, { database });
  await run(`MERGE (p:Entity {id: 'person:layers-start'}) SET p:Person, p.name = 'Layer start'
             MERGE (c:Entity {id: 'organization:layers-end'})
             SET c:Organization, c.name = 'Layer end', c.kind = 'company'`);
  await run(`UNWIND range(1, 5) AS layer UNWIND range(1, $width) AS i
             MERGE (o:Entity {id: 'organization:layer-' + layer + '-' + i})
             SET o:Organization, o.name = 'Layer ' + layer + ' member ' + i, o.kind = 'agency', o.layer = layer`);
  await run(
    `MATCH (p:Person {id: 'person:layers-start'}), (o:Organization {layer: 1}) MERGE (p)-[:MEMBER_OF]->(o)`,
  );
  await run(`MATCH (a:Organization), (b:Organization) WHERE a.layer IS NOT NULL AND b.layer = a.layer + 1
             MERGE (a)-[:PARTNERS_WITH {key: ''}]->(b)`);
  await run(`MATCH (a:Organization {layer: 5}), (c:Organization {id: 'organization:layers-end'})
             MERGE (a)-[:PARTNERS_WITH {key: ''}]->(c)`);
}

/** The report run that is slow on the layered graph: every shortest path from the person, six hops. */
export const LAYERED_REPORT = `{ runReport(name: "companies-near-official", params: {person: "person:layers-start", hops: 6}) { rows } }`;
