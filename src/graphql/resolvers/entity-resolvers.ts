import type { Resolvers } from '../generated/types.ts';
import type { EdgeRecord } from '../records.ts';
import { edgesOf, figures, nodeFields, nodesOf, statusHistory } from './fields.ts';

/** True when two figures in the same currency differ. */
export function isDisputed(figureEdges: readonly EdgeRecord[]): boolean {
  const byCurrency = new Map<unknown, Set<unknown>>();
  for (const figure of figureEdges) {
    const amounts = byCurrency.get(figure.currency) ?? new Set();
    amounts.add(figure.amount);
    byCurrency.set(figure.currency, amounts);
  }
  return [...byCurrency.values()].some((amounts) => amounts.size > 1);
}

/** The entity types: their relationships as fields, both directions, batched. */
export const entityResolvers: Resolvers = {
  Country: {
    ...nodeFields,
    officials: edgesOf('HOLDS_OFFICE', 'INCOMING', 'Person'),
    events: edgesOf('PARTICIPATED_IN', 'OUTGOING', 'Event'),
    hostedEvents: edgesOf('HELD_IN', 'INCOMING', 'Event'),
    agreements: edgesOf('PARTY_TO', 'OUTGOING', 'Agreement'),
    pledges: edgesOf('PLEDGED', 'OUTGOING', 'Investment'),
    investmentsReceived: edgesOf('TARGETS', 'INCOMING', 'Investment'),
    bodies: edgesOf('SUBSIDIARY_OF', 'INCOMING', 'Organization'),
    headquartered: edgesOf('HEADQUARTERED_IN', 'INCOMING', 'Organization'),
    places: edgesOf('LOCATED_IN', 'INCOMING', 'Place'),
  },
  Person: {
    ...nodeFields,
    offices: edgesOf('HOLDS_OFFICE', 'OUTGOING'),
    leads: edgesOf('LEADS', 'OUTGOING', 'Organization'),
    memberships: edgesOf('MEMBER_OF', 'OUTGOING', 'Organization'),
    events: edgesOf('PARTICIPATED_IN', 'OUTGOING', 'Event'),
    signatures: edgesOf('SIGNED', 'OUTGOING', 'Agreement'),
    pledges: edgesOf('PLEDGED', 'OUTGOING', 'Investment'),
  },
  Organization: {
    ...nodeFields,
    officials: edgesOf('HOLDS_OFFICE', 'INCOMING', 'Person'),
    leaders: edgesOf('LEADS', 'INCOMING', 'Person'),
    members: edgesOf('MEMBER_OF', 'INCOMING', 'Person'),
    events: edgesOf('PARTICIPATED_IN', 'OUTGOING', 'Event'),
    agreements: edgesOf('PARTY_TO', 'OUTGOING', 'Agreement'),
    pledges: edgesOf('PLEDGED', 'OUTGOING', 'Investment'),
    investmentsReceived: edgesOf('INVESTS_IN', 'INCOMING', 'Investment'),
    investmentPartnerships: edgesOf('PARTNER_IN', 'OUTGOING', 'Investment'),
    partners: edgesOf('PARTNERS_WITH', 'BOTH', 'Organization'),
    headquarters: edgesOf('HEADQUARTERED_IN', 'OUTGOING'),
    parents: edgesOf('SUBSIDIARY_OF', 'OUTGOING'),
    subsidiaries: edgesOf('SUBSIDIARY_OF', 'INCOMING', 'Organization'),
    technologies: edgesOf('FOCUSES_ON', 'OUTGOING', 'Technology'),
  },
  Event: {
    ...nodeFields,
    statusHistory,
    participants: edgesOf('PARTICIPATED_IN', 'INCOMING', undefined, 'r.role, m.name, m.id'),
    places: edgesOf('HELD_AT', 'OUTGOING', 'Place'),
    countries: edgesOf('HELD_IN', 'OUTGOING', 'Country'),
    partOf: edgesOf('PART_OF', 'OUTGOING', 'Event'),
    subEvents: edgesOf('PART_OF', 'INCOMING', 'Event', 'm.startDate, m.name, m.id'),
    agreementsSigned: edgesOf('SIGNED_AT', 'INCOMING', 'Agreement'),
    agreementsAnnounced: edgesOf('ANNOUNCED_AT', 'INCOMING', 'Agreement'),
    investmentsAnnounced: edgesOf('ANNOUNCED_AT', 'INCOMING', 'Investment'),
  },
  Agreement: {
    ...nodeFields,
    statusHistory,
    parties: edgesOf('PARTY_TO', 'INCOMING'),
    signatories: edgesOf('SIGNED', 'INCOMING', 'Person'),
    technologies: edgesOf('COVERS', 'OUTGOING', 'Technology'),
    signedAt: edgesOf('SIGNED_AT', 'OUTGOING', 'Event'),
    announcedAt: edgesOf('ANNOUNCED_AT', 'OUTGOING', 'Event'),
    related: edgesOf('RELATED_TO', 'BOTH', 'Agreement'),
  },
  Investment: {
    ...nodeFields,
    statusHistory,
    figures,
    disputed: async (parent, args, context, info) => isDisputed(await figures(parent, args, context, info)),
    aggregate: (parent) => parent.aggregate === true,
    investors: edgesOf('PLEDGED', 'INCOMING'),
    targetCountries: edgesOf('TARGETS', 'OUTGOING', 'Country'),
    recipients: edgesOf('INVESTS_IN', 'OUTGOING', 'Organization'),
    partners: edgesOf('PARTNER_IN', 'INCOMING', 'Organization'),
    technologies: edgesOf('FOCUSES_ON', 'OUTGOING', 'Technology'),
    places: edgesOf('LOCATED_AT', 'OUTGOING', 'Place'),
    announcedAt: edgesOf('ANNOUNCED_AT', 'OUTGOING', 'Event'),
  },
  Technology: {
    ...nodeFields,
    agreements: edgesOf('COVERS', 'INCOMING', 'Agreement'),
    investments: edgesOf('FOCUSES_ON', 'INCOMING', 'Investment'),
    organizations: edgesOf('FOCUSES_ON', 'INCOMING', 'Organization'),
  },
  Place: {
    ...nodeFields,
    locatedIn: edgesOf('LOCATED_IN', 'OUTGOING'),
    places: edgesOf('LOCATED_IN', 'INCOMING', 'Place'),
    events: edgesOf('HELD_AT', 'INCOMING', 'Event'),
    investments: edgesOf('LOCATED_AT', 'INCOMING', 'Investment'),
    headquartered: edgesOf('HEADQUARTERED_IN', 'INCOMING', 'Organization'),
  },
  Source: {
    aliases: nodeFields.aliases,
    sources: () => [],
    supports: nodesOf('SOURCED_FROM', 'INCOMING'),
    statusReports: edgesOf('REPORTS_STATUS', 'OUTGOING', undefined, 'r.date, m.name, m.id'),
    figures: edgesOf('REPORTS_FIGURE', 'OUTGOING', 'Investment'),
  },
};
