import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { GRAPH_VERSION_LABEL } from '../../src/cypher/graph-version.ts';
import { CHANGE_LOG_LABELS } from '../../src/domain/change-log.ts';

/** Labels of bookkeeping, not data: the change log, and the graph's version that every write moves. */
const NOT_DATA: readonly string[] = [...CHANGE_LOG_LABELS, GRAPH_VERSION_LABEL];

/** One node or relationship of the graph, written canonically, with the entity ids it involves. */
export interface FingerprintLine {
  readonly ids: readonly string[];
  readonly text: string;
}

/** The whole graph as sorted canonical lines and their SHA-256: equal fingerprints, equal graphs. */
export interface GraphFingerprint {
  readonly hash: string;
  readonly nodes: number;
  readonly relationships: number;
  readonly lines: readonly FingerprintLine[];
}

// The change log records writes and is not part of the graph they wrote: a write and its revert leave
// the same fingerprint (merged ids' redirects are part of the graph, and are kept).
const NODES = `MATCH (n) WHERE NOT any(label IN labels(n) WHERE label IN $log)
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props`;
const RELATIONSHIPS =
  'MATCH (a)-[r]->(b) RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS props';

/** A value with its Neo4j type kept (Integer ≠ Float, Date ≠ String) and object keys sorted. */
function canonical(value: unknown): unknown {
  if (neo4j.isInt(value)) return { $int: value.toString() };
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  ) {
    return { [`$${value.constructor.name}`]: value.toString() };
  }
  if (typeof value === 'number') {
    // JSON would turn NaN and ±Infinity into null and -0 into 0; keep them apart.
    return Number.isFinite(value) && !Object.is(value, -0) ? value : { $float: String(value) };
  }
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/**
 * Reads every node (labels and all properties) and every relationship (type, both ends by content, all
 * properties) and hashes them in sorted order. Element ids are left out, so a graph rebuilt with the
 * same content has the same fingerprint; nodes are told apart by their whole content, not only `id`.
 */
export async function fingerprintGraph(driver: Driver, database?: string): Promise<GraphFingerprint> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const nodes = (await tx.run(NODES, { log: NOT_DATA })).records;
      const relationships = (await tx.run(RELATIONSHIPS)).records;
      const nodeText = new Map<string, { id: string; text: string }>();
      for (const record of nodes) {
        const labels = [...(record.get('labels') as string[])].sort();
        const props = record.get('props') as Record<string, unknown>;
        const text = JSON.stringify(['node', labels, canonical(props)]);
        nodeText.set(record.get('key') as string, {
          id: typeof props.id === 'string' ? props.id : text,
          text,
        });
      }
      const lines: FingerprintLine[] = [...nodeText.values()].map(({ id, text }) => ({ ids: [id], text }));
      for (const record of relationships) {
        const from = nodeText.get(record.get('from') as string);
        const to = nodeText.get(record.get('to') as string);
        if (!from || !to) throw new Error('A relationship end was not read: the graph changed while read');
        const text = JSON.stringify([
          'rel',
          record.get('type') as string,
          from.id === from.text ? from.text : from.id,
          to.id === to.text ? to.text : to.id,
          canonical(record.get('props')),
        ]);
        lines.push({ ids: [from.id, to.id], text });
      }
      lines.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
      const hash = createHash('sha256');
      for (const line of lines) hash.update(line.text).update('\n');
      return { hash: hash.digest('hex'), nodes: nodes.length, relationships: relationships.length, lines };
    });
  } finally {
    await session.close();
  }
}

/** The lines that involve none of `ids`: what must stay the same when a write touches only `ids`. */
export function linesWithout(fingerprint: GraphFingerprint, ids: ReadonlySet<string>): string[] {
  return fingerprint.lines.filter((line) => !line.ids.some((id) => ids.has(id))).map((line) => line.text);
}

/** The lines of `after` missing from `before` and the reverse: a readable diff for a failed assertion. */
export function diffFingerprints(
  before: GraphFingerprint,
  after: GraphFingerprint,
): { added: string[]; removed: string[] } {
  const was = new Set(before.lines.map((l) => l.text));
  const is = new Set(after.lines.map((l) => l.text));
  return {
    added: [...is].filter((t) => !was.has(t)),
    removed: [...was].filter((t) => !is.has(t)),
  };
}
