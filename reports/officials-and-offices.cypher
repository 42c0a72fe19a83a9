// name: officials-and-offices
// title: Officials and their offices over time
// question: Who held which office, in which government body or country, from when to when?
// param: person: string = null -- keep one person, such as person:peter-kyle (null: everyone)
// param: includeExecutives: boolean = false -- also list company leaders (LEADS)
// note: One row per office (HOLDS_OFFICE, and LEADS when asked). "since"/"until" are null where no
//   source gives them; "current" is true when no end date is known.

MATCH (p:Person)-[r:HOLDS_OFFICE|LEADS]->(body)
WHERE ($person IS NULL OR p.id = $person) AND ($includeExecutives OR type(r) = 'HOLDS_OFFICE')
RETURN p.id AS person,
       p.name AS personName,
       r.title AS title,
       body.id AS body,
       body.name AS bodyName,
       type(r) AS relation,
       r.since AS since,
       r.until AS until,
       r.until IS NULL AS current,
       r.note AS note,
       r.sources AS sources
ORDER BY person, coalesce(r.since, date('0001-01-01')), coalesce(r.until, date('9999-12-31')), body, title;
