import { ENTITY_LABEL, type EntityType, type RelationshipType } from '../domain/model.ts';

// Labels and relationship types below come only from the model's allow-list (src/domain/model.ts);
// every value is a parameter. What may already exist is read first (existing.ts) and written with the
// properties the import worked out; what cannot exist (its subject was created by this very
// transaction) is CREATEd, which skips the look-up and the lock.

export const EXISTING_IDS = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> '${ENTITY_LABEL}'][0] AS label`;

/** Ids the database did not hold: the id constraint still guards against a concurrent import. */
export const createNodes = (label: EntityType) => `
UNWIND $rows AS row
CREATE (n:${ENTITY_LABEL}:${label})
SET n = row.props`;

/** Nodes read before: their properties as the import merged them. */
export const UPDATE_NODES = `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL} {id: row.id})
SET n = row.props`;

/**
 * Ids not found when read, in a rerun after a concurrent import created some of them: created here,
 * or, if the other import got there first, given this record's fields on top of its.
 */
export const mergeNodes = (label: EntityType) => `
UNWIND $rows AS row
MERGE (n:${ENTITY_LABEL} {id: row.id})
WITH n, row, size(keys(n)) = 1 AS fresh
SET n:${label}
FOREACH (_ IN CASE WHEN fresh THEN [1] ELSE [] END | SET n = row.props)
FOREACH (_ IN CASE WHEN fresh THEN [] ELSE [1] END | SET n += row.given)`;

/** Derived properties (status, preferred figure, disputed); a null removes one. */
export const SET_DERIVED = `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL} {id: row.id})
SET n += row.props`;

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

/** `REPORTS_STATUS` or `REPORTS_FIGURE` of a claim created by this import. */
export const createReports = (type: 'REPORTS_STATUS' | 'REPORTS_FIGURE') => `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL} {id: row.subject})
MATCH (s:Source {id: row.source})
CREATE (s)-[r:${type}]->(n)
SET r = row.props`;

/** A status report or figure told apart by `key` from the others of its source and claim. */
export const mergeReports = (type: 'REPORTS_STATUS' | 'REPORTS_FIGURE') => `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL} {id: row.subject})
MATCH (s:Source {id: row.source})
MERGE (s)-[r:${type} {key: row.key}]->(n)
SET r = row.props`;

/**
 * Relationships between nodes that existed: `row.props` is what the import worked out from the stored
 * ones; the sources a concurrent import added meanwhile are kept too (sources only accumulate).
 */
export const mergeRelationships = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})
MATCH (b:${ENTITY_LABEL} {id: row.to})
WITH a, b, row.props AS props
MERGE (a)-[r:${type} {key: props.key}]->(b)
WITH r, props, coalesce(r.sources, []) AS known
SET r = props {.*, sources: props.sources + [s IN known WHERE NOT s IN props.sources]}`;

/** `row.props` already holds the sources (see fresh-rows.ts). */
export const createRelationships = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})
MATCH (b:${ENTITY_LABEL} {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.props`;
