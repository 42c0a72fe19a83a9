// name: events-programme
// title: Events day by day, with where they were held and who took part
// question: What happened when and where during the state visit and around the deal, and who was there?
// param: from: date = null -- keep events starting on or after this day (null: no lower bound)
// param: to: date = null -- keep events starting on or before this day (null: no upper bound)
// param: kind: string = null -- keep one kind: state_visit, signing, banquet, meeting, announcement... (null: all)
// note: "partOf" is the larger event (PART_OF); "place" the venue (HELD_AT) or, failing one, the
//   country (HELD_IN). "participants" are "name (role)", sorted by id.

MATCH (e:Event)
WHERE ($from IS NULL OR e.startDate >= $from) AND ($to IS NULL OR e.startDate <= $to)
  AND ($kind IS NULL OR e.kind = $kind)
OPTIONAL MATCH (e)-[:PART_OF]->(parent:Event)
CALL (e) {
  OPTIONAL MATCH (e)-[:HELD_AT]->(p:Place)
  OPTIONAL MATCH (e)-[:HELD_IN]->(c:Country)
  WITH p, c ORDER BY p.id, c.id
  RETURN collect(DISTINCT coalesce(p.name, c.name)) AS places
}
CALL (e) {
  OPTIONAL MATCH (who)-[r:PARTICIPATED_IN]->(e)
  WITH who, r ORDER BY who.id
  RETURN collect(who.name + CASE WHEN r.role IS NULL THEN '' ELSE ' (' + r.role + ')' END) AS participants
}
RETURN e.startDate AS date,
       e.endDate AS endDate,
       e.id AS event,
       e.name AS eventName,
       e.kind AS kind,
       e.status AS status,
       parent.id AS partOf,
       places,
       size(participants) AS participantCount,
       participants
ORDER BY date, event;
