// name: pledges
// title: Every pledge, with its preferred figures, where it sits among the others, and how well it is supported
// question: For each pledge, who puts what where, how much (its preferred figures, with their bounds), what else do sources say, what is it part of, and on how many sources does the figure rest?
// param: unit: string = null -- keep pledges with a preferred figure in this currency, unit or dimension (null: all)
// param: currency: string = null -- the same as unit (its name in earlier versions of this report)
// param: status: string = null -- keep pledges with this current status, such as announced or reported (null: all)
// note: "unit", "amount" and "bound" are the figure the pledge itself shows (the preferred money figure,
//   else its first preferred figure); "preferred" lists every preferred figure as "GBP 500000000
//   (up_to) over 2025..2028 «wording»"; "otherFigures" the other values with their source. "includedIn" is
//   the larger pledge it is part of (INCLUDED_IN), "parts" the pledges it is broken down into, "madeUnder"
//   the agreement it falls under; "joint" is true for a pledge of two or more investors (split unknown).
//   "disputed" is true when sources disagree on a figure (docs/data-model.md, "Disputed"), in the units of
//   "disputedUnits". "figureSources" counts the sources behind the shown figure.

MATCH (i:Investment)
WHERE ($status IS NULL OR i.status = $status)
  AND (coalesce($unit, $currency) IS NULL OR EXISTS {
    MATCH (:Source)-[f:REPORTS_FIGURE]->(i)
    WHERE f.preferred AND coalesce($unit, $currency) IN [f.unit, f.baseUnit, f.dimension, f.quantity, f.currency]
  })
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
  OPTIONAL MATCH (part:Investment)-[:INCLUDED_IN]->(i)
  WITH part ORDER BY part.id
  RETURN collect(part.id) AS parts
}
CALL (i) {
  OPTIONAL MATCH (s:Source)-[f:REPORTS_FIGURE]->(i)
  WITH s, f,
       coalesce(f.unit, f.currency) + ' ' + CASE WHEN f.amount = toInteger(f.amount) THEN toString(toInteger(f.amount)) ELSE toString(f.amount) END
       + CASE WHEN f.amountMax IS NULL THEN '' ELSE '–' + toString(toInteger(f.amountMax)) END
       + CASE WHEN coalesce(f.bound, 'exact') = 'exact' THEN '' ELSE ' (' + f.bound + ')' END
       + CASE WHEN f.item IS NULL THEN '' ELSE ' of ' + f.item END
       + CASE WHEN f.periodFrom IS NULL AND f.periodTo IS NULL THEN '' ELSE ' over ' + coalesce(f.periodFrom, '') + '..' + coalesce(f.periodTo, '') END
       + CASE WHEN f.periodYears IS NULL THEN '' ELSE ' over ' + toString(toInteger(f.periodYears)) + ' years' END
       + CASE WHEN f.wording IS NULL THEN '' ELSE ' «' + f.wording + '»' END AS text
  ORDER BY CASE coalesce(f.dimension, 'money') WHEN 'money' THEN 0 ELSE 1 END, coalesce(f.unit, f.currency), f.amount, s.id
  RETURN [x IN collect(DISTINCT CASE WHEN f.preferred THEN text END) WHERE x IS NOT NULL] AS preferred,
         count(DISTINCT CASE WHEN f.preferred AND f.amount = i.amount AND coalesce(f.unit, f.currency) = i.unit THEN s END) AS figureSources,
         [x IN collect(CASE WHEN NOT coalesce(f.preferred, false) THEN text + ' (' + s.id + ')' END) WHERE x IS NOT NULL] AS otherFigures
}
RETURN i.id AS investment,
       i.name AS name,
       investors,
       size(investors) > 1 AS joint,
       targets,
       coalesce(i.unit, i.currency) AS unit,
       i.amount AS amount,
       coalesce(i.bound, CASE WHEN i.amount IS NULL THEN null ELSE 'exact' END) AS bound,
       preferred,
       i.status AS status,
       figureSources,
       coalesce(i.disputed, false) AS disputed,
       coalesce(i.disputedUnits, []) AS disputedUnits,
       otherFigures,
       [(i)-[:INCLUDED_IN]->(parent:Investment) | parent.id][0] AS includedIn,
       parts,
       [(i)-[:MADE_UNDER]->(a:Agreement) | a.id] AS madeUnder
ORDER BY unit, amount DESC, investment;
