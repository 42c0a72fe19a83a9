import { findDuplicatePairs, type DuplicatePair, type DuplicateSubject } from '../domain/duplicates.ts';
import { ENTITY_TYPES, type EntityType } from '../domain/model.ts';
import type { TransactionRunner } from './executor.ts';
import { checkSize } from './pagination.ts';

/**
 * Candidate duplicates over the whole graph: one statement reads what the scoring needs of every entity
 * of the types asked (names, aliases, codes, website), and src/domain/duplicates.ts blocks them by name
 * keys and scores the pairs within blocks. Sources are left out unless asked for (their names are
 * titles: two reports of one event read alike without being one).
 */

/** The types scanned when none are given: every entity type but Source. */
export const DEFAULT_DUPLICATE_TYPES: readonly EntityType[] = ENTITY_TYPES.filter((t) => t !== 'Source');

/** Labels come from the model's list only. */
export const duplicateSubjectsCypher = (types: readonly EntityType[]): string => `
MATCH (n:Entity) WHERE ${types.map((t) => `n:${t}`).join(' OR ')}
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS name, n.aliases AS aliases,
       n.iso2 AS iso2, n.iso3 AS iso3, n.website AS website, n.url AS url,
       COLLECT { MATCH (n)-[:HEADQUARTERED_IN|LOCATED_IN|HELD_IN|TARGETS]->(c:Country) RETURN DISTINCT c.id } AS countries`;

/** What a search for duplicates found, and how much work it was. */
export interface DuplicateSearch {
  readonly pairs: DuplicatePair[];
  /** Entities read. */
  readonly scanned: number;
  /** Pairs scored (within blocks). */
  readonly compared: number;
}

/** The likely duplicate pairs among the entities of `types`, best first (see the module comment). */
export async function findPossibleDuplicates(
  executor: TransactionRunner,
  args: { types?: readonly EntityType[] | null; first: number; minScore?: number | null },
): Promise<DuplicateSearch> {
  const first = checkSize(args.first, 'first', 1000);
  const types = args.types && args.types.length > 0 ? args.types : DEFAULT_DUPLICATE_TYPES;
  const known = types.filter((t) => (ENTITY_TYPES as readonly string[]).includes(t));
  const rows = await executor.read('possibleDuplicates', duplicateSubjectsCypher(known));
  const subjects = rows.map((row) => row as unknown as DuplicateSubject);
  const { pairs, compared } = findDuplicatePairs(subjects, { minScore: args.minScore ?? 0.7, first });
  return { pairs, scanned: subjects.length, compared };
}
