import { ENTITY_LABEL, type EntityType, type RelationshipType } from '../domain/model.ts';

// Labels and relationship types below come only from the model's allow-list (src/domain/model.ts);
// every value is a parameter. Two forms of each write: MERGE for what may already exist, and CREATE for
// what cannot (its subject was created by this very transaction), which skips the look-up and the lock.

export const EXISTING_IDS = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> '${ENTITY_LABEL}'][0] AS label`;

/** MERGE by id; SET only when the properties differ, so a repeated import changes nothing. */
export const mergeNodes = (label: EntityType) => `
UNWIND $rows AS row
MERGE (n:${ENTITY_LABEL} {id: row.id})
WITH n, row, properties(n) <> row.props AS changed, size(keys(n)) = 1 AS fresh
SET n:${label}
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET n = row.props)
RETURN count(CASE WHEN changed AND NOT fresh THEN 1 END) AS updated`;

/** Ids the database did not hold: the id constraint still guards against a concurrent import. */
export const createNodes = (label: EntityType) => `
UNWIND $rows AS row
CREATE (n:${ENTITY_LABEL}:${label})
SET n = row.props`;

export const MERGE_CITATIONS = `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL} {id: row.id})
MATCH (s:Source {id: row.source})
MERGE (n)-[:SOURCED_FROM]->(s)`;

export const CREATE_CITATIONS = `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL} {id: row.id})
MATCH (s:Source {id: row.source})
CREATE (n)-[:SOURCED_FROM]->(s)`;

export const MERGE_STATUSES = `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL} {id: row.subject})
MATCH (s:Source {id: row.source})
MERGE (s)-[r:REPORTS_STATUS {status: row.status, date: row.date}]->(n)
WITH r, row, properties(r) <> row.props AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET r = row.props)
RETURN count(CASE WHEN changed THEN 1 END) AS changed`;

export const CREATE_STATUSES = `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL} {id: row.subject})
MATCH (s:Source {id: row.source})
CREATE (s)-[r:REPORTS_STATUS]->(n)
SET r = row.props`;

export const MERGE_FIGURES = `
UNWIND $rows AS row
MATCH (n:Investment {id: row.subject})
MATCH (s:Source {id: row.source})
MERGE (s)-[r:REPORTS_FIGURE {key: row.key}]->(n)
WITH r, row, properties(r) <> row.props AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET r = row.props)
RETURN count(CASE WHEN changed THEN 1 END) AS changed`;

export const CREATE_FIGURES = `
UNWIND $rows AS row
MATCH (n:Investment {id: row.subject})
MATCH (s:Source {id: row.source})
CREATE (s)-[r:REPORTS_FIGURE]->(n)
SET r = row.props`;

/** Sources accumulate: a relationship cited by two datasets keeps both. */
export const mergeRelationships = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})
MATCH (b:${ENTITY_LABEL} {id: row.to})
MERGE (a)-[r:${type} {key: row.key}]->(b)
WITH r, row, row.props AS props, coalesce(r.sources, []) AS known
WITH r, props {.*, sources: known + [s IN row.sources WHERE NOT s IN known]} AS next
WITH r, next, properties(r) <> next AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET r = next)
RETURN count(CASE WHEN changed THEN 1 END) AS changed`;

/** `row.props` already holds the sources (see fresh-rows.ts). */
export const createRelationships = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})
MATCH (b:${ENTITY_LABEL} {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.props`;
