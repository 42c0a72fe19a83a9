import { describe, expect, it } from 'vitest';
import { flat, translate } from './harness.ts';

describe('search', () => {
  it('asks the full-text index with the words and the phrase, and reads the ranking properties', async () => {
    const { sent } = await translate(
      '{ search(text: "Royaume-Uni", types: [Country], first: 3) { score node { id } } }',
    );
    expect(sent[0]?.cypher).toBe(
      flat(`CALL db.index.fulltext.queryNodes('entityText', $query) YIELD node, score
      WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
      WITH node, score ORDER BY score DESC, node.name, node.id LIMIT $first
      RETURN node {.id, .name, .aliases, __type: CASE WHEN node:Country THEN 'Country' WHEN node:Person THEN 'Person'
        WHEN node:Organization THEN 'Organization' WHEN node:Event THEN 'Event' WHEN node:Agreement THEN 'Agreement'
        WHEN node:Investment THEN 'Investment' WHEN node:Technology THEN 'Technology' WHEN node:Place THEN 'Place'
        WHEN node:Source THEN 'Source' END} AS node, score`),
    );
    // 50 candidates past the page, so an exact name or alias outside Lucene's top hits still ranks first.
    expect(sent[0]?.params).toEqual({
      query: '(royaume\\-uni) OR "royaume-uni"^3',
      types: ['Country'],
      first: 53,
    });
  });
});

describe('paths', () => {
  it('walk domain relationships only, within the hops asked, one statement with the steps’ sources', async () => {
    const { sent } = await translate(
      '{ shortestPath(fromId: "org:blackrock", toId: "person:liz-kendall", maxHops: 4) { nodes { name } relationships { type sources { url } } } }',
    );
    const cypher = sent[0]?.cypher ?? '';
    expect(cypher).toMatch(/shortestPath\(\(a\)-\[:HOLDS_OFFICE\|LEADS\|[A-Z_|]+\*\.\.4\]-\(b\)\)/);
    expect(cypher).not.toMatch(/SOURCED_FROM|REPORTS_STATUS|REPORTS_FIGURE/);
    expect(cypher).toContain("RETURN s1 {.id, .url, __type: 'Source'} AS source");
    expect(sent[0]?.params).toEqual({ from: 'org:blackrock', to: 'person:liz-kendall', first: 1 });
  });

  it('read every shortest path up to first', async () => {
    const { sent } = await translate('{ allShortestPaths(fromId: "a", toId: "b", first: 4) { length } }');
    expect(sent[0]?.cypher).toContain('allShortestPaths(');
    expect(sent[0]?.params).toMatchObject({ first: 4 });
  });

  it('answer a path from a node to itself without a path search', async () => {
    const { sent } = await translate('{ shortestPath(fromId: "a", toId: "a") { length } }');
    expect(sent[0]?.cypher).toMatch(/^MATCH \(n:Entity \{id: \$id\}\) RETURN/);
  });

  it('refuse maxHops out of range before anything runs', async () => {
    const { sent, errors } = await translate(
      '{ shortestPath(fromId: "a", toId: "b", maxHops: 9) { length } }',
    );
    expect(sent).toEqual([]);
    expect(errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('neighborhood', () => {
  it('ranks ring by ring, best connected first, then reads the relationships among them, at most ten per node asked for', async () => {
    const { sent } = await translate(
      '{ neighborhood(id: "org:blackrock", depth: 2, first: 5) { center { id } nodes { distance node { name } } relationships { type from { id } to { id } } } }',
    );
    const cypher = sent[0]?.cypher ?? '';
    // Each ring is cut with a bounded top-k by degree; the second ring is read only if the first is short.
    expect(cypher).toMatch(
      'WITH m, COUNT { (m)--() } AS degree ORDER BY degree DESC, m.name, m.id LIMIT $first',
    );
    expect(cypher).toContain(
      'WITH c, ring1 AS seen WHERE size(seen) < $first CALL (c, ring1) { UNWIND ring1 AS near',
    );
    // The entities reached are made distinct before they are compared with the earlier rings.
    expect(cypher).toContain(
      'RETURN collect(DISTINCT m) AS reached } WITH [n IN seen | n.m] AS earlier, reached UNWIND reached AS m',
    );
    expect(cypher).not.toContain('ring3');
    expect(cypher).not.toMatch(/\*1\.\./);
    expect(cypher).toContain('WITH r ORDER BY elementId(r) LIMIT $relationshipLimit');
    expect(sent[0]?.params).toEqual({ id: 'org:blackrock', first: 5, relationshipLimit: 50 });
  });
});

describe('timeline', () => {
  it('reads events and status reports of a scope in date order, with what is selected on each', async () => {
    const { sent } = await translate(
      '{ timeline(agreementId: "agreement:x", from: "2025-09-01", first: 10) { date kind event { name } claim { id } source { publisher } } }',
    );
    const cypher = sent[0]?.cypher ?? '';
    expect(cypher).toContain("e {.id, .name, __type: 'Event'} AS event");
    expect(cypher).toContain("s {.id, .publisher, __type: 'Source'} AS source");
    expect(cypher).toContain('ORDER BY date, kind, title, source.id LIMIT $first');
    expect(sent[0]?.params).toEqual({
      id: 'agreement:x',
      agreementOnly: true,
      from: '2025-09-01',
      to: null,
      knownAsOf: null,
      first: 10,
    });
  });
});

describe('investmentTotals', () => {
  it('reads one row per pledge: its place in its tree, its preferred figures and its group members', async () => {
    const { sent } = await translate(
      '{ investmentTotals(groupBy: INVESTOR, unit: "GBP", first: 5) { grandTotals { amount } groups { label } } }',
    );
    // The graph's version first (a cache hit stops there); on a miss, the pledges between two reads of
    // the version in one transaction (the answer is cached only when they agree).
    const version = "OPTIONAL MATCH (v:TdgGraphVersion {id: 'graph'})";
    expect(sent.map((s) => s.cypher.startsWith(version))).toEqual([true, true, false, true]);
    const cypher = sent[2]?.cypher ?? '';
    expect(cypher).toContain('OPTIONAL MATCH (i)-[:INCLUDED_IN]->+(top:Investment)');
    expect(cypher).toContain('WHERE f.preferred');
    expect(cypher).toContain('OPTIONAL MATCH (g:Entity)-[:PLEDGED]->(i)');
    expect(sent[2]?.params).toEqual({});
  });

  it('reads the nodes of the groups and of the pledges left out in one more statement, when selected', async () => {
    // No pledge here (the harness answers no rows): nothing to read, no second statement.
    const { sent } = await translate('{ investmentTotals(groupBy: EVENT) { groups { group { name } } } }');
    expect(sent).toHaveLength(4);
  });
});

describe('exclude', () => {
  it('makes a shortest path avoid labels in the search itself, its ends allowed', async () => {
    const { sent } = await translate(
      '{ shortestPath(fromId: "a", toId: "b", maxHops: 5, exclude: [Technology]) { length } }',
    );
    expect(sent[0]?.cypher).toMatch(
      /MATCH p = ANY SHORTEST \(a\) \(\(x\)-\[:[A-Z_|]+\]-\(y\) WHERE y = b OR NOT any\(label IN labels\(y\) WHERE label IN \$exclude\)\)\{1,5\} \(b\)/,
    );
    expect(sent[0]?.params).toMatchObject({ exclude: ['Technology'] });
  });

  it('keeps a neighbourhood from walking through a label', async () => {
    const { sent } = await translate(
      '{ neighborhood(id: "a", depth: 2, exclude: [Technology]) { center { id } } }',
    );
    // Walked from: the ring before; a node of an excluded label is reached, never walked through.
    expect(sent[0]?.cypher).toContain(
      'WITH c, near.m AS x WHERE NOT any(label IN labels(x) WHERE label IN $exclude)',
    );
  });
});

describe('as of a day', () => {
  it("computes a claim's status for a day, as known by another, beside the stored one", async () => {
    const { sent } = await translate(`{ node(id: "agreement:x") { ... on Agreement {
      status
      then: status(asOf: "2025-10-01")
      known: status(asOf: "2025-10-01", knownAsOf: "2025-09-20")
    } } }`);
    const cypher = sent[0]?.cypher ?? '';
    expect(cypher).toContain('.status');
    expect(cypher).toContain('`then(asOf:"2025-10-01")`: head(COLLECT {');
    expect(cypher).toContain('WHERE ($asOf0 IS NULL OR asOfReport.date <= date($asOf0))');
    expect(sent[0]?.params).toMatchObject({
      asOf0: '2025-10-01',
      knownAsOf0: null,
      asOf1: '2025-10-01',
      knownAsOf1: '2025-09-20',
    });
  });

  it('keeps the history and the figures of sources published by a day', async () => {
    const { sent } = await translate(
      `query($day: Date) { node(id: "investment:x") { ... on Investment {
      statusHistory(knownAsOf: $day) { status }
      figures(knownAsOf: $day) { amount }
    } } }`,
      { day: '2025-09-15' },
    );
    const cypher = sent[0]?.cypher ?? '';
    expect(cypher).toContain(
      'WHERE $knownAsOf0 IS NULL OR coalesce(m1.publishedOn, r1.date) <= date($knownAsOf0)',
    );
    expect(sent[0]?.params).toMatchObject({ knownAsOf0: '2025-09-15', knownAsOf1: '2025-09-15' });
  });
});
