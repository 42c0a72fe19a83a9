// name: claim-status-history
// title: Status history of claims (agreements, investments, events)
// question: How did each claim move from reported to announced, signed, confirmed or paused, and on whose word?
// param: claim: string = null -- one claim id, such as investment:openai-stargate-uk (null: every claim)
// param: status: string = null -- keep one status: reported, announced, signed, confirmed, completed, paused, resumed, cancelled, disputed (null: all)
// param: limit: integer = 500 -- at most this many rows
// note: One row per status report (a source saying the claim had a status on a date). "currentStatus"
//   is the claim's status now: that of its latest report.

MATCH (s:Source)-[r:REPORTS_STATUS]->(c:Entity)
WHERE ($claim IS NULL OR c.id = $claim) AND ($status IS NULL OR r.status = $status)
RETURN c.id AS claim,
       c.name AS claimName,
       [l IN labels(c) WHERE l <> 'Entity'][0] AS label,
       c.status AS currentStatus,
       r.date AS date,
       r.status AS status,
       r.attributedTo AS attributedTo,
       s.id AS source,
       s.publisher AS publisher,
       s.reliability AS reliability,
       r.note AS note
ORDER BY claim, date, status, source
LIMIT $limit;
