// name: technologies
// title: Technologies by agreements and by pledged money
// question: Which technologies do the agreements cover, and how much money was pledged to each, per currency?
// param: category: string = null -- keep one category, such as computing, energy, security (null: all)
// param: currency: string = null -- count only pledges in this ISO 4217 currency (null: all)
// note: Money adds up the preferred figure of each investment that FOCUSES_ON the technology, one total
//   per currency in "pledged" (e.g. "GBP 36500000000"); an investment focused on two technologies
//   counts in both. Rows are ranked by agreements, then by the number of investments.

MATCH (t:Technology)
WHERE $category IS NULL OR t.category = $category
CALL (t) {
  OPTIONAL MATCH (a:Agreement)-[c:COVERS]->(t)
  WITH a, c ORDER BY a.id
  RETURN collect(a.id) AS agreements, collect(c.pillar) AS pillars
}
CALL (t) {
  OPTIONAL MATCH (i:Investment)-[:FOCUSES_ON]->(t)
  WHERE $currency IS NULL OR i.currency = $currency
  WITH i ORDER BY i.id
  RETURN collect(i.id) AS investments
}
CALL (t) {
  OPTIONAL MATCH (i:Investment)-[:FOCUSES_ON]->(t)
  WHERE i.currency IS NOT NULL AND ($currency IS NULL OR i.currency = $currency)
    AND NOT coalesce(i.aggregate, false)
  WITH i.currency AS currency, sum(i.amount) AS total
  ORDER BY currency
  RETURN collect(currency + ' ' + toString(toInteger(total))) AS pledged
}
RETURN t.id AS technology,
       t.name AS technologyName,
       t.category AS category,
       size(agreements) AS agreementCount,
       agreements,
       pillars,
       size(investments) AS investmentCount,
       pledged,
       investments
ORDER BY agreementCount DESC, investmentCount DESC, technology;
