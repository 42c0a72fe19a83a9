// name: pledges-by-investor
// title: Pledges by investor, with totals per currency
// question: Who pledged how much, in which currency, and how sure is each figure?
// param: currency: string = null -- ISO 4217 code to keep only one currency (null: all)
// param: limit: integer = 50 -- at most this many rows
// note: Totals add up each investment's preferred figure (Investment.amount/currency), aggregates
//   (totals that sum other pledges) left out so nothing is counted twice. A pledge
//   without any figure is counted under currency null. "disputed" counts pledges whose sources give
//   two different amounts in the same currency; "weakestSourceCount" is the fewest sources behind any figure.

MATCH (investor)-[:PLEDGED]->(i:Investment)
WHERE ($currency IS NULL OR i.currency = $currency)
  AND NOT coalesce(i.aggregate, false)
WITH investor, i,
     COUNT { MATCH (:Source)-[f1:REPORTS_FIGURE]->(i)<-[f2:REPORTS_FIGURE]-(:Source)
             WHERE f1.currency = f2.currency AND f1.amount <> f2.amount } > 0 AS disputed,
     COUNT { MATCH (s:Source)-[f:REPORTS_FIGURE]->(i) WHERE f.currency = i.currency AND f.amount = i.amount
             RETURN DISTINCT s } AS figureSources
WITH investor, i.currency AS currency, i, disputed, figureSources
ORDER BY i.id
WITH investor, currency,
     collect(i.id) AS investments,
     sum(i.amount) AS total,
     count(i) AS pledges,
     sum(CASE WHEN disputed THEN 1 ELSE 0 END) AS disputed,
     min(CASE WHEN currency IS NULL THEN null ELSE figureSources END) AS weakestSourceCount
RETURN investor.id AS investor,
       investor.name AS investorName,
       [l IN labels(investor) WHERE l <> 'Entity'][0] AS investorType,
       currency,
       CASE WHEN currency IS NULL THEN null ELSE total END AS total,
       pledges,
       disputed,
       weakestSourceCount,
       investments
ORDER BY coalesce(total, -1) DESC, investor, currency
LIMIT $limit;
