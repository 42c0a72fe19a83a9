import { FULLTEXT_INDEX, RELATIONSHIP_TYPES } from '../../src/index.ts';

/**
 * The floor: the one hand-written Cypher statement that answers each operation of the workload. The
 * raw server runs them as they are; the @neo4j/graphql server uses the last three as `@cypher` fields.
 */

const DOMAIN = RELATIONSHIP_TYPES.join('|');

/** The longest shortest path looked for (our API's default `maxHops`). */
export const PATH_MAX_HOPS = 6;
/** The neighbourhood's depth (fixed: Cypher cannot take it as a parameter). */
export const NEIGHBORHOOD_DEPTH = 2;

/** (a) An agreement (the generator's typical entity) with two levels of relationships and their sources. */
export const ENTITY_CYPHER = `
MATCH (a:Agreement {id: $id})
RETURN a {
  .id, .name, .kind, .status, signedOn: toString(a.signedOn),
  sources: COLLECT { MATCH (a)-[:SOURCED_FROM]->(s:Source) RETURN s {.id, .publisher} },
  parties: COLLECT {
    MATCH (a)<-[r:PARTY_TO]-(p)
    RETURN {role: r.role, sources: r.sources, node: p {.id, .name}}
  },
  signatories: COLLECT {
    MATCH (a)<-[r:SIGNED]-(p:Person)
    RETURN {capacity: r.capacity, date: toString(r.date), sources: r.sources, node: p {.id, .name,
      offices: COLLECT { MATCH (p)-[h:HOLDS_OFFICE]->(b) RETURN {title: h.title, sources: h.sources, node: b {.id, .name}} }
    }}
  },
  technologies: COLLECT {
    MATCH (a)-[r:COVERS]->(t:Technology)
    RETURN {pillar: r.pillar, sources: r.sources, node: t {.id, .name}}
  },
  signedAt: COLLECT {
    MATCH (a)-[r:SIGNED_AT]->(e:Event)
    RETURN {sources: r.sources, node: e {.id, .name, startDate: toString(e.startDate),
      countries: COLLECT { MATCH (e)-[h:HELD_IN]->(c:Country) RETURN {sources: h.sources, node: c {.id, .name}} }
    }}
  }
} AS entity`;

/** (b) A page of events in a date range, by start date then id, keyset after `$after` ({key, id} or null). */
export const EVENTS_PAGE_CYPHER = `
CALL () {
  MATCH (n:Event) WHERE n.startDate >= date($from) AND n.startDate <= date($to)
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:Event) WHERE n.startDate >= date($from) AND n.startDate <= date($to)
    AND ($after IS NULL OR n.startDate > date($after.key) OR (n.startDate = date($after.key) AND n.id > $after.id))
  WITH n ORDER BY n.startDate, n.id LIMIT $first
  RETURN collect(n {.id, .name, startDate: toString(n.startDate),
    participants: COLLECT { MATCH (n)<-[r:PARTICIPATED_IN]-(p) RETURN {role: r.role, sources: r.sources, node: p {.id, .name}} ORDER BY r.role, p.name, p.id LIMIT 100 }
  }) AS nodes
}
RETURN totalCount, nodes`;

/** (c) Full-text candidates, best first (the server moves exact name or alias matches to the top, as ours does). */
export const SEARCH_CYPHER = `
CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query) YIELD node, score
RETURN node.id AS id, node.name AS name, node.aliases AS aliases, score
ORDER BY score DESC, name, id
LIMIT $candidates`;

/** (d) One shortest path over domain relationships, as a map. */
export const SHORTEST_PATH_CYPHER = `
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = shortestPath((a)-[:${DOMAIN}*..${PATH_MAX_HOPS}]-(b))
RETURN {
  length: length(p),
  nodes: [n IN nodes(p) | n {.id, .name}],
  relationships: [i IN range(0, length(p) - 1) | {
    type: type(relationships(p)[i]),
    direction: CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i] THEN 'OUTGOING' ELSE 'INCOMING' END,
    sources: coalesce(relationships(p)[i].sources, [])
  }]
} AS path`;

/**
 * (f) The entities within two domain hops, nearest first and, within a ring, the best connected first
 * (degree: every relationship), and the relationships among them: ours, ring by ring, each ring cut by a bounded top-k, the
 * second read only when the first does not fill the page.
 */
export const NEIGHBORHOOD_CYPHER = `
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[:${DOMAIN}]-(m)
  WHERE m <> c
  WITH DISTINCT m
  WITH m, COUNT { (m)--() } AS degree
  ORDER BY degree DESC, m.name, m.id
  LIMIT $first
  RETURN collect({m: m, distance: 1}) AS ring1
}
CALL (c, ring1) {
  WITH c, ring1 AS seen
  WHERE size(seen) < $first
  UNWIND ring1 AS near
  WITH c, seen, near.m AS x
  MATCH (x)-[:${DOMAIN}]-(m)
  WHERE m <> c AND NOT m IN [n IN seen | n.m]
  WITH DISTINCT m
  WITH m, COUNT { (m)--() } AS degree
  ORDER BY degree DESC, m.name, m.id
  LIMIT $first
  RETURN collect({m: m, distance: 2}) AS ring2
}
CALL (ring1, ring2) {
  UNWIND (ring1 + ring2)[0..$first] AS near
  WITH near.m AS m, near.distance AS distance
  RETURN collect({node: m {.id, .name}, distance: distance}) AS nodes, collect(m) AS members
}
CALL (c, members) {
  WITH [c] + members AS all
  UNWIND all AS x
  MATCH (x)-[r:${DOMAIN}]->(y)
  WHERE y IN all
  WITH x, r, y ORDER BY elementId(r) LIMIT 10 * $first
  RETURN collect({type: type(r), from: x.id, to: y.id, sources: coalesce(r.sources, [])}) AS relationships
}
RETURN {center: c {.id, .name}, nodes: nodes, relationships: relationships} AS neighborhood`;

/** (g) A page of a country's event participations by event name and id, at an offset (ours: its cursor). */
export const CONNECTION_PAGE_CYPHER = `
MATCH (c:Country {id: $id})-[r:PARTICIPATED_IN]->(e:Event)
WITH r, e ORDER BY e.name, e.id SKIP $skip LIMIT $first
RETURN collect({role: r.role, sources: coalesce(r.sources, []), node: e {.id, .name}}) AS events`;
