// name: most-connected
// title: The most connected entities (degree, without provenance links)
// question: Which entities sit at the centre of the graph, counting their domain relationships only?
// param: label: string = null -- keep one label: Country, Person, Organization, Event, Agreement, Investment, Technology, Place (null: all)
// param: limit: integer = 20 -- at most this many rows
// note: Degree counts relationships in both directions, leaving out SOURCED_FROM, REPORTS_STATUS and
//   REPORTS_FIGURE (and so every Source). "neighbours" counts distinct entities at the other end.

MATCH (n:Entity)
WHERE NOT n:Source AND ($label IS NULL OR $label IN labels(n))
CALL (n) {
  MATCH (n)-[r]-(other)
  WHERE NOT type(r) IN ['SOURCED_FROM', 'REPORTS_STATUS', 'REPORTS_FIGURE']
  RETURN count(r) AS degree,
         count(CASE WHEN startNode(r) = n THEN 1 END) AS outgoing,
         count(DISTINCT other) AS neighbours
}
WITH n, degree, outgoing, neighbours
WHERE degree > 0
RETURN n.id AS entity,
       n.name AS name,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       degree,
       outgoing,
       degree - outgoing AS incoming,
       neighbours
ORDER BY degree DESC, entity
LIMIT $limit;
