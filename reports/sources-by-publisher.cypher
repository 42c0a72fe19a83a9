// name: sources-by-publisher
// title: Sources by publisher and date, and what each supports
// question: Which outlets reported on the deal, when, how reliable are they, and which facts rest on each?
// param: publisher: string = null -- keep one publisher, such as Reuters relayed by News.Az: give "News.Az" (null: all)
// param: from: date = null -- keep sources published on or after this day (null: no lower bound)
// param: to: date = null -- keep sources published on or before this day (null: no upper bound)
// note: "entities" counts the nodes that cite the source (SOURCED_FROM); "relationships" the domain
//   relationships whose `sources` list names it; "statusReports" and "figures" its REPORTS_STATUS and
//   REPORTS_FIGURE claims. "supports" lists the entities it supports, by id. Undated sources sort last.

MATCH (s:Source)
WHERE ($publisher IS NULL OR s.publisher = $publisher)
  AND ($from IS NULL OR s.publishedOn >= $from)
  AND ($to IS NULL OR s.publishedOn <= $to)
CALL (s) {
  OPTIONAL MATCH (n)-[:SOURCED_FROM]->(s)
  WITH n ORDER BY n.id
  RETURN collect(n.id) AS supports
}
RETURN s.publisher AS publisher,
       s.publishedOn AS publishedOn,
       s.datePrecision AS datePrecision,
       s.id AS source,
       s.via AS via,
       s.reliability AS reliability,
       s.language AS language,
       size(supports) AS entities,
       COUNT { MATCH ()-[r]->() WHERE s.id IN r.sources } AS relationships,
       COUNT { (s)-[:REPORTS_STATUS]->() } AS statusReports,
       COUNT { (s)-[:REPORTS_FIGURE]->() } AS figures,
       s.title AS title,
       s.url AS url,
       supports
ORDER BY publisher, publishedOn, source;
