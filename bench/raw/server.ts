import http from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import {
  CONNECTION_PAGE_CYPHER,
  ENTITY_CYPHER,
  EVENTS_PAGE_CYPHER,
  NEIGHBORHOOD_CYPHER,
  SEARCH_CYPHER,
  SHORTEST_PATH_CYPHER,
} from './queries.ts';
import {
  createDriver,
  foldText,
  loadConfig,
  pledgesCypher,
  toPlainRow,
  toPledgeRow,
  totalPledges,
} from '../../src/index.ts';

type Params = Record<string, unknown>;
type Handler = (driver: Driver, database: string | undefined, params: Params) => Promise<unknown>;

const int = (value: unknown): ReturnType<typeof neo4j.int> => neo4j.int(Number(value));

/** Runs one statement in a read transaction and returns its rows as plain values. */
async function read(driver: Driver, database: string | undefined, cypher: string, params: Params) {
  const { records } = await driver.executeQuery(cypher, params, { database, routing: neo4j.routing.READ });
  return records.map((record) => toPlainRow(record.toObject()));
}

const single =
  (cypher: string, column: string, toParams: (p: Params) => Params = (p) => p): Handler =>
  async (driver, database, params) =>
    (await read(driver, database, cypher, toParams(params)))[0]?.[column] ?? null;

interface SearchRow {
  readonly id: string;
  readonly name: string;
  readonly aliases: unknown;
  readonly score: number;
}

const search: Handler = async (driver, database, params) => {
  const first = Number(params.first);
  const rows = (await read(driver, database, SEARCH_CYPHER, {
    query: params.query,
    candidates: int(first + 50),
  })) as unknown as SearchRow[];
  // The same re-ranking as our API: an exact name or alias (folded) first, then Lucene's order.
  const folded = foldText(String(params.text));
  const exact = (row: SearchRow) =>
    [row.name, ...(Array.isArray(row.aliases) ? (row.aliases as string[]) : [])].some(
      (name) => typeof name === 'string' && foldText(name) === folded,
    );
  const ranked = rows.map((row, rank) => ({ row, rank, exact: exact(row) }));
  ranked.sort((a, b) => Number(b.exact) - Number(a.exact) || a.rank - b.rank);
  return ranked.slice(0, first).map(({ row }) => ({ score: row.score, id: row.id, name: row.name }));
};

/**
 * Totals of the v2 model: the rules (docs/data-model.md, "Totals") run in TypeScript, so the floor is the
 * project's own statement and its pure rules, with nothing between them, and no cache.
 */
const totals: Handler = async (driver, database, params) => {
  const rows = await read(driver, database, pledgesCypher('INVESTOR'), {});
  const args = {
    groupBy: 'INVESTOR',
    unit: String(params.unit),
    level: 'LEAVES',
    sort: 'TOTAL_DESC',
  } as const;
  const { groups } = totalPledges(rows.map(toPledgeRow), { ...args, first: Number(params.first) });
  return groups.map((g) => ({
    kind: g.kind,
    label: g.label,
    group: g.groupId === null ? null : { id: g.groupId, name: g.label },
    count: g.count,
    totals: g.totals.map((t) => ({ unit: t.unit, amount: t.amount, count: t.count })),
  }));
};

const HANDLERS: Readonly<Record<string, Handler>> = {
  entity: single(ENTITY_CYPHER, 'entity'),
  events: async (driver, database, params) => {
    const [row] = await read(driver, database, EVENTS_PAGE_CYPHER, { ...params, first: int(params.first) });
    return row ?? null;
  },
  search,
  shortestPath: single(SHORTEST_PATH_CYPHER, 'path'),
  totals,
  connectionPage: single(CONNECTION_PAGE_CYPHER, 'events', (p) => ({
    id: p.id,
    skip: int(p.skip),
    first: int(p.first),
  })),
  neighborhood: single(NEIGHBORHOOD_CYPHER, 'neighborhood', (p) => ({ ...p, first: int(p.first) })),
};

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The raw server: `POST /<operation>` with the parameters as a JSON body, the answer as JSON. */
export function createRawServer(driver: Driver, database: string | undefined): http.Server {
  return http.createServer((req, res) => {
    const handler = HANDLERS[(req.url ?? '/').slice(1)];
    const reply = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
      });
      res.end(text);
    };
    if (req.method !== 'POST' || !handler) {
      reply(404, { error: 'not found' });
      return;
    }
    readBody(req)
      .then((body) => handler(driver, database, JSON.parse(body) as Params))
      .then(
        (data) => reply(200, { data }),
        (error: unknown) => reply(500, { error: (error as Error).message }),
      );
  });
}

const isMain = process.argv[1]?.endsWith('raw/server.ts') === true;
if (isMain) {
  const config = loadConfig(process.env);
  const driver = createDriver(config.neo4j);
  const server = createRawServer(driver, config.neo4j.database);
  server.listen(config.port, config.host, () => {
    process.stdout.write(`raw listening on http://${config.host}:${config.port}\n`);
  });
  const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
