// name: pledges
// title: Every pledge, with its preferred figure and how well it is supported
// question: For each pledge, who puts money where, how much (the preferred figure), what else do sources say, and on how many sources does the figure rest?
// param: currency: string = null -- keep pledges whose preferred figure is in this ISO 4217 currency (null: all)
// param: status: string = null -- keep pledges with this current status, such as announced or reported (null: all)
// note: "figureSources" counts the sources that give the preferred figure; "otherFigures" lists every
//   other value as "CUR amount (source)"; "disputed" is true when two figures in one currency differ.

MATCH (i:Investment)
WHERE ($currency IS NULL OR i.currency = $currency) AND ($status IS NULL OR i.status = $status)
CALL (i) {
  OPTIONAL MATCH (investor)-[:PLEDGED]->(i)
  WITH investor ORDER BY investor.id
  RETURN collect(investor.id) AS investors
}
CALL (i) {
  OPTIONAL MATCH (i)-[:TARGETS|INVESTS_IN]->(target)
  WITH target ORDER BY target.id
  RETURN collect(target.id) AS targets
}
CALL (i) {
  OPTIONAL MATCH (s:Source)-[f:REPORTS_FIGURE]->(i)
  WITH s, f ORDER BY f.currency, f.amount, s.id
  RETURN count(DISTINCT CASE WHEN f.preferred THEN s END) AS figureSources,
         [x IN collect(CASE WHEN NOT coalesce(f.preferred, false)
                            THEN f.currency + ' ' + toString(toInteger(f.amount)) + ' (' + s.id + ')' END)
          WHERE x IS NOT NULL] AS otherFigures
}
RETURN i.id AS investment,
       i.name AS name,
       investors,
       targets,
       i.currency AS currency,
       i.amount AS amount,
       i.qualifier AS qualifier,
       i.status AS status,
       figureSources,
       EXISTS {
         MATCH (:Source)-[a:REPORTS_FIGURE]->(i)<-[b:REPORTS_FIGURE]-(:Source)
         WHERE a.currency = b.currency AND a.amount <> b.amount
       } AS disputed,
       otherFigures
ORDER BY currency, amount DESC, investment;
