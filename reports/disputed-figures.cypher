// name: disputed-figures
// title: Disputed figures, with every value and its source
// question: Which pledged amounts do sources disagree on, and who gave which value?
// param: investment: string = null -- an investment id (null: every disputed investment)
// note: An investment is disputed when two of its figures in the same currency differ. Every figure
//   of such an investment is listed (all currencies), one row per figure and source, so converted
//   figures and the preferred one can be compared side by side.

MATCH (i:Investment)
WHERE ($investment IS NULL OR i.id = $investment)
  AND EXISTS {
    MATCH (:Source)-[f1:REPORTS_FIGURE]->(i)<-[f2:REPORTS_FIGURE]-(:Source)
    WHERE f1.currency = f2.currency AND f1.amount <> f2.amount
  }
MATCH (s:Source)-[f:REPORTS_FIGURE]->(i)
CALL (i) {
  OPTIONAL MATCH (investor)-[:PLEDGED]->(i)
  WITH investor ORDER BY investor.id
  RETURN collect(investor.id) AS investors
}
CALL (i) {
  MATCH (:Source)-[a:REPORTS_FIGURE]->(i)<-[b:REPORTS_FIGURE]-(:Source)
  WHERE a.currency = b.currency AND a.amount <> b.amount
  WITH DISTINCT a.currency AS currency ORDER BY currency
  RETURN collect(currency) AS disputedCurrencies
}
RETURN i.id AS investment,
       i.name AS investmentName,
       investors,
       disputedCurrencies,
       f.currency AS currency,
       f.amount AS amount,
       f.qualifier AS qualifier,
       coalesce(f.converted, false) AS converted,
       coalesce(f.preferred, false) AS preferred,
       f.attributedTo AS attributedTo,
       s.id AS source,
       s.publisher AS publisher,
       s.via AS via,
       s.publishedOn AS publishedOn,
       f.note AS note
ORDER BY investment, currency, amount, source;
