import { MERGED_ID_LABEL } from '../domain/change-log.ts';
import { isRelationshipType } from '../domain/model.ts';
import type { Executor } from './executor.ts';
import { splitSources } from './graph.ts';
import { createVariableNames, projectNode } from './project.ts';
import type { NodeRecord, RelationshipRecord } from './records.ts';
import { pageParams, WHOLE_NODE, type NodeWanted, type PageParams } from './wanted.ts';

/** What is wanted of the nodes a statement returns, and the relationship pages below them. */
export interface NodesShape {
  readonly node: NodeWanted;
  readonly pages: readonly PageParams[];
}

const WHOLE: NodesShape = { node: WHOLE_NODE, pages: [] };

// An id merged into another entity (src/changes/merge.ts) answers with that entity, through its
// redirect: looked up only for an id no entity holds.
const nodesByIdCypher = (node: NodeWanted): string => `
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (found:Entity {id: $ids[i]})
OPTIONAL CALL (i, found) {
  WITH i WHERE found IS NULL
  MATCH (redirect:${MERGED_ID_LABEL} {id: $ids[i]})
  MATCH (moved:Entity {id: redirect.into})
  RETURN moved
}
WITH i, coalesce(found, moved) AS n
RETURN i, CASE WHEN n IS NULL THEN null ELSE ${projectNode('n', node)} END AS node
ORDER BY i`;

/** Entities by id, in the order asked; null for an id that names nothing. One statement. */
export async function findNodes(
  executor: Executor,
  ids: readonly string[],
  shape: NodesShape = WHOLE,
): Promise<(NodeRecord | null)[]> {
  if (ids.length === 0) return [];
  const rows = await executor.read('nodes', nodesByIdCypher(shape.node), {
    ids,
    ...pageParams(shape.pages),
  });
  return rows.map((row) => (row.node ?? null) as NodeRecord | null);
}

const relationshipCypher = (type: string, shape: NodesShape): string => {
  const names = createVariableNames();
  return `
MATCH (a:Entity {id: $from})-[r:${type}]->(b:Entity {id: $to})
WHERE $key IS NULL OR r.key = $key
RETURN ${projectNode('a', shape.node, names)} AS from, ${projectNode('b', shape.node, names)} AS to,
       properties(r) AS properties
LIMIT 1`;
};

/** One relationship by type, ends and key (as an upsert stored it), or null. */
export async function findRelationship(
  executor: Executor,
  args: { type: string; from: string; to: string; key: string | null },
  shape: NodesShape = WHOLE,
): Promise<RelationshipRecord | null> {
  // The type is checked against the model: only its constants reach the Cypher text.
  if (!isRelationshipType(args.type)) return null;
  const [row] = await executor.read('relationship', relationshipCypher(args.type, shape), {
    from: args.from,
    to: args.to,
    key: args.key,
    ...pageParams(shape.pages),
  });
  if (!row) return null;
  const { properties, sources } = splitSources(row.properties as Record<string, unknown>);
  return { type: args.type, from: row.from as NodeRecord, to: row.to as NodeRecord, properties, sources };
}
