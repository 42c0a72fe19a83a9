import { FULLTEXT_INDEX } from '../neo4j/schema.ts';
import { badUserInput } from '../errors.ts';
import { toNeo4jInt } from '../neo4j/values.ts';
import type { Executor } from './executor.ts';
import { checkSize } from './pagination.ts';
import { projectNode } from './project.ts';
import type { NodeRecord } from './records.ts';
import { pageParams, WHOLE_NODE, type NodeWanted, type PageParams } from './wanted.ts';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every Lucene operator so user text is only ever words. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * The Lucene query for user text: its words (any of them matches), plus the whole text as a phrase,
 * boosted, so "Royaume-Uni" ranks the entity named exactly that above entities sharing one word.
 */
export function toLuceneQuery(text: string): string {
  // Lower case: Lucene's operators (AND, OR, NOT, TO) are upper case only; the analyzer folds case anyway.
  const plain = text.trim().toLowerCase();
  const words = plain.split(/\s+/).map(escapeLucene).join(' ');
  const phrase = plain.replace(/["\\]/g, (c) => `\\${c}`);
  return `(${words}) OR "${phrase}"^3`;
}

// Ranks and cuts before projecting: the projection (with its prefetched relationships) runs for the
// rows returned, not for every hit.
const searchCypher = (node: NodeWanted): string => `
CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query) YIELD node, score
WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
WITH node, score ORDER BY score DESC, node.name, node.id LIMIT $first
RETURN ${projectNode('node', node)} AS node, score`;

/** Folds case and accents, as the index's analyzer does: `États-Unis` → `etats-unis`. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** True when the text is the node's name or one of its aliases, folded. */
function isExactMatch(node: NodeRecord, folded: string): boolean {
  const names = [node.name, ...(Array.isArray(node.aliases) ? (node.aliases as unknown[]) : [])];
  return names.some((name) => typeof name === 'string' && foldText(name) === folded);
}

/** Extra candidates read past `first`, so an exact name or alias match outside Lucene's top hits still ranks first. */
const CANDIDATES = 50;

/** A search result. */
export interface SearchHitRecord {
  readonly score: number;
  readonly node: NodeRecord;
}

/**
 * Full-text search over names and aliases, best match first: entities whose name or an alias is the
 * text (folded) first, then by Lucene score. (Lucene alone would rank a long alias list below a
 * source whose title contains the words.) `node` is what is wanted of each hit (its id, name and
 * aliases are always read, to rank exact matches).
 */
export async function searchEntities(
  executor: Executor,
  args: { text: string; types?: readonly string[] | null; first: number },
  node: NodeWanted = WHOLE_NODE,
  pages: readonly PageParams[] = [],
): Promise<SearchHitRecord[]> {
  const { text, types, first } = args;
  if (text.trim() === '') throw badUserInput('text must not be empty.', [{ path: 'text', message: 'empty' }]);
  if (text.length > 200)
    throw badUserInput('text is too long (200 characters at most).', [{ path: 'text', message: 'too long' }]);
  const rows = await executor.read('search', searchCypher(withRankingProperties(node)), {
    query: toLuceneQuery(text),
    types: types && types.length > 0 ? types : null,
    first: toNeo4jInt(checkSize(first, 'first') + CANDIDATES),
    ...pageParams(pages),
  });
  const folded = foldText(text);
  const hits = rows.map((row, rank) => {
    const node = row.node as NodeRecord;
    return { score: Number(row.score), node, exact: isExactMatch(node, folded), rank };
  });
  hits.sort((a, b) => Number(b.exact) - Number(a.exact) || a.rank - b.rank);
  return hits.slice(0, first).map(({ score, node }) => ({ score, node }));
}

/** What search reads of every hit, to put exact name and alias matches first. */
const RANKING_PROPERTIES = ['id', 'name', 'aliases'];

function withRankingProperties(node: NodeWanted): NodeWanted {
  return {
    shapes: node.shapes.map((shape) =>
      shape.properties === 'all'
        ? shape
        : { ...shape, properties: [...new Set([...RANKING_PROPERTIES, ...shape.properties])] },
    ),
  };
}
