import { describe, expect, it } from 'vitest';
import { followPattern, orderOf, projectNode } from './project.ts';
import type { NodeWanted, RelationshipWanted } from './wanted.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const idOnly: NodeWanted = {
  shapes: [{ labels: ['Organization'], properties: [], derived: [], relationships: [] }],
};

describe('projectNode', () => {
  it('reads only the properties asked for, the id always, and names the type', () => {
    const wanted: NodeWanted = {
      shapes: [{ labels: ['Country'], properties: ['name', 'iso2'], derived: [], relationships: [] }],
    };
    expect(projectNode('n', wanted)).toBe("n {.id, .name, .iso2, __type: 'Country'}");
  });

  it('reads every property and the labels when anything may come', () => {
    expect(
      projectNode('n', { shapes: [{ labels: [], properties: 'all', derived: [], relationships: [] }] }),
    ).toBe('n {.*, __labels: labels(n)}');
  });

  it('follows a both-ways relationship and says which way each row goes', () => {
    const partners: RelationshipWanted = {
      key: 'partners',
      spec: { type: 'PARTNERS_WITH', direction: 'BOTH', other: 'Organization' },
      slot: 4,
      total: false,
      item: 'edge',
      properties: ['on'],
      sources: null,
      node: idOnly,
    };
    const wanted: NodeWanted = {
      shapes: [{ labels: ['Organization'], properties: [], derived: [], relationships: [partners] }],
    };
    expect(flat(projectNode('n', wanted))).toBe(
      flat(`n {.id, __type: 'Organization', __rel: {\`partners\`: {rows: COLLECT {
        MATCH (n)-[r1:PARTNERS_WITH]-(m1:Organization)
        RETURN r1 {.on, __node: m1 {.id, __type: 'Organization'}, __outgoing: startNode(r1) = n} AS item
        ORDER BY m1.name, m1.id
        SKIP $skip4 LIMIT $limit4
      }, total: null}}}`),
    );
  });

  it('computes a derived value in Cypher', () => {
    const wanted: NodeWanted = {
      shapes: [
        {
          labels: ['Investment'],
          properties: [],
          derived: [{ key: 'joint', value: 'joint' }],
          relationships: [],
        },
      ],
    };
    expect(projectNode('i', wanted)).toContain('__derived: {`joint`: COUNT { (i)<-[:PLEDGED]-() } > 1}');
  });

  it('tells shapes apart by label, the largest group last so it needs no test', () => {
    const wanted: NodeWanted = {
      shapes: [
        { labels: ['Country', 'Place', 'Source'], properties: [], derived: [], relationships: [] },
        { labels: ['Person'], properties: ['name'], derived: [], relationships: [] },
      ],
    };
    expect(projectNode('m', wanted)).toBe(
      "CASE WHEN m:Person THEN m {.id, .name, __type: 'Person'} ELSE m {.id, __type: CASE WHEN m:Country THEN 'Country' WHEN m:Place THEN 'Place' WHEN m:Source THEN 'Source' END} END",
    );
  });
});

describe('orderOf', () => {
  it('orders by the spec’s keys, with defaults for missing values, the id last', () => {
    expect(
      orderOf(
        [
          { on: 'relationship', property: 'preferred', descending: true, ifMissing: false },
          { on: 'node', property: 'name' },
        ],
        'r',
        'm',
      ),
    ).toBe('coalesce(r.preferred, false) DESC, m.name, m.id');
  });
});

describe('followPattern', () => {
  it('writes each direction', () => {
    expect(followPattern({ type: 'LEADS', direction: 'OUTGOING' }, 'a', 'r', 'b')).toBe('(a)-[r:LEADS]->(b)');
    expect(followPattern({ type: 'LEADS', direction: 'INCOMING', other: 'Person' }, 'a', '', 'b')).toBe(
      '(a)<-[:LEADS]-(b:Person)',
    );
  });
});
