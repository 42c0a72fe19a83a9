// name: disputed-figures
// title: Disputed figures, with every value and its source
// question: Which figures do sources disagree on (pledges, and the deal values of agreements and events), and who gave which value?
// param: investment: string = null -- a claim id (an investment, agreement or event): all its figures, disputed or not (null: every disputed claim)
// note: Sources disagree when two figures of the same kind (one currency, one physical dimension, one
//   count unit) over the same period allow no common value: "over $300bn" and "$310bn" agree, "about
//   £500m" (±10%) and "£520m" agree, a target never disagrees (docs/data-model.md, "Disputed").
//   "disputedUnits" names the kinds in dispute. Every figure of such a claim is listed (all units), one
//   row per figure and source, so converted figures and the preferred one can be compared side by side.

MATCH (i:Entity)
WHERE (i:Investment OR i:Agreement OR i:Event)
  AND CASE WHEN $investment IS NULL THEN coalesce(i.disputed, false) ELSE i.id = $investment END
MATCH (s:Source)-[f:REPORTS_FIGURE]->(i)
CALL (i) {
  OPTIONAL MATCH (investor)-[:PLEDGED]->(i)
  WITH investor ORDER BY investor.id
  RETURN collect(investor.id) AS investors
}
RETURN i.id AS investment,
       i.name AS investmentName,
       investors,
       coalesce(i.disputedUnits, []) AS disputedUnits,
       coalesce(f.unit, f.currency) AS unit,
       f.amount AS amount,
       coalesce(f.bound, 'exact') AS bound,
       f.amountMax AS amountMax,
       f.item AS item,
       CASE WHEN f.periodYears IS NOT NULL THEN toString(toInteger(f.periodYears)) + ' years'
            WHEN f.periodFrom IS NOT NULL OR f.periodTo IS NOT NULL THEN coalesce(f.periodFrom, '') + '..' + coalesce(f.periodTo, '')
       END AS period,
       f.wording AS wording,
       coalesce(f.converted, false) AS converted,
       coalesce(f.preferred, false) AS preferred,
       f.attributedTo AS attributedTo,
       s.id AS source,
       s.publisher AS publisher,
       s.via AS via,
       s.publishedOn AS publishedOn,
       f.note AS note
ORDER BY investment, CASE coalesce(f.dimension, 'money') WHEN 'money' THEN 0 ELSE 1 END, unit, amount, source;
