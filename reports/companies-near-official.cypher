// name: companies-near-official
// title: Companies within N hops of an official
// question: Which companies are connected to a given official, how closely, and through what?
// param: person: string -- the official's id, such as person:liz-kendall
// param: hops: integer(1..6) = 5 -- the greatest number of hops
// param: viaCountries: boolean = false -- let paths pass through a country (every UK body links to the UK)
// param: exclude: string[] = ["Technology"] -- labels a path may not pass through (its ends may have them); exclude= for none
// note: Hops follow domain relationships only, in either direction (provenance links and sources do not
//   count). A path does not pass through a node with a label of "exclude": by default a technology tag
//   ("Artificial intelligence", "Data centres") would make unrelated pledges look connected. The search
//   itself avoids those nodes, so a company reached only around a hub is still found, by the shortest
//   path that avoids it. Companies
//   are organisations of kind company or investment_firm. "path" is the first, in alphabetical order, of
//   the shortest paths, as alternating names and relationship types.

MATCH (official:Person {id: $person})
MATCH p = ALL SHORTEST (official)
  ((a)-[:HOLDS_OFFICE|LEADS|MEMBER_OF|PARTICIPATED_IN|PART_OF|HELD_AT|HELD_IN|LOCATED_IN|HEADQUARTERED_IN|SUBSIDIARY_OF|PARTNERS_WITH|PARTY_TO|SIGNED|SIGNED_AT|ANNOUNCED_AT|COVERS|RELATED_TO|PLEDGED|TARGETS|INVESTS_IN|PARTNER_IN|FOCUSES_ON|LOCATED_AT|INCLUDED_IN|MADE_UNDER]-(b)
    WHERE a = official
       OR (($viaCountries OR NOT a:Country) AND none(label IN labels(a) WHERE label IN $exclude))){1,6}
  (company:Organization)
WHERE company.kind IN ['company', 'investment_firm'] AND length(p) <= $hops
WITH company, length(p) AS hops,
     reduce(text = official.name, i IN range(0, length(p) - 1) |
       text + ' -' + type(relationships(p)[i]) + '- ' + nodes(p)[i + 1].name) AS path
ORDER BY path
WITH company, hops, collect(path) AS paths
RETURN company.id AS company,
       company.name AS companyName,
       company.kind AS kind,
       hops,
       size(paths) AS shortestPaths,
       paths[0] AS path
ORDER BY hops, company;
