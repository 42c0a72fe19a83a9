import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NodeRecord, EdgeRecord, StepRecord, PathRecord, NeighborhoodRecord, TimelineRecord, QuantityTotalRecord, SearchHitRecord, RelationshipRecord, UpsertedRelationshipRecord, ConnectionRecord, EdgeConnectionRecord, NodeConnectionRecord, WriteRecord, ChangeRecord, ChangeConnectionRecord, DuplicateCandidateRecord, NodeConnectionEdgeRecord } from '../../../cypher/index.ts';
import type { TotalsResult, TotalsGroupResult, LeftOutResult } from '../../resolvers/totals.ts';
import type { ReportDefinition, ReportParam } from '../../../reports/index.ts';
import type { ReportResultRecord } from '../../resolvers/reports.ts';
import type { MergePayloadRecord, RevertPayloadRecord } from '../../resolvers/changes.ts';
import type { GraphQLContext } from '../../request/context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with offset. */
  DateTime: { input: string; output: string; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
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
  /** The version of the API. */
  apiVersion: Scalars['String']['output'];
  /** One entity by its id (`country:gb`, `org:blackrock`, `source:…`). */
  node?: Maybe<Node>;
  /** Several entities by id, in the order asked; unknown ids give null. */
  nodes?: Maybe<Array<Maybe<Node>>>;
  /**
   * Full-text search over names and aliases, case- and accent-insensitive ("Etats-Unis" finds the United
   * States), best match first. Lucene syntax in `text` is treated as plain words.
   */
  search?: Maybe<Array<SearchHit>>;
  countries?: Maybe<CountryConnection>;
  people?: Maybe<PersonConnection>;
  organizations?: Maybe<OrganizationConnection>;
  events?: Maybe<EventConnection>;
  agreements?: Maybe<AgreementConnection>;
  investments?: Maybe<InvestmentConnection>;
  technologies?: Maybe<TechnologyConnection>;
  places?: Maybe<PlaceConnection>;
  sources?: Maybe<SourceConnection>;
  /**
   * A shortest path between two entities over domain relationships only (provenance links to sources are
   * not walked), or null when none exists within `maxHops` (1–8, default 6). `exclude` names labels the
   * path may not pass through (its ends may carry them): `[Technology]` keeps technology tags from making
   * unrelated things look connected.
   */
  shortestPath?: Maybe<Path>;
  /** All shortest paths between two entities (same rules as `shortestPath`), at most `first` (≤ 100). */
  allShortestPaths?: Maybe<Array<Path>>;
  /**
   * The entities within `depth` (1–3) domain relationships of an entity, nearest first and, at the same
   * distance, the best connected first (most relationships, sources included), then by name; at most `first`
   * (≤ 100), with the relationships among them (at most ten per entity asked for). `exclude` names labels
   * the walk does not pass through: a neighbour may carry one, but nothing beyond it is reached through it.
   */
  neighborhood?: Maybe<Neighborhood>;
  /**
   * Events and claim status changes in date order, for the whole graph, or around one entity (the entity,
   * its events and the claims it is directly linked to) or one agreement. `first` ≤ 100 (default 100).
   */
  timeline?: Maybe<Array<TimelineEntry>>;
  /**
   * Pledge totals that count each pledge once (docs/data-model.md, "Totals"): per group and unit, with the
   * grand totals over every group, and every pledge left out with the reason. Units are never mixed:
   * currencies are never converted, physical quantities add in their base unit (1 GW is 1000 MW), counts
   * stay apart. Each pledge counts by its preferred figure of the unit; a target is left out; `level` says
   * whether the leaves of a tree of pledges count (a headline pledge with no parts is a leaf) or the top,
   * never both. A pledge of several investors forms a joint group, one into several countries a group of
   * its own, so the groups add up to the grand totals; by technology a pledge on two technologies is in
   * both (`shared`), once in the grand totals. TOTAL sorts rank by the group's largest total.
   */
  investmentTotals?: Maybe<InvestmentTotals>;
  /** The analysts' reports that can be run with `runReport`. */
  reports?: Maybe<Array<ReportInfo>>;
  /**
   * Runs a report by name, read-only, with its parameters as a JSON object (e.g. `{"country": "country:gb"}`);
   * an unknown name is NOT_FOUND, a bad parameter BAD_USER_INPUT.
   */
  runReport?: Maybe<ReportResult>;
  /**
   * The change log, newest first: what each write (import, upsert, merge, revert) did to each entity and
   * relationship, with each field before and after. A cursor stays valid while writes come in:
   * `first`/`after` go back in time, `last`/`before` forward. To poll it as a feed, keep the newest
   * cursor you have seen (`pageInfo.startCursor`) and ask `changes(last: 100, before: $cursor)`;
   * `hasPreviousPage` says more came than the page holds. `first` defaults to 20, at most 100. `since`
   * keeps writes from that instant on, `entityId` the changes of an entity and of its relationships,
   * `author` the writes of one actor (a write token's name), `writeId` those of one write.
   */
  changes?: Maybe<ChangeConnection>;
  /** One write of the change log by its id (the `changeId` the mutations return), or null. */
  write?: Maybe<Write>;
  /**
   * Pairs of entities of one type that may be the same thing, best first, with a score (0–1) and the
   * reasons: the same name or alias once case, accents, punctuation and legal forms are set aside ("Nvidia
   * Corp." and "NVIDIA"), a name that is the other's alias (in any language), near spellings, shared
   * words, the same ISO code or website. `types` defaults to every type but Source; `first` ≤ 100.
   */
  possibleDuplicates?: Maybe<Array<DuplicateCandidate>>;
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
export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  filter?: InputMaybe<CountryFilter>;
  sort?: InputMaybe<NameSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
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
  filter?: InputMaybe<PersonFilter>;
  sort?: InputMaybe<NameSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
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
  filter?: InputMaybe<OrganizationFilter>;
  sort?: InputMaybe<NameSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
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
  filter?: InputMaybe<EventFilter>;
  sort?: InputMaybe<EventSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
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
  filter?: InputMaybe<AgreementFilter>;
  sort?: InputMaybe<AgreementSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
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
  filter?: InputMaybe<InvestmentFilter>;
  sort?: InputMaybe<InvestmentSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
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
  filter?: InputMaybe<TechnologyFilter>;
  sort?: InputMaybe<NameSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
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
  filter?: InputMaybe<PlaceFilter>;
  sort?: InputMaybe<NameSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
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
  filter?: InputMaybe<SourceFilter>;
  sort?: InputMaybe<SourceSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
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
  toId: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  exclude?: InputMaybe<Array<EntityType>>;
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
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  exclude?: InputMaybe<Array<EntityType>>;
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
  id: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  exclude?: InputMaybe<Array<EntityType>>;
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
  entityId?: InputMaybe<Scalars['ID']['input']>;
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  knownAsOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  groupBy: InvestmentGrouping;
  unit?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<TotalLevel>;
  sort?: InputMaybe<TotalsSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
export type QueryChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  author?: InputMaybe<Scalars['String']['input']>;
  writeId?: InputMaybe<Scalars['ID']['input']>;
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
export type QueryWriteArgs = {
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
export type QueryPossibleDuplicatesArgs = {
  types?: InputMaybe<Array<EntityType>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * Writes. Each needs `Authorization: Bearer <token>` with a token from TDG_WRITE_TOKENS; without one the
 * request fails with UNAUTHENTICATED before anything is validated or written. Each write is one
 * transaction through the dataset importer: validated first (errors name the field in
 * `extensions.issues`), all or nothing, idempotent.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates or updates an entity by id, with its sources. */
  upsertEntity?: Maybe<Node>;
  /** Creates or updates a relationship (by type, ends and optional key), with its sources. */
  upsertRelationship?: Maybe<UpsertRelationshipPayload>;
  /** Imports a whole dataset in the dataset format (docs/dataset-format.md). */
  importDataset?: Maybe<ImportPayload>;
  /**
   * Merges the entity `merge` into `keep` (same type; sources cannot be merged), as one write: its
   * relationships, citations, status reports and figures move to `keep` (a relationship `keep` already has,
   * same type, other end and key, gains its sources), its name and aliases become aliases of `keep`, its
   * other fields fill those `keep` lacks, and a claim's status, figures and `disputed` are derived again.
   * Its id keeps answering `node(id:)` with `keep` (see `mergedIds`). `revertChange(id: changeId)` undoes it
   * exactly. Merging an entity into itself, or entities of two types, is BAD_USER_INPUT; an unknown id
   * NOT_FOUND. Needs a write token.
   */
  mergeEntities?: Maybe<MergePayload>;
  /**
   * Undoes a write of the change log (an upsert, an import, a merge, a revert) as a write of its own.
   * Refused with REVERT_CONFLICT, naming them (id, actor, time), when later writes changed the same
   * entities and fields; with BAD_USER_INPUT for a write already reverted or a bulk import (the log
   * keeps its counts, not its records). Needs a write token.
   */
  revertChange?: Maybe<RevertPayload>;
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
export type MutationMergeEntitiesArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
};


/**
 * Writes. Each needs `Authorization: Bearer <token>` with a token from TDG_WRITE_TOKENS; without one the
 * request fails with UNAUTHENTICATED before anything is validated or written. Each write is one
 * transaction through the dataset importer: validated first (errors name the field in
 * `extensions.issues`), all or nothing, idempotent.
 */
export type MutationRevertChangeArgs = {
  id: Scalars['ID']['input'];
};

export type EntityType =
  | 'Country'
  | 'Person'
  | 'Organization'
  | 'Event'
  | 'Agreement'
  | 'Investment'
  | 'Technology'
  | 'Place'
  | 'Source';

/** Anything in the graph. */
export type Node = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Other names and spellings (other languages included). */
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** The sources that support this entity's facts (`SOURCED_FROM`). */
  sources: Array<Source>;
  /** Ids of entities merged into this one (`node(id:)` of any of them answers this entity). */
  mergedIds: Array<Scalars['ID']['output']>;
};


/** Anything in the graph. */
export type NodeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A claim with a status that keeps its time: every report of it stays, with its source. */
export type Claim = {
  id: Scalars['ID']['output'];
  /**
   * The status of the latest report. With `asOf`, the status its sources had reported for that day (the
   * latest report dated by then); with `knownAsOf`, counting only sources published by that day.
   */
  status?: Maybe<ClaimStatus>;
  /** Every status report, oldest first; with `knownAsOf`, those of sources published by that day. */
  statusHistory: Array<StatusReport>;
  /** Its amounts (a pledge's, or a deal's value), each with its source, preferred first; with `knownAsOf`, those of sources published by that day. */
  figures: Array<Figure>;
  /** True when two sources disagree on one of its amounts. */
  disputed: Scalars['Boolean']['output'];
};


/** A claim with a status that keeps its time: every report of it stays, with its source. */
export type ClaimStatusArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  knownAsOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A claim with a status that keeps its time: every report of it stays, with its source. */
export type ClaimStatusHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAsOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A claim with a status that keeps its time: every report of it stays, with its source. */
export type ClaimFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAsOf?: InputMaybe<Scalars['Date']['input']>;
};

export type ClaimStatus =
  | 'reported'
  | 'announced'
  | 'signed'
  | 'confirmed'
  | 'completed'
  | 'paused'
  | 'resumed'
  | 'cancelled'
  | 'disputed';

/** One dated status claim by one source. */
export type StatusReport = {
  __typename?: 'StatusReport';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  status: ClaimStatus;
  /** The day the source reported it. */
  date?: Maybe<Scalars['Date']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** Whom the source attributes the claim to. */
  attributedTo?: Maybe<Scalars['String']['output']>;
  source: Source;
  /** The claim (agreement, investment or event) reported on. */
  claim: Node;
};

/** One reported amount of an investment, by one source. */
export type Figure = {
  __typename?: 'Figure';
  /** The opaque cursor of this item in its list. */
  cursor: Scalars['String']['output'];
  /** The amount, in `unit` (major units for money: 500000000 is £500m). */
  amount: Scalars['Float']['output'];
  /** With bound `range`, the upper end. */
  amountMax?: Maybe<Scalars['Float']['output']>;
  /** An ISO 4217 currency (GBP, USD, KRW…) or a physical unit: gpus, chips, jobs, units, W, kW, MW, GW, MWh, GWh, TWh, m2, ha, km2, sq_mi, acres. */
  unit: Scalars['String']['output'];
  /** The currency, when the unit is one (null for GPUs, power, jobs…). */
  currency?: Maybe<Scalars['String']['output']>;
  /** How the amount relates to what the source asserts: exact, at least, up to, about (±10%), a target, or a range. */
  bound: Bound;
  /** The source's own words ("over $300bn", "several hundred thousand"). */
  wording?: Maybe<Scalars['String']['output']>;
  /** What a count counts ("NVIDIA Blackwell"), required for the unit `units`. */
  item?: Maybe<Scalars['String']['output']>;
  /** The period the amount covers, when the source gives one. */
  period?: Maybe<Period>;
  /** What the figure measures: money, count, power, energy or area. */
  dimension: Scalars['String']['output'];
  /** The amount in the dimension's base unit (MW, MWh, km²; a currency or a count in its own unit), the unit totals use. */
  baseAmount?: Maybe<Scalars['Float']['output']>;
  baseUnit?: Maybe<Scalars['String']['output']>;
  /** @deprecated Use `bound` and `wording`: the qualifier of a version 1 file is its wording. */
  qualifier?: Maybe<Scalars['String']['output']>;
  /** True when the source converted it from another currency. */
  converted: Scalars['Boolean']['output'];
  /** True for the figure of its quantity that totals add up (at most one per currency, dimension or count). */
  preferred: Scalars['Boolean']['output'];
  attributedTo?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  source: Source;
};

/** How a figure's amount relates to what its source asserts. */
export type Bound =
  | 'exact'
  /** over, more than, at least */
  | 'at_least'
  | 'up_to'
  /** around, some: ±10% when figures are compared */
  | 'about'
  /** aiming for: never a commitment, left out of totals */
  | 'target'
  /** from `amount` to `amountMax` */
  | 'range';

/** The period a figure covers: `from` and `to` as YYYY, YYYY-MM or YYYY-MM-DD, or a number of years. */
export type Period = {
  __typename?: 'Period';
  from?: Maybe<Scalars['String']['output']>;
  to?: Maybe<Scalars['String']['output']>;
  years?: Maybe<Scalars['Float']['output']>;
};

export type Country = Node & {
  __typename?: 'Country';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  iso2?: Maybe<Scalars['String']['output']>;
  iso3?: Maybe<Scalars['String']['output']>;
  /** People holding office in this country's government. */
  officials: OfficeHolderEdgeConnection;
  events: EventParticipationEdgeConnection;
  /** Events held in this country. */
  hostedEvents: EventEdgeConnection;
  agreements: AgreementPartyEdgeConnection;
  pledges: InvestmentEdgeConnection;
  /** Investments that target this country. */
  investmentsReceived: InvestmentEdgeConnection;
  /** Government bodies and units that belong to this country (`SUBSIDIARY_OF`). */
  bodies: OrganizationEdgeConnection;
  /** Organisations headquartered here. */
  headquartered: OrganizationEdgeConnection;
  places: PlaceEdgeConnection;
  mergedIds: Array<Scalars['ID']['output']>;
};


export type CountrySourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountryOfficialsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type CountryEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type CountryHostedEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type CountryAgreementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type CountryPledgesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type CountryInvestmentsReceivedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type CountryBodiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type CountryHeadquarteredArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type CountryPlacesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Person = Node & {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  offices: OfficeEdgeConnection;
  leads: LeadershipEdgeConnection;
  memberships: MembershipEdgeConnection;
  events: EventParticipationEdgeConnection;
  signatures: SignedAgreementEdgeConnection;
  pledges: InvestmentEdgeConnection;
  mergedIds: Array<Scalars['ID']['output']>;
};


export type PersonSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonOfficesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type PersonLeadsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type PersonMembershipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type PersonEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type PersonSignaturesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type PersonPledgesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Organization = Node & {
  __typename?: 'Organization';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  kind?: Maybe<OrganizationKind>;
  website?: Maybe<Scalars['String']['output']>;
  officials: OfficeHolderEdgeConnection;
  leaders: LeaderEdgeConnection;
  members: MemberEdgeConnection;
  events: EventParticipationEdgeConnection;
  agreements: AgreementPartyEdgeConnection;
  pledges: InvestmentEdgeConnection;
  /** Investments that go into this organisation. */
  investmentsReceived: InvestmentEdgeConnection;
  /** Investments it is a partner in. */
  investmentPartnerships: PartnerInInvestmentEdgeConnection;
  partners: PartnershipEdgeConnection;
  /** The country or place of its headquarters. */
  headquarters: NodeEdgeConnection;
  /** The organisation or country it belongs to. */
  parents: NodeEdgeConnection;
  subsidiaries: OrganizationEdgeConnection;
  technologies: TechnologyEdgeConnection;
  mergedIds: Array<Scalars['ID']['output']>;
};


export type OrganizationSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationOfficialsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type OrganizationLeadersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type OrganizationMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type OrganizationEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type OrganizationAgreementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type OrganizationPledgesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type OrganizationInvestmentsReceivedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type OrganizationInvestmentPartnershipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type OrganizationPartnersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type OrganizationHeadquartersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type OrganizationParentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type OrganizationSubsidiariesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type OrganizationTechnologiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type OrganizationKind =
  | 'company'
  | 'government_body'
  /** a president's or prime minister's office, a ministry's office */
  | 'government_office'
  /** a state, province or emirate */
  | 'subnational_government'
  | 'agency'
  | 'state_owned_enterprise'
  | 'sovereign_wealth_fund'
  | 'investment_firm'
  | 'research'
  | 'media'
  | 'ngo'
  | 'international'
  | 'other';

export type Event = Node & Claim & {
  __typename?: 'Event';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  kind?: Maybe<Scalars['String']['output']>;
  startDate?: Maybe<Scalars['Date']['output']>;
  endDate?: Maybe<Scalars['Date']['output']>;
  status?: Maybe<ClaimStatus>;
  statusHistory: Array<StatusReport>;
  participants: ParticipationEdgeConnection;
  places: PlaceEdgeConnection;
  countries: CountryEdgeConnection;
  /** The larger event this is part of. */
  partOf: EventEdgeConnection;
  subEvents: EventEdgeConnection;
  agreementsSigned: AgreementEdgeConnection;
  agreementsAnnounced: AgreementEdgeConnection;
  investmentsAnnounced: InvestmentEdgeConnection;
  /** The deals' value its sources give for the event ("deals worth over $200bn"), preferred first: never added into pledge totals. */
  figures: Array<Figure>;
  /** True when two sources disagree on that value. */
  disputed: Scalars['Boolean']['output'];
  mergedIds: Array<Scalars['ID']['output']>;
};


export type EventSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventStatusArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  knownAsOf?: InputMaybe<Scalars['Date']['input']>;
};


export type EventStatusHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAsOf?: InputMaybe<Scalars['Date']['input']>;
};


export type EventParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type EventPlacesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type EventCountriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type EventPartOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type EventSubEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type EventAgreementsSignedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type EventAgreementsAnnouncedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type EventInvestmentsAnnouncedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type EventFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAsOf?: InputMaybe<Scalars['Date']['input']>;
};

export type Agreement = Node & Claim & {
  __typename?: 'Agreement';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  kind?: Maybe<Scalars['String']['output']>;
  formalName?: Maybe<Scalars['String']['output']>;
  binding?: Maybe<Scalars['Boolean']['output']>;
  signedOn?: Maybe<Scalars['Date']['output']>;
  status?: Maybe<ClaimStatus>;
  statusHistory: Array<StatusReport>;
  parties: PartyEdgeConnection;
  signatories: SignatureEdgeConnection;
  technologies: CoverageEdgeConnection;
  signedAt: EventEdgeConnection;
  announcedAt: EventEdgeConnection;
  related: AgreementRelationEdgeConnection;
  /** The pledges that fall under it (`MADE_UNDER`). */
  pledges: InvestmentEdgeConnection;
  /** The deal's value as its sources give it ("deals worth over $200bn"), preferred first: never added into pledge totals. */
  figures: Array<Figure>;
  /** True when two sources disagree on its value. */
  disputed: Scalars['Boolean']['output'];
  mergedIds: Array<Scalars['ID']['output']>;
};


export type AgreementSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AgreementStatusArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  knownAsOf?: InputMaybe<Scalars['Date']['input']>;
};


export type AgreementStatusHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAsOf?: InputMaybe<Scalars['Date']['input']>;
};


export type AgreementPartiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type AgreementSignatoriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type AgreementTechnologiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type AgreementSignedAtArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type AgreementAnnouncedAtArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type AgreementRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type AgreementPledgesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type AgreementFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAsOf?: InputMaybe<Scalars['Date']['input']>;
};

export type Investment = Node & Claim & {
  __typename?: 'Investment';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  /** The shown figure's amount: the preferred money figure, or without one the first preferred figure. */
  amount?: Maybe<Scalars['Float']['output']>;
  /** With bound `range`, the shown figure's upper end. */
  amountMax?: Maybe<Scalars['Float']['output']>;
  /** The shown figure's unit (a currency or a physical unit). */
  unit?: Maybe<Scalars['String']['output']>;
  /** The shown figure's currency, when its unit is one. */
  currency?: Maybe<Scalars['String']['output']>;
  /** The shown figure's bound. */
  bound?: Maybe<Bound>;
  /** @deprecated Use `bound`; each figure keeps its source's `wording`. */
  qualifier?: Maybe<Scalars['String']['output']>;
  /** A period given only in words ("2025–2028", from version 1 files); figures carry their own `period`. */
  period?: Maybe<Scalars['String']['output']>;
  purpose?: Maybe<Scalars['String']['output']>;
  status?: Maybe<ClaimStatus>;
  statusHistory: Array<StatusReport>;
  /** Every reported figure with its source, preferred first. */
  figures: Array<Figure>;
  /** True when two sources disagree on one quantity over one period (docs/data-model.md, Disputed): a bound that an exact figure fits is no dispute. */
  disputed: Scalars['Boolean']['output'];
  /** The quantities the sources disagree on: a currency (USD), a count (gpus) or a dimension (power). */
  disputedUnits: Array<Scalars['String']['output']>;
  /** True when two or more investors pledged it together, their split unknown: totals count it once, as joint. */
  joint: Scalars['Boolean']['output'];
  /**
   * True for a pledge a version 1 file marked as a total of pledges listed separately: totals leave it
   * out. Version 2 files say what a pledge includes with `INCLUDED_IN` (`parts`, `includedIn`).
   */
  aggregate: Scalars['Boolean']['output'];
  /** The larger pledges this one is part of (`INCLUDED_IN`). */
  includedIn: InvestmentEdgeConnection;
  /** The pledges this one is broken down into (`INCLUDED_IN`). */
  parts: InvestmentEdgeConnection;
  /** The agreements it falls under (`MADE_UNDER`). */
  madeUnder: AgreementEdgeConnection;
  /** Who pledged it (organisation, country or person). */
  investors: NodeEdgeConnection;
  targetCountries: CountryEdgeConnection;
  /** The organisations receiving it, where there are any. */
  recipients: OrganizationEdgeConnection;
  partners: InvestmentPartnerEdgeConnection;
  technologies: TechnologyEdgeConnection;
  places: PlaceEdgeConnection;
  announcedAt: EventEdgeConnection;
  mergedIds: Array<Scalars['ID']['output']>;
};


export type InvestmentSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type InvestmentStatusArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  knownAsOf?: InputMaybe<Scalars['Date']['input']>;
};


export type InvestmentStatusHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAsOf?: InputMaybe<Scalars['Date']['input']>;
};


export type InvestmentFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAsOf?: InputMaybe<Scalars['Date']['input']>;
};


export type InvestmentIncludedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type InvestmentPartsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type InvestmentMadeUnderArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type InvestmentInvestorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type InvestmentTargetCountriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type InvestmentRecipientsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type InvestmentPartnersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type InvestmentTechnologiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type InvestmentPlacesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type InvestmentAnnouncedAtArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Technology = Node & {
  __typename?: 'Technology';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  category?: Maybe<Scalars['String']['output']>;
  agreements: CoveringAgreementEdgeConnection;
  investments: InvestmentEdgeConnection;
  organizations: OrganizationEdgeConnection;
  mergedIds: Array<Scalars['ID']['output']>;
};


export type TechnologySourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TechnologyAgreementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type TechnologyInvestmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type TechnologyOrganizationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Place = Node & {
  __typename?: 'Place';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  kind?: Maybe<Scalars['String']['output']>;
  /** The place or country it lies in. */
  locatedIn: NodeEdgeConnection;
  places: PlaceEdgeConnection;
  events: EventEdgeConnection;
  investments: InvestmentEdgeConnection;
  /** Organisations headquartered here. */
  headquartered: OrganizationEdgeConnection;
  mergedIds: Array<Scalars['ID']['output']>;
};


export type PlaceSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlaceLocatedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type PlacePlacesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type PlaceEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type PlaceInvestmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type PlaceHeadquarteredArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Source = Node & {
  __typename?: 'Source';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Always empty: a source is its own provenance. */
  sources: Array<Source>;
  url?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  publisher?: Maybe<Scalars['String']['output']>;
  via?: Maybe<Scalars['String']['output']>;
  publishedOn?: Maybe<Scalars['Date']['output']>;
  datePrecision?: Maybe<Scalars['String']['output']>;
  language?: Maybe<Scalars['String']['output']>;
  reliability?: Maybe<Scalars['String']['output']>;
  reliabilityNote?: Maybe<Scalars['String']['output']>;
  /** The entities this source supports. */
  supports: NodeConnection;
  statusReports: StatusReportConnection;
  figures: SourceFigureConnection;
  mergedIds: Array<Scalars['ID']['output']>;
};


export type SourceSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type SourceSupportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type SourceStatusReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type SourceFiguresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A figure reported by a source, with the investment it is about. */
export type SourceFigure = {
  __typename?: 'SourceFigure';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  figure: Figure;
  investment: Investment;
};

/** What every relationship edge carries. */
export type Edge = {
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  /** The sources that cite this relationship. */
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  /** The entity at the other end. */
  node: Node;
};


/** What every relationship edge carries. */
export type EdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `HOLDS_OFFICE` from a person: the office and the body it is in. */
export type OfficeEdge = Edge & {
  __typename?: 'OfficeEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['Date']['output']>;
  until?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Node;
};


/** `HOLDS_OFFICE` from a person: the office and the body it is in. */
export type OfficeEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `HOLDS_OFFICE` to a country or organisation: who holds office there. */
export type OfficeHolderEdge = Edge & {
  __typename?: 'OfficeHolderEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['Date']['output']>;
  until?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Person;
};


/** `HOLDS_OFFICE` to a country or organisation: who holds office there. */
export type OfficeHolderEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `LEADS` from a person. */
export type LeadershipEdge = Edge & {
  __typename?: 'LeadershipEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['Date']['output']>;
  until?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Organization;
};


/** `LEADS` from a person. */
export type LeadershipEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `LEADS` to an organisation. */
export type LeaderEdge = Edge & {
  __typename?: 'LeaderEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['Date']['output']>;
  until?: Maybe<Scalars['Date']['output']>;
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Person;
};


/** `LEADS` to an organisation. */
export type LeaderEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `MEMBER_OF` from a person. */
export type MembershipEdge = Edge & {
  __typename?: 'MembershipEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  role?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Organization;
};


/** `MEMBER_OF` from a person. */
export type MembershipEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `MEMBER_OF` to an organisation. */
export type MemberEdge = Edge & {
  __typename?: 'MemberEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  role?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Person;
};


/** `MEMBER_OF` to an organisation. */
export type MemberEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `PARTICIPATED_IN` to an event: a participant (person, organisation or country) and its role. */
export type ParticipationEdge = Edge & {
  __typename?: 'ParticipationEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  /** host, guest, signatory, delegate, speaker… */
  role?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Node;
};


/** `PARTICIPATED_IN` to an event: a participant (person, organisation or country) and its role. */
export type ParticipationEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `PARTICIPATED_IN` from a participant: the event and the role. */
export type EventParticipationEdge = Edge & {
  __typename?: 'EventParticipationEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  role?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Event;
};


/** `PARTICIPATED_IN` from a participant: the event and the role. */
export type EventParticipationEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `PARTNERS_WITH`, either direction. */
export type PartnershipEdge = Edge & {
  __typename?: 'PartnershipEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  /** What the partnership is about. */
  on?: Maybe<Scalars['String']['output']>;
  direction: Direction;
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Organization;
};


/** `PARTNERS_WITH`, either direction. */
export type PartnershipEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `PARTY_TO` to an agreement: a party and its role. */
export type PartyEdge = Edge & {
  __typename?: 'PartyEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  role?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Node;
};


/** `PARTY_TO` to an agreement: a party and its role. */
export type PartyEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `PARTY_TO` from a country or organisation. */
export type AgreementPartyEdge = Edge & {
  __typename?: 'AgreementPartyEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  role?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Agreement;
};


/** `PARTY_TO` from a country or organisation. */
export type AgreementPartyEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `SIGNED` to an agreement: who signed, when, in what capacity. */
export type SignatureEdge = Edge & {
  __typename?: 'SignatureEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  date?: Maybe<Scalars['Date']['output']>;
  capacity?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Person;
};


/** `SIGNED` to an agreement: who signed, when, in what capacity. */
export type SignatureEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `SIGNED` from a person. */
export type SignedAgreementEdge = Edge & {
  __typename?: 'SignedAgreementEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  date?: Maybe<Scalars['Date']['output']>;
  capacity?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Agreement;
};


/** `SIGNED` from a person. */
export type SignedAgreementEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `COVERS` from an agreement. */
export type CoverageEdge = Edge & {
  __typename?: 'CoverageEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  /** How the agreement's text names the technology. */
  pillar?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Technology;
};


/** `COVERS` from an agreement. */
export type CoverageEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `COVERS` to a technology. */
export type CoveringAgreementEdge = Edge & {
  __typename?: 'CoveringAgreementEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  pillar?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Agreement;
};


/** `COVERS` to a technology. */
export type CoveringAgreementEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `RELATED_TO` between agreements, either direction. */
export type AgreementRelationEdge = Edge & {
  __typename?: 'AgreementRelationEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  /** e.g. conditional_on, complements */
  relation?: Maybe<Scalars['String']['output']>;
  direction: Direction;
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Agreement;
};


/** `RELATED_TO` between agreements, either direction. */
export type AgreementRelationEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `PARTNER_IN` from an investment: a partner organisation and its role. */
export type InvestmentPartnerEdge = Edge & {
  __typename?: 'InvestmentPartnerEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  role?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Organization;
};


/** `PARTNER_IN` from an investment: a partner organisation and its role. */
export type InvestmentPartnerEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `PARTNER_IN` from an organisation. */
export type PartnerInInvestmentEdge = Edge & {
  __typename?: 'PartnerInInvestmentEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  role?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Investment;
};


/** `PARTNER_IN` from an organisation. */
export type PartnerInInvestmentEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A relationship without properties, to a node of any type. */
export type NodeEdge = Edge & {
  __typename?: 'NodeEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Node;
};


/** A relationship without properties, to a node of any type. */
export type NodeEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A relationship without properties, to a country. */
export type CountryEdge = Edge & {
  __typename?: 'CountryEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Country;
};


/** A relationship without properties, to a country. */
export type CountryEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A relationship without properties, to an organisation. */
export type OrganizationEdge = Edge & {
  __typename?: 'OrganizationEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Organization;
};


/** A relationship without properties, to an organisation. */
export type OrganizationEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A relationship without properties, to an event. */
export type EventEdge = Edge & {
  __typename?: 'EventEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Event;
};


/** A relationship without properties, to an event. */
export type EventEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A relationship without properties, to an agreement. */
export type AgreementEdge = Edge & {
  __typename?: 'AgreementEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Agreement;
};


/** A relationship without properties, to an agreement. */
export type AgreementEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A relationship without properties, to an investment. */
export type InvestmentEdge = Edge & {
  __typename?: 'InvestmentEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Investment;
};


/** A relationship without properties, to an investment. */
export type InvestmentEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A relationship without properties, to a technology. */
export type TechnologyEdge = Edge & {
  __typename?: 'TechnologyEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Technology;
};


/** A relationship without properties, to a technology. */
export type TechnologyEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A relationship without properties, to a place. */
export type PlaceEdge = Edge & {
  __typename?: 'PlaceEdge';
  /** The opaque cursor of this item in its list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  sources: Array<Source>;
  note?: Maybe<Scalars['String']['output']>;
  node: Place;
};


/** A relationship without properties, to a place. */
export type PlaceEdgeSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Which way a relationship points, seen from the node the field is on (or along a path). */
export type Direction =
  | 'OUTGOING'
  | 'INCOMING';

export type SearchHit = {
  __typename?: 'SearchHit';
  /** Lucene relevance; higher is better. Hits whose name or an alias is the text (ignoring case and accents) come first whatever their score. */
  score: Scalars['Float']['output'];
  node: Node;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
  endCursor?: Maybe<Scalars['String']['output']>;
};

export type NameSort =
  | 'NAME_ASC'
  | 'NAME_DESC';

export type EventSort =
  | 'START_DATE_ASC'
  | 'START_DATE_DESC'
  | 'NAME_ASC'
  | 'NAME_DESC';

export type AgreementSort =
  | 'SIGNED_ON_ASC'
  | 'SIGNED_ON_DESC'
  | 'NAME_ASC'
  | 'NAME_DESC';

/** Investments without an amount sort after (DESC) or before (ASC) all others. */
export type InvestmentSort =
  | 'AMOUNT_DESC'
  | 'AMOUNT_ASC'
  | 'NAME_ASC'
  | 'NAME_DESC';

export type SourceSort =
  | 'PUBLISHED_ON_DESC'
  | 'PUBLISHED_ON_ASC'
  | 'NAME_ASC'
  | 'NAME_DESC';

/** Filters shared by every list: `text` matches name or aliases (case-insensitive substring). */
export type CountryFilter = {
  text?: InputMaybe<Scalars['String']['input']>;
};

export type PersonFilter = {
  text?: InputMaybe<Scalars['String']['input']>;
  /** People holding office in this country or organisation (id). */
  officeIn?: InputMaybe<Scalars['ID']['input']>;
};

export type OrganizationFilter = {
  text?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<OrganizationKind>>;
  /** Headquartered in, or belonging to, this country (id). */
  country?: InputMaybe<Scalars['ID']['input']>;
  /** Focusing on this technology (id). */
  technology?: InputMaybe<Scalars['ID']['input']>;
};

export type EventFilter = {
  text?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Starts on or after. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Starts on or before. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Held in this country or with it as a participant (id). */
  country?: InputMaybe<Scalars['ID']['input']>;
  /** With this participant (id of a person, organisation or country). */
  participant?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<ClaimStatus>>;
};

export type AgreementFilter = {
  text?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  statuses?: InputMaybe<Array<ClaimStatus>>;
  /** Signed on or after. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Signed on or before. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** With this party (country or organisation id). */
  country?: InputMaybe<Scalars['ID']['input']>;
  /** Covering this technology (id). */
  technology?: InputMaybe<Scalars['ID']['input']>;
};

export type InvestmentFilter = {
  text?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<ClaimStatus>>;
  currency?: InputMaybe<Scalars['String']['input']>;
  minAmount?: InputMaybe<Scalars['Float']['input']>;
  /** Pledged by, or targeting, this country (id). */
  country?: InputMaybe<Scalars['ID']['input']>;
  /** Pledged by this organisation, country or person (id). */
  investor?: InputMaybe<Scalars['ID']['input']>;
  /** Focusing on this technology (id). */
  technology?: InputMaybe<Scalars['ID']['input']>;
  /** Announced at an event starting on or after. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Announced at an event starting on or before. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type TechnologyFilter = {
  text?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
};

export type PlaceFilter = {
  text?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Located (directly) in this country or place (id). */
  in?: InputMaybe<Scalars['ID']['input']>;
};

export type SourceFilter = {
  text?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  reliability?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type CountryConnection = {
  __typename?: 'CountryConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<CountryConnectionEdge>;
  nodes: Array<Country>;
};

export type CountryConnectionEdge = {
  __typename?: 'CountryConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Country;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<PersonConnectionEdge>;
  nodes: Array<Person>;
};

export type PersonConnectionEdge = {
  __typename?: 'PersonConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<OrganizationConnectionEdge>;
  nodes: Array<Organization>;
};

export type OrganizationConnectionEdge = {
  __typename?: 'OrganizationConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<EventConnectionEdge>;
  nodes: Array<Event>;
};

export type EventConnectionEdge = {
  __typename?: 'EventConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<AgreementConnectionEdge>;
  nodes: Array<Agreement>;
};

export type AgreementConnectionEdge = {
  __typename?: 'AgreementConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Agreement;
};

export type InvestmentConnection = {
  __typename?: 'InvestmentConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<InvestmentConnectionEdge>;
  nodes: Array<Investment>;
};

export type InvestmentConnectionEdge = {
  __typename?: 'InvestmentConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Investment;
};

export type TechnologyConnection = {
  __typename?: 'TechnologyConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<TechnologyConnectionEdge>;
  nodes: Array<Technology>;
};

export type TechnologyConnectionEdge = {
  __typename?: 'TechnologyConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Technology;
};

export type PlaceConnection = {
  __typename?: 'PlaceConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<PlaceConnectionEdge>;
  nodes: Array<Place>;
};

export type PlaceConnectionEdge = {
  __typename?: 'PlaceConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Place;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<SourceConnectionEdge>;
  nodes: Array<Source>;
};

export type SourceConnectionEdge = {
  __typename?: 'SourceConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Source;
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
  /** The relationship type, e.g. HOLDS_OFFICE. */
  type: Scalars['String']['output'];
  /** OUTGOING when the relationship points from nodes[i] to nodes[i + 1]. */
  direction: Direction;
  /** The relationship's start node. */
  from: Node;
  /** The relationship's end node. */
  to: Node;
  /** The relationship's properties (dates as YYYY-MM-DD), without `sources`. */
  properties: Scalars['JSON']['output'];
  sources: Array<Source>;
};


export type PathStepSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Neighborhood = {
  __typename?: 'Neighborhood';
  center: Node;
  nodes: Array<Neighbor>;
  /** The domain relationships among the center and the nodes returned. */
  relationships: Array<GraphRelationship>;
};

export type Neighbor = {
  __typename?: 'Neighbor';
  node: Node;
  /** The number of hops from the center. */
  distance: Scalars['Int']['output'];
};

export type GraphRelationship = {
  __typename?: 'GraphRelationship';
  type: Scalars['String']['output'];
  from: Node;
  to: Node;
  properties: Scalars['JSON']['output'];
  sources: Array<Source>;
};


export type GraphRelationshipSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TimelineEntryKind =
  /** An event, dated by its start date. */
  | 'EVENT'
  /** A status report on a claim, dated by the day the source reported it. */
  | 'STATUS_CHANGE';

export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  date: Scalars['Date']['output'];
  kind: TimelineEntryKind;
  /** A one-line description. */
  title: Scalars['String']['output'];
  /** For EVENT. */
  event?: Maybe<Event>;
  /** For STATUS_CHANGE: the claim, its new status and who reported it. */
  claim?: Maybe<Node>;
  status?: Maybe<ClaimStatus>;
  note?: Maybe<Scalars['String']['output']>;
  attributedTo?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Source>;
};

export type InvestmentGrouping =
  | 'INVESTOR'
  | 'TARGET_COUNTRY'
  | 'TECHNOLOGY'
  | 'EVENT';

export type TotalsSort =
  | 'TOTAL_DESC'
  | 'TOTAL_ASC'
  | 'NAME';

/** Which pledges of a tree of pledges (`INCLUDED_IN`) totals count. */
export type TotalLevel =
  /** Pledges not broken down (a headline pledge without parts is one); a pledge with parts counts through them. */
  | 'LEAVES'
  /** Pledges included in no other; a part counts inside its top pledge. */
  | 'TOP';

/** Pledge totals, and what they hold. */
export type InvestmentTotals = {
  __typename?: 'InvestmentTotals';
  level: TotalLevel;
  /** The totals over every group: each pledge once, per unit, largest first. */
  grandTotals: Array<QuantityTotal>;
  /** The groups, ordered as asked, at most `first`. */
  groups: Array<InvestmentTotalGroup>;
  /** Every pledge not counted, with the reason (broken down, included in another, a target, no figure in the unit…). */
  leftOut: Array<LeftOutPledge>;
};


/** Pledge totals, and what they hold. */
export type InvestmentTotalsLeftOutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TotalGroupKind =
  /** One investor, country, technology or event. */
  | 'SINGLE'
  /** A pledge of two or more investors, its split unknown. */
  | 'JOINT'
  /** A pledge into several countries (or announced at several events). */
  | 'SEVERAL'
  /** Pledges with no investor (country, technology, event) named. */
  | 'NONE';

export type InvestmentTotalGroup = {
  __typename?: 'InvestmentTotalGroup';
  kind: TotalGroupKind;
  /** The group's name: the entity's, or "joint: Centrica + X-energy". */
  label: Scalars['String']['output'];
  /** The investor, country, technology or event of a SINGLE group. */
  group?: Maybe<Node>;
  /** The entities of a JOINT or SEVERAL group (the one of a SINGLE group). */
  members: Array<Node>;
  /** One total per unit, largest first. */
  totals: Array<QuantityTotal>;
  /** The number of pledges counted in the group. */
  count: Scalars['Int']['output'];
  /** Pledges of the group also counted in other groups (by technology): do not add these totals across groups. */
  shared: Scalars['Int']['output'];
};

/** A total in one unit. */
export type QuantityTotal = {
  __typename?: 'QuantityTotal';
  /** A currency, a base unit (MW, MWh, km2) or a count (gpus, jobs, units:<what>). */
  unit: Scalars['String']['output'];
  /** The currency, when the unit is one. */
  currency?: Maybe<Scalars['String']['output']>;
  /** The sum of the counted figures (the lower ends of ranges). */
  amount: Scalars['Float']['output'];
  /** With a range among the figures, the sum of their upper ends. */
  amountMax?: Maybe<Scalars['Float']['output']>;
  /** How sure the sum is: exact when every figure is; at_least, up_to, about or range when every figure is that or exact; mixed otherwise. */
  bound: TotalBound;
  /** The number of pledges counted. */
  count: Scalars['Int']['output'];
  /** The pledges counted. */
  investmentIds: Array<Scalars['ID']['output']>;
};


/** A total in one unit. */
export type QuantityTotalInvestmentIdsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TotalBound =
  | 'exact'
  | 'at_least'
  | 'up_to'
  | 'about'
  | 'range'
  | 'mixed';

/** A pledge a total does not count, and why. */
export type LeftOutPledge = {
  __typename?: 'LeftOutPledge';
  investment: Investment;
  reason: Scalars['String']['output'];
};

/**
 * An entity to create or update. `properties` holds the type's own fields as in the dataset format
 * (e.g. `{ "iso2": "GB" }`, `{ "kind": "company" }`, `{ "figures": [...], "statusHistory": [...] }`).
 */
export type EntityInput = {
  type: EntityType;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Source ids (at least one; none for a Source). */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  properties?: InputMaybe<Scalars['JSON']['input']>;
};

/** A relationship to create or update, as a dataset relationship record. */
export type RelationshipInput = {
  type: Scalars['String']['input'];
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  /** The type's properties (dates as YYYY-MM-DD) and `note`. */
  properties?: InputMaybe<Scalars['JSON']['input']>;
  /** Tells apart two relationships of the same type between the same nodes. */
  key?: InputMaybe<Scalars['String']['input']>;
  sources: Array<Scalars['ID']['input']>;
};

export type UpsertRelationshipPayload = {
  __typename?: 'UpsertRelationshipPayload';
  type: Scalars['String']['output'];
  from: Node;
  to: Node;
  properties: Scalars['JSON']['output'];
  sources: Array<Source>;
  /** The write in the change log; null when the upsert changed nothing. */
  changeId?: Maybe<Scalars['ID']['output']>;
};


export type UpsertRelationshipPayloadSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ImportPayload = {
  __typename?: 'ImportPayload';
  /** What the importer reports it created and updated. */
  summary: Scalars['JSON']['output'];
  /** The write in the change log; null when the import changed nothing. */
  changeId?: Maybe<Scalars['ID']['output']>;
};

/** An analyst's report (a `.cypher` file under reports/), run read-only with `runReport`. */
export type ReportInfo = {
  __typename?: 'ReportInfo';
  name: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** The question the report answers. */
  question: Scalars['String']['output'];
  params: Array<ReportParameter>;
  notes?: Maybe<Scalars['String']['output']>;
};

export type ReportParameter = {
  __typename?: 'ReportParameter';
  name: Scalars['String']['output'];
  /** string, integer, float, boolean, date or string[] */
  type: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
  default?: Maybe<Scalars['JSON']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** For an integer, the smallest value accepted (0 unless the report says otherwise). */
  min?: Maybe<Scalars['Int']['output']>;
  /** For an integer, the largest value accepted, when there is one. */
  max?: Maybe<Scalars['Int']['output']>;
};

export type ReportResult = {
  __typename?: 'ReportResult';
  name: Scalars['String']['output'];
  /** The column names, in RETURN order. */
  columns: Array<Scalars['String']['output']>;
  /** One JSON object per row, keyed by column (dates as YYYY-MM-DD, nodes as their properties). */
  rows: Array<Scalars['JSON']['output']>;
  /** True when the report had more rows than the API returns (1000). */
  truncated: Scalars['Boolean']['output'];
};

/**
 * A page of a node's relationships: `first` items (default 20, at most 100) after the cursor `after`.
 * `totalCount` counts them all. Pages are positional: a node's relationships keep one order (see each
 * field), and a page starts after the position its cursor names.
 */
export type AgreementEdgeConnection = {
  __typename?: 'AgreementEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<AgreementEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Agreement>;
};

export type AgreementPartyEdgeConnection = {
  __typename?: 'AgreementPartyEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<AgreementPartyEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Agreement>;
};

export type AgreementRelationEdgeConnection = {
  __typename?: 'AgreementRelationEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<AgreementRelationEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Agreement>;
};

export type CountryEdgeConnection = {
  __typename?: 'CountryEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<CountryEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Country>;
};

export type CoverageEdgeConnection = {
  __typename?: 'CoverageEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<CoverageEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Technology>;
};

export type CoveringAgreementEdgeConnection = {
  __typename?: 'CoveringAgreementEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<CoveringAgreementEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Agreement>;
};

export type EventEdgeConnection = {
  __typename?: 'EventEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<EventEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Event>;
};

export type EventParticipationEdgeConnection = {
  __typename?: 'EventParticipationEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<EventParticipationEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Event>;
};

export type InvestmentEdgeConnection = {
  __typename?: 'InvestmentEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<InvestmentEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Investment>;
};

export type InvestmentPartnerEdgeConnection = {
  __typename?: 'InvestmentPartnerEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<InvestmentPartnerEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Organization>;
};

export type LeaderEdgeConnection = {
  __typename?: 'LeaderEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<LeaderEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Person>;
};

export type LeadershipEdgeConnection = {
  __typename?: 'LeadershipEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<LeadershipEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Organization>;
};

export type MemberEdgeConnection = {
  __typename?: 'MemberEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<MemberEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Person>;
};

export type MembershipEdgeConnection = {
  __typename?: 'MembershipEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<MembershipEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Organization>;
};

export type NodeEdgeConnection = {
  __typename?: 'NodeEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<NodeEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Node>;
};

export type OfficeEdgeConnection = {
  __typename?: 'OfficeEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<OfficeEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Node>;
};

export type OfficeHolderEdgeConnection = {
  __typename?: 'OfficeHolderEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<OfficeHolderEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Person>;
};

export type OrganizationEdgeConnection = {
  __typename?: 'OrganizationEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<OrganizationEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Organization>;
};

export type ParticipationEdgeConnection = {
  __typename?: 'ParticipationEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<ParticipationEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Node>;
};

export type PartnerInInvestmentEdgeConnection = {
  __typename?: 'PartnerInInvestmentEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<PartnerInInvestmentEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Investment>;
};

export type PartnershipEdgeConnection = {
  __typename?: 'PartnershipEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<PartnershipEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Organization>;
};

export type PartyEdgeConnection = {
  __typename?: 'PartyEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<PartyEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Node>;
};

export type PlaceEdgeConnection = {
  __typename?: 'PlaceEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<PlaceEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Place>;
};

export type SignatureEdgeConnection = {
  __typename?: 'SignatureEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<SignatureEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Person>;
};

export type SignedAgreementEdgeConnection = {
  __typename?: 'SignedAgreementEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<SignedAgreementEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Agreement>;
};

export type TechnologyEdgeConnection = {
  __typename?: 'TechnologyEdgeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<TechnologyEdge>;
  /** The nodes at the other end of `edges`, in the same order. */
  nodes: Array<Technology>;
};

/** Entities a source supports, a page at a time. */
export type NodeConnection = {
  __typename?: 'NodeConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<NodeConnectionEdge>;
  nodes: Array<Node>;
};

export type NodeConnectionEdge = {
  __typename?: 'NodeConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Node;
};

export type StatusReportConnection = {
  __typename?: 'StatusReportConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<StatusReport>;
};

export type SourceFigureConnection = {
  __typename?: 'SourceFigureConnection';
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<SourceFigure>;
};

/** What kind of write a change belongs to. */
export type ChangeOperation =
  | 'import'
  | 'upsert'
  | 'merge'
  | 'revert'
  | 'bulk_import';

/** What a write did to an entity or relationship. */
export type ChangeKind =
  | 'created'
  | 'updated'
  | 'deleted';

/** One write to the graph: who, when, what kind, and how much it changed. */
export type Write = {
  __typename?: 'Write';
  /** What the mutations return as `changeId`, and `revertChange` takes. */
  id: Scalars['ID']['output'];
  /** Its place in the log: a later write has a larger one. */
  sequence: Scalars['Int']['output'];
  at: Scalars['DateTime']['output'];
  /** The write token's name, or for the command line the operating-system user (or `--actor`). */
  actor: Scalars['String']['output'];
  operation: ChangeOperation;
  /** What was written: a file name, `graphql request`, `org:a into org:b`, `revert of change:…`. */
  origin?: Maybe<Scalars['String']['output']>;
  /** For an import: the dataset's `name` (the sources each record cites are in its changes' `sources`). */
  dataset?: Maybe<Scalars['String']['output']>;
  /** How many entities and relationships it created, updated and deleted. */
  created: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
  deleted: Scalars['Int']['output'];
  /** The write this one undid. */
  reverts?: Maybe<Scalars['ID']['output']>;
  /** The write that undid this one. */
  revertedBy?: Maybe<Scalars['ID']['output']>;
};

/** What one write did to one entity or relationship. */
export type Change = {
  __typename?: 'Change';
  /** The feed's cursor of this change. */
  cursor: Scalars['String']['output'];
  /** The write's id and this change's place in it. */
  id: Scalars['ID']['output'];
  at: Scalars['DateTime']['output'];
  actor: Scalars['String']['output'];
  operation: ChangeOperation;
  kind: ChangeKind;
  /** The entity changed; null for a relationship (see `relationship`) or a merged id's redirect. */
  entityId?: Maybe<Scalars['ID']['output']>;
  /** The entity's type, the relationship's type (REPORTS_STATUS and REPORTS_FIGURE included), or MergedId. */
  label: Scalars['String']['output'];
  /** The entity's id, or `TYPE from -> to [key]` for a relationship. */
  target: Scalars['String']['output'];
  relationship?: Maybe<ChangedRelationship>;
  /** Each field that changed (all of them for a created or deleted thing); `sources` of an entity are its citations. */
  fields: Array<FieldChange>;
  /** The write it belongs to. */
  write: Write;
};

export type ChangedRelationship = {
  __typename?: 'ChangedRelationship';
  type: Scalars['String']['output'];
  from: Scalars['ID']['output'];
  to: Scalars['ID']['output'];
  key?: Maybe<Scalars['String']['output']>;
};

/** A field's value before and after (null: absent); dates as YYYY-MM-DD. */
export type FieldChange = {
  __typename?: 'FieldChange';
  name: Scalars['String']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  after?: Maybe<Scalars['JSON']['output']>;
};

export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** How many changes the filters keep, on every page. */
  totalCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  edges: Array<ChangeEdge>;
  nodes: Array<Change>;
};

export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  cursor: Scalars['String']['output'];
  node: Change;
};

/** Two entities of one type that may be one. */
export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  /** 0–1: the best reason's weight, plus a little for each other reason. */
  score: Scalars['Float']['output'];
  /** The one whose id sorts first. */
  a: Node;
  b: Node;
  reasons: Array<DuplicateReason>;
};

export type DuplicateReason = {
  __typename?: 'DuplicateReason';
  /**
   * same_name, same_core_name, name_is_alias, shared_alias, similar_name, token_overlap, same_code,
   * same_website, same_country (supports a likeness of names, never makes one alone)
   */
  code: Scalars['String']['output'];
  detail: Scalars['String']['output'];
};

export type MergePayload = {
  __typename?: 'MergePayload';
  /** The merge's write: `revertChange(id:)` undoes it. */
  changeId: Scalars['ID']['output'];
  /** The entity kept, as it is after the merge. */
  kept?: Maybe<Node>;
  write?: Maybe<Write>;
};

export type RevertPayload = {
  __typename?: 'RevertPayload';
  /** The revert's own write. */
  changeId: Scalars['ID']['output'];
  /** The write undone. */
  reverted: Scalars['ID']['output'];
  write?: Maybe<Write>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
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

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  EntityType: EntityType;
  Node: ResolverTypeWrapper<NodeRecord>;
  Claim: ResolverTypeWrapper<NodeRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ClaimStatus: ClaimStatus;
  StatusReport: ResolverTypeWrapper<EdgeRecord>;
  Figure: ResolverTypeWrapper<EdgeRecord>;
  Bound: Bound;
  Period: ResolverTypeWrapper<Period>;
  Country: ResolverTypeWrapper<NodeRecord>;
  Person: ResolverTypeWrapper<NodeRecord>;
  Organization: ResolverTypeWrapper<NodeRecord>;
  OrganizationKind: OrganizationKind;
  Event: ResolverTypeWrapper<NodeRecord>;
  Agreement: ResolverTypeWrapper<NodeRecord>;
  Investment: ResolverTypeWrapper<NodeRecord>;
  Technology: ResolverTypeWrapper<NodeRecord>;
  Place: ResolverTypeWrapper<NodeRecord>;
  Source: ResolverTypeWrapper<NodeRecord>;
  SourceFigure: ResolverTypeWrapper<EdgeRecord>;
  Edge: ResolverTypeWrapper<EdgeRecord>;
  OfficeEdge: ResolverTypeWrapper<EdgeRecord>;
  OfficeHolderEdge: ResolverTypeWrapper<EdgeRecord>;
  LeadershipEdge: ResolverTypeWrapper<EdgeRecord>;
  LeaderEdge: ResolverTypeWrapper<EdgeRecord>;
  MembershipEdge: ResolverTypeWrapper<EdgeRecord>;
  MemberEdge: ResolverTypeWrapper<EdgeRecord>;
  ParticipationEdge: ResolverTypeWrapper<EdgeRecord>;
  EventParticipationEdge: ResolverTypeWrapper<EdgeRecord>;
  PartnershipEdge: ResolverTypeWrapper<EdgeRecord>;
  PartyEdge: ResolverTypeWrapper<EdgeRecord>;
  AgreementPartyEdge: ResolverTypeWrapper<EdgeRecord>;
  SignatureEdge: ResolverTypeWrapper<EdgeRecord>;
  SignedAgreementEdge: ResolverTypeWrapper<EdgeRecord>;
  CoverageEdge: ResolverTypeWrapper<EdgeRecord>;
  CoveringAgreementEdge: ResolverTypeWrapper<EdgeRecord>;
  AgreementRelationEdge: ResolverTypeWrapper<EdgeRecord>;
  InvestmentPartnerEdge: ResolverTypeWrapper<EdgeRecord>;
  PartnerInInvestmentEdge: ResolverTypeWrapper<EdgeRecord>;
  NodeEdge: ResolverTypeWrapper<EdgeRecord>;
  CountryEdge: ResolverTypeWrapper<EdgeRecord>;
  OrganizationEdge: ResolverTypeWrapper<EdgeRecord>;
  EventEdge: ResolverTypeWrapper<EdgeRecord>;
  AgreementEdge: ResolverTypeWrapper<EdgeRecord>;
  InvestmentEdge: ResolverTypeWrapper<EdgeRecord>;
  TechnologyEdge: ResolverTypeWrapper<EdgeRecord>;
  PlaceEdge: ResolverTypeWrapper<EdgeRecord>;
  Direction: Direction;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  NameSort: NameSort;
  EventSort: EventSort;
  AgreementSort: AgreementSort;
  InvestmentSort: InvestmentSort;
  SourceSort: SourceSort;
  CountryFilter: CountryFilter;
  PersonFilter: PersonFilter;
  OrganizationFilter: OrganizationFilter;
  EventFilter: EventFilter;
  AgreementFilter: AgreementFilter;
  InvestmentFilter: InvestmentFilter;
  TechnologyFilter: TechnologyFilter;
  PlaceFilter: PlaceFilter;
  SourceFilter: SourceFilter;
  CountryConnection: ResolverTypeWrapper<ConnectionRecord>;
  CountryConnectionEdge: ResolverTypeWrapper<Omit<CountryConnectionEdge, 'node'> & { node: ResolversTypes['Country'] }>;
  PersonConnection: ResolverTypeWrapper<ConnectionRecord>;
  PersonConnectionEdge: ResolverTypeWrapper<Omit<PersonConnectionEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  OrganizationConnection: ResolverTypeWrapper<ConnectionRecord>;
  OrganizationConnectionEdge: ResolverTypeWrapper<Omit<OrganizationConnectionEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  EventConnection: ResolverTypeWrapper<ConnectionRecord>;
  EventConnectionEdge: ResolverTypeWrapper<Omit<EventConnectionEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  AgreementConnection: ResolverTypeWrapper<ConnectionRecord>;
  AgreementConnectionEdge: ResolverTypeWrapper<Omit<AgreementConnectionEdge, 'node'> & { node: ResolversTypes['Agreement'] }>;
  InvestmentConnection: ResolverTypeWrapper<ConnectionRecord>;
  InvestmentConnectionEdge: ResolverTypeWrapper<Omit<InvestmentConnectionEdge, 'node'> & { node: ResolversTypes['Investment'] }>;
  TechnologyConnection: ResolverTypeWrapper<ConnectionRecord>;
  TechnologyConnectionEdge: ResolverTypeWrapper<Omit<TechnologyConnectionEdge, 'node'> & { node: ResolversTypes['Technology'] }>;
  PlaceConnection: ResolverTypeWrapper<ConnectionRecord>;
  PlaceConnectionEdge: ResolverTypeWrapper<Omit<PlaceConnectionEdge, 'node'> & { node: ResolversTypes['Place'] }>;
  SourceConnection: ResolverTypeWrapper<ConnectionRecord>;
  SourceConnectionEdge: ResolverTypeWrapper<Omit<SourceConnectionEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  Path: ResolverTypeWrapper<PathRecord>;
  PathStep: ResolverTypeWrapper<StepRecord>;
  Neighborhood: ResolverTypeWrapper<NeighborhoodRecord>;
  Neighbor: ResolverTypeWrapper<Omit<Neighbor, 'node'> & { node: ResolversTypes['Node'] }>;
  GraphRelationship: ResolverTypeWrapper<RelationshipRecord>;
  TimelineEntryKind: TimelineEntryKind;
  TimelineEntry: ResolverTypeWrapper<TimelineRecord>;
  InvestmentGrouping: InvestmentGrouping;
  TotalsSort: TotalsSort;
  TotalLevel: TotalLevel;
  InvestmentTotals: ResolverTypeWrapper<TotalsResult>;
  TotalGroupKind: TotalGroupKind;
  InvestmentTotalGroup: ResolverTypeWrapper<TotalsGroupResult>;
  QuantityTotal: ResolverTypeWrapper<QuantityTotalRecord>;
  TotalBound: TotalBound;
  LeftOutPledge: ResolverTypeWrapper<LeftOutResult>;
  EntityInput: EntityInput;
  RelationshipInput: RelationshipInput;
  UpsertRelationshipPayload: ResolverTypeWrapper<UpsertedRelationshipRecord>;
  ImportPayload: ResolverTypeWrapper<ImportPayload>;
  ReportInfo: ResolverTypeWrapper<ReportDefinition>;
  ReportParameter: ResolverTypeWrapper<ReportParam>;
  ReportResult: ResolverTypeWrapper<ReportResultRecord>;
  AgreementEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  AgreementPartyEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  AgreementRelationEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  CountryEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  CoverageEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  CoveringAgreementEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  EventEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  EventParticipationEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  InvestmentEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  InvestmentPartnerEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  LeaderEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  LeadershipEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  MemberEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  MembershipEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  NodeEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  OfficeEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  OfficeHolderEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  OrganizationEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  ParticipationEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  PartnerInInvestmentEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  PartnershipEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  PartyEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  PlaceEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  SignatureEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  SignedAgreementEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  TechnologyEdgeConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  NodeConnection: ResolverTypeWrapper<NodeConnectionRecord>;
  NodeConnectionEdge: ResolverTypeWrapper<NodeConnectionEdgeRecord>;
  StatusReportConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  SourceFigureConnection: ResolverTypeWrapper<EdgeConnectionRecord>;
  ChangeOperation: ChangeOperation;
  ChangeKind: ChangeKind;
  Write: ResolverTypeWrapper<WriteRecord>;
  Change: ResolverTypeWrapper<ChangeRecord>;
  ChangedRelationship: ResolverTypeWrapper<ChangedRelationship>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  ChangeConnection: ResolverTypeWrapper<ChangeConnectionRecord>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  DuplicateCandidate: ResolverTypeWrapper<DuplicateCandidateRecord>;
  DuplicateReason: ResolverTypeWrapper<DuplicateReason>;
  MergePayload: ResolverTypeWrapper<MergePayloadRecord>;
  RevertPayload: ResolverTypeWrapper<RevertPayloadRecord>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  Mutation: Record<PropertyKey, never>;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  JSON: Scalars['JSON']['output'];
  Node: NodeRecord;
  Claim: NodeRecord;
  Boolean: Scalars['Boolean']['output'];
  StatusReport: EdgeRecord;
  Figure: EdgeRecord;
  Period: Period;
  Country: NodeRecord;
  Person: NodeRecord;
  Organization: NodeRecord;
  Event: NodeRecord;
  Agreement: NodeRecord;
  Investment: NodeRecord;
  Technology: NodeRecord;
  Place: NodeRecord;
  Source: NodeRecord;
  SourceFigure: EdgeRecord;
  Edge: EdgeRecord;
  OfficeEdge: EdgeRecord;
  OfficeHolderEdge: EdgeRecord;
  LeadershipEdge: EdgeRecord;
  LeaderEdge: EdgeRecord;
  MembershipEdge: EdgeRecord;
  MemberEdge: EdgeRecord;
  ParticipationEdge: EdgeRecord;
  EventParticipationEdge: EdgeRecord;
  PartnershipEdge: EdgeRecord;
  PartyEdge: EdgeRecord;
  AgreementPartyEdge: EdgeRecord;
  SignatureEdge: EdgeRecord;
  SignedAgreementEdge: EdgeRecord;
  CoverageEdge: EdgeRecord;
  CoveringAgreementEdge: EdgeRecord;
  AgreementRelationEdge: EdgeRecord;
  InvestmentPartnerEdge: EdgeRecord;
  PartnerInInvestmentEdge: EdgeRecord;
  NodeEdge: EdgeRecord;
  CountryEdge: EdgeRecord;
  OrganizationEdge: EdgeRecord;
  EventEdge: EdgeRecord;
  AgreementEdge: EdgeRecord;
  InvestmentEdge: EdgeRecord;
  TechnologyEdge: EdgeRecord;
  PlaceEdge: EdgeRecord;
  SearchHit: SearchHitRecord;
  PageInfo: PageInfo;
  CountryFilter: CountryFilter;
  PersonFilter: PersonFilter;
  OrganizationFilter: OrganizationFilter;
  EventFilter: EventFilter;
  AgreementFilter: AgreementFilter;
  InvestmentFilter: InvestmentFilter;
  TechnologyFilter: TechnologyFilter;
  PlaceFilter: PlaceFilter;
  SourceFilter: SourceFilter;
  CountryConnection: ConnectionRecord;
  CountryConnectionEdge: Omit<CountryConnectionEdge, 'node'> & { node: ResolversParentTypes['Country'] };
  PersonConnection: ConnectionRecord;
  PersonConnectionEdge: Omit<PersonConnectionEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  OrganizationConnection: ConnectionRecord;
  OrganizationConnectionEdge: Omit<OrganizationConnectionEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  EventConnection: ConnectionRecord;
  EventConnectionEdge: Omit<EventConnectionEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  AgreementConnection: ConnectionRecord;
  AgreementConnectionEdge: Omit<AgreementConnectionEdge, 'node'> & { node: ResolversParentTypes['Agreement'] };
  InvestmentConnection: ConnectionRecord;
  InvestmentConnectionEdge: Omit<InvestmentConnectionEdge, 'node'> & { node: ResolversParentTypes['Investment'] };
  TechnologyConnection: ConnectionRecord;
  TechnologyConnectionEdge: Omit<TechnologyConnectionEdge, 'node'> & { node: ResolversParentTypes['Technology'] };
  PlaceConnection: ConnectionRecord;
  PlaceConnectionEdge: Omit<PlaceConnectionEdge, 'node'> & { node: ResolversParentTypes['Place'] };
  SourceConnection: ConnectionRecord;
  SourceConnectionEdge: Omit<SourceConnectionEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  Path: PathRecord;
  PathStep: StepRecord;
  Neighborhood: NeighborhoodRecord;
  Neighbor: Omit<Neighbor, 'node'> & { node: ResolversParentTypes['Node'] };
  GraphRelationship: RelationshipRecord;
  TimelineEntry: TimelineRecord;
  InvestmentTotals: TotalsResult;
  InvestmentTotalGroup: TotalsGroupResult;
  QuantityTotal: QuantityTotalRecord;
  LeftOutPledge: LeftOutResult;
  EntityInput: EntityInput;
  RelationshipInput: RelationshipInput;
  UpsertRelationshipPayload: UpsertedRelationshipRecord;
  ImportPayload: ImportPayload;
  ReportInfo: ReportDefinition;
  ReportParameter: ReportParam;
  ReportResult: ReportResultRecord;
  AgreementEdgeConnection: EdgeConnectionRecord;
  AgreementPartyEdgeConnection: EdgeConnectionRecord;
  AgreementRelationEdgeConnection: EdgeConnectionRecord;
  CountryEdgeConnection: EdgeConnectionRecord;
  CoverageEdgeConnection: EdgeConnectionRecord;
  CoveringAgreementEdgeConnection: EdgeConnectionRecord;
  EventEdgeConnection: EdgeConnectionRecord;
  EventParticipationEdgeConnection: EdgeConnectionRecord;
  InvestmentEdgeConnection: EdgeConnectionRecord;
  InvestmentPartnerEdgeConnection: EdgeConnectionRecord;
  LeaderEdgeConnection: EdgeConnectionRecord;
  LeadershipEdgeConnection: EdgeConnectionRecord;
  MemberEdgeConnection: EdgeConnectionRecord;
  MembershipEdgeConnection: EdgeConnectionRecord;
  NodeEdgeConnection: EdgeConnectionRecord;
  OfficeEdgeConnection: EdgeConnectionRecord;
  OfficeHolderEdgeConnection: EdgeConnectionRecord;
  OrganizationEdgeConnection: EdgeConnectionRecord;
  ParticipationEdgeConnection: EdgeConnectionRecord;
  PartnerInInvestmentEdgeConnection: EdgeConnectionRecord;
  PartnershipEdgeConnection: EdgeConnectionRecord;
  PartyEdgeConnection: EdgeConnectionRecord;
  PlaceEdgeConnection: EdgeConnectionRecord;
  SignatureEdgeConnection: EdgeConnectionRecord;
  SignedAgreementEdgeConnection: EdgeConnectionRecord;
  TechnologyEdgeConnection: EdgeConnectionRecord;
  NodeConnection: NodeConnectionRecord;
  NodeConnectionEdge: NodeConnectionEdgeRecord;
  StatusReportConnection: EdgeConnectionRecord;
  SourceFigureConnection: EdgeConnectionRecord;
  Write: WriteRecord;
  Change: ChangeRecord;
  ChangedRelationship: ChangedRelationship;
  FieldChange: FieldChange;
  ChangeConnection: ChangeConnectionRecord;
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  DuplicateCandidate: DuplicateCandidateRecord;
  DuplicateReason: DuplicateReason;
  MergePayload: MergePayloadRecord;
  RevertPayload: RevertPayloadRecord;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Node']>>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  search?: Resolver<Maybe<Array<ResolversTypes['SearchHit']>>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text' | 'first'>>;
  countries?: Resolver<Maybe<ResolversTypes['CountryConnection']>, ParentType, ContextType, RequireFields<QueryCountriesArgs, 'sort'>>;
  people?: Resolver<Maybe<ResolversTypes['PersonConnection']>, ParentType, ContextType, RequireFields<QueryPeopleArgs, 'sort'>>;
  organizations?: Resolver<Maybe<ResolversTypes['OrganizationConnection']>, ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'sort'>>;
  events?: Resolver<Maybe<ResolversTypes['EventConnection']>, ParentType, ContextType, RequireFields<QueryEventsArgs, 'sort'>>;
  agreements?: Resolver<Maybe<ResolversTypes['AgreementConnection']>, ParentType, ContextType, RequireFields<QueryAgreementsArgs, 'sort'>>;
  investments?: Resolver<Maybe<ResolversTypes['InvestmentConnection']>, ParentType, ContextType, RequireFields<QueryInvestmentsArgs, 'sort'>>;
  technologies?: Resolver<Maybe<ResolversTypes['TechnologyConnection']>, ParentType, ContextType, RequireFields<QueryTechnologiesArgs, 'sort'>>;
  places?: Resolver<Maybe<ResolversTypes['PlaceConnection']>, ParentType, ContextType, RequireFields<QueryPlacesArgs, 'sort'>>;
  sources?: Resolver<Maybe<ResolversTypes['SourceConnection']>, ParentType, ContextType, RequireFields<QuerySourcesArgs, 'sort'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'fromId' | 'toId' | 'maxHops'>>;
  allShortestPaths?: Resolver<Maybe<Array<ResolversTypes['Path']>>, ParentType, ContextType, RequireFields<QueryAllShortestPathsArgs, 'fromId' | 'toId' | 'maxHops' | 'first'>>;
  neighborhood?: Resolver<Maybe<ResolversTypes['Neighborhood']>, ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'id' | 'depth' | 'first'>>;
  timeline?: Resolver<Maybe<Array<ResolversTypes['TimelineEntry']>>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'first'>>;
  investmentTotals?: Resolver<Maybe<ResolversTypes['InvestmentTotals']>, ParentType, ContextType, RequireFields<QueryInvestmentTotalsArgs, 'groupBy' | 'level' | 'sort' | 'first'>>;
  reports?: Resolver<Maybe<Array<ResolversTypes['ReportInfo']>>, ParentType, ContextType>;
  runReport?: Resolver<Maybe<ResolversTypes['ReportResult']>, ParentType, ContextType, RequireFields<QueryRunReportArgs, 'name'>>;
  changes?: Resolver<Maybe<ResolversTypes['ChangeConnection']>, ParentType, ContextType, Partial<QueryChangesArgs>>;
  write?: Resolver<Maybe<ResolversTypes['Write']>, ParentType, ContextType, RequireFields<QueryWriteArgs, 'id'>>;
  possibleDuplicates?: Resolver<Maybe<Array<ResolversTypes['DuplicateCandidate']>>, ParentType, ContextType, RequireFields<QueryPossibleDuplicatesArgs, 'first' | 'minScore'>>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  upsertEntity?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<MutationUpsertEntityArgs, 'input'>>;
  upsertRelationship?: Resolver<Maybe<ResolversTypes['UpsertRelationshipPayload']>, ParentType, ContextType, RequireFields<MutationUpsertRelationshipArgs, 'input'>>;
  importDataset?: Resolver<Maybe<ResolversTypes['ImportPayload']>, ParentType, ContextType, RequireFields<MutationImportDatasetArgs, 'dataset'>>;
  mergeEntities?: Resolver<Maybe<ResolversTypes['MergePayload']>, ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'keep' | 'merge'>>;
  revertChange?: Resolver<Maybe<ResolversTypes['RevertPayload']>, ParentType, ContextType, RequireFields<MutationRevertChangeArgs, 'id'>>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Country' | 'Person' | 'Organization' | 'Event' | 'Agreement' | 'Investment' | 'Technology' | 'Place' | 'Source', ParentType, ContextType>;
}>;

export type ClaimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Event' | 'Agreement' | 'Investment', ParentType, ContextType>;
}>;

export type StatusReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusReport'] = ResolversParentTypes['StatusReport']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attributedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
}>;

export type FigureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  amountMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bound?: Resolver<ResolversTypes['Bound'], ParentType, ContextType>;
  wording?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  baseAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  baseUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  converted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  preferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  attributedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type PeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Period'] = ResolversParentTypes['Period']> = ResolversObject<{
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  years?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type CountryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<CountrySourcesArgs, 'first'>>;
  iso2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  iso3?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  officials?: Resolver<ResolversTypes['OfficeHolderEdgeConnection'], ParentType, ContextType, RequireFields<CountryOfficialsArgs, 'first'>>;
  events?: Resolver<ResolversTypes['EventParticipationEdgeConnection'], ParentType, ContextType, RequireFields<CountryEventsArgs, 'first'>>;
  hostedEvents?: Resolver<ResolversTypes['EventEdgeConnection'], ParentType, ContextType, RequireFields<CountryHostedEventsArgs, 'first'>>;
  agreements?: Resolver<ResolversTypes['AgreementPartyEdgeConnection'], ParentType, ContextType, RequireFields<CountryAgreementsArgs, 'first'>>;
  pledges?: Resolver<ResolversTypes['InvestmentEdgeConnection'], ParentType, ContextType, RequireFields<CountryPledgesArgs, 'first'>>;
  investmentsReceived?: Resolver<ResolversTypes['InvestmentEdgeConnection'], ParentType, ContextType, RequireFields<CountryInvestmentsReceivedArgs, 'first'>>;
  bodies?: Resolver<ResolversTypes['OrganizationEdgeConnection'], ParentType, ContextType, RequireFields<CountryBodiesArgs, 'first'>>;
  headquartered?: Resolver<ResolversTypes['OrganizationEdgeConnection'], ParentType, ContextType, RequireFields<CountryHeadquarteredArgs, 'first'>>;
  places?: Resolver<ResolversTypes['PlaceEdgeConnection'], ParentType, ContextType, RequireFields<CountryPlacesArgs, 'first'>>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<PersonSourcesArgs, 'first'>>;
  offices?: Resolver<ResolversTypes['OfficeEdgeConnection'], ParentType, ContextType, RequireFields<PersonOfficesArgs, 'first'>>;
  leads?: Resolver<ResolversTypes['LeadershipEdgeConnection'], ParentType, ContextType, RequireFields<PersonLeadsArgs, 'first'>>;
  memberships?: Resolver<ResolversTypes['MembershipEdgeConnection'], ParentType, ContextType, RequireFields<PersonMembershipsArgs, 'first'>>;
  events?: Resolver<ResolversTypes['EventParticipationEdgeConnection'], ParentType, ContextType, RequireFields<PersonEventsArgs, 'first'>>;
  signatures?: Resolver<ResolversTypes['SignedAgreementEdgeConnection'], ParentType, ContextType, RequireFields<PersonSignaturesArgs, 'first'>>;
  pledges?: Resolver<ResolversTypes['InvestmentEdgeConnection'], ParentType, ContextType, RequireFields<PersonPledgesArgs, 'first'>>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<OrganizationSourcesArgs, 'first'>>;
  kind?: Resolver<Maybe<ResolversTypes['OrganizationKind']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  officials?: Resolver<ResolversTypes['OfficeHolderEdgeConnection'], ParentType, ContextType, RequireFields<OrganizationOfficialsArgs, 'first'>>;
  leaders?: Resolver<ResolversTypes['LeaderEdgeConnection'], ParentType, ContextType, RequireFields<OrganizationLeadersArgs, 'first'>>;
  members?: Resolver<ResolversTypes['MemberEdgeConnection'], ParentType, ContextType, RequireFields<OrganizationMembersArgs, 'first'>>;
  events?: Resolver<ResolversTypes['EventParticipationEdgeConnection'], ParentType, ContextType, RequireFields<OrganizationEventsArgs, 'first'>>;
  agreements?: Resolver<ResolversTypes['AgreementPartyEdgeConnection'], ParentType, ContextType, RequireFields<OrganizationAgreementsArgs, 'first'>>;
  pledges?: Resolver<ResolversTypes['InvestmentEdgeConnection'], ParentType, ContextType, RequireFields<OrganizationPledgesArgs, 'first'>>;
  investmentsReceived?: Resolver<ResolversTypes['InvestmentEdgeConnection'], ParentType, ContextType, RequireFields<OrganizationInvestmentsReceivedArgs, 'first'>>;
  investmentPartnerships?: Resolver<ResolversTypes['PartnerInInvestmentEdgeConnection'], ParentType, ContextType, RequireFields<OrganizationInvestmentPartnershipsArgs, 'first'>>;
  partners?: Resolver<ResolversTypes['PartnershipEdgeConnection'], ParentType, ContextType, RequireFields<OrganizationPartnersArgs, 'first'>>;
  headquarters?: Resolver<ResolversTypes['NodeEdgeConnection'], ParentType, ContextType, RequireFields<OrganizationHeadquartersArgs, 'first'>>;
  parents?: Resolver<ResolversTypes['NodeEdgeConnection'], ParentType, ContextType, RequireFields<OrganizationParentsArgs, 'first'>>;
  subsidiaries?: Resolver<ResolversTypes['OrganizationEdgeConnection'], ParentType, ContextType, RequireFields<OrganizationSubsidiariesArgs, 'first'>>;
  technologies?: Resolver<ResolversTypes['TechnologyEdgeConnection'], ParentType, ContextType, RequireFields<OrganizationTechnologiesArgs, 'first'>>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<EventSourcesArgs, 'first'>>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ClaimStatus']>, ParentType, ContextType, Partial<EventStatusArgs>>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType, RequireFields<EventStatusHistoryArgs, 'first'>>;
  participants?: Resolver<ResolversTypes['ParticipationEdgeConnection'], ParentType, ContextType, RequireFields<EventParticipantsArgs, 'first'>>;
  places?: Resolver<ResolversTypes['PlaceEdgeConnection'], ParentType, ContextType, RequireFields<EventPlacesArgs, 'first'>>;
  countries?: Resolver<ResolversTypes['CountryEdgeConnection'], ParentType, ContextType, RequireFields<EventCountriesArgs, 'first'>>;
  partOf?: Resolver<ResolversTypes['EventEdgeConnection'], ParentType, ContextType, RequireFields<EventPartOfArgs, 'first'>>;
  subEvents?: Resolver<ResolversTypes['EventEdgeConnection'], ParentType, ContextType, RequireFields<EventSubEventsArgs, 'first'>>;
  agreementsSigned?: Resolver<ResolversTypes['AgreementEdgeConnection'], ParentType, ContextType, RequireFields<EventAgreementsSignedArgs, 'first'>>;
  agreementsAnnounced?: Resolver<ResolversTypes['AgreementEdgeConnection'], ParentType, ContextType, RequireFields<EventAgreementsAnnouncedArgs, 'first'>>;
  investmentsAnnounced?: Resolver<ResolversTypes['InvestmentEdgeConnection'], ParentType, ContextType, RequireFields<EventInvestmentsAnnouncedArgs, 'first'>>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType, RequireFields<EventFiguresArgs, 'first'>>;
  disputed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AgreementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<AgreementSourcesArgs, 'first'>>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  formalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  binding?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ClaimStatus']>, ParentType, ContextType, Partial<AgreementStatusArgs>>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType, RequireFields<AgreementStatusHistoryArgs, 'first'>>;
  parties?: Resolver<ResolversTypes['PartyEdgeConnection'], ParentType, ContextType, RequireFields<AgreementPartiesArgs, 'first'>>;
  signatories?: Resolver<ResolversTypes['SignatureEdgeConnection'], ParentType, ContextType, RequireFields<AgreementSignatoriesArgs, 'first'>>;
  technologies?: Resolver<ResolversTypes['CoverageEdgeConnection'], ParentType, ContextType, RequireFields<AgreementTechnologiesArgs, 'first'>>;
  signedAt?: Resolver<ResolversTypes['EventEdgeConnection'], ParentType, ContextType, RequireFields<AgreementSignedAtArgs, 'first'>>;
  announcedAt?: Resolver<ResolversTypes['EventEdgeConnection'], ParentType, ContextType, RequireFields<AgreementAnnouncedAtArgs, 'first'>>;
  related?: Resolver<ResolversTypes['AgreementRelationEdgeConnection'], ParentType, ContextType, RequireFields<AgreementRelatedArgs, 'first'>>;
  pledges?: Resolver<ResolversTypes['InvestmentEdgeConnection'], ParentType, ContextType, RequireFields<AgreementPledgesArgs, 'first'>>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType, RequireFields<AgreementFiguresArgs, 'first'>>;
  disputed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvestmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Investment'] = ResolversParentTypes['Investment']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<InvestmentSourcesArgs, 'first'>>;
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  amountMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bound?: Resolver<Maybe<ResolversTypes['Bound']>, ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ClaimStatus']>, ParentType, ContextType, Partial<InvestmentStatusArgs>>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType, RequireFields<InvestmentStatusHistoryArgs, 'first'>>;
  figures?: Resolver<Array<ResolversTypes['Figure']>, ParentType, ContextType, RequireFields<InvestmentFiguresArgs, 'first'>>;
  disputed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  disputedUnits?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  joint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  aggregate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  includedIn?: Resolver<ResolversTypes['InvestmentEdgeConnection'], ParentType, ContextType, RequireFields<InvestmentIncludedInArgs, 'first'>>;
  parts?: Resolver<ResolversTypes['InvestmentEdgeConnection'], ParentType, ContextType, RequireFields<InvestmentPartsArgs, 'first'>>;
  madeUnder?: Resolver<ResolversTypes['AgreementEdgeConnection'], ParentType, ContextType, RequireFields<InvestmentMadeUnderArgs, 'first'>>;
  investors?: Resolver<ResolversTypes['NodeEdgeConnection'], ParentType, ContextType, RequireFields<InvestmentInvestorsArgs, 'first'>>;
  targetCountries?: Resolver<ResolversTypes['CountryEdgeConnection'], ParentType, ContextType, RequireFields<InvestmentTargetCountriesArgs, 'first'>>;
  recipients?: Resolver<ResolversTypes['OrganizationEdgeConnection'], ParentType, ContextType, RequireFields<InvestmentRecipientsArgs, 'first'>>;
  partners?: Resolver<ResolversTypes['InvestmentPartnerEdgeConnection'], ParentType, ContextType, RequireFields<InvestmentPartnersArgs, 'first'>>;
  technologies?: Resolver<ResolversTypes['TechnologyEdgeConnection'], ParentType, ContextType, RequireFields<InvestmentTechnologiesArgs, 'first'>>;
  places?: Resolver<ResolversTypes['PlaceEdgeConnection'], ParentType, ContextType, RequireFields<InvestmentPlacesArgs, 'first'>>;
  announcedAt?: Resolver<ResolversTypes['EventEdgeConnection'], ParentType, ContextType, RequireFields<InvestmentAnnouncedAtArgs, 'first'>>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TechnologyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Technology'] = ResolversParentTypes['Technology']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<TechnologySourcesArgs, 'first'>>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  agreements?: Resolver<ResolversTypes['CoveringAgreementEdgeConnection'], ParentType, ContextType, RequireFields<TechnologyAgreementsArgs, 'first'>>;
  investments?: Resolver<ResolversTypes['InvestmentEdgeConnection'], ParentType, ContextType, RequireFields<TechnologyInvestmentsArgs, 'first'>>;
  organizations?: Resolver<ResolversTypes['OrganizationEdgeConnection'], ParentType, ContextType, RequireFields<TechnologyOrganizationsArgs, 'first'>>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlaceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<PlaceSourcesArgs, 'first'>>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locatedIn?: Resolver<ResolversTypes['NodeEdgeConnection'], ParentType, ContextType, RequireFields<PlaceLocatedInArgs, 'first'>>;
  places?: Resolver<ResolversTypes['PlaceEdgeConnection'], ParentType, ContextType, RequireFields<PlacePlacesArgs, 'first'>>;
  events?: Resolver<ResolversTypes['EventEdgeConnection'], ParentType, ContextType, RequireFields<PlaceEventsArgs, 'first'>>;
  investments?: Resolver<ResolversTypes['InvestmentEdgeConnection'], ParentType, ContextType, RequireFields<PlaceInvestmentsArgs, 'first'>>;
  headquartered?: Resolver<ResolversTypes['OrganizationEdgeConnection'], ParentType, ContextType, RequireFields<PlaceHeadquarteredArgs, 'first'>>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<SourceSourcesArgs, 'first'>>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reliability?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reliabilityNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supports?: Resolver<ResolversTypes['NodeConnection'], ParentType, ContextType, RequireFields<SourceSupportsArgs, 'first'>>;
  statusReports?: Resolver<ResolversTypes['StatusReportConnection'], ParentType, ContextType, RequireFields<SourceStatusReportsArgs, 'first'>>;
  figures?: Resolver<ResolversTypes['SourceFigureConnection'], ParentType, ContextType, RequireFields<SourceFiguresArgs, 'first'>>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SourceFigureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceFigure'] = ResolversParentTypes['SourceFigure']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  figure?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  investment?: Resolver<ResolversTypes['Investment'], ParentType, ContextType>;
}>;

export type EdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Edge'] = ResolversParentTypes['Edge']> = ResolversObject<{
  __resolveType: TypeResolveFn<'OfficeEdge' | 'OfficeHolderEdge' | 'LeadershipEdge' | 'LeaderEdge' | 'MembershipEdge' | 'MemberEdge' | 'ParticipationEdge' | 'EventParticipationEdge' | 'PartnershipEdge' | 'PartyEdge' | 'AgreementPartyEdge' | 'SignatureEdge' | 'SignedAgreementEdge' | 'CoverageEdge' | 'CoveringAgreementEdge' | 'AgreementRelationEdge' | 'InvestmentPartnerEdge' | 'PartnerInInvestmentEdge' | 'NodeEdge' | 'CountryEdge' | 'OrganizationEdge' | 'EventEdge' | 'AgreementEdge' | 'InvestmentEdge' | 'TechnologyEdge' | 'PlaceEdge', ParentType, ContextType>;
}>;

export type OfficeEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OfficeEdge'] = ResolversParentTypes['OfficeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<OfficeEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OfficeHolderEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OfficeHolderEdge'] = ResolversParentTypes['OfficeHolderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<OfficeHolderEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LeadershipEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LeadershipEdge'] = ResolversParentTypes['LeadershipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<LeadershipEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LeaderEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LeaderEdge'] = ResolversParentTypes['LeaderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<LeaderEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MembershipEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<MembershipEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MemberEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MemberEdge'] = ResolversParentTypes['MemberEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<MemberEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ParticipationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ParticipationEdge'] = ResolversParentTypes['ParticipationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<ParticipationEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventParticipationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventParticipationEdge'] = ResolversParentTypes['EventParticipationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<EventParticipationEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PartnershipEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnershipEdge'] = ResolversParentTypes['PartnershipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  on?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<PartnershipEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PartyEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartyEdge'] = ResolversParentTypes['PartyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<PartyEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AgreementPartyEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgreementPartyEdge'] = ResolversParentTypes['AgreementPartyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<AgreementPartyEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SignatureEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignatureEdge'] = ResolversParentTypes['SignatureEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<SignatureEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SignedAgreementEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignedAgreementEdge'] = ResolversParentTypes['SignedAgreementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<SignedAgreementEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CoverageEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoverageEdge'] = ResolversParentTypes['CoverageEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pillar?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<CoverageEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Technology'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CoveringAgreementEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoveringAgreementEdge'] = ResolversParentTypes['CoveringAgreementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pillar?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<CoveringAgreementEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AgreementRelationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgreementRelationEdge'] = ResolversParentTypes['AgreementRelationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<AgreementRelationEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvestmentPartnerEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvestmentPartnerEdge'] = ResolversParentTypes['InvestmentPartnerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<InvestmentPartnerEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PartnerInInvestmentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerInInvestmentEdge'] = ResolversParentTypes['PartnerInInvestmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<PartnerInInvestmentEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Investment'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NodeEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeEdge'] = ResolversParentTypes['NodeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<NodeEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CountryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountryEdge'] = ResolversParentTypes['CountryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<CountryEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<OrganizationEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<EventEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AgreementEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgreementEdge'] = ResolversParentTypes['AgreementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<AgreementEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvestmentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvestmentEdge'] = ResolversParentTypes['InvestmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<InvestmentEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Investment'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TechnologyEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TechnologyEdge'] = ResolversParentTypes['TechnologyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<TechnologyEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Technology'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlaceEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlaceEdge'] = ResolversParentTypes['PlaceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<PlaceEdgeSourcesArgs, 'first'>>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CountryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountryConnection'] = ResolversParentTypes['CountryConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CountryConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
}>;

export type CountryConnectionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountryConnectionEdge'] = ResolversParentTypes['CountryConnectionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
}>;

export type PersonConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PersonConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
}>;

export type PersonConnectionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonConnectionEdge'] = ResolversParentTypes['PersonConnectionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type OrganizationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganizationConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
}>;

export type OrganizationConnectionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganizationConnectionEdge'] = ResolversParentTypes['OrganizationConnectionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type EventConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['EventConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
}>;

export type EventConnectionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventConnectionEdge'] = ResolversParentTypes['EventConnectionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

export type AgreementConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgreementConnection'] = ResolversParentTypes['AgreementConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgreementConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
}>;

export type AgreementConnectionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgreementConnectionEdge'] = ResolversParentTypes['AgreementConnectionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
}>;

export type InvestmentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvestmentConnection'] = ResolversParentTypes['InvestmentConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['InvestmentConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Investment']>, ParentType, ContextType>;
}>;

export type InvestmentConnectionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvestmentConnectionEdge'] = ResolversParentTypes['InvestmentConnectionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Investment'], ParentType, ContextType>;
}>;

export type TechnologyConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TechnologyConnection'] = ResolversParentTypes['TechnologyConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['TechnologyConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Technology']>, ParentType, ContextType>;
}>;

export type TechnologyConnectionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TechnologyConnectionEdge'] = ResolversParentTypes['TechnologyConnectionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Technology'], ParentType, ContextType>;
}>;

export type PlaceConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlaceConnection'] = ResolversParentTypes['PlaceConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PlaceConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
}>;

export type PlaceConnectionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlaceConnectionEdge'] = ResolversParentTypes['PlaceConnectionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
}>;

export type SourceConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SourceConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type SourceConnectionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceConnectionEdge'] = ResolversParentTypes['SourceConnectionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type PathResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = ResolversObject<{
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
}>;

export type PathStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = ResolversObject<{
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<PathStepSourcesArgs, 'first'>>;
}>;

export type NeighborhoodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Neighborhood'] = ResolversParentTypes['Neighborhood']> = ResolversObject<{
  center?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Neighbor']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['GraphRelationship']>, ParentType, ContextType>;
}>;

export type NeighborResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Neighbor'] = ResolversParentTypes['Neighbor']> = ResolversObject<{
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GraphRelationshipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphRelationship'] = ResolversParentTypes['GraphRelationship']> = ResolversObject<{
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<GraphRelationshipSourcesArgs, 'first'>>;
}>;

export type TimelineEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEntryKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ClaimStatus']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attributedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type InvestmentTotalsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvestmentTotals'] = ResolversParentTypes['InvestmentTotals']> = ResolversObject<{
  level?: Resolver<ResolversTypes['TotalLevel'], ParentType, ContextType>;
  grandTotals?: Resolver<Array<ResolversTypes['QuantityTotal']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['InvestmentTotalGroup']>, ParentType, ContextType>;
  leftOut?: Resolver<Array<ResolversTypes['LeftOutPledge']>, ParentType, ContextType, RequireFields<InvestmentTotalsLeftOutArgs, 'first'>>;
}>;

export type InvestmentTotalGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvestmentTotalGroup'] = ResolversParentTypes['InvestmentTotalGroup']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['TotalGroupKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['QuantityTotal']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shared?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuantityTotalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuantityTotal'] = ResolversParentTypes['QuantityTotal']> = ResolversObject<{
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  amountMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bound?: Resolver<ResolversTypes['TotalBound'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  investmentIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QuantityTotalInvestmentIdsArgs, 'first'>>;
}>;

export type LeftOutPledgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LeftOutPledge'] = ResolversParentTypes['LeftOutPledge']> = ResolversObject<{
  investment?: Resolver<ResolversTypes['Investment'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UpsertRelationshipPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpsertRelationshipPayload'] = ResolversParentTypes['UpsertRelationshipPayload']> = ResolversObject<{
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<UpsertRelationshipPayloadSourcesArgs, 'first'>>;
  changeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ImportPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportPayload'] = ResolversParentTypes['ImportPayload']> = ResolversObject<{
  summary?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  changeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ReportInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportInfo'] = ResolversParentTypes['ReportInfo']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  params?: Resolver<Array<ResolversTypes['ReportParameter']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ReportParameterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportParameter'] = ResolversParentTypes['ReportParameter']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  default?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ReportResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportResult'] = ResolversParentTypes['ReportResult']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AgreementEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgreementEdgeConnection'] = ResolversParentTypes['AgreementEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgreementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
}>;

export type AgreementPartyEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgreementPartyEdgeConnection'] = ResolversParentTypes['AgreementPartyEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgreementPartyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
}>;

export type AgreementRelationEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgreementRelationEdgeConnection'] = ResolversParentTypes['AgreementRelationEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgreementRelationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
}>;

export type CountryEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountryEdgeConnection'] = ResolversParentTypes['CountryEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CountryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
}>;

export type CoverageEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoverageEdgeConnection'] = ResolversParentTypes['CoverageEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CoverageEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Technology']>, ParentType, ContextType>;
}>;

export type CoveringAgreementEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoveringAgreementEdgeConnection'] = ResolversParentTypes['CoveringAgreementEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CoveringAgreementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
}>;

export type EventEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventEdgeConnection'] = ResolversParentTypes['EventEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
}>;

export type EventParticipationEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EventParticipationEdgeConnection'] = ResolversParentTypes['EventParticipationEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['EventParticipationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
}>;

export type InvestmentEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvestmentEdgeConnection'] = ResolversParentTypes['InvestmentEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['InvestmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Investment']>, ParentType, ContextType>;
}>;

export type InvestmentPartnerEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvestmentPartnerEdgeConnection'] = ResolversParentTypes['InvestmentPartnerEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['InvestmentPartnerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
}>;

export type LeaderEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LeaderEdgeConnection'] = ResolversParentTypes['LeaderEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['LeaderEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
}>;

export type LeadershipEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LeadershipEdgeConnection'] = ResolversParentTypes['LeadershipEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['LeadershipEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
}>;

export type MemberEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MemberEdgeConnection'] = ResolversParentTypes['MemberEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['MemberEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
}>;

export type MembershipEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MembershipEdgeConnection'] = ResolversParentTypes['MembershipEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
}>;

export type NodeEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeEdgeConnection'] = ResolversParentTypes['NodeEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NodeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
}>;

export type OfficeEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OfficeEdgeConnection'] = ResolversParentTypes['OfficeEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OfficeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
}>;

export type OfficeHolderEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OfficeHolderEdgeConnection'] = ResolversParentTypes['OfficeHolderEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OfficeHolderEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
}>;

export type OrganizationEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganizationEdgeConnection'] = ResolversParentTypes['OrganizationEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
}>;

export type ParticipationEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ParticipationEdgeConnection'] = ResolversParentTypes['ParticipationEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ParticipationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
}>;

export type PartnerInInvestmentEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerInInvestmentEdgeConnection'] = ResolversParentTypes['PartnerInInvestmentEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PartnerInInvestmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Investment']>, ParentType, ContextType>;
}>;

export type PartnershipEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnershipEdgeConnection'] = ResolversParentTypes['PartnershipEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PartnershipEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
}>;

export type PartyEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartyEdgeConnection'] = ResolversParentTypes['PartyEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PartyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
}>;

export type PlaceEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlaceEdgeConnection'] = ResolversParentTypes['PlaceEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PlaceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
}>;

export type SignatureEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignatureEdgeConnection'] = ResolversParentTypes['SignatureEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SignatureEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
}>;

export type SignedAgreementEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignedAgreementEdgeConnection'] = ResolversParentTypes['SignedAgreementEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SignedAgreementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
}>;

export type TechnologyEdgeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TechnologyEdgeConnection'] = ResolversParentTypes['TechnologyEdgeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['TechnologyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Technology']>, ParentType, ContextType>;
}>;

export type NodeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeConnection'] = ResolversParentTypes['NodeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NodeConnectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
}>;

export type NodeConnectionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NodeConnectionEdge'] = ResolversParentTypes['NodeConnectionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
}>;

export type StatusReportConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusReportConnection'] = ResolversParentTypes['StatusReportConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType>;
}>;

export type SourceFigureConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SourceFigureConnection'] = ResolversParentTypes['SourceFigureConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SourceFigure']>, ParentType, ContextType>;
}>;

export type WriteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Write'] = ResolversParentTypes['Write']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reverts?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  revertedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['ChangedRelationship']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  write?: Resolver<ResolversTypes['Write'], ParentType, ContextType>;
}>;

export type ChangedRelationshipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangedRelationship'] = ResolversParentTypes['ChangedRelationship']> = ResolversObject<{
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FieldChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
}>;

export type ChangeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = ResolversObject<{
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
}>;

export type ChangeEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
}>;

export type DuplicateCandidateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DuplicateCandidate'] = ResolversParentTypes['DuplicateCandidate']> = ResolversObject<{
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  a?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['DuplicateReason']>, ParentType, ContextType>;
}>;

export type DuplicateReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DuplicateReason'] = ResolversParentTypes['DuplicateReason']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MergePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MergePayload'] = ResolversParentTypes['MergePayload']> = ResolversObject<{
  changeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kept?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  write?: Resolver<Maybe<ResolversTypes['Write']>, ParentType, ContextType>;
}>;

export type RevertPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RevertPayload'] = ResolversParentTypes['RevertPayload']> = ResolversObject<{
  changeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reverted?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  write?: Resolver<Maybe<ResolversTypes['Write']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Node?: NodeResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  StatusReport?: StatusReportResolvers<ContextType>;
  Figure?: FigureResolvers<ContextType>;
  Period?: PeriodResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  Agreement?: AgreementResolvers<ContextType>;
  Investment?: InvestmentResolvers<ContextType>;
  Technology?: TechnologyResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceFigure?: SourceFigureResolvers<ContextType>;
  Edge?: EdgeResolvers<ContextType>;
  OfficeEdge?: OfficeEdgeResolvers<ContextType>;
  OfficeHolderEdge?: OfficeHolderEdgeResolvers<ContextType>;
  LeadershipEdge?: LeadershipEdgeResolvers<ContextType>;
  LeaderEdge?: LeaderEdgeResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  MemberEdge?: MemberEdgeResolvers<ContextType>;
  ParticipationEdge?: ParticipationEdgeResolvers<ContextType>;
  EventParticipationEdge?: EventParticipationEdgeResolvers<ContextType>;
  PartnershipEdge?: PartnershipEdgeResolvers<ContextType>;
  PartyEdge?: PartyEdgeResolvers<ContextType>;
  AgreementPartyEdge?: AgreementPartyEdgeResolvers<ContextType>;
  SignatureEdge?: SignatureEdgeResolvers<ContextType>;
  SignedAgreementEdge?: SignedAgreementEdgeResolvers<ContextType>;
  CoverageEdge?: CoverageEdgeResolvers<ContextType>;
  CoveringAgreementEdge?: CoveringAgreementEdgeResolvers<ContextType>;
  AgreementRelationEdge?: AgreementRelationEdgeResolvers<ContextType>;
  InvestmentPartnerEdge?: InvestmentPartnerEdgeResolvers<ContextType>;
  PartnerInInvestmentEdge?: PartnerInInvestmentEdgeResolvers<ContextType>;
  NodeEdge?: NodeEdgeResolvers<ContextType>;
  CountryEdge?: CountryEdgeResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  AgreementEdge?: AgreementEdgeResolvers<ContextType>;
  InvestmentEdge?: InvestmentEdgeResolvers<ContextType>;
  TechnologyEdge?: TechnologyEdgeResolvers<ContextType>;
  PlaceEdge?: PlaceEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  CountryConnection?: CountryConnectionResolvers<ContextType>;
  CountryConnectionEdge?: CountryConnectionEdgeResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonConnectionEdge?: PersonConnectionEdgeResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationConnectionEdge?: OrganizationConnectionEdgeResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventConnectionEdge?: EventConnectionEdgeResolvers<ContextType>;
  AgreementConnection?: AgreementConnectionResolvers<ContextType>;
  AgreementConnectionEdge?: AgreementConnectionEdgeResolvers<ContextType>;
  InvestmentConnection?: InvestmentConnectionResolvers<ContextType>;
  InvestmentConnectionEdge?: InvestmentConnectionEdgeResolvers<ContextType>;
  TechnologyConnection?: TechnologyConnectionResolvers<ContextType>;
  TechnologyConnectionEdge?: TechnologyConnectionEdgeResolvers<ContextType>;
  PlaceConnection?: PlaceConnectionResolvers<ContextType>;
  PlaceConnectionEdge?: PlaceConnectionEdgeResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceConnectionEdge?: SourceConnectionEdgeResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Neighborhood?: NeighborhoodResolvers<ContextType>;
  Neighbor?: NeighborResolvers<ContextType>;
  GraphRelationship?: GraphRelationshipResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  InvestmentTotals?: InvestmentTotalsResolvers<ContextType>;
  InvestmentTotalGroup?: InvestmentTotalGroupResolvers<ContextType>;
  QuantityTotal?: QuantityTotalResolvers<ContextType>;
  LeftOutPledge?: LeftOutPledgeResolvers<ContextType>;
  UpsertRelationshipPayload?: UpsertRelationshipPayloadResolvers<ContextType>;
  ImportPayload?: ImportPayloadResolvers<ContextType>;
  ReportInfo?: ReportInfoResolvers<ContextType>;
  ReportParameter?: ReportParameterResolvers<ContextType>;
  ReportResult?: ReportResultResolvers<ContextType>;
  AgreementEdgeConnection?: AgreementEdgeConnectionResolvers<ContextType>;
  AgreementPartyEdgeConnection?: AgreementPartyEdgeConnectionResolvers<ContextType>;
  AgreementRelationEdgeConnection?: AgreementRelationEdgeConnectionResolvers<ContextType>;
  CountryEdgeConnection?: CountryEdgeConnectionResolvers<ContextType>;
  CoverageEdgeConnection?: CoverageEdgeConnectionResolvers<ContextType>;
  CoveringAgreementEdgeConnection?: CoveringAgreementEdgeConnectionResolvers<ContextType>;
  EventEdgeConnection?: EventEdgeConnectionResolvers<ContextType>;
  EventParticipationEdgeConnection?: EventParticipationEdgeConnectionResolvers<ContextType>;
  InvestmentEdgeConnection?: InvestmentEdgeConnectionResolvers<ContextType>;
  InvestmentPartnerEdgeConnection?: InvestmentPartnerEdgeConnectionResolvers<ContextType>;
  LeaderEdgeConnection?: LeaderEdgeConnectionResolvers<ContextType>;
  LeadershipEdgeConnection?: LeadershipEdgeConnectionResolvers<ContextType>;
  MemberEdgeConnection?: MemberEdgeConnectionResolvers<ContextType>;
  MembershipEdgeConnection?: MembershipEdgeConnectionResolvers<ContextType>;
  NodeEdgeConnection?: NodeEdgeConnectionResolvers<ContextType>;
  OfficeEdgeConnection?: OfficeEdgeConnectionResolvers<ContextType>;
  OfficeHolderEdgeConnection?: OfficeHolderEdgeConnectionResolvers<ContextType>;
  OrganizationEdgeConnection?: OrganizationEdgeConnectionResolvers<ContextType>;
  ParticipationEdgeConnection?: ParticipationEdgeConnectionResolvers<ContextType>;
  PartnerInInvestmentEdgeConnection?: PartnerInInvestmentEdgeConnectionResolvers<ContextType>;
  PartnershipEdgeConnection?: PartnershipEdgeConnectionResolvers<ContextType>;
  PartyEdgeConnection?: PartyEdgeConnectionResolvers<ContextType>;
  PlaceEdgeConnection?: PlaceEdgeConnectionResolvers<ContextType>;
  SignatureEdgeConnection?: SignatureEdgeConnectionResolvers<ContextType>;
  SignedAgreementEdgeConnection?: SignedAgreementEdgeConnectionResolvers<ContextType>;
  TechnologyEdgeConnection?: TechnologyEdgeConnectionResolvers<ContextType>;
  NodeConnection?: NodeConnectionResolvers<ContextType>;
  NodeConnectionEdge?: NodeConnectionEdgeResolvers<ContextType>;
  StatusReportConnection?: StatusReportConnectionResolvers<ContextType>;
  SourceFigureConnection?: SourceFigureConnectionResolvers<ContextType>;
  Write?: WriteResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangedRelationship?: ChangedRelationshipResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  DuplicateCandidate?: DuplicateCandidateResolvers<ContextType>;
  DuplicateReason?: DuplicateReasonResolvers<ContextType>;
  MergePayload?: MergePayloadResolvers<ContextType>;
  RevertPayload?: RevertPayloadResolvers<ContextType>;
}>;

