import type { ManagedTransaction } from 'neo4j-driver';
import { CITATIONS_FIELD, MERGED_ID_LABEL } from '../domain/change-log.ts';
import { ENTITY_LABEL, isEntityType, isRelationshipType } from '../domain/model.ts';
import { badUserInput } from '../errors.ts';
import { entryShape, type LogEntry, valuesOf } from './entries.ts';
import { decodeValue, type LoggedValue } from './values.ts';

/**
 * Applies log entries to the graph: each entry's `after` state becomes the graph's (a created thing is
 * created with its fields, an updated one gets its fields' values after, a deleted one goes). A merge
 * applies the entries it planned; a revert applies the inverse of a write's. Labels and relationship
 * types come from the model's allow-list only.
 *
 * Entries are applied by phase, not in their order: relationships deleted, entities deleted, updated,
 * created, relationships created and updated, then redirects. An entity goes before another takes its
 * unique values (a merged country's iso2 moving to the one kept), and ends exist before their
 * relationships. An update or delete that finds nothing to change is refused: the graph was changed
 * around the log (over Bolt, or by a bulk import), and undoing blindly would not restore it.
 */

type Params = Record<string, unknown>;
type Decoded = Record<string, unknown>;

const decodeAll = (values: Record<string, LoggedValue>): Decoded =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [name, decodeValue(value)]));

/** The relationship types an entry may name: the domain's and the provenance reports. */
function relationshipType(label: string): string {
  if (isRelationshipType(label) || label === 'REPORTS_STATUS' || label === 'REPORTS_FIGURE') return label;
  throw new Error(`Not a relationship type of the model: ${label}`);
}

function entityLabel(label: string): string {
  if (isEntityType(label)) return label;
  throw new Error(`Not an entity label of the model: ${label}`);
}

const matchRelationship = (type: string) => `
MATCH (a:${ENTITY_LABEL} {id: row.from})-[r:${type}]->(b:${ENTITY_LABEL} {id: row.to})
WHERE coalesce(r.key, '') = row.key`;

const STATEMENTS = {
  deleteRelationships: (type: string) =>
    `UNWIND $rows AS row ${matchRelationship(type)} DELETE r RETURN count(*) AS n`,
  updateRelationships: (type: string) =>
    `UNWIND $rows AS row ${matchRelationship(type)} SET r += row.props RETURN count(*) AS n`,
  createRelationships: (type: string) => `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from}), (b:${ENTITY_LABEL} {id: row.to})
CREATE (a)-[r:${type}]->(b) SET r = row.props
RETURN count(*) AS n`,
  deleteEntities: `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL} {id: row.id})
DETACH DELETE n
RETURN count(*) AS n`,
  updateEntities: `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL} {id: row.id})
SET n += row.props
RETURN count(*) AS n`,
  createEntities: (label: string) => `
UNWIND $rows AS row
CREATE (n:${ENTITY_LABEL}:${label})
SET n = row.props
RETURN count(*) AS n`,
  setCitations: `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL} {id: row.id})
CALL (n, row) {
  MATCH (n)-[c:SOURCED_FROM]->(s:Source) WHERE NOT s.id IN row.sources
  DELETE c
}
CALL (n, row) {
  UNWIND row.sources AS source
  MATCH (s:Source {id: source})
  MERGE (n)-[:SOURCED_FROM]->(s)
}
RETURN count(*) AS n`,
  deleteRedirects: `UNWIND $rows AS row MATCH (m:${MERGED_ID_LABEL} {id: row.id}) DELETE m RETURN count(*) AS n`,
  updateRedirects: `UNWIND $rows AS row MATCH (m:${MERGED_ID_LABEL} {id: row.id}) SET m += row.props RETURN count(*) AS n`,
  createRedirects: `UNWIND $rows AS row CREATE (m:${MERGED_ID_LABEL}) SET m = row.props RETURN count(*) AS n`,
};

/** Runs a statement over rows; refuses when it did not find every one (see the module comment). */
async function run(tx: ManagedTransaction, statement: string, rows: readonly Params[], what: string) {
  if (rows.length === 0) return;
  const result = await tx.run(statement, { rows });
  const n = Number(result.records[0]?.get('n') ?? 0);
  if (n !== rows.length)
    throw badUserInput(
      `The graph no longer holds what the change log says (${what}: ${rows.length - n} of ${rows.length} not found); it was changed outside the API.`,
    );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** The row of an entity entry: its id, its fields (citations apart) and, if they change, its citations. */
function entityRow(entry: LogEntry, state: 'before' | 'after') {
  const { [CITATIONS_FIELD]: sources, ...props } = valuesOf(entry, state);
  const changed = Object.keys(entry.fields).filter((name) => name !== CITATIONS_FIELD);
  // An update sets the changed fields only; a field absent after is removed (null).
  const values =
    entry.kind === 'updated'
      ? Object.fromEntries(changed.map((name) => [name, decodeValue(entry.fields[name]?.after ?? null)]))
      : decodeAll(props);
  return { id: entry.target, props: values, sources: Array.isArray(sources) ? sources : [] };
}

function relationshipRow(entry: LogEntry) {
  const ends = entry.ends!;
  const props =
    entry.kind === 'updated'
      ? Object.fromEntries(Object.entries(entry.fields).map(([n, f]) => [n, decodeValue(f.after)]))
      : decodeAll(valuesOf(entry, 'after'));
  return { from: ends.from, to: ends.to, key: ends.key, props };
}

/** Applies `entries` in `tx` (see the module comment). */
export async function applyEntries(tx: ManagedTransaction, entries: readonly LogEntry[]): Promise<void> {
  const of = (shape: ReturnType<typeof entryShape>, kind: LogEntry['kind']) =>
    entries.filter((e) => entryShape(e) === shape && e.kind === kind);
  for (const [type, group] of groupBy(of('relationship', 'deleted'), (e) => e.label))
    await run(
      tx,
      STATEMENTS.deleteRelationships(relationshipType(type)),
      group.map(relationshipRow),
      `${type} to delete`,
    );
  await run(
    tx,
    STATEMENTS.deleteEntities,
    of('entity', 'deleted').map((e) => ({ id: e.target })),
    'entities to delete',
  );
  const updated = of('entity', 'updated');
  await run(
    tx,
    STATEMENTS.updateEntities,
    updated.map((e) => entityRow(e, 'after')),
    'entities to update',
  );
  for (const [label, group] of groupBy(of('entity', 'created'), (e) => e.label))
    await run(
      tx,
      STATEMENTS.createEntities(entityLabel(label)),
      group.map((e) => entityRow(e, 'after')),
      `${label} to create`,
    );
  const cited = [...of('entity', 'created'), ...updated.filter((e) => CITATIONS_FIELD in e.fields)];
  await run(
    tx,
    STATEMENTS.setCitations,
    cited.map((e) => entityRow(e, 'after')),
    'citations',
  );
  for (const [type, group] of groupBy(of('relationship', 'created'), (e) => e.label))
    await run(
      tx,
      STATEMENTS.createRelationships(relationshipType(type)),
      group.map(relationshipRow),
      `${type} ends`,
    );
  for (const [type, group] of groupBy(of('relationship', 'updated'), (e) => e.label))
    await run(
      tx,
      STATEMENTS.updateRelationships(relationshipType(type)),
      group.map(relationshipRow),
      `${type} to update`,
    );
  const redirect = (e: LogEntry) => ({ id: e.target, props: decodeAll(valuesOf(e, 'after')) });
  await run(tx, STATEMENTS.deleteRedirects, of('redirect', 'deleted').map(redirect), 'merged ids');
  await run(tx, STATEMENTS.updateRedirects, of('redirect', 'updated').map(redirect), 'merged ids');
  await run(tx, STATEMENTS.createRedirects, of('redirect', 'created').map(redirect), 'merged ids');
}
