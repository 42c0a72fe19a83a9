import type { ManagedTransaction } from 'neo4j-driver';
import { MERGED_ID_LABEL } from '../domain/change-log.ts';
import { coreTokens, type DuplicateSubject, namesOf, scorePair } from '../domain/duplicates.ts';
import { escapeLucene } from '../cypher/search.ts';
import { FULLTEXT_INDEX } from '../neo4j/schema.ts';
import type { Dataset, ImportWarning } from './dataset.ts';
import { listRecords } from './validate.ts';

/**
 * What an import lets through but reports: records that look like an entity the database already holds
 * under another id (found with the full-text index, scored as `possibleDuplicates` scores), and records
 * whose id was merged into another entity (the import makes it an entity again). Read in the import's
 * transaction, before it writes; never a reason to refuse.
 */

/** New records checked one by one at most: a large first load is checked with `tdg duplicates` after. */
export const MAX_CHECKED_RECORDS = 500;
/** The score from which a likeness is worth a warning. */
const WARN_FROM = 0.8;

const CANDIDATES = `
UNWIND $rows AS row
CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', row.query, {limit: 10}) YIELD node
WHERE row.label IN labels(node) AND node.id <> row.id AND NOT node.id IN $fileIds
RETURN row.id AS id, node {.id, .name, .aliases, .iso2, .iso3, .website, .url, label: row.label} AS candidate`;

const MERGED = `
UNWIND $ids AS id
MATCH (m:${MERGED_ID_LABEL} {id: id})
RETURN m.id AS id, m.into AS into, m.change AS change`;

/** The full-text query of a record: the core words of its names, any of them. */
function queryOf(subject: DuplicateSubject): string {
  const words = [...new Set(namesOf(subject).flatMap(coreTokens))].slice(0, 50);
  return words.map(escapeLucene).join(' ');
}

/** The warnings of an import (see the module comment). `isNew` tells the records the database lacks. */
export async function findImportWarnings(
  tx: ManagedTransaction,
  dataset: Dataset,
  isNew: (id: string) => boolean,
): Promise<ImportWarning[]> {
  const records = listRecords(dataset);
  const ids = records.map(({ record }) => record.id);
  const warnings: ImportWarning[] = [];
  for (const row of (await tx.run(MERGED, { ids })).records) {
    const [id, into] = [String(row.get('id')), String(row.get('into'))];
    warnings.push({
      id,
      kind: 'merged_id',
      existing: into,
      message: `${id} was merged into ${into} (${String(row.get('change'))}); this import makes it an entity again: use ${into}?`,
    });
  }
  const subjects = records
    .filter(({ label, record }) => label !== 'Source' && isNew(record.id))
    .map(({ label, record }): DuplicateSubject => ({ ...record, label, name: record.name, id: record.id }));
  if (subjects.length === 0 || subjects.length > MAX_CHECKED_RECORDS) return warnings;
  const rows = subjects
    .map((s) => ({ id: s.id, label: s.label, query: queryOf(s) }))
    .filter((r) => r.query !== '');
  const found = (await tx.run(CANDIDATES, { rows, fileIds: ids })).records;
  const byId = new Map(subjects.map((s) => [s.id, s]));
  for (const row of found) {
    const subject = byId.get(String(row.get('id')));
    const candidate = row.get('candidate') as DuplicateSubject;
    const pair = subject && scorePair(subject, candidate);
    if (!subject || !pair || pair.score < WARN_FROM) continue;
    warnings.push({
      id: subject.id,
      kind: 'possible_duplicate',
      existing: candidate.id,
      score: pair.score,
      reasons: pair.reasons.map((r) => r.detail),
      message: `${subject.id} ("${subject.name}") may be ${candidate.id} ("${candidate.name}"), score ${pair.score}: ${pair.reasons.map((r) => r.detail).join('; ')}`,
    });
  }
  return warnings;
}
