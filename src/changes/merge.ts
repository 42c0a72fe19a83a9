import type { ManagedTransaction } from 'neo4j-driver';
import { MERGED_ID_LABEL } from '../domain/change-log.ts';
import { ENTITY_LABEL, HIERARCHY_TYPES, PROVENANCE_TYPES } from '../domain/model.ts';
import { badUserInput, notFound } from '../errors.ts';
import { applyEntries } from './apply.ts';
import { planMerge, type StoredEntity, type StoredRelationship } from './merge-plan.ts';
import { newChangeId, type RecordedWrite, recordWrite } from './record.ts';

const READ_ENTITY = `
MATCH (n:${ENTITY_LABEL} {id: $id})
RETURN [label IN labels(n) WHERE label <> '${ENTITY_LABEL}'][0] AS label, properties(n) AS props,
  COLLECT { MATCH (n)-[:SOURCED_FROM]->(s:Source) RETURN s.id } AS sources,
  COLLECT { MATCH (n)-[r]->(b:${ENTITY_LABEL}) WHERE NOT type(r) IN $provenance
            RETURN {type: type(r), from: n.id, to: b.id, props: properties(r)} } AS outgoing,
  COLLECT { MATCH (a:${ENTITY_LABEL})-[r]->(n) WHERE NOT type(r) IN $provenance
            RETURN {type: type(r), from: a.id, to: n.id, props: properties(r)} } AS incoming,
  COLLECT { MATCH (s:Source)-[r:REPORTS_STATUS|REPORTS_FIGURE]->(n)
            RETURN {type: type(r), from: s.id, to: n.id, props: properties(r)} } AS reports,
  COLLECT { MATCH (m:${MERGED_ID_LABEL} {into: n.id}) RETURN m.id } AS mergedIds`;

const READ_REDIRECT = `MATCH (m:${MERGED_ID_LABEL} {id: $id}) RETURN m.into AS into, m.change AS change`;

/** A cycle through the kept entity, of one nesting type: what a merge must not make. */
const cycleThrough = (type: string) => `
MATCH path = (k:${ENTITY_LABEL} {id: $id})-[:${type}*1..100]->(k)
RETURN [n IN nodes(path) | n.id] AS ids LIMIT 1`;

async function readEntity(tx: ManagedTransaction, id: string): Promise<StoredEntity | null> {
  const row = (await tx.run(READ_ENTITY, { id, provenance: PROVENANCE_TYPES })).records[0];
  if (!row) return null;
  return {
    id,
    label: row.get('label') as string,
    props: row.get('props') as Record<string, unknown>,
    sources: row.get('sources') as string[],
    relationships: [
      ...(row.get('outgoing') as StoredRelationship[]),
      ...(row.get('incoming') as StoredRelationship[]),
    ],
    reports: row.get('reports') as StoredRelationship[],
    mergedIds: row.get('mergedIds') as string[],
  };
}

/** "unknown", or where a merged id went. */
async function whyMissing(tx: ManagedTransaction, id: string): Promise<string> {
  const row = (await tx.run(READ_REDIRECT, { id })).records[0];
  if (!row) return `${id} is not in the graph`;
  return `${id} was merged into ${String(row.get('into'))} (${String(row.get('change'))})`;
}

/** Reads both entities; refuses the same id twice, unknown ids (naming each), and different labels. */
async function readPair(tx: ManagedTransaction, keepId: string, mergeId: string) {
  if (keepId === mergeId)
    throw badUserInput(`Cannot merge ${keepId} into itself.`, [{ path: 'merge', message: 'same as keep' }]);
  const [keep, merge] = [await readEntity(tx, keepId), await readEntity(tx, mergeId)];
  if (!keep || !merge) {
    const missing = [!keep ? keepId : null, !merge ? mergeId : null].filter(
      (id): id is string => id !== null,
    );
    const reasons = await Promise.all(missing.map((id) => whyMissing(tx, id)));
    throw notFound(`Nothing was merged: ${reasons.join('; ')}.`);
  }
  if (keep.label !== merge.label)
    throw badUserInput(
      `Cannot merge ${mergeId} (${merge.label}) into ${keepId} (${keep.label}): only entities of one type merge.`,
      [{ path: 'merge', message: `a ${merge.label}, not a ${keep.label}` }],
    );
  if (keep.label === 'Source')
    throw badUserInput(
      'Sources cannot be merged: relationships cite them by id in their `sources` lists; correct the citing records instead.',
      [{ path: 'keep', message: 'a Source' }],
    );
  return { keep, merge };
}

/** Refuses a merge that made a nesting relationship (INCLUDED_IN, PART_OF…) go round in a cycle. */
async function refuseCycles(tx: ManagedTransaction, id: string): Promise<void> {
  for (const type of HIERARCHY_TYPES) {
    const row = (await tx.run(cycleThrough(type), { id })).records[0];
    if (row)
      throw badUserInput(
        `Merging would make a cycle of ${type}: ${(row.get('ids') as string[]).join(' -> ')}. Nothing was merged.`,
      );
  }
}

/**
 * Merges the entity `mergeId` into `keepId`, in `tx`, as one write of the change log (operation
 * `merge`): see planMerge for what moves. The merged id keeps answering `node(id:)` through its
 * redirect. Returns the recorded write; its id reverts the merge exactly.
 */
export async function mergeEntities(
  tx: ManagedTransaction,
  args: { keep: string; merge: string; actor: string },
): Promise<RecordedWrite> {
  const { keep, merge } = await readPair(tx, args.keep, args.merge);
  const id = newChangeId();
  const entries = planMerge(keep, merge, id);
  await applyEntries(tx, entries);
  await refuseCycles(tx, keep.id);
  const recorded = await recordWrite(tx, {
    id,
    operation: 'merge',
    actor: args.actor,
    origin: `${merge.id} into ${keep.id}`,
    entries,
  });
  if (!recorded) throw new Error(`Merging ${merge.id} recorded nothing`);
  return recorded;
}
