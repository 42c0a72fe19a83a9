import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/cypher/index.ts';
import { flat, translate } from './harness.ts';

describe('lists', () => {
  it('count and page in one statement, the page read one record per item', async () => {
    const { sent } = await translate('{ countries(first: 2) { totalCount nodes { name } } }');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.cypher).toBe(
      flat(`CALL () { MATCH (n:Country) RETURN count(n) AS totalCount }
      CALL () {
        MATCH (n:Country)
        WITH n, toLower(n.name) AS key
        ORDER BY key ASC, n.id ASC
        LIMIT $limit
        RETURN collect({key: key, node: n {.id, .name, __type: 'Country'}}) AS rows
      }
      UNWIND CASE rows WHEN [] THEN [null] ELSE rows END AS row
      RETURN totalCount, row`),
    );
    expect(sent[0]?.params).toEqual({ f: {}, after: null, before: null, limit: 3 });
  });

  it('do not count when totalCount is not asked for', async () => {
    const { sent } = await translate('{ people { nodes { id } } }');
    expect(sent[0]?.cypher).toContain('WITH null AS totalCount');
  });

  it('filter with parameters only, and start a date-sorted page at its cursor in the index seek', async () => {
    const after = encodeCursor({ key: '2025-09-17', id: 'event:banquet' });
    const { sent } = await translate(
      `query($after: String) { events(filter: { from: "2025-09-01", to: "2025-09-30", country: "country:gb" }, after: $after) { nodes { id } } }`,
      { after },
    );
    const cypher = sent[0]?.cypher ?? '';
    expect(cypher).toContain('n.startDate >= date($f.from)');
    expect(cypher).toContain('EXISTS { (n)-[:HELD_IN]->(:Country {id: $f.country}) }');
    // The cursor's date bounds the seek itself (the range on the date keeps every match keyed).
    expect(cypher).toContain('n.startDate >= date($after.key)');
    expect(cypher).toContain('(key > date($after.key) OR (key = date($after.key) AND n.id > $after.id))');
    expect(sent[0]?.params).toMatchObject({
      f: { from: '2025-09-01', to: '2025-09-30', country: 'country:gb' },
      after: { key: '2025-09-17', id: 'event:banquet' },
      limit: 21,
    });
  });

  it('go backwards with last and before', async () => {
    const before = encodeCursor({ key: 'united kingdom', id: 'country:gb' });
    const { sent } = await translate(`{ countries(last: 3, before: "${before}") { nodes { id } } }`);
    expect(sent[0]?.cypher).toContain('ORDER BY key DESC, n.id DESC');
    expect(sent[0]?.cypher).toContain('(key < $before.key OR (key = $before.key AND n.id < $before.id))');
  });

  it('refuse an impossible date in a cursor before anything runs', async () => {
    const after = encodeCursor({ key: '2015-02-30', id: 'event:x' });
    const { sent, errors } = await translate(`{ events(after: "${after}") { nodes { id } } }`);
    expect(sent).toEqual([]);
    expect(errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('read the relationships selected below a page inside the page', async () => {
    const { sent } = await translate(
      '{ events(first: 5) { edges { node { participants(first: 3) { edges { role node { id } } } } } } }',
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]?.cypher).toContain('MATCH (n)<-[r1:PARTICIPATED_IN]-(m1) RETURN r1 {.role, __node:');
    expect(sent[0]?.cypher).toContain('ORDER BY r1.role, m1.name, m1.id SKIP $skip0 LIMIT $limit0');
    expect(sent[0]?.params).toMatchObject({ limit: 6, skip0: 0, limit0: 4 });
  });
});
