import type { EntityType } from '../../domain/model.ts';
import type { FollowDirection, FollowedType, OrderKey, RelationshipSpec } from '../../cypher/index.ts';

/**
 * The schema's relationship fields, as data: for each entity type and field, the relationship it
 * follows (type, direction, the label at the other end), the order of its items, and what an item is.
 * The resolvers (resolvers/entities.ts) and the selection (selection/want.ts) both read this table; the
 * Cypher layer renders the specs. A new relationship field is one line here and one in schema.graphql.
 */
export interface RelationshipField {
  readonly spec: RelationshipSpec;
  /**
   * `edges`: a connection of edges (the relationship's properties and the node at the other end);
   * `nodes`: a connection of the nodes at the other end; `list`: a plain list of edges (`first` only),
   * for provenance; `nodeList`: a plain list of nodes (`first` only).
   */
  readonly shape: 'edges' | 'nodes' | 'list' | 'nodeList';
}

const follow = (
  type: FollowedType,
  direction: FollowDirection,
  other?: EntityType,
  order?: readonly OrderKey[],
): RelationshipSpec => ({
  type,
  direction,
  ...(other ? { other } : {}),
  ...(order ? { order } : {}),
});

const edges = (...args: Parameters<typeof follow>): RelationshipField => ({
  spec: follow(...args),
  shape: 'edges',
});

const byRelationship = (property: string, extra: Partial<OrderKey> = {}): OrderKey => ({
  on: 'relationship',
  property,
  ...extra,
});
const byNode = (property: string): OrderKey => ({ on: 'node', property });

/** A node's sources (`SOURCED_FROM`), by name. */
const sources: RelationshipField = { spec: follow('SOURCED_FROM', 'OUTGOING', 'Source'), shape: 'nodeList' };

/** A claim's status history, oldest first (the later report wins a tie, as at import). */
const statusHistory: RelationshipField = {
  spec: follow('REPORTS_STATUS', 'INCOMING', 'Source', [byRelationship('date'), byNode('publishedOn')]),
  shape: 'list',
};

/** A claim's figures (a pledge's amounts, a deal's value), preferred first, then by unit and amount. */
const figures: RelationshipField = {
  spec: follow('REPORTS_FIGURE', 'INCOMING', 'Source', [
    byRelationship('preferred', { descending: true, ifMissing: false }),
    byRelationship('unit', { ifMissing: '' }),
    byRelationship('currency', { ifMissing: '' }),
    byRelationship('amount'),
  ]),
  shape: 'list',
};

/** The relationship fields of each entity type. */
export const RELATIONSHIP_FIELDS: Readonly<Record<EntityType, Readonly<Record<string, RelationshipField>>>> =
  {
    Country: {
      sources,
      officials: edges('HOLDS_OFFICE', 'INCOMING', 'Person'),
      events: edges('PARTICIPATED_IN', 'OUTGOING', 'Event'),
      hostedEvents: edges('HELD_IN', 'INCOMING', 'Event'),
      agreements: edges('PARTY_TO', 'OUTGOING', 'Agreement'),
      pledges: edges('PLEDGED', 'OUTGOING', 'Investment'),
      investmentsReceived: edges('TARGETS', 'INCOMING', 'Investment'),
      bodies: edges('SUBSIDIARY_OF', 'INCOMING', 'Organization'),
      headquartered: edges('HEADQUARTERED_IN', 'INCOMING', 'Organization'),
      places: edges('LOCATED_IN', 'INCOMING', 'Place'),
    },
    Person: {
      sources,
      offices: edges('HOLDS_OFFICE', 'OUTGOING'),
      leads: edges('LEADS', 'OUTGOING', 'Organization'),
      memberships: edges('MEMBER_OF', 'OUTGOING', 'Organization'),
      events: edges('PARTICIPATED_IN', 'OUTGOING', 'Event'),
      signatures: edges('SIGNED', 'OUTGOING', 'Agreement'),
      pledges: edges('PLEDGED', 'OUTGOING', 'Investment'),
    },
    Organization: {
      sources,
      officials: edges('HOLDS_OFFICE', 'INCOMING', 'Person'),
      leaders: edges('LEADS', 'INCOMING', 'Person'),
      members: edges('MEMBER_OF', 'INCOMING', 'Person'),
      events: edges('PARTICIPATED_IN', 'OUTGOING', 'Event'),
      agreements: edges('PARTY_TO', 'OUTGOING', 'Agreement'),
      pledges: edges('PLEDGED', 'OUTGOING', 'Investment'),
      investmentsReceived: edges('INVESTS_IN', 'INCOMING', 'Investment'),
      investmentPartnerships: edges('PARTNER_IN', 'OUTGOING', 'Investment'),
      partners: edges('PARTNERS_WITH', 'BOTH', 'Organization'),
      headquarters: edges('HEADQUARTERED_IN', 'OUTGOING'),
      parents: edges('SUBSIDIARY_OF', 'OUTGOING'),
      subsidiaries: edges('SUBSIDIARY_OF', 'INCOMING', 'Organization'),
      technologies: edges('FOCUSES_ON', 'OUTGOING', 'Technology'),
    },
    Event: {
      sources,
      statusHistory,
      participants: edges('PARTICIPATED_IN', 'INCOMING', undefined, [byRelationship('role'), byNode('name')]),
      places: edges('HELD_AT', 'OUTGOING', 'Place'),
      countries: edges('HELD_IN', 'OUTGOING', 'Country'),
      partOf: edges('PART_OF', 'OUTGOING', 'Event'),
      subEvents: edges('PART_OF', 'INCOMING', 'Event', [byNode('startDate'), byNode('name')]),
      agreementsSigned: edges('SIGNED_AT', 'INCOMING', 'Agreement'),
      agreementsAnnounced: edges('ANNOUNCED_AT', 'INCOMING', 'Agreement'),
      investmentsAnnounced: edges('ANNOUNCED_AT', 'INCOMING', 'Investment'),
      figures,
    },
    Agreement: {
      sources,
      statusHistory,
      parties: edges('PARTY_TO', 'INCOMING'),
      signatories: edges('SIGNED', 'INCOMING', 'Person'),
      technologies: edges('COVERS', 'OUTGOING', 'Technology'),
      signedAt: edges('SIGNED_AT', 'OUTGOING', 'Event'),
      announcedAt: edges('ANNOUNCED_AT', 'OUTGOING', 'Event'),
      related: edges('RELATED_TO', 'BOTH', 'Agreement'),
      pledges: edges('MADE_UNDER', 'INCOMING', 'Investment'),
      figures,
    },
    Investment: {
      sources,
      statusHistory,
      figures,
      investors: edges('PLEDGED', 'INCOMING'),
      targetCountries: edges('TARGETS', 'OUTGOING', 'Country'),
      recipients: edges('INVESTS_IN', 'OUTGOING', 'Organization'),
      partners: edges('PARTNER_IN', 'INCOMING', 'Organization'),
      technologies: edges('FOCUSES_ON', 'OUTGOING', 'Technology'),
      places: edges('LOCATED_AT', 'OUTGOING', 'Place'),
      announcedAt: edges('ANNOUNCED_AT', 'OUTGOING', 'Event'),
      includedIn: edges('INCLUDED_IN', 'OUTGOING', 'Investment'),
      parts: edges('INCLUDED_IN', 'INCOMING', 'Investment'),
      madeUnder: edges('MADE_UNDER', 'OUTGOING', 'Agreement'),
    },
    Technology: {
      sources,
      agreements: edges('COVERS', 'INCOMING', 'Agreement'),
      investments: edges('FOCUSES_ON', 'INCOMING', 'Investment'),
      organizations: edges('FOCUSES_ON', 'INCOMING', 'Organization'),
    },
    Place: {
      sources,
      locatedIn: edges('LOCATED_IN', 'OUTGOING'),
      places: edges('LOCATED_IN', 'INCOMING', 'Place'),
      events: edges('HELD_AT', 'INCOMING', 'Event'),
      investments: edges('LOCATED_AT', 'INCOMING', 'Investment'),
      headquartered: edges('HEADQUARTERED_IN', 'INCOMING', 'Organization'),
    },
    Source: {
      supports: { spec: follow('SOURCED_FROM', 'INCOMING'), shape: 'nodes' },
      statusReports: edges('REPORTS_STATUS', 'OUTGOING', undefined, [byRelationship('date'), byNode('name')]),
      figures: edges('REPORTS_FIGURE', 'OUTGOING', 'Investment'),
    },
  };

/** The relationship field `field` of the type `type`, if it is one. */
export function relationshipFieldOf(type: string, field: string): RelationshipField | undefined {
  return (RELATIONSHIP_FIELDS as Readonly<Record<string, Readonly<Record<string, RelationshipField>>>>)[
    type
  ]?.[field];
}
