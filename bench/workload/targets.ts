import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { Targets } from './operations.ts';
import { type Probes } from '../../src/tools.ts';

type Read = (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

const reader =
  (driver: Driver, database: string | undefined): Read =>
  async (cypher, params = {}) =>
    (await driver.executeQuery(cypher, params, { database, routing: neo4j.routing.READ })).records.map((r) =>
      r.toObject(),
    );

const str = (value: unknown): string =>
  typeof value === 'string' ? value : value === null || value === undefined ? '' : JSON.stringify(value);

async function exists(read: Read, label: string, id: string | undefined): Promise<boolean> {
  if (!id) return false;
  const rows = await read(`MATCH (n:${label} {id: $id}) RETURN n.id AS id`, { id });
  return rows.length > 0;
}

/** The 10th and 90th percentile start dates of events, and where the page at ~80% of them starts. */
async function eventWindow(
  read: Read,
  page: number,
): Promise<Pick<Targets, 'eventsFrom' | 'eventsTo' | 'deepPage'>> {
  const [range] = await read(`
    MATCH (e:Event) WHERE e.startDate IS NOT NULL
    WITH e.startDate AS d ORDER BY d
    WITH collect(d) AS ds
    RETURN toString(ds[toInteger(size(ds) * 0.1)]) AS from, toString(ds[toInteger(size(ds) * 0.9)]) AS to`);
  const from = str(range?.from);
  const to = str(range?.to);
  const [count] = await read(
    'MATCH (e:Event) WHERE e.startDate >= date($from) AND e.startDate <= date($to) RETURN count(e) AS n',
    { from, to },
  );
  const total = Number(count?.n ?? 0);
  const offset = Math.floor((total * 0.8) / page) * page;
  if (offset === 0) return { eventsFrom: from, eventsTo: to, deepPage: { offset: 0, after: null } };
  const [before] = await read(
    `MATCH (e:Event) WHERE e.startDate >= date($from) AND e.startDate <= date($to)
     RETURN toString(e.startDate) AS key, e.id AS id ORDER BY e.startDate, e.id SKIP $skip LIMIT 1`,
    { from, to, skip: neo4j.int(offset - 1) },
  );
  return {
    eventsFrom: from,
    eventsTo: to,
    deepPage: { offset, after: { key: str(before?.key), id: str(before?.id) } },
  };
}

/**
 * Turns the generator's probes into the workload's targets, checking each against the graph; what is
 * missing (a graph loaded without probes, such as the seed) is picked by Cypher instead.
 */
export async function resolveTargets(
  driver: Driver,
  database: string | undefined,
  probes: Partial<Probes>,
  page = 20,
): Promise<Targets> {
  const read = reader(driver, database);
  const entityId = (await exists(read, 'Agreement', probes.entityId))
    ? String(probes.entityId)
    : str(
        (
          await read(`MATCH (a:Agreement) WITH a ORDER BY COUNT { (a)--() } DESC, a.id
                      WITH collect(a.id) AS ids RETURN ids[size(ids) / 2] AS id`)
        )[0]?.id,
      );
  const hubId = (await exists(read, 'Entity', probes.hubId))
    ? String(probes.hubId)
    : str(
        (
          await read(`MATCH (n:Entity) WHERE NOT n:Source
                      RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 1`)
        )[0]?.id,
      );
  const pathOk =
    (await exists(read, 'Entity', probes.pathFrom)) && (await exists(read, 'Entity', probes.pathTo));
  // The currency most preferred figures are in (the v2 model: figures are REPORTS_FIGURE relationships).
  const [currency] = await read(`MATCH (:Source)-[f:REPORTS_FIGURE]->(:Investment)
                                 WHERE f.preferred AND coalesce(f.dimension, 'money') = 'money'
                                 RETURN coalesce(f.unit, f.currency) AS c, count(*) AS n ORDER BY n DESC, c LIMIT 1`);
  const [connection] = await read(`MATCH (c:Country) RETURN c.id AS id
                                   ORDER BY COUNT { (c)-[:PARTICIPATED_IN]->(:Event) } DESC, c.id LIMIT 1`);
  const searchText =
    probes.searchText ??
    str((await read(`MATCH (o:Organization) RETURN split(o.name, ' ')[0] AS w ORDER BY o.id LIMIT 1`))[0]?.w);
  return {
    entityId,
    hubId,
    pathFrom: pathOk ? String(probes.pathFrom) : entityId,
    pathTo: pathOk ? String(probes.pathTo) : hubId,
    currency: str(currency?.c),
    connectionId: str(connection?.id),
    searchText,
    ...(await eventWindow(read, page)),
  };
}
