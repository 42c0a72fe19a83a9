// name: pledges-by-country
// title: Pledges by target country, with totals per unit that count each pledge once
// question: How much was pledged into each country, in which unit, by whom, and what does each total count and leave out?
// param: level: string = "leaves" -- leaves: the smallest pledges (one broken down counts through its parts); top: the largest (one inside another counts there)
// param: unit: string = null -- a currency (GBP), a unit (gpus, jobs, MW…), a base unit or a dimension (power, area); null: every unit
// param: currency: string = null -- the same as unit (its name in earlier versions of this report)
// param: country: string = null -- a country id such as country:gb: its rows only, shared ones included (null: every country, and the totals over all)
// note: The rules are in docs/data-model.md, "Totals". A total adds the preferred figure of each pledge
//   it counts: in its currency (currencies are never converted), in the base unit of its dimension (MW,
//   MWh, km2) or, for a count, in its own unit. A pledge into two or more countries (split unknown)
//   forms a group of its own, "several: A + B"; one with none is under "(no target country)". The first
//   rows (country null) are the totals over every country: each pledge is in exactly one group, so the
//   groups add up to them. "leftOut" lists the group's pledges not counted in the row's unit, with the
//   reason; "bound" says how sure the total is (exact, at_least, up_to, about, range or mixed);
//   "investors" are those of the pledges counted.

MATCH (i:Investment)
// Where the pledge sits in its tree of INCLUDED_IN, and so whether this level counts it.
CALL (i) {
  OPTIONAL MATCH (i)-[:INCLUDED_IN]->+(top:Investment)
  WHERE NOT EXISTS { (top)-[:INCLUDED_IN]->(:Investment) }
  RETURN min(top.id) AS countedIn
}
WITH i, countedIn, COUNT { (:Investment)-[:INCLUDED_IN]->(i) } AS parts, coalesce($unit, $currency) AS wanted
WITH i, wanted, CASE
    WHEN NOT $level IN ['leaves', 'top'] THEN 'level "' + $level + '" is neither leaves nor top'
    WHEN coalesce(i.aggregate, false) THEN 'marked aggregate in a version 1 file: sums pledges listed separately'
    WHEN $level = 'leaves' AND parts > 0 THEN 'broken down into ' + toString(parts) + ' pledges, counted through them'
    WHEN $level = 'top' AND countedIn IS NOT NULL THEN 'included in ' + countedIn + ', counted there'
  END AS structural
// Its preferred figures, one per quantity, in the unit totals use, with the number of sources behind each.
CALL (i) {
  OPTIONAL MATCH (s:Source)-[f:REPORTS_FIGURE]->(i)
  WHERE f.preferred
  WITH f.key AS key, collect(f)[0] AS f, count(DISTINCT s) AS sources
  WHERE key IS NOT NULL
  RETURN collect({
    quantity: coalesce(f.quantity, f.currency), unit: coalesce(f.baseUnit, f.currency),
    given: coalesce(f.unit, f.currency), dimension: coalesce(f.dimension, 'money'),
    amount: coalesce(f.baseAmount, f.amount), amountMax: coalesce(f.baseAmountMax, f.baseAmount, f.amount),
    bound: coalesce(f.bound, 'exact'), sources: sources
  }) AS figures
}
// Its group: the one target country, or all of them for a pledge into several.
CALL (i) {
  OPTIONAL MATCH (i)-[:TARGETS]->(c:Country)
  WITH c ORDER BY c.id
  WITH collect(c) AS countries
  RETURN CASE size(countries)
      WHEN 0 THEN {id: null, name: '(no target country)', members: [], rank: 1}
      WHEN 1 THEN {id: countries[0].id, name: countries[0].name, members: [countries[0].id], rank: 1}
      ELSE {id: 'several:' + reduce(s = '', x IN countries | s + CASE s WHEN '' THEN '' ELSE '+' END + x.id),
            name: 'several: ' + reduce(s = '', x IN countries | s + CASE s WHEN '' THEN '' ELSE ' + ' END + x.name),
            members: [x IN countries | x.id], rank: 1}
    END AS group
}
CALL (i) {
  OPTIONAL MATCH (investor)-[:PLEDGED]->(i)
  WITH investor ORDER BY investor.id
  RETURN collect(investor.id) AS investors
}
WITH i, structural, group, investors,
     [f IN figures WHERE wanted IS NULL OR wanted IN [f.given, f.unit, f.dimension, f.quantity]] AS counting,
     reduce(s = '', f IN figures | s + CASE s WHEN '' THEN '' ELSE ', ' END + f.given) AS has
ORDER BY i.id
WITH group, {id: i.id, structural: structural, figures: counting, has: has, investors: investors} AS pledge
UNWIND [group, {id: null, name: 'All countries', members: [], rank: 0}] AS g
WITH g, collect(pledge) AS pledges
WHERE CASE WHEN $country IS NULL THEN true ELSE $country IN g.members END
// One row per unit the group's pledges have a preferred figure in (or one row without a unit).
WITH g, pledges, reduce(qs = [], p IN pledges | qs + [f IN p.figures WHERE NOT f.quantity IN qs | f.quantity]) AS quantities
UNWIND CASE size(quantities) WHEN 0 THEN [null] ELSE quantities END AS quantity
WITH g, quantity,
     [p IN pledges | p {.id, .structural, .has, .investors, figure: head([f IN p.figures WHERE f.quantity = quantity])}] AS rows
// A count of `units` is labelled with what it counts: "units:advanced modular reactors".
WITH g, quantity, rows,
     CASE WHEN quantity STARTS WITH 'units:' THEN quantity
          ELSE head([r IN rows WHERE r.figure IS NOT NULL | r.figure.unit]) END AS unit,
     [r IN rows WHERE r.structural IS NULL AND r.figure IS NOT NULL AND r.figure.bound <> 'target'] AS counted
WITH g, quantity, unit, counted,
     [r IN rows WHERE NOT r IN counted | r.id + ': ' + CASE
        WHEN r.structural IS NOT NULL THEN r.structural
        WHEN r.figure IS NOT NULL THEN 'a target, not a commitment'
        WHEN r.has = '' THEN 'no figure at all'
        ELSE 'no figure in ' + coalesce(unit, $unit, $currency) + ' (has ' + r.has + ')' END] AS leftOut,
     reduce(acc = [], r IN counted | CASE WHEN r.figure.bound = 'exact' OR r.figure.bound IN acc THEN acc
                                          ELSE acc + r.figure.bound END) AS bounds
RETURN g.id AS country,
       g.name AS countryName,
       unit,
       CASE WHEN size(counted) = 0 THEN null ELSE reduce(t = 0.0, r IN counted | t + r.figure.amount) END AS total,
       CASE WHEN 'range' IN bounds THEN reduce(t = 0.0, r IN counted | t + r.figure.amountMax) END AS totalMax,
       CASE WHEN size(counted) = 0 THEN null WHEN size(bounds) = 0 THEN 'exact' WHEN size(bounds) = 1 THEN bounds[0]
            ELSE 'mixed' END AS bound,
       size(counted) AS pledges,
       reduce(ids = [], r IN counted | ids + [x IN r.investors WHERE NOT x IN ids]) AS investors,
       [r IN counted | r.id] AS investments,
       leftOut
ORDER BY g.rank, country, coalesce(total, -1) DESC, unit;
