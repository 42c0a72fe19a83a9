import { badUserInput } from '../errors.ts';
import { toNeo4jInt } from '../neo4j/values.ts';
import type { Executor } from './executor.ts';
import { DOMAIN_TYPES } from './graph.ts';
import { checkSize } from './pagination.ts';
import { createVariableNames, projectNode } from './project.ts';
import type { NodeRecord } from './records.ts';
import { pageParams, WHOLE_NODE, type NodeWanted, type PageParams } from './wanted.ts';

/** One entry of a timeline. */
export interface TimelineRecord {
  readonly date: string;
  readonly kind: 'EVENT' | 'STATUS_CHANGE';
  readonly title: string;
  readonly event: NodeRecord | null;
  readonly claim: NodeRecord | null;
  readonly status: string | null;
  readonly note: string | null;
  readonly attributedTo: string | null;
  readonly source: NodeRecord | null;
}

/**
 * Events (by start date) and status reports (by report date) in date order, events first on a day.
 * Scoped to an entity, the timeline holds the entity and what is one domain relationship away from it.
 */
/** What a timeline reads of its events, claims and sources, and the relationship pages below them. */
export interface TimelineShape {
  readonly event: NodeWanted;
  readonly claim: NodeWanted;
  readonly source: NodeWanted;
  readonly pages: readonly PageParams[];
}

const WHOLE: TimelineShape = { event: WHOLE_NODE, claim: WHOLE_NODE, source: WHOLE_NODE, pages: [] };

const timelineCypher = (shape: TimelineShape, names = createVariableNames()): string => `
CALL () {
  OPTIONAL MATCH (x:Entity {id: $id})
  WHERE $agreementOnly = false OR x:Agreement
  OPTIONAL MATCH (x)-[:${DOMAIN_TYPES}]-(y)
  RETURN collect(DISTINCT y.id) + collect(DISTINCT x.id) AS scope
}
CALL (scope) {
  MATCH (e:Event)
  WHERE e.startDate IS NOT NULL AND ($id IS NULL OR e.id IN scope)
    AND ($knownAsOf IS NULL OR EXISTS {
      (e)-[:SOURCED_FROM]->(known:Source) WHERE coalesce(known.publishedOn, e.startDate) <= date($knownAsOf) })
    AND ($from IS NULL OR e.startDate >= date($from)) AND ($to IS NULL OR e.startDate <= date($to))
  RETURN e.startDate AS date, 'EVENT' AS kind, e.name AS title, ${projectNode('e', shape.event, names)} AS event,
         null AS claim, null AS report, null AS source
  UNION ALL
  MATCH (s:Source)-[r:REPORTS_STATUS]->(c)
  WHERE r.date IS NOT NULL AND ($id IS NULL OR c.id IN scope)
    AND ($knownAsOf IS NULL OR coalesce(s.publishedOn, r.date) <= date($knownAsOf))
    AND ($from IS NULL OR r.date >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  RETURN r.date AS date, 'STATUS_CHANGE' AS kind, c.name + ': ' + r.status AS title, null AS event,
         ${projectNode('c', shape.claim, names)} AS claim, properties(r) AS report, ${projectNode('s', shape.source, names)} AS source
}
RETURN date, kind, title, event, claim, report, source
ORDER BY date, kind, title, source.id
LIMIT $first`;

export interface TimelineArgs {
  readonly entityId?: string | null;
  readonly agreementId?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
  /** Only what sources published by that day said. */
  readonly knownAsOf?: string | null;
  readonly first: number;
}

/** The timeline of the whole graph, one entity or one agreement. */
export async function findTimeline(
  executor: Executor,
  args: TimelineArgs,
  shape: TimelineShape = WHOLE,
): Promise<TimelineRecord[]> {
  if (args.entityId && args.agreementId) {
    throw badUserInput('Pass entityId or agreementId, not both.', [
      { path: 'agreementId', message: 'not with entityId' },
    ]);
  }
  const rows = await executor.read('timeline', timelineCypher(shape), {
    ...pageParams(shape.pages),
    id: args.agreementId ?? args.entityId ?? null,
    agreementOnly: Boolean(args.agreementId),
    from: args.from ?? null,
    to: args.to ?? null,
    knownAsOf: args.knownAsOf ?? null,
    first: toNeo4jInt(checkSize(args.first, 'first')),
  });
  return rows.map((row) => {
    const report = (row.report ?? {}) as Record<string, unknown>;
    const text = (key: string): string | null => {
      const value = report[key];
      return typeof value === 'string' ? value : null;
    };
    return {
      date: row.date as string,
      kind: row.kind as TimelineRecord['kind'],
      title: row.title as string,
      event: (row.event ?? null) as NodeRecord | null,
      claim: (row.claim ?? null) as NodeRecord | null,
      status: text('status'),
      note: text('note'),
      attributedTo: text('attributedTo'),
      source: (row.source ?? null) as NodeRecord | null,
    };
  });
}
