// name: pledges-by-country
// title: Pledges by target country, with totals per currency
// question: How much money was pledged into each country, in which currency, and by whom?
// param: country: string = null -- a country id such as country:gb (null: every country)
// param: currency: string = null -- ISO 4217 code to keep only one currency (null: all)
// note: Totals add up each investment's preferred figure; pledges without a figure are counted under
//   currency null. Aggregates (Investment.aggregate: totals that sum other pledges, such as the US
//   investment package) are left out, so no pledge is counted twice.

MATCH (i:Investment)-[:TARGETS]->(c:Country)
WHERE ($country IS NULL OR c.id = $country) AND ($currency IS NULL OR i.currency = $currency)
  AND NOT coalesce(i.aggregate, false)
WITH c, i.currency AS currency, sum(i.amount) AS total, collect(i) AS pledged
CALL (pledged) {
  UNWIND pledged AS i
  WITH i ORDER BY i.id
  RETURN collect(i.id) AS investments
}
CALL (pledged) {
  UNWIND pledged AS i
  MATCH (investor)-[:PLEDGED]->(i)
  WITH DISTINCT investor ORDER BY investor.id
  RETURN collect(investor.id) AS investors
}
RETURN c.id AS country,
       c.name AS countryName,
       currency,
       CASE WHEN currency IS NULL THEN null ELSE total END AS total,
       size(pledged) AS pledges,
       investors,
       investments
ORDER BY country, currency;
