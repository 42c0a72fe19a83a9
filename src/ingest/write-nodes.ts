import { CLAIM_TYPES, FIGURE_TYPES, type EntityType } from '../domain/model.ts';
import { changeOf } from './change-set.ts';
import type { Change } from './dataset.ts';
import { DERIVED_PROPERTIES } from './derived.ts';
import { readStoredNodes, type StoredNode } from './existing.ts';
import { citationRows, nodeProps, nodeRows, type Props } from './rows.ts';
import * as cypher from './statements.ts';
import { mergeNodeProps } from './update-mode.ts';
import type { WriteContext } from './write-context.ts';

/** What the node writer leaves for the claim writer: each node's properties before and now. */
export interface NodeOutcome {
  readonly id: string;
  readonly label: EntityType;
  /** Undefined for a node this import creates. */
  readonly before: StoredNode | undefined;
  /** Its properties as written (derived ones as they were, until the claim writer recomputes them). */
  readonly props: Props;
  readonly sources: readonly string[];
}

const isClaim = (label: EntityType) => CLAIM_TYPES.includes(label) || FIGURE_TYPES.includes(label);

/**
 * Writes every entity record: CREATE for new ids (properties derived from the file alone), and for ids
 * the database holds, the stored properties merged with the file's by the update mode (one read per
 * label), written only when they change. Then the citations (SOURCED_FROM) that are new.
 */
export async function writeNodes(context: WriteContext): Promise<NodeOutcome[]> {
  const { apply, isNew, existing, update } = context;
  const outcomes: NodeOutcome[] = [];
  for (const [label, rows] of nodeRows(context.dataset)) {
    const fresh = rows.filter((row) => isNew(row.id));
    const known = rows.filter((row) => !isNew(row.id));
    const stored = await readStoredNodes(
      context.tx,
      label,
      known.filter((r) => existing.has(r.id)).map((r) => r.id),
    );
    const created = fresh.map((row) => ({ id: row.id, props: nodeProps(label, row.record, row.given) }));
    await apply(cypher.createNodes(label), created);
    fresh.forEach((row, i) =>
      outcomes.push({
        id: row.id,
        label,
        before: undefined,
        props: created[i]?.props ?? {},
        sources: row.record.sources ?? [],
      }),
    );
    const updates: { id: string; props: Props }[] = [];
    const merged: { id: string; props: Props; given: Props }[] = [];
    for (const row of known) {
      const before = stored.get(row.id);
      if (before === undefined) {
        const props = nodeProps(label, row.record, row.given);
        merged.push({ id: row.id, props, given: row.given });
        outcomes.push({ id: row.id, label, before, props, sources: row.record.sources ?? [] });
        continue;
      }
      const props = mergeNodeProps(before.props, row.given, update, isClaim(label) ? DERIVED_PROPERTIES : []);
      if (Object.keys(changeOf(row.id, label, before.props, props).fields).length > 0)
        updates.push({ id: row.id, props });
      outcomes.push({ id: row.id, label, before, props, sources: row.record.sources ?? [] });
    }
    await apply(cypher.mergeNodes(label), merged);
    await apply(cypher.UPDATE_NODES, updates);
  }
  await writeCitations(context, outcomes);
  return outcomes;
}

async function writeCitations(context: WriteContext, outcomes: readonly NodeOutcome[]): Promise<void> {
  const before = new Map(outcomes.map((o) => [o.id, new Set(o.before?.sources ?? [])]));
  const rows = citationRows(context.dataset);
  await context.apply(
    cypher.CREATE_CITATIONS,
    rows.filter((row) => context.isNew(row.id)),
  );
  const added = rows.filter((row) => !context.isNew(row.id) && before.get(row.id)?.has(row.source) !== true);
  await context.apply(cypher.MERGE_CITATIONS, added);
}

/** The change of one node, its citations shown as the field `sources`. */
export function nodeChange(outcome: NodeOutcome, derived: Props | undefined): Change {
  const after = { ...outcome.props, ...derived };
  for (const [key, value] of Object.entries(after)) if (value === null) delete after[key];
  const sources = [...(outcome.before?.sources ?? [])];
  for (const source of outcome.sources) if (!sources.includes(source)) sources.push(source);
  const before = outcome.before && { ...outcome.before.props, sources: outcome.before.sources };
  return changeOf(outcome.id, outcome.label, before, { ...after, sources });
}
