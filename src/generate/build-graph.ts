import type { EntityType, RelationshipType } from '../domain/model.ts';
import type { GeneratorContext } from './context.ts';
import { EdgeList } from './edge-list.ts';
import { type Random, createRandom, hashSeed } from './random.ts';

/** Draws a node of `label`: a hub far more often than a tail node (Zipf), or uniformly. */
type Draw = (label: EntityType, uniform?: boolean) => number;

function createDraw(context: GeneratorContext, random: Random): Draw {
  return (label, uniform = false) => {
    const range = context.layout[label];
    return range.start + (uniform ? random.int(range.count) : context.hubs[label].sample(random));
  };
}

/** A node of `label` created before `index` (a region before its town, an earlier agreement). */
function earlier(context: GeneratorContext, random: Random, label: EntityType, index: number): number {
  const local = index - context.layout[label].start;
  return local === 0 ? -1 : context.layout[label].start + random.int(local);
}

type Rule = (index: number, edges: EdgeList, draw: Draw, random: Random) => void;

/** The relationships each node starts with, by label (means chosen from the seed's proportions). */
function baseRules(context: GeneratorContext): Partial<Record<EntityType, Rule>> {
  const add = (edges: EdgeList, type: RelationshipType, from: number, to: number) => {
    if (to >= 0) edges.add(type, from, to);
  };
  return {
    Person: (i, edges, draw, random) => {
      add(edges, 'HOLDS_OFFICE', i, draw(random.chance(0.4) ? 'Country' : 'Organization'));
      if (random.chance(0.3)) add(edges, 'HOLDS_OFFICE', i, draw('Organization'));
      if (random.chance(0.08)) add(edges, 'LEADS', i, draw('Organization', true));
      if (random.chance(0.4)) add(edges, 'MEMBER_OF', i, draw('Organization'));
    },
    Place: (i, edges, draw, random) => {
      const region = random.chance(0.3) ? earlier(context, random, 'Place', i) : -1;
      add(edges, 'LOCATED_IN', i, region >= 0 ? region : draw('Country'));
    },
    Organization: (i, edges, draw, random) => {
      add(edges, 'HEADQUARTERED_IN', i, draw('Country'));
      if (random.chance(0.3)) add(edges, 'HEADQUARTERED_IN', i, draw('Place', true));
      // Only into an earlier organisation (mostly a hub): ownership never runs in a circle.
      if (random.chance(0.15)) {
        const parent = draw('Organization');
        if (parent < i) add(edges, 'SUBSIDIARY_OF', i, parent);
      }
      add(edges, 'PARTNERS_WITH', i, draw('Organization'));
      add(edges, 'FOCUSES_ON', i, draw('Technology'));
    },
    Event: (i, edges, draw, random) => {
      const host = draw('Country');
      add(edges, 'HELD_IN', i, host);
      add(edges, 'PARTICIPATED_IN', host, i);
      add(edges, 'PARTICIPATED_IN', draw('Person'), i);
      if (random.chance(0.7)) add(edges, 'HELD_AT', i, draw('Place', true));
      if (random.chance(0.25)) add(edges, 'PART_OF', i, earlier(context, random, 'Event', i));
    },
    Agreement: (i, edges, draw, random) => {
      for (let k = 0; k < 2; k++)
        add(edges, 'PARTY_TO', draw(random.chance(0.6) ? 'Country' : 'Organization'), i);
      add(edges, 'SIGNED', draw('Person'), i);
      if (random.chance(0.6)) add(edges, 'SIGNED', draw('Person'), i);
      if (random.chance(0.6)) add(edges, 'SIGNED_AT', i, draw('Event', true));
      if (random.chance(0.2)) add(edges, 'ANNOUNCED_AT', i, draw('Event'));
      add(edges, 'COVERS', i, draw('Technology'));
      if (random.chance(0.5)) add(edges, 'COVERS', i, draw('Technology'));
      if (random.chance(0.15)) add(edges, 'RELATED_TO', i, earlier(context, random, 'Agreement', i));
    },
    Investment: (i, edges, draw, random) => {
      const roll = random.next();
      add(edges, 'PLEDGED', draw(roll < 0.7 ? 'Organization' : roll < 0.9 ? 'Country' : 'Person'), i);
      add(edges, 'TARGETS', i, draw('Country'));
      if (random.chance(0.5)) add(edges, 'INVESTS_IN', i, draw('Organization'));
      add(edges, 'PARTNER_IN', draw('Organization'), i);
      add(edges, 'FOCUSES_ON', i, draw('Technology'));
      if (random.chance(0.4)) add(edges, 'LOCATED_AT', i, draw('Place', true));
      if (random.chance(0.4)) add(edges, 'ANNOUNCED_AT', i, draw('Event'));
    },
  };
}

/** Extra relationships that grow a graph to its scale's density: mostly event participation. */
const FILL: readonly (readonly [
  number,
  (draw: Draw, random: Random) => [RelationshipType, number, number],
])[] = [
  [
    0.55,
    (draw, random) => {
      const roll = random.next();
      return [
        'PARTICIPATED_IN',
        draw(roll < 0.5 ? 'Person' : roll < 0.9 ? 'Organization' : 'Country'),
        draw('Event'),
      ];
    },
  ],
  [0.1, (draw) => ['MEMBER_OF', draw('Person', true), draw('Organization')]],
  [0.1, (draw) => ['PARTNERS_WITH', draw('Organization', true), draw('Organization')]],
  [0.1, (draw) => ['PARTNER_IN', draw('Organization'), draw('Investment', true)]],
  [
    0.05,
    (draw, random) => [
      'PARTY_TO',
      draw(random.chance(0.5) ? 'Country' : 'Organization'),
      draw('Agreement', true),
    ],
  ],
  [0.05, (draw) => ['FOCUSES_ON', draw('Organization', true), draw('Technology')]],
  [0.05, (draw) => ['COVERS', draw('Agreement', true), draw('Technology')]],
];

/**
 * Builds the domain relationships: each node's own (an office, a headquarters, a pledge's investor...),
 * then extra ones drawn with preferential attachment until there are `target` of them.
 */
export function buildGraph(context: GeneratorContext, target: number): EdgeList {
  const { layout } = context;
  const edges = new EdgeList(layout.total);
  const random = createRandom(hashSeed(context.seed, 1));
  const draw = createDraw(context, random);
  const rules = baseRules(context);
  for (const [label, rule] of Object.entries(rules) as [EntityType, Rule][]) {
    const range = layout[label];
    for (let i = range.start; i < range.start + range.count; i++) rule(i, edges, draw, random);
  }
  const total = FILL.reduce((sum, [weight]) => sum + weight, 0);
  // Duplicates are skipped, so allow for misses; the cap only guards a degenerate layout.
  for (let attempts = 0; edges.count < target && attempts < target * 4; attempts++) {
    let roll = random.next() * total;
    const entry = FILL.find(([weight]) => (roll -= weight) < 0) ?? FILL[0];
    if (entry) edges.add(...entry[1](draw, random));
  }
  edges.seal();
  return edges;
}
