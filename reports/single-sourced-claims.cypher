// name: single-sourced-claims
// title: Single-sourced claims (weakly supported facts)
// question: Which entities, relationships and status claims rest on one source only, and how reliable is it?
// param: kind: string = null -- keep one kind of claim: entity, relationship or status (null: all)
// param: reliability: string[] = null -- keep claims whose one source has one of these reliabilities (e.g. secondary,relay,mirror)
// param: limit: integer = 500 -- at most this many rows
// note: An entity counts its SOURCED_FROM links; a domain relationship its `sources` list; a status
//   claim (a status on a date for a claim) counts the sources that report that same status that day.

CALL () {
  MATCH (n:Entity)-[:SOURCED_FROM]->(s:Source)
  WHERE NOT n:Source
  WITH n, collect(s) AS sources
  WHERE size(sources) = 1
  RETURN 'entity' AS kind, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, n.id AS subject,
         null AS object, n.name AS claim, sources[0] AS source
  UNION ALL
  MATCH (a)-[r]->(b)
  WHERE NOT type(r) IN ['SOURCED_FROM', 'REPORTS_STATUS', 'REPORTS_FIGURE'] AND size(r.sources) = 1
  MATCH (s:Source {id: r.sources[0]})
  RETURN 'relationship' AS kind, type(r) AS type, a.id AS subject, b.id AS object,
         coalesce(r.title, r.role, r.relation, r.capacity, r.pillar, r.on, '') AS claim, s AS source
  UNION ALL
  MATCH (s:Source)-[r:REPORTS_STATUS]->(c)
  WITH c, r.status AS status, r.date AS date, collect(s) AS sources
  WHERE size(sources) = 1
  RETURN 'status' AS kind, status AS type, c.id AS subject, null AS object,
         status + ' on ' + toString(date) AS claim, sources[0] AS source
}
WITH kind, type, subject, object, claim, source
WHERE ($kind IS NULL OR kind = $kind) AND ($reliability IS NULL OR source.reliability IN $reliability)
RETURN kind, type, subject, object, claim,
       source.id AS source, source.publisher AS publisher, source.reliability AS reliability,
       source.publishedOn AS publishedOn
ORDER BY kind, type, subject, object, claim, source
LIMIT $limit;
