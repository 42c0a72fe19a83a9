import { describe, expect, it } from 'vitest';
import { encodeOffsetCursor } from '../../src/cypher/index.ts';
import { flat, translate } from './harness.ts';

describe('node and nodes', () => {
  it('read an entity with a page of its relationships, their sources and the other ends, in one statement', async () => {
    const { sent, errors } = await translate(`{
      node(id: "country:gb") {
        ... on Country { name officials(first: 2) { totalCount edges { title node { name } sources { url } } } }
      }
    }`);
    expect(errors).toEqual([]);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.cypher).toBe(
      flat(`UNWIND range(0, size($ids) - 1) AS i
      OPTIONAL MATCH (found:Entity {id: $ids[i]})
      OPTIONAL CALL (i, found) {
        WITH i WHERE found IS NULL
        MATCH (redirect:MergedId {id: $ids[i]})
        MATCH (moved:Entity {id: redirect.into})
        RETURN moved
      }
      WITH i, coalesce(found, moved) AS n
      RETURN i, CASE WHEN n IS NULL THEN null ELSE
        CASE WHEN n:Country THEN n {.id, .name, __type: 'Country', __rel: {\`officials(first:2)\`: {rows: COLLECT {
            MATCH (n)<-[r1:HOLDS_OFFICE]-(m1:Person)
            RETURN r1 {.title, __node: m1 {.id, .name, __type: 'Person'}, __sources: COLLECT {
              UNWIND coalesce(r1.sources, []) AS sourceId
              MATCH (s2:Source {id: sourceId})
              RETURN s2 {.id, .url, __type: 'Source'} AS source
            }} AS item
            ORDER BY m1.name, m1.id
            SKIP $skip0 LIMIT $limit0
          },
          total: COUNT { (n)<-[:HOLDS_OFFICE]-(:Person) }}}}
        ELSE n {.id, __type: CASE WHEN n:Person THEN 'Person' WHEN n:Organization THEN 'Organization'
          WHEN n:Event THEN 'Event' WHEN n:Agreement THEN 'Agreement' WHEN n:Investment THEN 'Investment'
          WHEN n:Technology THEN 'Technology' WHEN n:Place THEN 'Place' WHEN n:Source THEN 'Source' END} END
      END AS node
      ORDER BY i`),
    );
    // One more than the page shows, to know whether another page follows.
    expect(sent[0]?.params).toEqual({ ids: ['country:gb'], skip0: 0, limit0: 3 });
  });

  it('start a relationship page after its cursor, from variables', async () => {
    const { sent } = await translate(
      `query($n: Int, $after: String) { node(id: "org:blackrock") { ... on Organization { pledges(first: $n, after: $after) { nodes { id } } } } }`,
      { n: 5, after: encodeOffsetCursor(9) },
    );
    expect(sent[0]?.params).toMatchObject({ skip0: 10, limit0: 6 });
    expect(sent[0]?.cypher).toContain('`pledges(first:$n,after:$after)`');
  });

  it('read a relationship page only for the types its fragment applies to, and only the ids of sources when that is all', async () => {
    const { sent } = await translate(`{
      node(id: "x") { id ... on Person { offices { edges { node { id } sources { id } } } } }
    }`);
    const cypher = sent[0]?.cypher ?? '';
    expect(cypher).toContain("WHEN n:Person THEN n {.id, __type: 'Person', __rel: {`offices`:");
    // The ids a relationship records are the answer: no Source node is read.
    expect(cypher).toContain('__sources: coalesce(r1.sources, [])');
    expect(cypher).toContain('MATCH (n)-[r1:HOLDS_OFFICE]->(m1)');
  });

  it('honour @skip and @include as execution does', async () => {
    const query = `query($more: Boolean!) {
      node(id: "x") { ... on Country { name officials @include(if: $more) { nodes { id } } } }
    }`;
    const without = await translate(query, { more: false });
    const withIt = await translate(query, { more: true });
    expect(without.sent[0]?.cypher).not.toContain('HOLDS_OFFICE');
    expect(withIt.sent[0]?.cypher).toContain('HOLDS_OFFICE');
  });

  it('read what a provenance edge selects on the node it hangs from with that node', async () => {
    const { sent } = await translate(`{
      node(id: "investment:x") { ... on Investment { statusHistory { status claim { name description } } } }
    }`);
    // The claim of a claim's own history is the claim: its fields are read with it.
    expect(sent[0]?.cypher).toContain("n {.id, .description, .name, __type: 'Investment'");
  });

  it('give two pages of one field under two names each their own parameters', async () => {
    const { sent } = await translate(`{
      node(id: "x") { ... on Organization { a: pledges(first: 1) { nodes { id } } b: pledges(first: 7) { nodes { name } } } }
    }`);
    expect(sent[0]?.cypher).toContain('`a(first:1)`');
    expect(sent[0]?.cypher).toContain('`b(first:7)`');
    expect(sent[0]?.params).toMatchObject({ limit0: 2, limit1: 8 });
  });

  it('read several ids in the order asked, in one statement', async () => {
    const { sent } = await translate('{ nodes(ids: ["b", "a", "c"]) { id } }');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.params).toEqual({ ids: ['b', 'a', 'c'] });
  });

  it('refuse a page size over the cap before anything is read', async () => {
    const { sent, errors } = await translate(
      '{ node(id: "x") { ... on Country { officials(first: 101) { nodes { id } } } } }',
    );
    expect(sent).toEqual([]);
    expect(errors[0]?.message).toMatch(/Country\.officials: first must be between 0 and 100/);
    expect(errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuse a cursor that is not one of a relationship page', async () => {
    const { sent, errors } = await translate(
      '{ node(id: "x") { ... on Country { officials(after: "bm90LWEtY3Vyc29y") { nodes { id } } } } }',
    );
    expect(sent).toEqual([]);
    expect(errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
