/** The GraphQL documents of the workload: ours (schema.graphql) and @neo4j/graphql's (type-defs.ts). */

const E = 'sources { id } node { id name }';

/** (a) Ours: an agreement, two levels deep, with sources. */
export const OURS_ENTITY = `query Entity($id: ID!) {
  node(id: $id) {
    id name
    ... on Agreement {
      kind status signedOn
      sources { id publisher }
      parties { edges { role ${E} } }
      signatories { edges { capacity date sources { id } node { id name offices(first: 10) { edges { title ${E} } } } } }
      technologies { edges { pillar ${E} } }
      signedAt(first: 5) { edges { sources { id } node { id name startDate countries(first: 5) { edges { ${E} } } } } }
    }
  }
}`;

const N_E = 'properties { sources } node { id name }';
const BODY = 'node { ... on Organization { id name } ... on Country { id name } }';

/** (a) @neo4j/graphql: the same, through relationship connections (the only way to reach properties). */
export const NEO_ENTITY = `query Entity($id: ID!) {
  agreements(where: { id: { eq: $id } }) {
    id name kind status signedOn
    sources { id publisher }
    partiesConnection { edges { properties { role sources } ${BODY} } }
    signatoriesConnection { edges { properties { capacity date sources } node { id name
      officesConnection { edges { properties { title sources } ${BODY} } } } } }
    technologiesConnection { edges { properties { pillar sources } node { id name } } }
    signedAtConnection { edges { properties { sources } node { id name startDate
      countriesConnection { edges { ${N_E} } } } } }
  }
}`;

/** (b) Ours: a page of events in a date range, by start date, with participants. */
export const OURS_EVENTS = `query Events($from: Date!, $to: Date!, $first: Int!, $after: String) {
  events(filter: { from: $from, to: $to }, sort: START_DATE_ASC, first: $first, after: $after) {
    totalCount
    nodes { id name startDate participants(first: 100) { edges { role ${E} } } }
  }
}`;

/** (b) @neo4j/graphql: the same page of its connection (its cursors are offsets). */
export const NEO_EVENTS = `query Events($from: Date!, $to: Date!, $first: Int!, $after: String) {
  eventsConnection(
    where: { startDate: { gte: $from, lte: $to } }
    sort: [{ startDate: ASC }, { id: ASC }]
    first: $first
    after: $after
  ) {
    totalCount
    edges { node { id name startDate participantsConnection { edges { properties { role sources }
      node { ... on Person { id name } ... on Organization { id name } ... on Country { id name } } } } } }
  }
}`;

/** (c) Ours: full-text search. */
export const OURS_SEARCH = `query Search($text: String!, $first: Int!) {
  search(text: $text, first: $first) { score node { id name } }
}`;

/** (c) @neo4j/graphql: its `@fulltext` query over the same index, with the same Lucene query. */
export const NEO_SEARCH = `query Search($phrase: String!, $first: Int!) {
  searchEntities(phrase: $phrase, first: $first, sort: [{ score: DESC }, { node: { name: ASC } }, { node: { id: ASC } }]) {
    edges { score node { id name } }
  }
}`;

/** (d) Ours: one shortest path. */
export const OURS_PATH = `query Path($fromId: ID!, $toId: ID!) {
  shortestPath(fromId: $fromId, toId: $toId, maxHops: 6) {
    length nodes { id name } relationships { type direction sources { id } }
  }
}`;

/** (d) @neo4j/graphql: a `@cypher` query field. */
export const NEO_PATH = `query Path($fromId: ID!, $toId: ID!) {
  shortestPath(fromId: $fromId, toId: $toId) {
    length nodes { id name } relationships { type direction sources }
  }
}`;

/** (e) Ours: totals of the v2 model (figures, joint groups, trees) grouped by investor in one currency. */
export const OURS_TOTALS = `query Totals($unit: String!, $first: Int!) {
  investmentTotals(groupBy: INVESTOR, unit: $unit, sort: TOTAL_DESC, first: $first) {
    groups { kind label group { id name } count totals { unit amount count } }
  }
}`;

/** (f) Ours: a hub's neighbourhood, two hops. */
export const OURS_NEIGHBORHOOD = `query Neighborhood($id: ID!, $first: Int!) {
  neighborhood(id: $id, depth: 2, first: $first) {
    center { id name }
    nodes { distance node { id name } }
    relationships { type from { id } to { id } sources { id } }
  }
}`;

/** (f) @neo4j/graphql: a `@cypher` query field. */
export const NEO_NEIGHBORHOOD = `query Neighborhood($id: ID!, $first: Int!) {
  neighborhood(id: $id, first: $first) {
    center { id name }
    nodes { distance node { id name } }
    relationships { type from to sources }
  }
}`;

/** (g) Ours: the second page of a relationship connection (a country's events), by the first's cursor. */
export const OURS_CONNECTION_PAGE = `query ConnectionPage($id: ID!, $first: Int!, $after: String) {
  node(id: $id) {
    ... on Country { events(first: $first, after: $after) { edges { role sources { id } node { id name } } } }
  }
}`;

/** (g) @neo4j/graphql: the same page of its connection, in the same order (its cursors are offsets). */
export const NEO_CONNECTION_PAGE = `query ConnectionPage($id: ID!, $first: Int!, $after: String) {
  countries(where: { id: { eq: $id } }) {
    eventsConnection(first: $first, after: $after, sort: [{ node: { name: ASC } }, { node: { id: ASC } }]) {
      edges { properties { role sources } node { id name } }
    }
  }
}`;
