import type { RelationshipType } from '../domain/model.ts';
import { changeOf } from './change-set.ts';
import type { Change } from './dataset.ts';
import { readStoredRelationships } from './existing.ts';
import { createdRelationshipRows } from './fresh-rows.ts';
import { type Props, relationshipRows } from './rows.ts';
import * as cypher from './statements.ts';
import { mergeRelationshipProps } from './update-mode.ts';
import type { WriteContext } from './write-context.ts';

const relationshipId = (type: string, from: string, to: string, key: string) =>
  `${type} ${from} -> ${to}${key === '' ? '' : ` [${key}]`}`;

/**
 * Writes the domain relationships: CREATE when an end is new (nothing can join it yet); otherwise each
 * relationship read first (one statement per type), merged by the update mode with sources added, and
 * written only when it changes.
 */
export async function writeRelationships(context: WriteContext): Promise<Change[]> {
  const changes: Change[] = [];
  for (const [type, rows] of relationshipRows(context.dataset)) {
    const fresh = createdRelationshipRows(
      rows.filter((row) => context.isNew(row.from) || context.isNew(row.to)),
    );
    await context.apply(cypher.createRelationships(type), fresh);
    for (const row of fresh) {
      const key = String(row.props.key);
      changes.push({
        ...changeOf(relationshipId(type, row.from, row.to, key), type, undefined, row.props),
        ends: { from: row.from, to: row.to, key },
      });
    }
    changes.push(
      ...(await writeKnown(
        context,
        type,
        rows.filter((row) => !context.isNew(row.from) && !context.isNew(row.to)),
      )),
    );
  }
  return changes;
}

async function writeKnown(
  context: WriteContext,
  type: RelationshipType,
  rows: readonly { from: string; to: string; key: string; props: Props; sources: string[] }[],
): Promise<Change[]> {
  if (rows.length === 0) return [];
  const given = createdRelationshipRows(rows);
  const stored = await readStoredRelationships(
    context.tx,
    type,
    given.map((row) => ({ from: row.from, to: row.to, key: String(row.props.key) })),
  );
  const changes: Change[] = [];
  const writes: { from: string; to: string; props: Props }[] = [];
  for (const row of given) {
    const key = String(row.props.key);
    const before = stored.get(JSON.stringify([row.from, row.to, key]));
    const props = mergeRelationshipProps(before, row.props, context.update);
    const change = {
      ...changeOf(relationshipId(type, row.from, row.to, key), type, before, props),
      ends: { from: row.from, to: row.to, key },
    };
    changes.push(change);
    if (change.op !== 'unchanged') writes.push({ from: row.from, to: row.to, props });
  }
  await context.apply(cypher.mergeRelationships(type), writes);
  return changes;
}
