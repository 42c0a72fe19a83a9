import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type {
  NodeRecord,
  EdgeRecord,
  StepRecord,
  PathRecord,
  NeighborhoodRecord,
  TimelineRecord,
  TotalsGroupRecord,
  SearchHitRecord,
  RelationshipRecord,
  ConnectionRecord,
  EdgeConnectionRecord,
  NodeConnectionRecord,
  NodeConnectionEdgeRecord,
} from '../../../cypher/index.ts';
import type { ReportDefinition, ReportParam } from '../../../reports/index.ts';
import type { ReportResultRecord } from '../../resolvers/reports.ts';
import type { GraphQLContext } from '../../request/context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string };
  /** An instant, ISO 8601 with offset. */
  DateTime: { input: string; output: string };
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown };
};

export type Agreement = Claim &
  Node & {
    __typename?: 'Agreement';
    aliases: Array<Scalars['String']['output']>;
    announcedAt: EventEdgeConnection;
    binding?: Maybe<Scalars['Boolean']['output']>;
    description?: Maybe<Scalars['String']['output']>;
    formalName?: Maybe<Scalars['String']['output']>;
    id: Scalars['ID']['output'];
    kind?: Maybe<Scalars['String']['output']>;
    name: Scalars['String']['output'];
    parties: PartyEdgeConnection;
    related: AgreementRelationEdgeConnection;
    signatories: SignatureEdgeConnection;
    signedAt: EventEdgeConnection;
    signedOn?: Maybe<Scalars['Date']['output']>;
    sources: Array<Source>;
    status?: Maybe<ClaimStatus>;
    statusHistory: Array<StatusReport>;
    technologies: CoverageEdgeConnection;
  };

export type AgreementAnnouncedAtArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AgreementPartiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AgreementRelatedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AgreementSignatoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AgreementSignedAtArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AgreementSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AgreementStatusHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AgreementTechnologiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  edges: Array<AgreementConnectionEdge>;
  nodes: Array<Agreement>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgreementConnectionEdge = {
  __typename?: 'AgreementConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Agreement;
};

/** A relationship without properties, to an agreement. */
export type AgreementEdge = Edge & {
  __typename?: 'AgreementEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Agreement;
  note?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** A relationship without properties, to an agreement. */
export type AgreementEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A page of a node's relationships: `first` items (default 20, at most 100) after the cursor `after`.
 * `totalCount` counts them all. Pages are positional: a node's relationships keep one order (see each
 * field), and a page starts after the position its cursor names.
 */
export type AgreementEdgeConnection = {
  __typename?: 'AgreementEdgeConnection';
  edges: Array<AgreementEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Agreement>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgreementFilter = {
  /** With this party (country or organisation id). */
  country?: InputMaybe<Scalars['ID']['input']>;
  /** Signed on or after. */
  from?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  statuses?: InputMaybe<Array<ClaimStatus>>;
  /** Covering this technology (id). */
  technology?: InputMaybe<Scalars['ID']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  /** Signed on or before. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** `PARTY_TO` from a country or organisation. */
export type AgreementPartyEdge = Edge & {
  __typename?: 'AgreementPartyEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Agreement;
  note?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** `PARTY_TO` from a country or organisation. */
export type AgreementPartyEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AgreementPartyEdgeConnection = {
  __typename?: 'AgreementPartyEdgeConnection';
  edges: Array<AgreementPartyEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Agreement>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** `RELATED_TO` between agreements, either direction. */
export type AgreementRelationEdge = Edge & {
  __typename?: 'AgreementRelationEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  direction: Direction;
  node: Agreement;
  note?: Maybe<Scalars['String']['output']>;
  /** e.g. conditional_on, complements */
  relation?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** `RELATED_TO` between agreements, either direction. */
export type AgreementRelationEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AgreementRelationEdgeConnection = {
  __typename?: 'AgreementRelationEdgeConnection';
  edges: Array<AgreementRelationEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Agreement>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgreementSort = 'NAME_ASC' | 'NAME_DESC' | 'SIGNED_ON_ASC' | 'SIGNED_ON_DESC';

/** A claim with a status that keeps its time: every report of it stays, with its source. */
export type Claim = {
  id: Scalars['ID']['output'];
  /** The status of the latest report. */
  status?: Maybe<ClaimStatus>;
  /** Every status report, oldest first. */
  statusHistory: Array<StatusReport>;
};

/** A claim with a status that keeps its time: every report of it stays, with its source. */
export type ClaimStatusHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ClaimStatus =
  | 'announced'
  | 'cancelled'
  | 'completed'
  | 'confirmed'
  | 'disputed'
  | 'paused'
  | 'reported'
  | 'resumed'
  | 'signed';

export type Country = Node & {
  __typename?: 'Country';
  agreements: AgreementPartyEdgeConnection;
  aliases: Array<Scalars['String']['output']>;
  /** Government bodies and units that belong to this country (`SUBSIDIARY_OF`). */
  bodies: OrganizationEdgeConnection;
  description?: Maybe<Scalars['String']['output']>;
  events: EventParticipationEdgeConnection;
  /** Organisations headquartered here. */
  headquartered: OrganizationEdgeConnection;
  /** Events held in this country. */
  hostedEvents: EventEdgeConnection;
  id: Scalars['ID']['output'];
  /** Investments that target this country. */
  investmentsReceived: InvestmentEdgeConnection;
  iso2?: Maybe<Scalars['String']['output']>;
  iso3?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** People holding office in this country's government. */
  officials: OfficeHolderEdgeConnection;
  places: PlaceEdgeConnection;
  pledges: InvestmentEdgeConnection;
  sources: Array<Source>;
};

export type CountryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CountryBodiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CountryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CountryHeadquarteredArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CountryHostedEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CountryInvestmentsReceivedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CountryOfficialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CountryPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CountryPledgesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CountrySourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CountryConnection = {
  __typename?: 'CountryConnection';
  edges: Array<CountryConnectionEdge>;
  nodes: Array<Country>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CountryConnectionEdge = {
  __typename?: 'CountryConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Country;
};

/** A relationship without properties, to a country. */
export type CountryEdge = Edge & {
  __typename?: 'CountryEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Country;
  note?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** A relationship without properties, to a country. */
export type CountryEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CountryEdgeConnection = {
  __typename?: 'CountryEdgeConnection';
  edges: Array<CountryEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Country>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Filters shared by every list: `text` matches name or aliases (case-insensitive substring). */
export type CountryFilter = {
  text?: InputMaybe<Scalars['String']['input']>;
};

/** `COVERS` from an agreement. */
export type CoverageEdge = Edge & {
  __typename?: 'CoverageEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Technology;
  note?: Maybe<Scalars['String']['output']>;
  /** How the agreement's text names the technology. */
  pillar?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** `COVERS` from an agreement. */
export type CoverageEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CoverageEdgeConnection = {
  __typename?: 'CoverageEdgeConnection';
  edges: Array<CoverageEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Technology>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** `COVERS` to a technology. */
export type CoveringAgreementEdge = Edge & {
  __typename?: 'CoveringAgreementEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Agreement;
  note?: Maybe<Scalars['String']['output']>;
  pillar?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** `COVERS` to a technology. */
export type CoveringAgreementEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CoveringAgreementEdgeConnection = {
  __typename?: 'CoveringAgreementEdgeConnection';
  edges: Array<CoveringAgreementEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Agreement>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CurrencyTotal = {
  __typename?: 'CurrencyTotal';
  /** The sum of preferred amounts, major units. */
  amount: Scalars['Float']['output'];
  count: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
};

/** Which way a relationship points, seen from the node the field is on (or along a path). */
export type Direction = 'INCOMING' | 'OUTGOING';

/** What every relationship edge carries. */
export type Edge = {
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  /** The entity at the other end. */
  node: Node;
  note?: Maybe<Scalars['String']['output']>;
  /** The sources that cite this relationship. */
  sources: Array<Source>;
};

/** What every relationship edge carries. */
export type EdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * An entity to create or update. `properties` holds the type's own fields as in the dataset format
 * (e.g. `{ "iso2": "GB" }`, `{ "kind": "company" }`, `{ "figures": [...], "statusHistory": [...] }`).
 */
export type EntityInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  properties?: InputMaybe<Scalars['JSON']['input']>;
  /** Source ids (at least one; none for a Source). */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  type: EntityType;
};

export type EntityType =
  | 'Agreement'
  | 'Country'
  | 'Event'
  | 'Investment'
  | 'Organization'
  | 'Person'
  | 'Place'
  | 'Source'
  | 'Technology';

export type Event = Claim &
  Node & {
    __typename?: 'Event';
    agreementsAnnounced: AgreementEdgeConnection;
    agreementsSigned: AgreementEdgeConnection;
    aliases: Array<Scalars['String']['output']>;
    countries: CountryEdgeConnection;
    description?: Maybe<Scalars['String']['output']>;
    endDate?: Maybe<Scalars['Date']['output']>;
    id: Scalars['ID']['output'];
    investmentsAnnounced: InvestmentEdgeConnection;
    kind?: Maybe<Scalars['String']['output']>;
    name: Scalars['String']['output'];
    /** The larger event this is part of. */
    partOf: EventEdgeConnection;
    participants: ParticipationEdgeConnection;
    places: PlaceEdgeConnection;
    sources: Array<Source>;
    startDate?: Maybe<Scalars['Date']['output']>;
    status?: Maybe<ClaimStatus>;
    statusHistory: Array<StatusReport>;
    subEvents: EventEdgeConnection;
  };

export type EventAgreementsAnnouncedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventAgreementsSignedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventInvestmentsAnnouncedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventPartOfArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventStatusHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventSubEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventConnectionEdge>;
  nodes: Array<Event>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventConnectionEdge = {
  __typename?: 'EventConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

/** A relationship without properties, to an event. */
export type EventEdge = Edge & {
  __typename?: 'EventEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Event;
  note?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** A relationship without properties, to an event. */
export type EventEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventEdgeConnection = {
  __typename?: 'EventEdgeConnection';
  edges: Array<EventEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Event>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventFilter = {
  /** Held in this country or with it as a participant (id). */
  country?: InputMaybe<Scalars['ID']['input']>;
  /** Starts on or after. */
  from?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** With this participant (id of a person, organisation or country). */
  participant?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<ClaimStatus>>;
  text?: InputMaybe<Scalars['String']['input']>;
  /** Starts on or before. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** `PARTICIPATED_IN` from a participant: the event and the role. */
export type EventParticipationEdge = Edge & {
  __typename?: 'EventParticipationEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Event;
  note?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** `PARTICIPATED_IN` from a participant: the event and the role. */
export type EventParticipationEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventParticipationEdgeConnection = {
  __typename?: 'EventParticipationEdgeConnection';
  edges: Array<EventParticipationEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Event>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventSort = 'NAME_ASC' | 'NAME_DESC' | 'START_DATE_ASC' | 'START_DATE_DESC';

/** One reported amount of an investment, by one source. */
export type Figure = {
  __typename?: 'Figure';
  /** Major units of `currency`. */
  amount: Scalars['Float']['output'];
  attributedTo?: Maybe<Scalars['String']['output']>;
  /** True when the source converted it from another currency. */
  converted: Scalars['Boolean']['output'];
  /** ISO 4217. */
  currency: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** True for the figure the graph uses as the investment's amount. */
  preferred: Scalars['Boolean']['output'];
  /** `up to`, `about`… */
  qualifier?: Maybe<Scalars['String']['output']>;
  source: Source;
};

export type GraphRelationship = {
  __typename?: 'GraphRelationship';
  from: Node;
  properties: Scalars['JSON']['output'];
  sources: Array<Source>;
  to: Node;
  type: Scalars['String']['output'];
};

export type GraphRelationshipSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ImportPayload = {
  __typename?: 'ImportPayload';
  /** What the importer reports it created and updated. */
  summary: Scalars['JSON']['output'];
};

export type Investment = Claim &
  Node & {
    __typename?: 'Investment';
    /**
     * True for a reported total that sums other pledges (such as US tech firms' combined £31bn): shown
     * with its sources, never added into `investmentTotals`.
     */
    aggregate: Scalars['Boolean']['output'];
    aliases: Array<Scalars['String']['output']>;
    /** The preferred figure's amount (major units of `currency`). */
    amount?: Maybe<Scalars['Float']['output']>;
    announcedAt: EventEdgeConnection;
    currency?: Maybe<Scalars['String']['output']>;
    description?: Maybe<Scalars['String']['output']>;
    /** True when two figures in the same currency differ. */
    disputed: Scalars['Boolean']['output'];
    /** Every reported figure with its source, preferred first. */
    figures: Array<Figure>;
    id: Scalars['ID']['output'];
    /** Who pledged it (organisation, country or person). */
    investors: NodeEdgeConnection;
    name: Scalars['String']['output'];
    partners: InvestmentPartnerEdgeConnection;
    period?: Maybe<Scalars['String']['output']>;
    places: PlaceEdgeConnection;
    purpose?: Maybe<Scalars['String']['output']>;
    qualifier?: Maybe<Scalars['String']['output']>;
    /** The organisations receiving it, where there are any. */
    recipients: OrganizationEdgeConnection;
    sources: Array<Source>;
    status?: Maybe<ClaimStatus>;
    statusHistory: Array<StatusReport>;
    targetCountries: CountryEdgeConnection;
    technologies: TechnologyEdgeConnection;
  };

export type InvestmentAnnouncedAtArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InvestmentFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InvestmentInvestorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InvestmentPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InvestmentPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InvestmentRecipientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InvestmentSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InvestmentStatusHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InvestmentTargetCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InvestmentTechnologiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InvestmentConnection = {
  __typename?: 'InvestmentConnection';
  edges: Array<InvestmentConnectionEdge>;
  nodes: Array<Investment>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InvestmentConnectionEdge = {
  __typename?: 'InvestmentConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Investment;
};

/** A relationship without properties, to an investment. */
export type InvestmentEdge = Edge & {
  __typename?: 'InvestmentEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Investment;
  note?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** A relationship without properties, to an investment. */
export type InvestmentEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InvestmentEdgeConnection = {
  __typename?: 'InvestmentEdgeConnection';
  edges: Array<InvestmentEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Investment>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InvestmentFilter = {
  /** Pledged by, or targeting, this country (id). */
  country?: InputMaybe<Scalars['ID']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Announced at an event starting on or after. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Pledged by this organisation, country or person (id). */
  investor?: InputMaybe<Scalars['ID']['input']>;
  minAmount?: InputMaybe<Scalars['Float']['input']>;
  statuses?: InputMaybe<Array<ClaimStatus>>;
  /** Focusing on this technology (id). */
  technology?: InputMaybe<Scalars['ID']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  /** Announced at an event starting on or before. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type InvestmentGrouping = 'EVENT' | 'INVESTOR' | 'TARGET_COUNTRY' | 'TECHNOLOGY';

/** `PARTNER_IN` from an investment: a partner organisation and its role. */
export type InvestmentPartnerEdge = Edge & {
  __typename?: 'InvestmentPartnerEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Organization;
  note?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** `PARTNER_IN` from an investment: a partner organisation and its role. */
export type InvestmentPartnerEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InvestmentPartnerEdgeConnection = {
  __typename?: 'InvestmentPartnerEdgeConnection';
  edges: Array<InvestmentPartnerEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Organization>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Investments without an amount sort after (DESC) or before (ASC) all others. */
export type InvestmentSort = 'AMOUNT_ASC' | 'AMOUNT_DESC' | 'NAME_ASC' | 'NAME_DESC';

export type InvestmentTotalGroup = {
  __typename?: 'InvestmentTotalGroup';
  /** The number of investments in the group (with an amount). */
  count: Scalars['Int']['output'];
  /** The investor, country, technology or event. */
  group: Node;
  /** One total per currency, largest first. */
  totals: Array<CurrencyTotal>;
};

/** `LEADS` to an organisation. */
export type LeaderEdge = Edge & {
  __typename?: 'LeaderEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Person;
  note?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  title?: Maybe<Scalars['String']['output']>;
  until?: Maybe<Scalars['Date']['output']>;
};

/** `LEADS` to an organisation. */
export type LeaderEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type LeaderEdgeConnection = {
  __typename?: 'LeaderEdgeConnection';
  edges: Array<LeaderEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** `LEADS` from a person. */
export type LeadershipEdge = Edge & {
  __typename?: 'LeadershipEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Organization;
  note?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  title?: Maybe<Scalars['String']['output']>;
  until?: Maybe<Scalars['Date']['output']>;
};

/** `LEADS` from a person. */
export type LeadershipEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type LeadershipEdgeConnection = {
  __typename?: 'LeadershipEdgeConnection';
  edges: Array<LeadershipEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Organization>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** `MEMBER_OF` to an organisation. */
export type MemberEdge = Edge & {
  __typename?: 'MemberEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Person;
  note?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** `MEMBER_OF` to an organisation. */
export type MemberEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type MemberEdgeConnection = {
  __typename?: 'MemberEdgeConnection';
  edges: Array<MemberEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** `MEMBER_OF` from a person. */
export type MembershipEdge = Edge & {
  __typename?: 'MembershipEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Organization;
  note?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** `MEMBER_OF` from a person. */
export type MembershipEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type MembershipEdgeConnection = {
  __typename?: 'MembershipEdgeConnection';
  edges: Array<MembershipEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Organization>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * Writes. Each needs `Authorization: Bearer <token>` with a token from TDG_WRITE_TOKENS; without one the
 * request fails with UNAUTHENTICATED before anything is validated or written. Each write is one
 * transaction through the dataset importer: validated first (errors name the field in
 * `extensions.issues`), all or nothing, idempotent.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Imports a whole dataset in the dataset format (docs/dataset-format.md). */
  importDataset?: Maybe<ImportPayload>;
  /** Creates or updates an entity by id, with its sources. */
  upsertEntity?: Maybe<Node>;
  /** Creates or updates a relationship (by type, ends and optional key), with its sources. */
  upsertRelationship?: Maybe<UpsertRelationshipPayload>;
};

/**
 * Writes. Each needs `Authorization: Bearer <token>` with a token from TDG_WRITE_TOKENS; without one the
 * request fails with UNAUTHENTICATED before anything is validated or written. Each write is one
 * transaction through the dataset importer: validated first (errors name the field in
 * `extensions.issues`), all or nothing, idempotent.
 */
export type MutationImportDatasetArgs = {
  dataset: Scalars['JSON']['input'];
};

/**
 * Writes. Each needs `Authorization: Bearer <token>` with a token from TDG_WRITE_TOKENS; without one the
 * request fails with UNAUTHENTICATED before anything is validated or written. Each write is one
 * transaction through the dataset importer: validated first (errors name the field in
 * `extensions.issues`), all or nothing, idempotent.
 */
export type MutationUpsertEntityArgs = {
  input: EntityInput;
};

/**
 * Writes. Each needs `Authorization: Bearer <token>` with a token from TDG_WRITE_TOKENS; without one the
 * request fails with UNAUTHENTICATED before anything is validated or written. Each write is one
 * transaction through the dataset importer: validated first (errors name the field in
 * `extensions.issues`), all or nothing, idempotent.
 */
export type MutationUpsertRelationshipArgs = {
  input: RelationshipInput;
};

export type NameSort = 'NAME_ASC' | 'NAME_DESC';

export type Neighbor = {
  __typename?: 'Neighbor';
  /** The number of hops from the center. */
  distance: Scalars['Int']['output'];
  node: Node;
};

export type Neighborhood = {
  __typename?: 'Neighborhood';
  center: Node;
  nodes: Array<Neighbor>;
  /** The domain relationships among the center and the nodes returned. */
  relationships: Array<GraphRelationship>;
};

/** Anything in the graph. */
export type Node = {
  /** Other names and spellings (other languages included). */
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The sources that support this entity's facts (`SOURCED_FROM`). */
  sources: Array<Source>;
};

/** Anything in the graph. */
export type NodeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Entities a source supports, a page at a time. */
export type NodeConnection = {
  __typename?: 'NodeConnection';
  edges: Array<NodeConnectionEdge>;
  nodes: Array<Node>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NodeConnectionEdge = {
  __typename?: 'NodeConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Node;
};

/** A relationship without properties, to a node of any type. */
export type NodeEdge = Edge & {
  __typename?: 'NodeEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Node;
  note?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** A relationship without properties, to a node of any type. */
export type NodeEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type NodeEdgeConnection = {
  __typename?: 'NodeEdgeConnection';
  edges: Array<NodeEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Node>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** `HOLDS_OFFICE` from a person: the office and the body it is in. */
export type OfficeEdge = Edge & {
  __typename?: 'OfficeEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Node;
  note?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  title?: Maybe<Scalars['String']['output']>;
  until?: Maybe<Scalars['Date']['output']>;
};

/** `HOLDS_OFFICE` from a person: the office and the body it is in. */
export type OfficeEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OfficeEdgeConnection = {
  __typename?: 'OfficeEdgeConnection';
  edges: Array<OfficeEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Node>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** `HOLDS_OFFICE` to a country or organisation: who holds office there. */
export type OfficeHolderEdge = Edge & {
  __typename?: 'OfficeHolderEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Person;
  note?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  title?: Maybe<Scalars['String']['output']>;
  until?: Maybe<Scalars['Date']['output']>;
};

/** `HOLDS_OFFICE` to a country or organisation: who holds office there. */
export type OfficeHolderEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OfficeHolderEdgeConnection = {
  __typename?: 'OfficeHolderEdgeConnection';
  edges: Array<OfficeHolderEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Organization = Node & {
  __typename?: 'Organization';
  agreements: AgreementPartyEdgeConnection;
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  events: EventParticipationEdgeConnection;
  /** The country or place of its headquarters. */
  headquarters: NodeEdgeConnection;
  id: Scalars['ID']['output'];
  /** Investments it is a partner in. */
  investmentPartnerships: PartnerInInvestmentEdgeConnection;
  /** Investments that go into this organisation. */
  investmentsReceived: InvestmentEdgeConnection;
  kind?: Maybe<OrganizationKind>;
  leaders: LeaderEdgeConnection;
  members: MemberEdgeConnection;
  name: Scalars['String']['output'];
  officials: OfficeHolderEdgeConnection;
  /** The organisation or country it belongs to. */
  parents: NodeEdgeConnection;
  partners: PartnershipEdgeConnection;
  pledges: InvestmentEdgeConnection;
  sources: Array<Source>;
  subsidiaries: OrganizationEdgeConnection;
  technologies: TechnologyEdgeConnection;
  website?: Maybe<Scalars['String']['output']>;
};

export type OrganizationAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationHeadquartersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationInvestmentPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationInvestmentsReceivedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationLeadersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationOfficialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationParentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationPledgesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationSubsidiariesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationTechnologiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationConnectionEdge>;
  nodes: Array<Organization>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationConnectionEdge = {
  __typename?: 'OrganizationConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

/** A relationship without properties, to an organisation. */
export type OrganizationEdge = Edge & {
  __typename?: 'OrganizationEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Organization;
  note?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** A relationship without properties, to an organisation. */
export type OrganizationEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationEdgeConnection = {
  __typename?: 'OrganizationEdgeConnection';
  edges: Array<OrganizationEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Organization>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationFilter = {
  /** Headquartered in, or belonging to, this country (id). */
  country?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<OrganizationKind>>;
  /** Focusing on this technology (id). */
  technology?: InputMaybe<Scalars['ID']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type OrganizationKind =
  | 'agency'
  | 'company'
  | 'government_body'
  | 'international'
  | 'investment_firm'
  | 'media'
  | 'ngo'
  | 'other'
  | 'research';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** `PARTICIPATED_IN` to an event: a participant (person, organisation or country) and its role. */
export type ParticipationEdge = Edge & {
  __typename?: 'ParticipationEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Node;
  note?: Maybe<Scalars['String']['output']>;
  /** host, guest, signatory, delegate, speaker… */
  role?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** `PARTICIPATED_IN` to an event: a participant (person, organisation or country) and its role. */
export type ParticipationEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ParticipationEdgeConnection = {
  __typename?: 'ParticipationEdgeConnection';
  edges: Array<ParticipationEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Node>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** `PARTNER_IN` from an organisation. */
export type PartnerInInvestmentEdge = Edge & {
  __typename?: 'PartnerInInvestmentEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Investment;
  note?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** `PARTNER_IN` from an organisation. */
export type PartnerInInvestmentEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PartnerInInvestmentEdgeConnection = {
  __typename?: 'PartnerInInvestmentEdgeConnection';
  edges: Array<PartnerInInvestmentEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Investment>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** `PARTNERS_WITH`, either direction. */
export type PartnershipEdge = Edge & {
  __typename?: 'PartnershipEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  direction: Direction;
  node: Organization;
  note?: Maybe<Scalars['String']['output']>;
  /** What the partnership is about. */
  on?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** `PARTNERS_WITH`, either direction. */
export type PartnershipEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PartnershipEdgeConnection = {
  __typename?: 'PartnershipEdgeConnection';
  edges: Array<PartnershipEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Organization>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** `PARTY_TO` to an agreement: a party and its role. */
export type PartyEdge = Edge & {
  __typename?: 'PartyEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Node;
  note?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** `PARTY_TO` to an agreement: a party and its role. */
export type PartyEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PartyEdgeConnection = {
  __typename?: 'PartyEdgeConnection';
  edges: Array<PartyEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Node>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A path through domain relationships. */
export type Path = {
  __typename?: 'Path';
  /** The number of relationships. */
  length: Scalars['Int']['output'];
  /** The nodes in order, from the start to the end. */
  nodes: Array<Node>;
  /** The relationships in order; step i joins nodes[i] and nodes[i + 1]. */
  relationships: Array<PathStep>;
};

export type PathStep = {
  __typename?: 'PathStep';
  /** OUTGOING when the relationship points from nodes[i] to nodes[i + 1]. */
  direction: Direction;
  /** The relationship's start node. */
  from: Node;
  /** The relationship's properties (dates as YYYY-MM-DD), without `sources`. */
  properties: Scalars['JSON']['output'];
  sources: Array<Source>;
  /** The relationship's end node. */
  to: Node;
  /** The relationship type, e.g. HOLDS_OFFICE. */
  type: Scalars['String']['output'];
};

export type PathStepSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Person = Node & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  events: EventParticipationEdgeConnection;
  id: Scalars['ID']['output'];
  leads: LeadershipEdgeConnection;
  memberships: MembershipEdgeConnection;
  name: Scalars['String']['output'];
  offices: OfficeEdgeConnection;
  pledges: InvestmentEdgeConnection;
  signatures: SignedAgreementEdgeConnection;
  sources: Array<Source>;
};

export type PersonEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonOfficesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonPledgesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonSignaturesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonConnectionEdge>;
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonConnectionEdge = {
  __typename?: 'PersonConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonFilter = {
  /** People holding office in this country or organisation (id). */
  officeIn?: InputMaybe<Scalars['ID']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type Place = Node & {
  __typename?: 'Place';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  events: EventEdgeConnection;
  /** Organisations headquartered here. */
  headquartered: OrganizationEdgeConnection;
  id: Scalars['ID']['output'];
  investments: InvestmentEdgeConnection;
  kind?: Maybe<Scalars['String']['output']>;
  /** The place or country it lies in. */
  locatedIn: NodeEdgeConnection;
  name: Scalars['String']['output'];
  places: PlaceEdgeConnection;
  sources: Array<Source>;
};

export type PlaceEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PlaceHeadquarteredArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PlaceInvestmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PlaceLocatedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PlacePlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PlaceSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PlaceConnection = {
  __typename?: 'PlaceConnection';
  edges: Array<PlaceConnectionEdge>;
  nodes: Array<Place>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlaceConnectionEdge = {
  __typename?: 'PlaceConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Place;
};

/** A relationship without properties, to a place. */
export type PlaceEdge = Edge & {
  __typename?: 'PlaceEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Place;
  note?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** A relationship without properties, to a place. */
export type PlaceEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PlaceEdgeConnection = {
  __typename?: 'PlaceEdgeConnection';
  edges: Array<PlaceEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Place>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlaceFilter = {
  /** Located (directly) in this country or place (id). */
  in?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type Query = {
  __typename?: 'Query';
  agreements?: Maybe<AgreementConnection>;
  /** All shortest paths between two entities (same rules as `shortestPath`), at most `first` (≤ 100). */
  allShortestPaths?: Maybe<Array<Path>>;
  /** The version of the API. */
  apiVersion: Scalars['String']['output'];
  countries?: Maybe<CountryConnection>;
  events?: Maybe<EventConnection>;
  /**
   * Investment totals per group, per original currency (no conversion), using each investment's preferred
   * figure. TOTAL sorts rank by the total in `currency` when given, otherwise by each group's largest
   * single-currency total. An investment linked to two groups (e.g. two technologies) counts in both.
   */
  investmentTotals?: Maybe<Array<InvestmentTotalGroup>>;
  investments?: Maybe<InvestmentConnection>;
  /**
   * The entities within `depth` (1–3) domain relationships of an entity, nearest first, at most `first`
   * (≤ 100), with the relationships among them.
   */
  neighborhood?: Maybe<Neighborhood>;
  /** One entity by its id (`country:gb`, `org:blackrock`, `source:…`). */
  node?: Maybe<Node>;
  /** Several entities by id, in the order asked; unknown ids give null. */
  nodes?: Maybe<Array<Maybe<Node>>>;
  organizations?: Maybe<OrganizationConnection>;
  people?: Maybe<PersonConnection>;
  places?: Maybe<PlaceConnection>;
  /** The analysts' reports that can be run with `runReport`. */
  reports?: Maybe<Array<ReportInfo>>;
  /**
   * Runs a report by name, read-only, with its parameters as a JSON object (e.g. `{"country": "country:gb"}`);
   * an unknown name is NOT_FOUND, a bad parameter BAD_USER_INPUT.
   */
  runReport?: Maybe<ReportResult>;
  /**
   * Full-text search over names and aliases, case- and accent-insensitive ("Etats-Unis" finds the United
   * States), best match first. Lucene syntax in `text` is treated as plain words.
   */
  search?: Maybe<Array<SearchHit>>;
  /**
   * A shortest path between two entities over domain relationships only (provenance links to sources are
   * not walked), or null when none exists within `maxHops` (1–8, default 6).
   */
  shortestPath?: Maybe<Path>;
  sources?: Maybe<SourceConnection>;
  technologies?: Maybe<TechnologyConnection>;
  /**
   * Events and claim status changes in date order, for the whole graph, or around one entity (the entity,
   * its events and the claims it is directly linked to) or one agreement. `first` ≤ 100 (default 100).
   */
  timeline?: Maybe<Array<TimelineEntry>>;
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type QueryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<AgreementSort>;
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type QueryAllShortestPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  fromId: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type QueryCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CountryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<NameSort>;
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<EventSort>;
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type QueryInvestmentTotalsArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  groupBy: InvestmentGrouping;
  sort?: InputMaybe<TotalsSort>;
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type QueryInvestmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvestmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<InvestmentSort>;
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<NameSort>;
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<NameSort>;
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type QueryPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlaceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<NameSort>;
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type QueryRunReportArgs = {
  name: Scalars['String']['input'];
  params?: InputMaybe<Scalars['JSON']['input']>;
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type QueryShortestPathArgs = {
  fromId: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SourceSort>;
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type QueryTechnologiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TechnologyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<NameSort>;
};

/**
 * The tech-diplomacy-graph API. This file is the contract: the server reads it at start-up and the
 * resolver types in src/graphql/generated are generated from it (npm run codegen).
 *
 * Conventions:
 * - Every entity implements `Node` and cites its `sources`; every relationship is an edge type that carries
 *   the relationship's properties, its `sources` and the node at the other end.
 * - Amounts are `Float` in major units (500000000 is £500m) and always come with their ISO 4217 `currency`;
 *   they are never converted. Amounts in the graph are whole or two-decimal numbers far below 2^53, so a
 *   Float holds them exactly.
 * - Every list pages, so the worst case of a query is known before it runs. Lists of entities and a node's
 *   relationships are cursor connections (`first` default 20, at most 100; `after`; `totalCount`); the
 *   provenance lists (`sources`, `statusHistory`, `figures`) take `first` (default 25, at most 100). Sizes
 *   above 100 are rejected with BAD_USER_INPUT. A query's cost counts every list at its page size.
 * - Root fields are nullable: a field that fails answers null with its error, and the other fields of the
 *   request keep their data.
 */
export type QueryTimelineArgs = {
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A relationship to create or update, as a dataset relationship record. */
export type RelationshipInput = {
  from: Scalars['ID']['input'];
  /** Tells apart two relationships of the same type between the same nodes. */
  key?: InputMaybe<Scalars['String']['input']>;
  /** The type's properties (dates as YYYY-MM-DD) and `note`. */
  properties?: InputMaybe<Scalars['JSON']['input']>;
  sources: Array<Scalars['ID']['input']>;
  to: Scalars['ID']['input'];
  type: Scalars['String']['input'];
};

/** An analyst's report (a `.cypher` file under reports/), run read-only with `runReport`. */
export type ReportInfo = {
  __typename?: 'ReportInfo';
  name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  params: Array<ReportParameter>;
  /** The question the report answers. */
  question: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type ReportParameter = {
  __typename?: 'ReportParameter';
  default?: Maybe<Scalars['JSON']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
  /** string, integer, float, boolean, date or string[] */
  type: Scalars['String']['output'];
};

export type ReportResult = {
  __typename?: 'ReportResult';
  /** The column names, in RETURN order. */
  columns: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** One JSON object per row, keyed by column (dates as YYYY-MM-DD, nodes as their properties). */
  rows: Array<Scalars['JSON']['output']>;
  /** True when the report had more rows than the API returns (1000). */
  truncated: Scalars['Boolean']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  node: Node;
  /** Lucene relevance; higher is better. Hits whose name or an alias is the text (ignoring case and accents) come first whatever their score. */
  score: Scalars['Float']['output'];
};

/** `SIGNED` to an agreement: who signed, when, in what capacity. */
export type SignatureEdge = Edge & {
  __typename?: 'SignatureEdge';
  capacity?: Maybe<Scalars['String']['output']>;
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  date?: Maybe<Scalars['Date']['output']>;
  node: Person;
  note?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** `SIGNED` to an agreement: who signed, when, in what capacity. */
export type SignatureEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SignatureEdgeConnection = {
  __typename?: 'SignatureEdgeConnection';
  edges: Array<SignatureEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** `SIGNED` from a person. */
export type SignedAgreementEdge = Edge & {
  __typename?: 'SignedAgreementEdge';
  capacity?: Maybe<Scalars['String']['output']>;
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  date?: Maybe<Scalars['Date']['output']>;
  node: Agreement;
  note?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** `SIGNED` from a person. */
export type SignedAgreementEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SignedAgreementEdgeConnection = {
  __typename?: 'SignedAgreementEdgeConnection';
  edges: Array<SignedAgreementEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Agreement>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Source = Node & {
  __typename?: 'Source';
  aliases: Array<Scalars['String']['output']>;
  datePrecision?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  figures: SourceFigureConnection;
  id: Scalars['ID']['output'];
  language?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  publishedOn?: Maybe<Scalars['Date']['output']>;
  publisher?: Maybe<Scalars['String']['output']>;
  reliability?: Maybe<Scalars['String']['output']>;
  reliabilityNote?: Maybe<Scalars['String']['output']>;
  /** Always empty: a source is its own provenance. */
  sources: Array<Source>;
  statusReports: StatusReportConnection;
  /** The entities this source supports. */
  supports: NodeConnection;
  title?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
  via?: Maybe<Scalars['String']['output']>;
};

export type SourceFiguresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SourceSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SourceStatusReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SourceSupportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceConnectionEdge>;
  nodes: Array<Source>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SourceConnectionEdge = {
  __typename?: 'SourceConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

/** A figure reported by a source, with the investment it is about. */
export type SourceFigure = {
  __typename?: 'SourceFigure';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  figure: Figure;
  investment: Investment;
};

export type SourceFigureConnection = {
  __typename?: 'SourceFigureConnection';
  edges: Array<SourceFigure>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SourceFilter = {
  from?: InputMaybe<Scalars['Date']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  reliability?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type SourceSort = 'NAME_ASC' | 'NAME_DESC' | 'PUBLISHED_ON_ASC' | 'PUBLISHED_ON_DESC';

/** One dated status claim by one source. */
export type StatusReport = {
  __typename?: 'StatusReport';
  /** Whom the source attributes the claim to. */
  attributedTo?: Maybe<Scalars['String']['output']>;
  /** The claim (agreement, investment or event) reported on. */
  claim: Node;
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  /** The day the source reported it. */
  date?: Maybe<Scalars['Date']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  source: Source;
  status: ClaimStatus;
};

export type StatusReportConnection = {
  __typename?: 'StatusReportConnection';
  edges: Array<StatusReport>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Technology = Node & {
  __typename?: 'Technology';
  agreements: CoveringAgreementEdgeConnection;
  aliases: Array<Scalars['String']['output']>;
  category?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  investments: InvestmentEdgeConnection;
  name: Scalars['String']['output'];
  organizations: OrganizationEdgeConnection;
  sources: Array<Source>;
};

export type TechnologyAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TechnologyInvestmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TechnologyOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TechnologySourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TechnologyConnection = {
  __typename?: 'TechnologyConnection';
  edges: Array<TechnologyConnectionEdge>;
  nodes: Array<Technology>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TechnologyConnectionEdge = {
  __typename?: 'TechnologyConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Technology;
};

/** A relationship without properties, to a technology. */
export type TechnologyEdge = Edge & {
  __typename?: 'TechnologyEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  node: Technology;
  note?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};

/** A relationship without properties, to a technology. */
export type TechnologyEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TechnologyEdgeConnection = {
  __typename?: 'TechnologyEdgeConnection';
  edges: Array<TechnologyEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Technology>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TechnologyFilter = {
  category?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  attributedTo?: Maybe<Scalars['String']['output']>;
  /** For STATUS_CHANGE: the claim, its new status and who reported it. */
  claim?: Maybe<Node>;
  date: Scalars['Date']['output'];
  /** For EVENT. */
  event?: Maybe<Event>;
  kind: TimelineEntryKind;
  note?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Source>;
  status?: Maybe<ClaimStatus>;
  /** A one-line description. */
  title: Scalars['String']['output'];
};

export type TimelineEntryKind =
  /** An event, dated by its start date. */
  | 'EVENT'
  /** A status report on a claim, dated by the day the source reported it. */
  | 'STATUS_CHANGE';

export type TotalsSort = 'NAME' | 'TOTAL_ASC' | 'TOTAL_DESC';

export type UpsertRelationshipPayload = {
  __typename?: 'UpsertRelationshipPayload';
  from: Node;
  properties: Scalars['JSON']['output'];
  sources: Array<Source>;
  to: Node;
  type: Scalars['String']['output'];
};

export type UpsertRelationshipPayloadSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<
  TTypes,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (parent: TParent, context: TContext, info: GraphQLResolveInfo) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Agreement: ResolverTypeWrapper<NodeRecord>;
  AgreementConnection: ResolverTypeWrapper<ConnectionRecord>;
  AgreementConnectionEdge: ResolverTypeWrapper<
    Omit<AgreementConnectionEdge, 'node'> & { node: ResolversTypes['Agreement'] }
  >;
  AgreementEdge: ResolverTypeWrapper<EdgeRecord>;
  AgreementEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  AgreementFilter: AgreementFilter;
  AgreementPartyEdge: ResolverTypeWrapper<EdgeRecord>;
  AgreementPartyEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  AgreementRelationEdge: ResolverTypeWrapper<EdgeRecord>;
  AgreementRelationEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  AgreementSort: AgreementSort;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Claim: ResolverTypeWrapper<NodeRecord>;
  ClaimStatus: ClaimStatus;
  Country: ResolverTypeWrapper<NodeRecord>;
  CountryConnection: ResolverTypeWrapper<ConnectionRecord>;
  CountryConnectionEdge: ResolverTypeWrapper<
    Omit<CountryConnectionEdge, 'node'> & { node: ResolversTypes['Country'] }
  >;
  CountryEdge: ResolverTypeWrapper<EdgeRecord>;
  CountryEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  CountryFilter: CountryFilter;
  CoverageEdge: ResolverTypeWrapper<EdgeRecord>;
  CoverageEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  CoveringAgreementEdge: ResolverTypeWrapper<EdgeRecord>;
  CoveringAgreementEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  CurrencyTotal: ResolverTypeWrapper<CurrencyTotal>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Direction: Direction;
  Edge: ResolverTypeWrapper<EdgeRecord>;
  EntityInput: EntityInput;
  EntityType: EntityType;
  Event: ResolverTypeWrapper<NodeRecord>;
  EventConnection: ResolverTypeWrapper<ConnectionRecord>;
  EventConnectionEdge: ResolverTypeWrapper<
    Omit<EventConnectionEdge, 'node'> & { node: ResolversTypes['Event'] }
  >;
  EventEdge: ResolverTypeWrapper<EdgeRecord>;
  EventEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  EventFilter: EventFilter;
  EventParticipationEdge: ResolverTypeWrapper<EdgeRecord>;
  EventParticipationEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  EventSort: EventSort;
  Figure: ResolverTypeWrapper<EdgeRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphRelationship: ResolverTypeWrapper<RelationshipRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportPayload: ResolverTypeWrapper<ImportPayload>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Investment: ResolverTypeWrapper<NodeRecord>;
  InvestmentConnection: ResolverTypeWrapper<ConnectionRecord>;
  InvestmentConnectionEdge: ResolverTypeWrapper<
    Omit<InvestmentConnectionEdge, 'node'> & { node: ResolversTypes['Investment'] }
  >;
  InvestmentEdge: ResolverTypeWrapper<EdgeRecord>;
  InvestmentEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  InvestmentFilter: InvestmentFilter;
  InvestmentGrouping: InvestmentGrouping;
  InvestmentPartnerEdge: ResolverTypeWrapper<EdgeRecord>;
  InvestmentPartnerEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  InvestmentSort: InvestmentSort;
  InvestmentTotalGroup: ResolverTypeWrapper<TotalsGroupRecord>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LeaderEdge: ResolverTypeWrapper<EdgeRecord>;
  LeaderEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  LeadershipEdge: ResolverTypeWrapper<EdgeRecord>;
  LeadershipEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  MemberEdge: ResolverTypeWrapper<EdgeRecord>;
  MemberEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  MembershipEdge: ResolverTypeWrapper<EdgeRecord>;
  MembershipEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameSort: NameSort;
  Neighbor: ResolverTypeWrapper<Omit<Neighbor, 'node'> & { node: ResolversTypes['Node'] }>;
  Neighborhood: ResolverTypeWrapper<NeighborhoodRecord>;
  Node: ResolverTypeWrapper<NodeRecord>;
  NodeConnection: ResolverTypeWrapper<NodeConnectionRecord>;
  NodeConnectionEdge: ResolverTypeWrapper<NodeConnectionEdgeRecord>;
  NodeEdge: ResolverTypeWrapper<EdgeRecord>;
  NodeEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  OfficeEdge: ResolverTypeWrapper<EdgeRecord>;
  OfficeEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  OfficeHolderEdge: ResolverTypeWrapper<EdgeRecord>;
  OfficeHolderEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  Organization: ResolverTypeWrapper<NodeRecord>;
  OrganizationConnection: ResolverTypeWrapper<ConnectionRecord>;
  OrganizationConnectionEdge: ResolverTypeWrapper<
    Omit<OrganizationConnectionEdge, 'node'> & { node: ResolversTypes['Organization'] }
  >;
  OrganizationEdge: ResolverTypeWrapper<EdgeRecord>;
  OrganizationEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  OrganizationFilter: OrganizationFilter;
  OrganizationKind: OrganizationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParticipationEdge: ResolverTypeWrapper<EdgeRecord>;
  ParticipationEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  PartnerInInvestmentEdge: ResolverTypeWrapper<EdgeRecord>;
  PartnerInInvestmentEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  PartnershipEdge: ResolverTypeWrapper<EdgeRecord>;
  PartnershipEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  PartyEdge: ResolverTypeWrapper<EdgeRecord>;
  PartyEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  Path: ResolverTypeWrapper<PathRecord>;
  PathStep: ResolverTypeWrapper<StepRecord>;
  Person: ResolverTypeWrapper<NodeRecord>;
  PersonConnection: ResolverTypeWrapper<ConnectionRecord>;
  PersonConnectionEdge: ResolverTypeWrapper<
    Omit<PersonConnectionEdge, 'node'> & { node: ResolversTypes['Person'] }
  >;
  PersonFilter: PersonFilter;
  Place: ResolverTypeWrapper<NodeRecord>;
  PlaceConnection: ResolverTypeWrapper<ConnectionRecord>;
  PlaceConnectionEdge: ResolverTypeWrapper<
    Omit<PlaceConnectionEdge, 'node'> & { node: ResolversTypes['Place'] }
  >;
  PlaceEdge: ResolverTypeWrapper<EdgeRecord>;
  PlaceEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  PlaceFilter: PlaceFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationshipInput: RelationshipInput;
  ReportInfo: ResolverTypeWrapper<ReportDefinition>;
  ReportParameter: ResolverTypeWrapper<ReportParam>;
  ReportResult: ResolverTypeWrapper<ReportResultRecord>;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  SignatureEdge: ResolverTypeWrapper<EdgeRecord>;
  SignatureEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  SignedAgreementEdge: ResolverTypeWrapper<EdgeRecord>;
  SignedAgreementEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  Source: ResolverTypeWrapper<NodeRecord>;
  SourceConnection: ResolverTypeWrapper<ConnectionRecord>;
  SourceConnectionEdge: ResolverTypeWrapper<
    Omit<SourceConnectionEdge, 'node'> & { node: ResolversTypes['Source'] }
  >;
  SourceFigure: ResolverTypeWrapper<EdgeRecord>;
  SourceFigureConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  SourceFilter: SourceFilter;
  SourceSort: SourceSort;
  StatusReport: ResolverTypeWrapper<EdgeRecord>;
  StatusReportConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Technology: ResolverTypeWrapper<NodeRecord>;
  TechnologyConnection: ResolverTypeWrapper<ConnectionRecord>;
  TechnologyConnectionEdge: ResolverTypeWrapper<
    Omit<TechnologyConnectionEdge, 'node'> & { node: ResolversTypes['Technology'] }
  >;
  TechnologyEdge: ResolverTypeWrapper<EdgeRecord>;
  TechnologyEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  TechnologyFilter: TechnologyFilter;
  TimelineEntry: ResolverTypeWrapper<TimelineRecord>;
  TimelineEntryKind: TimelineEntryKind;
  TotalsSort: TotalsSort;
  UpsertRelationshipPayload: ResolverTypeWrapper<RelationshipRecord>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Agreement: NodeRecord;
  AgreementConnection: ConnectionRecord;
  AgreementConnectionEdge: Omit<AgreementConnectionEdge, 'node'> & {
    node: ResolversParentTypes['Agreement'];
  };
  AgreementEdge: EdgeRecord;
  AgreementEdgeConnection: EdgeConnectionRecord;
  AgreementFilter: AgreementFilter;
  AgreementPartyEdge: EdgeRecord;
  AgreementPartyEdgeConnection: EdgeConnectionRecord;
  AgreementRelationEdge: EdgeRecord;
  AgreementRelationEdgeConnection: EdgeConnectionRecord;
  Boolean: Scalars['Boolean']['output'];
  Claim: NodeRecord;
  Country: NodeRecord;
  CountryConnection: ConnectionRecord;
  CountryConnectionEdge: Omit<CountryConnectionEdge, 'node'> & { node: ResolversParentTypes['Country'] };
  CountryEdge: EdgeRecord;
  CountryEdgeConnection: EdgeConnectionRecord;
  CountryFilter: CountryFilter;
  CoverageEdge: EdgeRecord;
  CoverageEdgeConnection: EdgeConnectionRecord;
  CoveringAgreementEdge: EdgeRecord;
  CoveringAgreementEdgeConnection: EdgeConnectionRecord;
  CurrencyTotal: CurrencyTotal;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Edge: EdgeRecord;
  EntityInput: EntityInput;
  Event: NodeRecord;
  EventConnection: ConnectionRecord;
  EventConnectionEdge: Omit<EventConnectionEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventEdge: EdgeRecord;
  EventEdgeConnection: EdgeConnectionRecord;
  EventFilter: EventFilter;
  EventParticipationEdge: EdgeRecord;
  EventParticipationEdgeConnection: EdgeConnectionRecord;
  Figure: EdgeRecord;
  Float: Scalars['Float']['output'];
  GraphRelationship: RelationshipRecord;
  ID: Scalars['ID']['output'];
  ImportPayload: ImportPayload;
  Int: Scalars['Int']['output'];
  Investment: NodeRecord;
  InvestmentConnection: ConnectionRecord;
  InvestmentConnectionEdge: Omit<InvestmentConnectionEdge, 'node'> & {
    node: ResolversParentTypes['Investment'];
  };
  InvestmentEdge: EdgeRecord;
  InvestmentEdgeConnection: EdgeConnectionRecord;
  InvestmentFilter: InvestmentFilter;
  InvestmentPartnerEdge: EdgeRecord;
  InvestmentPartnerEdgeConnection: EdgeConnectionRecord;
  InvestmentTotalGroup: TotalsGroupRecord;
  JSON: Scalars['JSON']['output'];
  LeaderEdge: EdgeRecord;
  LeaderEdgeConnection: EdgeConnectionRecord;
  LeadershipEdge: EdgeRecord;
  LeadershipEdgeConnection: EdgeConnectionRecord;
  MemberEdge: EdgeRecord;
  MemberEdgeConnection: EdgeConnectionRecord;
  MembershipEdge: EdgeRecord;
  MembershipEdgeConnection: EdgeConnectionRecord;
  Mutation: Record<PropertyKey, never>;
  Neighbor: Omit<Neighbor, 'node'> & { node: ResolversParentTypes['Node'] };
  Neighborhood: NeighborhoodRecord;
  Node: NodeRecord;
  NodeConnection: NodeConnectionRecord;
  NodeConnectionEdge: NodeConnectionEdgeRecord;
  NodeEdge: EdgeRecord;
  NodeEdgeConnection: EdgeConnectionRecord;
  OfficeEdge: EdgeRecord;
  OfficeEdgeConnection: EdgeConnectionRecord;
  OfficeHolderEdge: EdgeRecord;
  OfficeHolderEdgeConnection: EdgeConnectionRecord;
  Organization: NodeRecord;
  OrganizationConnection: ConnectionRecord;
  OrganizationConnectionEdge: Omit<OrganizationConnectionEdge, 'node'> & {
    node: ResolversParentTypes['Organization'];
  };
  OrganizationEdge: EdgeRecord;
  OrganizationEdgeConnection: EdgeConnectionRecord;
  OrganizationFilter: OrganizationFilter;
  PageInfo: PageInfo;
  ParticipationEdge: EdgeRecord;
  ParticipationEdgeConnection: EdgeConnectionRecord;
  PartnerInInvestmentEdge: EdgeRecord;
  PartnerInInvestmentEdgeConnection: EdgeConnectionRecord;
  PartnershipEdge: EdgeRecord;
  PartnershipEdgeConnection: EdgeConnectionRecord;
  PartyEdge: EdgeRecord;
  PartyEdgeConnection: EdgeConnectionRecord;
  Path: PathRecord;
  PathStep: StepRecord;
  Person: NodeRecord;
  PersonConnection: ConnectionRecord;
  PersonConnectionEdge: Omit<PersonConnectionEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  Place: NodeRecord;
  PlaceConnection: ConnectionRecord;
  PlaceConnectionEdge: Omit<PlaceConnectionEdge, 'node'> & { node: ResolversParentTypes['Place'] };
  PlaceEdge: EdgeRecord;
  PlaceEdgeConnection: EdgeConnectionRecord;
  PlaceFilter: PlaceFilter;
  Query: Record<PropertyKey, never>;
  RelationshipInput: RelationshipInput;
  ReportInfo: ReportDefinition;
  ReportParameter: ReportParam;
  ReportResult: ReportResultRecord;
  SearchHit: SearchHitRecord;
  SignatureEdge: EdgeRecord;
  SignatureEdgeConnection: EdgeConnectionRecord;
  SignedAgreementEdge: EdgeRecord;
  SignedAgreementEdgeConnection: EdgeConnectionRecord;
  Source: NodeRecord;
  SourceConnection: ConnectionRecord;
  SourceConnectionEdge: Omit<SourceConnectionEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourceFigure: EdgeRecord;
  SourceFigureConnection: EdgeConnectionRecord;
  SourceFilter: SourceFilter;
  StatusReport: EdgeRecord;
  StatusReportConnection: EdgeConnectionRecord;
  String: Scalars['String']['output'];
  Technology: NodeRecord;
  TechnologyConnection: ConnectionRecord;
  TechnologyConnectionEdge: Omit<TechnologyConnectionEdge, 'node'> & {
    node: ResolversParentTypes['Technology'];
  };
  TechnologyEdge: EdgeRecord;
  TechnologyEdgeConnection: EdgeConnectionRecord;
  TechnologyFilter: TechnologyFilter;
  TimelineEntry: TimelineRecord;
  UpsertRelationshipPayload: RelationshipRecord;
}>;

export type AgreementResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement'],
> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  announcedAt?: Resolver<
    ResolversTypes['EventEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<AgreementAnnouncedAtArgs, 'first'>
  >;
  binding?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  formalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parties?: Resolver<
    ResolversTypes['PartyEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<AgreementPartiesArgs, 'first'>
  >;
  related?: Resolver<
    ResolversTypes['AgreementRelationEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<AgreementRelatedArgs, 'first'>
  >;
  signatories?: Resolver<
    ResolversTypes['SignatureEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<AgreementSignatoriesArgs, 'first'>
  >;
  signedAt?: Resolver<
    ResolversTypes['EventEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<AgreementSignedAtArgs, 'first'>
  >;
  signedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<AgreementSourcesArgs, 'first'>
  >;
  status?: Resolver<Maybe<ResolversTypes['ClaimStatus']>, ParentType, ContextType>;
  statusHistory?: Resolver<
    Array<ResolversTypes['StatusReport']>,
    ParentType,
    ContextType,
    RequireFields<AgreementStatusHistoryArgs, 'first'>
  >;
  technologies?: Resolver<
    ResolversTypes['CoverageEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<AgreementTechnologiesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AgreementConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AgreementConnection'] =
    ResolversParentTypes['AgreementConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AgreementConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgreementConnectionEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AgreementConnectionEdge'] =
    ResolversParentTypes['AgreementConnectionEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
}>;

export type AgreementEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AgreementEdge'] = ResolversParentTypes['AgreementEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<AgreementEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AgreementEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AgreementEdgeConnection'] =
    ResolversParentTypes['AgreementEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AgreementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgreementPartyEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AgreementPartyEdge'] = ResolversParentTypes['AgreementPartyEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<AgreementPartyEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AgreementPartyEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AgreementPartyEdgeConnection'] =
    ResolversParentTypes['AgreementPartyEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AgreementPartyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgreementRelationEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AgreementRelationEdge'] =
    ResolversParentTypes['AgreementRelationEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<AgreementRelationEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AgreementRelationEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AgreementRelationEdgeConnection'] =
    ResolversParentTypes['AgreementRelationEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AgreementRelationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ClaimResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim'],
> = ResolversObject<{
  __resolveType: TypeResolveFn<'Agreement' | 'Event' | 'Investment', ParentType, ContextType>;
}>;

export type CountryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country'],
> = ResolversObject<{
  agreements?: Resolver<
    ResolversTypes['AgreementPartyEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<CountryAgreementsArgs, 'first'>
  >;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bodies?: Resolver<
    ResolversTypes['OrganizationEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<CountryBodiesArgs, 'first'>
  >;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<
    ResolversTypes['EventParticipationEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<CountryEventsArgs, 'first'>
  >;
  headquartered?: Resolver<
    ResolversTypes['OrganizationEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<CountryHeadquarteredArgs, 'first'>
  >;
  hostedEvents?: Resolver<
    ResolversTypes['EventEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<CountryHostedEventsArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investmentsReceived?: Resolver<
    ResolversTypes['InvestmentEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<CountryInvestmentsReceivedArgs, 'first'>
  >;
  iso2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  iso3?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officials?: Resolver<
    ResolversTypes['OfficeHolderEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<CountryOfficialsArgs, 'first'>
  >;
  places?: Resolver<
    ResolversTypes['PlaceEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<CountryPlacesArgs, 'first'>
  >;
  pledges?: Resolver<
    ResolversTypes['InvestmentEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<CountryPledgesArgs, 'first'>
  >;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<CountrySourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CountryConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CountryConnection'] = ResolversParentTypes['CountryConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CountryConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CountryConnectionEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CountryConnectionEdge'] =
    ResolversParentTypes['CountryConnectionEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
}>;

export type CountryEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CountryEdge'] = ResolversParentTypes['CountryEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<CountryEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CountryEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CountryEdgeConnection'] =
    ResolversParentTypes['CountryEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CountryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CoverageEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CoverageEdge'] = ResolversParentTypes['CoverageEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Technology'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pillar?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<CoverageEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CoverageEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CoverageEdgeConnection'] =
    ResolversParentTypes['CoverageEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CoverageEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Technology']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CoveringAgreementEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CoveringAgreementEdge'] =
    ResolversParentTypes['CoveringAgreementEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pillar?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<CoveringAgreementEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CoveringAgreementEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CoveringAgreementEdgeConnection'] =
    ResolversParentTypes['CoveringAgreementEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CoveringAgreementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CurrencyTotalResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CurrencyTotal'] = ResolversParentTypes['CurrencyTotal'],
> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Edge'] = ResolversParentTypes['Edge'],
> = ResolversObject<{
  __resolveType: TypeResolveFn<
    | 'AgreementEdge'
    | 'AgreementPartyEdge'
    | 'AgreementRelationEdge'
    | 'CountryEdge'
    | 'CoverageEdge'
    | 'CoveringAgreementEdge'
    | 'EventEdge'
    | 'EventParticipationEdge'
    | 'InvestmentEdge'
    | 'InvestmentPartnerEdge'
    | 'LeaderEdge'
    | 'LeadershipEdge'
    | 'MemberEdge'
    | 'MembershipEdge'
    | 'NodeEdge'
    | 'OfficeEdge'
    | 'OfficeHolderEdge'
    | 'OrganizationEdge'
    | 'ParticipationEdge'
    | 'PartnerInInvestmentEdge'
    | 'PartnershipEdge'
    | 'PartyEdge'
    | 'PlaceEdge'
    | 'SignatureEdge'
    | 'SignedAgreementEdge'
    | 'TechnologyEdge',
    ParentType,
    ContextType
  >;
}>;

export type EventResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'],
> = ResolversObject<{
  agreementsAnnounced?: Resolver<
    ResolversTypes['AgreementEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<EventAgreementsAnnouncedArgs, 'first'>
  >;
  agreementsSigned?: Resolver<
    ResolversTypes['AgreementEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<EventAgreementsSignedArgs, 'first'>
  >;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  countries?: Resolver<
    ResolversTypes['CountryEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<EventCountriesArgs, 'first'>
  >;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investmentsAnnounced?: Resolver<
    ResolversTypes['InvestmentEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<EventInvestmentsAnnouncedArgs, 'first'>
  >;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<
    ResolversTypes['EventEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<EventPartOfArgs, 'first'>
  >;
  participants?: Resolver<
    ResolversTypes['ParticipationEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<EventParticipantsArgs, 'first'>
  >;
  places?: Resolver<
    ResolversTypes['PlaceEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<EventPlacesArgs, 'first'>
  >;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<EventSourcesArgs, 'first'>
  >;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ClaimStatus']>, ParentType, ContextType>;
  statusHistory?: Resolver<
    Array<ResolversTypes['StatusReport']>,
    ParentType,
    ContextType,
    RequireFields<EventStatusHistoryArgs, 'first'>
  >;
  subEvents?: Resolver<
    ResolversTypes['EventEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<EventSubEventsArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EventConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventConnectionEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EventConnectionEdge'] =
    ResolversParentTypes['EventConnectionEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

export type EventEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<EventEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EventEdgeConnection'] =
    ResolversParentTypes['EventEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventParticipationEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EventParticipationEdge'] =
    ResolversParentTypes['EventParticipationEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<EventParticipationEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventParticipationEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EventParticipationEdgeConnection'] =
    ResolversParentTypes['EventParticipationEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EventParticipationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FigureResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure'],
> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  attributedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  converted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type GraphRelationshipResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['GraphRelationship'] = ResolversParentTypes['GraphRelationship'],
> = ResolversObject<{
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<GraphRelationshipSourcesArgs, 'first'>
  >;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ImportPayload'] = ResolversParentTypes['ImportPayload'],
> = ResolversObject<{
  summary?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
}>;

export type InvestmentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Investment'] = ResolversParentTypes['Investment'],
> = ResolversObject<{
  aggregate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  announcedAt?: Resolver<
    ResolversTypes['EventEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<InvestmentAnnouncedAtArgs, 'first'>
  >;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disputed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  figures?: Resolver<
    Array<ResolversTypes['Figure']>,
    ParentType,
    ContextType,
    RequireFields<InvestmentFiguresArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investors?: Resolver<
    ResolversTypes['NodeEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<InvestmentInvestorsArgs, 'first'>
  >;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partners?: Resolver<
    ResolversTypes['InvestmentPartnerEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<InvestmentPartnersArgs, 'first'>
  >;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  places?: Resolver<
    ResolversTypes['PlaceEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<InvestmentPlacesArgs, 'first'>
  >;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recipients?: Resolver<
    ResolversTypes['OrganizationEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<InvestmentRecipientsArgs, 'first'>
  >;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<InvestmentSourcesArgs, 'first'>
  >;
  status?: Resolver<Maybe<ResolversTypes['ClaimStatus']>, ParentType, ContextType>;
  statusHistory?: Resolver<
    Array<ResolversTypes['StatusReport']>,
    ParentType,
    ContextType,
    RequireFields<InvestmentStatusHistoryArgs, 'first'>
  >;
  targetCountries?: Resolver<
    ResolversTypes['CountryEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<InvestmentTargetCountriesArgs, 'first'>
  >;
  technologies?: Resolver<
    ResolversTypes['TechnologyEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<InvestmentTechnologiesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvestmentConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InvestmentConnection'] =
    ResolversParentTypes['InvestmentConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InvestmentConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Investment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvestmentConnectionEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InvestmentConnectionEdge'] =
    ResolversParentTypes['InvestmentConnectionEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Investment'], ParentType, ContextType>;
}>;

export type InvestmentEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InvestmentEdge'] = ResolversParentTypes['InvestmentEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Investment'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<InvestmentEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvestmentEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InvestmentEdgeConnection'] =
    ResolversParentTypes['InvestmentEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InvestmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Investment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvestmentPartnerEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InvestmentPartnerEdge'] =
    ResolversParentTypes['InvestmentPartnerEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<InvestmentPartnerEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvestmentPartnerEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InvestmentPartnerEdgeConnection'] =
    ResolversParentTypes['InvestmentPartnerEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InvestmentPartnerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvestmentTotalGroupResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InvestmentTotalGroup'] =
    ResolversParentTypes['InvestmentTotalGroup'],
> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['CurrencyTotal']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LeaderEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['LeaderEdge'] = ResolversParentTypes['LeaderEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<LeaderEdgeSourcesArgs, 'first'>
  >;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LeaderEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['LeaderEdgeConnection'] =
    ResolversParentTypes['LeaderEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LeaderEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeadershipEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['LeadershipEdge'] = ResolversParentTypes['LeadershipEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<LeadershipEdgeSourcesArgs, 'first'>
  >;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LeadershipEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['LeadershipEdgeConnection'] =
    ResolversParentTypes['LeadershipEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LeadershipEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MemberEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['MemberEdge'] = ResolversParentTypes['MemberEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<MemberEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MemberEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['MemberEdgeConnection'] =
    ResolversParentTypes['MemberEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MemberEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MembershipEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<MembershipEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MembershipEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['MembershipEdgeConnection'] =
    ResolversParentTypes['MembershipEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = ResolversObject<{
  importDataset?: Resolver<
    Maybe<ResolversTypes['ImportPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationImportDatasetArgs, 'dataset'>
  >;
  upsertEntity?: Resolver<
    Maybe<ResolversTypes['Node']>,
    ParentType,
    ContextType,
    RequireFields<MutationUpsertEntityArgs, 'input'>
  >;
  upsertRelationship?: Resolver<
    Maybe<ResolversTypes['UpsertRelationshipPayload']>,
    ParentType,
    ContextType,
    RequireFields<MutationUpsertRelationshipArgs, 'input'>
  >;
}>;

export type NeighborResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Neighbor'] = ResolversParentTypes['Neighbor'],
> = ResolversObject<{
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
}>;

export type NeighborhoodResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Neighborhood'] = ResolversParentTypes['Neighborhood'],
> = ResolversObject<{
  center?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Neighbor']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['GraphRelationship']>, ParentType, ContextType>;
}>;

export type NodeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'],
> = ResolversObject<{
  __resolveType: TypeResolveFn<
    | 'Agreement'
    | 'Country'
    | 'Event'
    | 'Investment'
    | 'Organization'
    | 'Person'
    | 'Place'
    | 'Source'
    | 'Technology',
    ParentType,
    ContextType
  >;
}>;

export type NodeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NodeConnection'] = ResolversParentTypes['NodeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NodeConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NodeConnectionEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NodeConnectionEdge'] = ResolversParentTypes['NodeConnectionEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
}>;

export type NodeEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NodeEdge'] = ResolversParentTypes['NodeEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<NodeEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NodeEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NodeEdgeConnection'] = ResolversParentTypes['NodeEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NodeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OfficeEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['OfficeEdge'] = ResolversParentTypes['OfficeEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<OfficeEdgeSourcesArgs, 'first'>
  >;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OfficeEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['OfficeEdgeConnection'] =
    ResolversParentTypes['OfficeEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OfficeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OfficeHolderEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['OfficeHolderEdge'] = ResolversParentTypes['OfficeHolderEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<OfficeHolderEdgeSourcesArgs, 'first'>
  >;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OfficeHolderEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['OfficeHolderEdgeConnection'] =
    ResolversParentTypes['OfficeHolderEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OfficeHolderEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganizationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'],
> = ResolversObject<{
  agreements?: Resolver<
    ResolversTypes['AgreementPartyEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<OrganizationAgreementsArgs, 'first'>
  >;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<
    ResolversTypes['EventParticipationEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<OrganizationEventsArgs, 'first'>
  >;
  headquarters?: Resolver<
    ResolversTypes['NodeEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<OrganizationHeadquartersArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investmentPartnerships?: Resolver<
    ResolversTypes['PartnerInInvestmentEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<OrganizationInvestmentPartnershipsArgs, 'first'>
  >;
  investmentsReceived?: Resolver<
    ResolversTypes['InvestmentEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<OrganizationInvestmentsReceivedArgs, 'first'>
  >;
  kind?: Resolver<Maybe<ResolversTypes['OrganizationKind']>, ParentType, ContextType>;
  leaders?: Resolver<
    ResolversTypes['LeaderEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<OrganizationLeadersArgs, 'first'>
  >;
  members?: Resolver<
    ResolversTypes['MemberEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<OrganizationMembersArgs, 'first'>
  >;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officials?: Resolver<
    ResolversTypes['OfficeHolderEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<OrganizationOfficialsArgs, 'first'>
  >;
  parents?: Resolver<
    ResolversTypes['NodeEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<OrganizationParentsArgs, 'first'>
  >;
  partners?: Resolver<
    ResolversTypes['PartnershipEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<OrganizationPartnersArgs, 'first'>
  >;
  pledges?: Resolver<
    ResolversTypes['InvestmentEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<OrganizationPledgesArgs, 'first'>
  >;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<OrganizationSourcesArgs, 'first'>
  >;
  subsidiaries?: Resolver<
    ResolversTypes['OrganizationEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<OrganizationSubsidiariesArgs, 'first'>
  >;
  technologies?: Resolver<
    ResolversTypes['TechnologyEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<OrganizationTechnologiesArgs, 'first'>
  >;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['OrganizationConnection'] =
    ResolversParentTypes['OrganizationConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganizationConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganizationConnectionEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['OrganizationConnectionEdge'] =
    ResolversParentTypes['OrganizationConnectionEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type OrganizationEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<OrganizationEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['OrganizationEdgeConnection'] =
    ResolversParentTypes['OrganizationEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ParticipationEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ParticipationEdge'] = ResolversParentTypes['ParticipationEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<ParticipationEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ParticipationEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ParticipationEdgeConnection'] =
    ResolversParentTypes['ParticipationEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ParticipationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnerInInvestmentEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PartnerInInvestmentEdge'] =
    ResolversParentTypes['PartnerInInvestmentEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Investment'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<PartnerInInvestmentEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PartnerInInvestmentEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PartnerInInvestmentEdgeConnection'] =
    ResolversParentTypes['PartnerInInvestmentEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartnerInInvestmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Investment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnershipEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PartnershipEdge'] = ResolversParentTypes['PartnershipEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  on?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<PartnershipEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PartnershipEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PartnershipEdgeConnection'] =
    ResolversParentTypes['PartnershipEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartnershipEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartyEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PartyEdge'] = ResolversParentTypes['PartyEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<PartyEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PartyEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PartyEdgeConnection'] =
    ResolversParentTypes['PartyEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PathResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path'],
> = ResolversObject<{
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
}>;

export type PathStepResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep'],
> = ResolversObject<{
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<PathStepSourcesArgs, 'first'>
  >;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PersonResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'],
> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<
    ResolversTypes['EventParticipationEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<PersonEventsArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leads?: Resolver<
    ResolversTypes['LeadershipEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<PersonLeadsArgs, 'first'>
  >;
  memberships?: Resolver<
    ResolversTypes['MembershipEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<PersonMembershipsArgs, 'first'>
  >;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offices?: Resolver<
    ResolversTypes['OfficeEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<PersonOfficesArgs, 'first'>
  >;
  pledges?: Resolver<
    ResolversTypes['InvestmentEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<PersonPledgesArgs, 'first'>
  >;
  signatures?: Resolver<
    ResolversTypes['SignedAgreementEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<PersonSignaturesArgs, 'first'>
  >;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<PersonSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonConnectionEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PersonConnectionEdge'] =
    ResolversParentTypes['PersonConnectionEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type PlaceResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place'],
> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<
    ResolversTypes['EventEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<PlaceEventsArgs, 'first'>
  >;
  headquartered?: Resolver<
    ResolversTypes['OrganizationEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<PlaceHeadquarteredArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investments?: Resolver<
    ResolversTypes['InvestmentEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<PlaceInvestmentsArgs, 'first'>
  >;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locatedIn?: Resolver<
    ResolversTypes['NodeEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<PlaceLocatedInArgs, 'first'>
  >;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  places?: Resolver<
    ResolversTypes['PlaceEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<PlacePlacesArgs, 'first'>
  >;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<PlaceSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlaceConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PlaceConnection'] = ResolversParentTypes['PlaceConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PlaceConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlaceConnectionEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PlaceConnectionEdge'] =
    ResolversParentTypes['PlaceConnectionEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
}>;

export type PlaceEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PlaceEdge'] = ResolversParentTypes['PlaceEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<PlaceEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlaceEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PlaceEdgeConnection'] =
    ResolversParentTypes['PlaceEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PlaceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = ResolversObject<{
  agreements?: Resolver<
    Maybe<ResolversTypes['AgreementConnection']>,
    ParentType,
    ContextType,
    RequireFields<QueryAgreementsArgs, 'sort'>
  >;
  allShortestPaths?: Resolver<
    Maybe<Array<ResolversTypes['Path']>>,
    ParentType,
    ContextType,
    RequireFields<QueryAllShortestPathsArgs, 'first' | 'fromId' | 'maxHops' | 'toId'>
  >;
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countries?: Resolver<
    Maybe<ResolversTypes['CountryConnection']>,
    ParentType,
    ContextType,
    RequireFields<QueryCountriesArgs, 'sort'>
  >;
  events?: Resolver<
    Maybe<ResolversTypes['EventConnection']>,
    ParentType,
    ContextType,
    RequireFields<QueryEventsArgs, 'sort'>
  >;
  investmentTotals?: Resolver<
    Maybe<Array<ResolversTypes['InvestmentTotalGroup']>>,
    ParentType,
    ContextType,
    RequireFields<QueryInvestmentTotalsArgs, 'first' | 'groupBy' | 'sort'>
  >;
  investments?: Resolver<
    Maybe<ResolversTypes['InvestmentConnection']>,
    ParentType,
    ContextType,
    RequireFields<QueryInvestmentsArgs, 'sort'>
  >;
  neighborhood?: Resolver<
    Maybe<ResolversTypes['Neighborhood']>,
    ParentType,
    ContextType,
    RequireFields<QueryNeighborhoodArgs, 'depth' | 'first' | 'id'>
  >;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<
    Maybe<Array<Maybe<ResolversTypes['Node']>>>,
    ParentType,
    ContextType,
    RequireFields<QueryNodesArgs, 'ids'>
  >;
  organizations?: Resolver<
    Maybe<ResolversTypes['OrganizationConnection']>,
    ParentType,
    ContextType,
    RequireFields<QueryOrganizationsArgs, 'sort'>
  >;
  people?: Resolver<
    Maybe<ResolversTypes['PersonConnection']>,
    ParentType,
    ContextType,
    RequireFields<QueryPeopleArgs, 'sort'>
  >;
  places?: Resolver<
    Maybe<ResolversTypes['PlaceConnection']>,
    ParentType,
    ContextType,
    RequireFields<QueryPlacesArgs, 'sort'>
  >;
  reports?: Resolver<Maybe<Array<ResolversTypes['ReportInfo']>>, ParentType, ContextType>;
  runReport?: Resolver<
    Maybe<ResolversTypes['ReportResult']>,
    ParentType,
    ContextType,
    RequireFields<QueryRunReportArgs, 'name'>
  >;
  search?: Resolver<
    Maybe<Array<ResolversTypes['SearchHit']>>,
    ParentType,
    ContextType,
    RequireFields<QuerySearchArgs, 'first' | 'text'>
  >;
  shortestPath?: Resolver<
    Maybe<ResolversTypes['Path']>,
    ParentType,
    ContextType,
    RequireFields<QueryShortestPathArgs, 'fromId' | 'maxHops' | 'toId'>
  >;
  sources?: Resolver<
    Maybe<ResolversTypes['SourceConnection']>,
    ParentType,
    ContextType,
    RequireFields<QuerySourcesArgs, 'sort'>
  >;
  technologies?: Resolver<
    Maybe<ResolversTypes['TechnologyConnection']>,
    ParentType,
    ContextType,
    RequireFields<QueryTechnologiesArgs, 'sort'>
  >;
  timeline?: Resolver<
    Maybe<Array<ResolversTypes['TimelineEntry']>>,
    ParentType,
    ContextType,
    RequireFields<QueryTimelineArgs, 'first'>
  >;
}>;

export type ReportInfoResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ReportInfo'] = ResolversParentTypes['ReportInfo'],
> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  params?: Resolver<Array<ResolversTypes['ReportParameter']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReportParameterResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ReportParameter'] = ResolversParentTypes['ReportParameter'],
> = ResolversObject<{
  default?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReportResultResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ReportResult'] = ResolversParentTypes['ReportResult'],
> = ResolversObject<{
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit'],
> = ResolversObject<{
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SignatureEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SignatureEdge'] = ResolversParentTypes['SignatureEdge'],
> = ResolversObject<{
  capacity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<SignatureEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SignatureEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SignatureEdgeConnection'] =
    ResolversParentTypes['SignatureEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SignatureEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SignedAgreementEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SignedAgreementEdge'] =
    ResolversParentTypes['SignedAgreementEdge'],
> = ResolversObject<{
  capacity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<SignedAgreementEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SignedAgreementEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SignedAgreementEdgeConnection'] =
    ResolversParentTypes['SignedAgreementEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SignedAgreementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SourceResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source'],
> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  figures?: Resolver<
    ResolversTypes['SourceFigureConnection'],
    ParentType,
    ContextType,
    RequireFields<SourceFiguresArgs, 'first'>
  >;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reliability?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reliabilityNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<SourceSourcesArgs, 'first'>
  >;
  statusReports?: Resolver<
    ResolversTypes['StatusReportConnection'],
    ParentType,
    ContextType,
    RequireFields<SourceStatusReportsArgs, 'first'>
  >;
  supports?: Resolver<
    ResolversTypes['NodeConnection'],
    ParentType,
    ContextType,
    RequireFields<SourceSupportsArgs, 'first'>
  >;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SourceConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SourceConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SourceConnectionEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SourceConnectionEdge'] =
    ResolversParentTypes['SourceConnectionEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type SourceFigureResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SourceFigure'] = ResolversParentTypes['SourceFigure'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  figure?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  investment?: Resolver<ResolversTypes['Investment'], ParentType, ContextType>;
}>;

export type SourceFigureConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SourceFigureConnection'] =
    ResolversParentTypes['SourceFigureConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SourceFigure']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StatusReportResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['StatusReport'] = ResolversParentTypes['StatusReport'],
> = ResolversObject<{
  attributedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
}>;

export type StatusReportConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['StatusReportConnection'] =
    ResolversParentTypes['StatusReportConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TechnologyResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Technology'] = ResolversParentTypes['Technology'],
> = ResolversObject<{
  agreements?: Resolver<
    ResolversTypes['CoveringAgreementEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<TechnologyAgreementsArgs, 'first'>
  >;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investments?: Resolver<
    ResolversTypes['InvestmentEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<TechnologyInvestmentsArgs, 'first'>
  >;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<
    ResolversTypes['OrganizationEdgeConnection'],
    ParentType,
    ContextType,
    RequireFields<TechnologyOrganizationsArgs, 'first'>
  >;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<TechnologySourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TechnologyConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TechnologyConnection'] =
    ResolversParentTypes['TechnologyConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TechnologyConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Technology']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TechnologyConnectionEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TechnologyConnectionEdge'] =
    ResolversParentTypes['TechnologyConnectionEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Technology'], ParentType, ContextType>;
}>;

export type TechnologyEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TechnologyEdge'] = ResolversParentTypes['TechnologyEdge'],
> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Technology'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<TechnologyEdgeSourcesArgs, 'first'>
  >;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TechnologyEdgeConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TechnologyEdgeConnection'] =
    ResolversParentTypes['TechnologyEdgeConnection'],
> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TechnologyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Technology']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimelineEntryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry'],
> = ResolversObject<{
  attributedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEntryKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ClaimStatus']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UpsertRelationshipPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['UpsertRelationshipPayload'] =
    ResolversParentTypes['UpsertRelationshipPayload'],
> = ResolversObject<{
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sources?: Resolver<
    Array<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<UpsertRelationshipPayloadSourcesArgs, 'first'>
  >;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  Agreement?: AgreementResolvers<ContextType>;
  AgreementConnection?: AgreementConnectionResolvers<ContextType>;
  AgreementConnectionEdge?: AgreementConnectionEdgeResolvers<ContextType>;
  AgreementEdge?: AgreementEdgeResolvers<ContextType>;
  AgreementEdgeConnection?: AgreementEdgeConnectionResolvers<ContextType>;
  AgreementPartyEdge?: AgreementPartyEdgeResolvers<ContextType>;
  AgreementPartyEdgeConnection?: AgreementPartyEdgeConnectionResolvers<ContextType>;
  AgreementRelationEdge?: AgreementRelationEdgeResolvers<ContextType>;
  AgreementRelationEdgeConnection?: AgreementRelationEdgeConnectionResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  CountryConnection?: CountryConnectionResolvers<ContextType>;
  CountryConnectionEdge?: CountryConnectionEdgeResolvers<ContextType>;
  CountryEdge?: CountryEdgeResolvers<ContextType>;
  CountryEdgeConnection?: CountryEdgeConnectionResolvers<ContextType>;
  CoverageEdge?: CoverageEdgeResolvers<ContextType>;
  CoverageEdgeConnection?: CoverageEdgeConnectionResolvers<ContextType>;
  CoveringAgreementEdge?: CoveringAgreementEdgeResolvers<ContextType>;
  CoveringAgreementEdgeConnection?: CoveringAgreementEdgeConnectionResolvers<ContextType>;
  CurrencyTotal?: CurrencyTotalResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Edge?: EdgeResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventConnectionEdge?: EventConnectionEdgeResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventEdgeConnection?: EventEdgeConnectionResolvers<ContextType>;
  EventParticipationEdge?: EventParticipationEdgeResolvers<ContextType>;
  EventParticipationEdgeConnection?: EventParticipationEdgeConnectionResolvers<ContextType>;
  Figure?: FigureResolvers<ContextType>;
  GraphRelationship?: GraphRelationshipResolvers<ContextType>;
  ImportPayload?: ImportPayloadResolvers<ContextType>;
  Investment?: InvestmentResolvers<ContextType>;
  InvestmentConnection?: InvestmentConnectionResolvers<ContextType>;
  InvestmentConnectionEdge?: InvestmentConnectionEdgeResolvers<ContextType>;
  InvestmentEdge?: InvestmentEdgeResolvers<ContextType>;
  InvestmentEdgeConnection?: InvestmentEdgeConnectionResolvers<ContextType>;
  InvestmentPartnerEdge?: InvestmentPartnerEdgeResolvers<ContextType>;
  InvestmentPartnerEdgeConnection?: InvestmentPartnerEdgeConnectionResolvers<ContextType>;
  InvestmentTotalGroup?: InvestmentTotalGroupResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LeaderEdge?: LeaderEdgeResolvers<ContextType>;
  LeaderEdgeConnection?: LeaderEdgeConnectionResolvers<ContextType>;
  LeadershipEdge?: LeadershipEdgeResolvers<ContextType>;
  LeadershipEdgeConnection?: LeadershipEdgeConnectionResolvers<ContextType>;
  MemberEdge?: MemberEdgeResolvers<ContextType>;
  MemberEdgeConnection?: MemberEdgeConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  MembershipEdgeConnection?: MembershipEdgeConnectionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighbor?: NeighborResolvers<ContextType>;
  Neighborhood?: NeighborhoodResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeConnection?: NodeConnectionResolvers<ContextType>;
  NodeConnectionEdge?: NodeConnectionEdgeResolvers<ContextType>;
  NodeEdge?: NodeEdgeResolvers<ContextType>;
  NodeEdgeConnection?: NodeEdgeConnectionResolvers<ContextType>;
  OfficeEdge?: OfficeEdgeResolvers<ContextType>;
  OfficeEdgeConnection?: OfficeEdgeConnectionResolvers<ContextType>;
  OfficeHolderEdge?: OfficeHolderEdgeResolvers<ContextType>;
  OfficeHolderEdgeConnection?: OfficeHolderEdgeConnectionResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationConnectionEdge?: OrganizationConnectionEdgeResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationEdgeConnection?: OrganizationEdgeConnectionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParticipationEdge?: ParticipationEdgeResolvers<ContextType>;
  ParticipationEdgeConnection?: ParticipationEdgeConnectionResolvers<ContextType>;
  PartnerInInvestmentEdge?: PartnerInInvestmentEdgeResolvers<ContextType>;
  PartnerInInvestmentEdgeConnection?: PartnerInInvestmentEdgeConnectionResolvers<ContextType>;
  PartnershipEdge?: PartnershipEdgeResolvers<ContextType>;
  PartnershipEdgeConnection?: PartnershipEdgeConnectionResolvers<ContextType>;
  PartyEdge?: PartyEdgeResolvers<ContextType>;
  PartyEdgeConnection?: PartyEdgeConnectionResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonConnectionEdge?: PersonConnectionEdgeResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceConnection?: PlaceConnectionResolvers<ContextType>;
  PlaceConnectionEdge?: PlaceConnectionEdgeResolvers<ContextType>;
  PlaceEdge?: PlaceEdgeResolvers<ContextType>;
  PlaceEdgeConnection?: PlaceEdgeConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportInfo?: ReportInfoResolvers<ContextType>;
  ReportParameter?: ReportParameterResolvers<ContextType>;
  ReportResult?: ReportResultResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SignatureEdge?: SignatureEdgeResolvers<ContextType>;
  SignatureEdgeConnection?: SignatureEdgeConnectionResolvers<ContextType>;
  SignedAgreementEdge?: SignedAgreementEdgeResolvers<ContextType>;
  SignedAgreementEdgeConnection?: SignedAgreementEdgeConnectionResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceConnectionEdge?: SourceConnectionEdgeResolvers<ContextType>;
  SourceFigure?: SourceFigureResolvers<ContextType>;
  SourceFigureConnection?: SourceFigureConnectionResolvers<ContextType>;
  StatusReport?: StatusReportResolvers<ContextType>;
  StatusReportConnection?: StatusReportConnectionResolvers<ContextType>;
  Technology?: TechnologyResolvers<ContextType>;
  TechnologyConnection?: TechnologyConnectionResolvers<ContextType>;
  TechnologyConnectionEdge?: TechnologyConnectionEdgeResolvers<ContextType>;
  TechnologyEdge?: TechnologyEdgeResolvers<ContextType>;
  TechnologyEdgeConnection?: TechnologyEdgeConnectionResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  UpsertRelationshipPayload?: UpsertRelationshipPayloadResolvers<ContextType>;
}>;
