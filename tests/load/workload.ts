/** One GraphQL request of the workload: its kind (for the per-kind counts) and its body. */
export interface WorkItem {
  readonly kind: string;
  readonly write: boolean;
  readonly body: string;
}

const SOURCE = 'source:seed-chas-pravdy-2025-09-14';
const DEAL = 'agreement:uk-us-technology-prosperity-deal-2025';
const IDS = [
  'country:gb',
  'country:us',
  'org:blackrock',
  'org:nvidia',
  'org:dsit',
  'investment:blackrock-uk-data-centres',
  DEAL,
  'person:liz-kendall',
  'event:trump-uk-state-visit-2025',
  'technology:artificial-intelligence',
];
const TEXTS = ['Etats-Unis', 'nvidia', 'quantum', 'BlackRock', 'data centre', 'Kendall', 'Royaume-Uni', 'x'];
const GROUPINGS = ['INVESTOR', 'TARGET_COUNTRY', 'TECHNOLOGY', 'EVENT'];
/** Writes cycle over this many ids, so the graph (and the server's caches) stop growing after a while. */
const WRITE_IDS = 50;

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;
const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

const READS: readonly (() => WorkItem)[] = [
  () => ({
    kind: 'node',
    write: false,
    body: body('query($id: ID!) { node(id: $id) { id name sources { id publisher } } }', { id: pick(IDS) }),
  }),
  () => ({
    kind: 'search',
    write: false,
    body: body('query($t: String!) { search(text: $t, first: 10) { score node { id name } } }', {
      t: pick(TEXTS),
    }),
  }),
  () => ({
    kind: 'events',
    write: false,
    body: body(
      'query { events(first: 20) { totalCount nodes { id name startDate status participants { node { id } } } } }',
      {},
    ),
  }),
  () => ({
    kind: 'shortestPath',
    write: false,
    body: body('query($a: ID!, $b: ID!) { shortestPath(fromId: $a, toId: $b) { length nodes { id } } }', {
      a: pick(IDS),
      b: pick(IDS),
    }),
  }),
  () => ({
    kind: 'neighborhood',
    write: false,
    body: body(
      'query($id: ID!) { neighborhood(id: $id, depth: 2, first: 50) { nodes { distance node { id } } relationships { type } } }',
      { id: pick(IDS) },
    ),
  }),
  () => ({
    kind: 'investmentTotals',
    write: false,
    body: body(
      'query($g: InvestmentGrouping!) { investmentTotals(groupBy: $g) { group { id } totals { currency amount } count } }',
      { g: pick(GROUPINGS) },
    ),
  }),
];

/** An authenticated upsert: an entity, or (once that entity exists) a relationship to it. */
function createWrite(created: Set<number>): WorkItem {
  const n = Math.floor(Math.random() * WRITE_IDS);
  const id = `technology:load-${n}`;
  if (created.has(n) && Math.random() < 0.5) {
    return {
      kind: 'upsertRelationship',
      write: true,
      body: body('mutation($i: RelationshipInput!) { upsertRelationship(input: $i) { type } }', {
        i: { type: 'COVERS', from: DEAL, to: id, properties: { pillar: `load ${n}` }, sources: [SOURCE] },
      }),
    };
  }
  created.add(n);
  return {
    kind: 'upsertEntity',
    write: true,
    body: body('mutation($i: EntityInput!) { upsertEntity(input: $i) { id } }', {
      i: { type: 'Technology', id, name: `Load ${n}`, aliases: [`L${n}`], sources: [SOURCE] },
    }),
  };
}

/** The mixed workload: `writeRatio` of requests are writes, the rest spread evenly over six reads. */
export function createWorkload(writeRatio: number): () => WorkItem {
  const created = new Set<number>();
  return () => (Math.random() < writeRatio ? createWrite(created) : pick(READS)());
}
