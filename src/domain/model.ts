/**
 * The graph's vocabulary: labels, relationship types, the label pairs each relationship may join and the
 * properties it may carry. Documented in docs/data-model.md. These constants are the allow-list: no
 * label or relationship type reaches a Cypher string unless it is listed here.
 */

/** Labels of entity nodes (every node also carries {@link ENTITY_LABEL}). */
export const ENTITY_TYPES = [
  'Country',
  'Person',
  'Organization',
  'Event',
  'Agreement',
  'Investment',
  'Technology',
  'Place',
  'Source',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The label every node carries: global id uniqueness and the full-text index hang on it. */
export const ENTITY_LABEL = 'Entity';

/** The dataset file's array for each label. */
export const DATASET_ARRAYS: Readonly<Record<EntityType, string>> = {
  Source: 'sources',
  Country: 'countries',
  Person: 'people',
  Organization: 'organizations',
  Event: 'events',
  Agreement: 'agreements',
  Investment: 'investments',
  Technology: 'technologies',
  Place: 'places',
};

/** Properties each label may carry besides id, name, aliases and description (and how to store them). */
export const ENTITY_PROPERTIES: Readonly<Record<EntityType, Readonly<Record<string, PropertyKind>>>> = {
  Country: { iso2: 'string', iso3: 'string' },
  Person: {},
  Organization: { kind: 'string', website: 'string' },
  Event: { kind: 'string', startDate: 'date', endDate: 'date' },
  Agreement: { kind: 'string', formalName: 'string', binding: 'boolean', signedOn: 'date' },
  // periodText: a period only words give ("two years"; version 1's `period`); aggregate: version 1 only.
  Investment: { periodText: 'string', purpose: 'string', aggregate: 'boolean' },
  Technology: { category: 'string' },
  Place: { kind: 'string' },
  Source: {
    url: 'string',
    title: 'string',
    publisher: 'string',
    via: 'string',
    publishedOn: 'date',
    datePrecision: 'string',
    language: 'string',
    reliability: 'string',
    reliabilityNote: 'string',
  },
};

export type PropertyKind = 'string' | 'date' | 'boolean';

/** Labels whose claims have a status history (`REPORTS_STATUS` from a Source). */
export const CLAIM_TYPES: readonly EntityType[] = ['Agreement', 'Investment', 'Event'];

/** Labels that carry figures (`REPORTS_FIGURE`): a pledge's amount, an agreement's or event's deal value. */
export const FIGURE_TYPES: readonly EntityType[] = ['Investment', 'Agreement', 'Event'];

/** `Organization.kind`. */
export const ORGANIZATION_KINDS = [
  'company',
  'government_body',
  'government_office',
  'subnational_government',
  'agency',
  'state_owned_enterprise',
  'sovereign_wealth_fund',
  'investment_firm',
  'research',
  'media',
  'ngo',
  'international',
  'other',
] as const;

/** `Event.kind`. */
export const EVENT_KINDS = [
  'state_visit',
  'official_visit',
  'summit',
  'forum',
  'conference',
  'trade_mission',
  'signing',
  'announcement',
  'opening',
  'banquet',
  'meeting',
  'press_conference',
  'panel',
  'ceremony',
  'other',
] as const;

export const CLAIM_STATUSES = [
  'reported',
  'announced',
  'signed',
  'confirmed',
  'completed',
  'paused',
  'resumed',
  'cancelled',
  'disputed',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

interface RelationshipSpec {
  readonly from: readonly EntityType[];
  readonly to: readonly EntityType[];
  readonly properties: Readonly<Record<string, PropertyKind>>;
}

/** Domain relationships: every one carries `sources` (Source ids) and may carry `note` and `key`. */
export const RELATIONSHIPS = {
  HOLDS_OFFICE: {
    from: ['Person'],
    to: ['Country', 'Organization'],
    properties: { title: 'string', since: 'date', until: 'date' },
  },
  LEADS: {
    from: ['Person'],
    to: ['Organization'],
    properties: { title: 'string', since: 'date', until: 'date' },
  },
  MEMBER_OF: { from: ['Person'], to: ['Organization'], properties: { role: 'string' } },
  PARTICIPATED_IN: {
    from: ['Person', 'Organization', 'Country'],
    to: ['Event'],
    properties: { role: 'string' },
  },
  PART_OF: { from: ['Event'], to: ['Event'], properties: {} },
  HELD_AT: { from: ['Event'], to: ['Place'], properties: {} },
  HELD_IN: { from: ['Event'], to: ['Country'], properties: {} },
  LOCATED_IN: { from: ['Place'], to: ['Place', 'Country'], properties: {} },
  HEADQUARTERED_IN: { from: ['Organization'], to: ['Country', 'Place'], properties: {} },
  SUBSIDIARY_OF: { from: ['Organization'], to: ['Organization', 'Country'], properties: {} },
  PARTNERS_WITH: { from: ['Organization'], to: ['Organization'], properties: { on: 'string' } },
  PARTY_TO: { from: ['Country', 'Organization'], to: ['Agreement'], properties: { role: 'string' } },
  SIGNED: { from: ['Person'], to: ['Agreement'], properties: { date: 'date', capacity: 'string' } },
  SIGNED_AT: { from: ['Agreement'], to: ['Event'], properties: {} },
  ANNOUNCED_AT: { from: ['Agreement', 'Investment'], to: ['Event'], properties: {} },
  COVERS: { from: ['Agreement'], to: ['Technology'], properties: { pillar: 'string' } },
  RELATED_TO: { from: ['Agreement'], to: ['Agreement'], properties: { relation: 'string' } },
  PLEDGED: { from: ['Organization', 'Country', 'Person'], to: ['Investment'], properties: {} },
  TARGETS: { from: ['Investment'], to: ['Country'], properties: {} },
  INVESTS_IN: { from: ['Investment'], to: ['Organization'], properties: {} },
  PARTNER_IN: { from: ['Organization'], to: ['Investment'], properties: { role: 'string' } },
  FOCUSES_ON: { from: ['Investment', 'Organization'], to: ['Technology'], properties: {} },
  LOCATED_AT: { from: ['Investment'], to: ['Place'], properties: {} },
  // Appended, not grouped with the other Investment types: the generator stores types by their index.
  INCLUDED_IN: { from: ['Investment'], to: ['Investment'], properties: {} },
  MADE_UNDER: { from: ['Investment'], to: ['Agreement'], properties: {} },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof RELATIONSHIPS;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIPS) as RelationshipType[];

/**
 * Types that nest (a pledge inside a larger one, an event inside a visit, a unit inside a group, a town
 * inside a region): a cycle of them is refused at import, the database's own relationships included.
 */
export const HIERARCHY_TYPES: readonly RelationshipType[] = [
  'INCLUDED_IN',
  'PART_OF',
  'SUBSIDIARY_OF',
  'LOCATED_IN',
];

/** Provenance relationships: their start node (or end node, for SOURCED_FROM) is the Source. */
export const PROVENANCE_TYPES = ['SOURCED_FROM', 'REPORTS_STATUS', 'REPORTS_FIGURE'] as const;

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.hasOwn(RELATIONSHIPS, value);
}

export function relationshipSpec(type: RelationshipType): RelationshipSpec {
  return RELATIONSHIPS[type];
}

/** `a Country`, `an Investment`: the article by the word's first sound (vowel letters; good enough here). */
export function withArticle(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}
