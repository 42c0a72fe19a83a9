// name: technologies
// title: Technologies by agreements and by pledged money and quantities
// question: Which technologies do the agreements cover, and how much was pledged to each, per unit?
// param: category: string = null -- keep one category, such as computing, energy, security (null: all)
// param: level: string = "leaves" -- leaves: the smallest pledges (one broken down counts through its parts); top: the largest (one inside another counts there)
// param: unit: string = null -- count only figures in this currency, unit, base unit or dimension (null: all)
// param: currency: string = null -- the same as unit (its name in earlier versions of this report)
// note: Totals follow the rules in docs/data-model.md, "Totals", one per unit, as "GBP 36500000000
//   (up_to)": the bound says how sure the sum is. "pledged" adds the pledges that focus on this
//   technology alone; "alsoInOthers" those that focus on it and on other technologies too, whose split
//   is unknown, so they count in full under each of them (never add these rows up). "leftOut" lists
//   pledges focused on it that no total counts, with the reason. Rows are ranked by agreements, then
//   by the number of investments.

MATCH (t:Technology)
WHERE $category IS NULL OR t.category = $category
CALL (t) {
  OPTIONAL MATCH (a:Agreement)-[c:COVERS]->(t)
  WITH a, c ORDER BY a.id
  RETURN collect(a.id) AS agreements, collect(c.pillar) AS pillars
}
CALL (t) {
  OPTIONAL MATCH (i:Investment)-[:FOCUSES_ON]->(t)
  WITH i ORDER BY i.id
  RETURN collect(i.id) AS investments
}
// Each pledge on it: whether this level counts it, alone or shared, and its preferred figures.
CALL (t) {
  MATCH (i:Investment)-[:FOCUSES_ON]->(t)
  OPTIONAL MATCH (i)-[:INCLUDED_IN]->+(top:Investment)
  WHERE NOT EXISTS { (top)-[:INCLUDED_IN]->(:Investment) }
  WITH i, min(top.id) AS countedIn, COUNT { (:Investment)-[:INCLUDED_IN]->(i) } AS parts,
       COUNT { (i)-[:FOCUSES_ON]->(:Technology) } > 1 AS shared, coalesce($unit, $currency) AS wanted
  WITH i, shared, wanted, CASE
      WHEN NOT $level IN ['leaves', 'top'] THEN 'level "' + $level + '" is neither leaves nor top'
      WHEN coalesce(i.aggregate, false) THEN 'marked aggregate in a version 1 file: sums pledges listed separately'
      WHEN $level = 'leaves' AND parts > 0 THEN 'broken down into ' + toString(parts) + ' pledges, counted through them'
      WHEN $level = 'top' AND countedIn IS NOT NULL THEN 'included in ' + countedIn + ', counted there'
    END AS structural
  OPTIONAL MATCH (:Source)-[f:REPORTS_FIGURE]->(i)
  WHERE f.preferred AND f.bound <> 'target'
    AND (wanted IS NULL OR wanted IN [f.unit, f.baseUnit, f.dimension, f.quantity, f.currency])
  WITH i, shared, structural, f.key AS key, collect(f)[0] AS f
  WITH i, shared, structural,
       collect(CASE WHEN f IS NOT NULL THEN {
         unit: CASE WHEN f.quantity STARTS WITH 'units:' THEN f.quantity ELSE coalesce(f.baseUnit, f.currency) END,
         amount: coalesce(f.baseAmount, f.amount), bound: coalesce(f.bound, 'exact'),
         amountMax: coalesce(f.baseAmountMax, f.baseAmount, f.amount)} END) AS figures
  ORDER BY i.id
  RETURN collect({id: i.id, shared: shared, structural: structural, figures: figures}) AS pledges
}
WITH t, agreements, pillars, investments, pledges,
     [p IN pledges WHERE p.structural IS NOT NULL | p.id + ': ' + p.structural] +
     [p IN pledges WHERE p.structural IS NULL AND size(p.figures) = 0 | p.id + ': no preferred figure' +
        CASE WHEN coalesce($unit, $currency) IS NULL THEN ' that is a commitment' ELSE ' in ' + coalesce($unit, $currency) END]
       AS leftOut
// One "UNIT total (bound)" per unit, for the pledges on this technology alone, then for the shared ones.
CALL (pledges) {
  UNWIND [false, true] AS shared
  UNWIND [p IN pledges WHERE p.structural IS NULL AND p.shared = shared] AS p
  UNWIND p.figures AS f
  WITH shared, f.unit AS unit, sum(f.amount) AS total, sum(f.amountMax) AS totalMax,
       reduce(acc = [], b IN collect(f.bound) | CASE WHEN b = 'exact' OR b IN acc THEN acc ELSE acc + b END) AS bounds
  ORDER BY unit
  WITH shared, unit, bounds, [x IN [total, totalMax] |
         CASE WHEN x = toInteger(x) THEN toString(toInteger(x)) ELSE toString(x) END] AS shown
  WITH shared, unit + ' ' + shown[0] + CASE WHEN 'range' IN bounds THEN '–' + shown[1] ELSE '' END
         + ' (' + CASE size(bounds) WHEN 0 THEN 'exact' WHEN 1 THEN bounds[0] ELSE 'mixed' END + ')' AS text
  RETURN collect(CASE WHEN NOT shared THEN text END) AS pledged, collect(CASE WHEN shared THEN text END) AS alsoInOthers
}
RETURN t.id AS technology,
       t.name AS technologyName,
       t.category AS category,
       size(agreements) AS agreementCount,
       agreements,
       pillars,
       size(investments) AS investmentCount,
       pledged,
       alsoInOthers,
       investments,
       leftOut
ORDER BY agreementCount DESC, investmentCount DESC, technology;
