import { RELATIONSHIP_TYPES, type RelationshipType } from '../domain/model.ts';
import type { RelationshipRecord } from '../ingest/dataset.ts';
import { type GeneratorContext, dayString, nodeId } from './context.ts';
import type { EdgeList } from './edge-list.ts';
import { type Random, createRandom, hashSeed } from './random.ts';
import { citeSources } from './node-records.ts';

type PropertyMaker = (random: Random) => Record<string, string>;

const since = (random: Random) => dayString(random.int(4000));

const PROPERTIES: Partial<Record<RelationshipType, PropertyMaker>> = {
  HOLDS_OFFICE: (r) => ({
    title: r.pick(['Minister', 'Secretary of State', 'Ambassador', 'Director', 'Trade Envoy', 'Adviser']),
    since: since(r),
  }),
  LEADS: (r) => ({
    title: r.pick(['Chief Executive', 'Chair', 'President', 'Director General']),
    since: since(r),
  }),
  MEMBER_OF: (r) => ({ role: r.pick(['member', 'board member', 'adviser', 'fellow']) }),
  PARTICIPATED_IN: (r) => ({
    role: r.pick(['delegate', 'delegate', 'guest', 'speaker', 'host', 'signatory']),
  }),
  PARTNERS_WITH: (r) => ({ on: r.pick(['AI', 'chips', 'cloud', 'research', 'energy', 'telecoms']) }),
  PARTY_TO: (r) => ({ role: r.pick(['party', 'party', 'guarantor', 'observer']) }),
  SIGNED: (r) => ({
    date: since(r),
    capacity: r.pick(['Minister', 'Chief Executive', 'Ambassador', 'President']),
  }),
  COVERS: (r) => ({ pillar: r.pick(['research', 'investment', 'skills', 'standards', 'supply chains']) }),
  RELATED_TO: (r) => ({ relation: r.pick(['complements', 'conditional_on', 'implements', 'supersedes']) }),
  PARTNER_IN: (r) => ({ role: r.pick(['co-investor', 'operator', 'supplier', 'adviser']) }),
};

/** The dataset record of domain relationship `edge`: a pure function of (seed, edge). */
export function buildRelationshipRecord(
  context: GeneratorContext,
  edges: EdgeList,
  edge: number,
): RelationshipRecord {
  const type = RELATIONSHIP_TYPES[edges.types[edge] ?? 0] as RelationshipType;
  const random = createRandom(hashSeed(context.seed, 4, edge));
  const record: { -readonly [K in keyof RelationshipRecord]: RelationshipRecord[K] } = {
    type,
    from: nodeId(context, edges.from[edge] ?? 0),
    to: nodeId(context, edges.to[edge] ?? 0),
    sources: [],
  };
  const properties = PROPERTIES[type]?.(random);
  if (properties) record.properties = properties;
  record.sources = citeSources(context, random, random.chance(0.15) ? 2 : 1);
  return record;
}
