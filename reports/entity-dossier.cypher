// name: entity-dossier
// title: An entity's full dossier, with sources
// question: What does the graph know about one entity: its properties, every relationship, its status history and figures, and the source behind each fact?
// param: id: string -- the entity id, such as org:blackrock or person:liz-kendall
// note: One row per fact, by section: property; relationship (direction out or in, the other end, its
//   properties as "key: value" text, its sources; a pledge's INCLUDED_IN and MADE_UNDER among them);
//   status (one per source and date); figure (one per source, as "GBP 500000000 (up_to) over 2025..2028
//   «the source's words»", with converted, preferred and attribution); source (the entity's own SOURCED_FROM); and, for a Source, supports and reports (what
//   cites it, and the status and figure claims it makes).

MATCH (n:Entity {id: $id})
CALL (n) {
  UNWIND [k IN keys(n) WHERE k <> 'id'] AS key
  RETURN 0 AS rank, 'property' AS section, key AS field, null AS direction, null AS otherId,
         null AS otherName, n[key] AS value, null AS date, [] AS sources, key AS sortKey
  UNION ALL
  MATCH (n)-[r]-(other)
  WHERE NOT type(r) IN ['SOURCED_FROM', 'REPORTS_STATUS', 'REPORTS_FIGURE']
  CALL (r) {
    UNWIND [k IN keys(r) WHERE NOT k IN ['sources', 'key'] AND r[k] <> ''] AS k
    WITH k ORDER BY k
    RETURN collect(k + ': ' + toString(r[k])) AS properties
  }
  RETURN 1 AS rank, 'relationship' AS section, type(r) AS field,
         CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction, other.id AS otherId,
         other.name AS otherName, properties AS value, null AS date, r.sources AS sources,
         reduce(text = '', p IN properties | text + p + '; ') AS sortKey
  UNION ALL
  MATCH (s:Source)-[r:REPORTS_STATUS]->(n)
  RETURN 2 AS rank, 'status' AS section, r.status AS field, 'in' AS direction, s.id AS otherId,
         s.publisher AS otherName, r.note AS value, r.date AS date, [s.id] AS sources, coalesce(r.note, '') AS sortKey
  UNION ALL
  MATCH (s:Source)-[f:REPORTS_FIGURE]->(n)
  RETURN 3 AS rank, 'figure' AS section, coalesce(f.unit, f.currency) AS field, 'in' AS direction, s.id AS otherId,
         s.publisher AS otherName,
         coalesce(f.unit, f.currency) + ' '
           + CASE WHEN f.amount = toInteger(f.amount) THEN toString(toInteger(f.amount)) ELSE toString(f.amount) END
           + CASE WHEN f.amountMax IS NULL THEN '' ELSE '–' + toString(f.amountMax) END
           + CASE WHEN coalesce(f.bound, 'exact') = 'exact' THEN '' ELSE ' (' + f.bound + ')' END
           + CASE WHEN f.item IS NULL THEN '' ELSE ' of ' + f.item END
           + CASE WHEN f.periodYears IS NOT NULL THEN ' over ' + toString(toInteger(f.periodYears)) + ' years'
                  WHEN f.periodFrom IS NOT NULL OR f.periodTo IS NOT NULL
                    THEN ' over ' + coalesce(f.periodFrom, '') + '..' + coalesce(f.periodTo, '')
                  ELSE '' END
           + CASE WHEN f.wording IS NULL THEN '' ELSE ' «' + f.wording + '»' END
           + CASE WHEN f.converted THEN ', converted' ELSE '' END
           + CASE WHEN f.preferred THEN ', preferred' ELSE '' END
           + CASE WHEN f.attributedTo IS NULL THEN '' ELSE ', attributed to ' + f.attributedTo END AS value,
         s.publishedOn AS date, [s.id] AS sources, f.key AS sortKey
  UNION ALL
  MATCH (n)-[:SOURCED_FROM]->(s:Source)
  RETURN 4 AS rank, 'source' AS section, s.reliability AS field, 'out' AS direction, s.id AS otherId,
         s.publisher AS otherName, coalesce(s.title, s.name) AS value, s.publishedOn AS date, [s.id] AS sources,
         '' AS sortKey
  UNION ALL
  MATCH (x)-[:SOURCED_FROM]->(n)
  RETURN 5 AS rank, 'supports' AS section, [l IN labels(x) WHERE l <> 'Entity'][0] AS field, 'in' AS direction,
         x.id AS otherId, x.name AS otherName, null AS value, null AS date, [] AS sources, '' AS sortKey
  UNION ALL
  MATCH (n)-[r:REPORTS_STATUS|REPORTS_FIGURE]->(claim)
  RETURN 6 AS rank, 'reports' AS section, type(r) AS field, 'out' AS direction, claim.id AS otherId,
         claim.name AS otherName,
         coalesce(r.status, coalesce(r.unit, r.currency) + ' ' + toString(r.amount)) AS value,
         r.date AS date, [n.id] AS sources, coalesce(r.key, r.status) AS sortKey
}
RETURN section, field, direction, otherId, otherName, value, date, sources
ORDER BY rank, field, direction, otherId, date, sortKey;
