// name: co-participation
// title: Co-participation: who appeared at the same events
// question: Which people, organisations and countries appeared together at events, and at which ones?
// param: entity: string = null -- keep pairs involving this id, such as person:donald-trump (null: all pairs)
// param: minShared: integer = 1 -- keep pairs that shared at least this many events
// param: limit: integer = 200 -- at most this many rows
// note: Participation is PARTICIPATED_IN; an event's sub-events (PART_OF) are separate events here.
//   Each pair appears once, the smaller id first, unless `entity` is given, when it comes first.

MATCH (a)-[ra:PARTICIPATED_IN]->(e:Event)<-[rb:PARTICIPATED_IN]-(b)
WHERE CASE WHEN $entity IS NULL THEN a.id < b.id ELSE a.id = $entity END
WITH a, b, e, ra.role AS roleA, rb.role AS roleB
ORDER BY e.startDate, e.id
WITH a, b, collect(e.id) AS events, collect(e.startDate) AS dates,
     collect(roleA + ' / ' + roleB) AS roles
WHERE size(events) >= $minShared
RETURN a.id AS entity,
       a.name AS entityName,
       b.id AS partner,
       b.name AS partnerName,
       size(events) AS sharedEvents,
       dates[0] AS firstTogether,
       events,
       roles
ORDER BY sharedEvents DESC, entity, partner
LIMIT $limit;
