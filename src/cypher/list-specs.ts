import { NAME_SORTS, TEXT_FILTER, type ListSpec } from './lists.ts';

const dateKey = (property: string): string => `coalesce(toString(n.${property}), '')`;

/** The list fields of Query: one spec per label (filters read `$f.<name>`). */
export const LIST_SPECS = {
  countries: { label: 'Country', sorts: NAME_SORTS, filters: { text: TEXT_FILTER } },
  people: {
    label: 'Person',
    sorts: NAME_SORTS,
    filters: { text: TEXT_FILTER, officeIn: 'EXISTS { (n)-[:HOLDS_OFFICE]->(:Entity {id: $f.officeIn}) }' },
  },
  organizations: {
    label: 'Organization',
    sorts: NAME_SORTS,
    filters: {
      text: TEXT_FILTER,
      kinds: 'n.kind IN $f.kinds',
      country: 'EXISTS { (n)-[:HEADQUARTERED_IN|SUBSIDIARY_OF]->(:Country {id: $f.country}) }',
      technology: 'EXISTS { (n)-[:FOCUSES_ON]->(:Technology {id: $f.technology}) }',
    },
  },
  events: {
    label: 'Event',
    sorts: {
      // Every event has a start date (the dataset schema requires it): its index serves this order.
      START_DATE_ASC: { key: 'n.startDate', descending: false, date: true, keyedBy: ['from', 'to'] },
      START_DATE_DESC: { key: 'n.startDate', descending: true, date: true, keyedBy: ['from', 'to'] },
      ...NAME_SORTS,
    },
    filters: {
      text: TEXT_FILTER,
      kinds: 'n.kind IN $f.kinds',
      from: 'n.startDate >= date($f.from)',
      to: 'n.startDate <= date($f.to)',
      country: `(EXISTS { (n)-[:HELD_IN]->(:Country {id: $f.country}) }
        OR EXISTS { (:Country {id: $f.country})-[:PARTICIPATED_IN]->(n) })`,
      participant: 'EXISTS { (:Entity {id: $f.participant})-[:PARTICIPATED_IN]->(n) }',
      statuses: 'n.status IN $f.statuses',
    },
  },
  agreements: {
    label: 'Agreement',
    sorts: {
      SIGNED_ON_ASC: { key: dateKey('signedOn'), descending: false },
      SIGNED_ON_DESC: { key: dateKey('signedOn'), descending: true },
      ...NAME_SORTS,
    },
    filters: {
      text: TEXT_FILTER,
      kinds: 'n.kind IN $f.kinds',
      statuses: 'n.status IN $f.statuses',
      from: 'n.signedOn >= date($f.from)',
      to: 'n.signedOn <= date($f.to)',
      country: 'EXISTS { (:Entity {id: $f.country})-[:PARTY_TO]->(n) }',
      technology: 'EXISTS { (n)-[:COVERS]->(:Technology {id: $f.technology}) }',
    },
  },
  investments: {
    label: 'Investment',
    sorts: {
      AMOUNT_DESC: { key: 'coalesce(n.amount, -1.0)', descending: true },
      AMOUNT_ASC: { key: 'coalesce(n.amount, -1.0)', descending: false },
      ...NAME_SORTS,
    },
    filters: {
      text: TEXT_FILTER,
      statuses: 'n.status IN $f.statuses',
      currency: 'n.currency = $f.currency',
      minAmount: 'n.amount >= $f.minAmount',
      country: `(EXISTS { (n)-[:TARGETS]->(:Country {id: $f.country}) }
        OR EXISTS { (:Country {id: $f.country})-[:PLEDGED]->(n) })`,
      investor: 'EXISTS { (:Entity {id: $f.investor})-[:PLEDGED]->(n) }',
      technology: 'EXISTS { (n)-[:FOCUSES_ON]->(:Technology {id: $f.technology}) }',
      from: 'EXISTS { (n)-[:ANNOUNCED_AT]->(e:Event) WHERE e.startDate >= date($f.from) }',
      to: 'EXISTS { (n)-[:ANNOUNCED_AT]->(e:Event) WHERE e.startDate <= date($f.to) }',
    },
  },
  technologies: {
    label: 'Technology',
    sorts: NAME_SORTS,
    filters: { text: TEXT_FILTER, category: 'n.category = $f.category' },
  },
  places: {
    label: 'Place',
    sorts: NAME_SORTS,
    filters: {
      text: TEXT_FILTER,
      kind: 'n.kind = $f.kind',
      in: 'EXISTS { (n)-[:LOCATED_IN]->(:Entity {id: $f.in}) }',
    },
  },
  sources: {
    label: 'Source',
    sorts: {
      PUBLISHED_ON_DESC: { key: dateKey('publishedOn'), descending: true },
      PUBLISHED_ON_ASC: { key: dateKey('publishedOn'), descending: false },
      ...NAME_SORTS,
    },
    filters: {
      text: TEXT_FILTER,
      publisher: 'n.publisher = $f.publisher',
      language: 'n.language = $f.language',
      reliability: 'n.reliability = $f.reliability',
      from: 'n.publishedOn >= date($f.from)',
      to: 'n.publishedOn <= date($f.to)',
    },
  },
} as const satisfies Record<string, ListSpec>;
