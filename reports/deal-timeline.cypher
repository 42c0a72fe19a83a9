// name: deal-timeline
// title: Timeline of an agreement, from first report to latest status
// question: What happened to the UK–US Technology Prosperity Deal, day by day, from the first report to the pause, and who said so?
// param: agreement: string = 'agreement:uk-us-technology-prosperity-deal-2025' -- the agreement id
// param: includeRelated: boolean = false -- also the status reports of agreements RELATED_TO it
// note: One row per dated fact: each status report (one per source), each signature, and the events
//   where the agreement was announced or signed. Later reports never overwrite earlier ones.

MATCH (deal:Agreement {id: $agreement})
CALL (deal) {
  MATCH (s:Source)-[r:REPORTS_STATUS]->(deal)
  RETURN r.date AS date, 'status' AS entry, r.status AS what, deal.id AS subject,
         r.note AS note, r.attributedTo AS attributedTo, [s.id] AS sources
  UNION ALL
  MATCH (deal)-[:RELATED_TO]-(other:Agreement)<-[r:REPORTS_STATUS]-(s:Source)
  WHERE $includeRelated
  RETURN r.date AS date, 'related status' AS entry, r.status AS what, other.id AS subject,
         r.note AS note, r.attributedTo AS attributedTo, [s.id] AS sources
  UNION ALL
  MATCH (p:Person)-[r:SIGNED]->(deal)
  RETURN coalesce(r.date, deal.signedOn) AS date, 'signature' AS entry, 'signed by ' + p.name AS what,
         p.id AS subject, r.capacity AS note, null AS attributedTo, r.sources AS sources
  UNION ALL
  MATCH (deal)-[r:ANNOUNCED_AT|SIGNED_AT]->(e:Event)
  RETURN e.startDate AS date, 'event' AS entry,
         CASE type(r) WHEN 'SIGNED_AT' THEN 'signed at ' ELSE 'announced at ' END + e.name AS what,
         e.id AS subject, null AS note, null AS attributedTo, r.sources AS sources
}
RETURN date, entry, what, subject, attributedTo, note, sources
ORDER BY date,
         CASE entry WHEN 'event' THEN 0 WHEN 'signature' THEN 1 WHEN 'status' THEN 2 ELSE 3 END,
         subject, what, sources[0];
