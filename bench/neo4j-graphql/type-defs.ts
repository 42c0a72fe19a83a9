import { NEIGHBORHOOD_CYPHER, SHORTEST_PATH_CYPHER } from '../raw/queries.ts';
import { FULLTEXT_INDEX } from '../../src/index.ts';

/** Indents a Cypher statement for a GraphQL block string (and keeps `"""` out of it). */
const block = (cypher: string): string => `"""\n${cypher.trim()}\n"""`;

/**
 * Type definitions for @neo4j/graphql 7, equivalent to the parts of our schema.graphql the workload
 * uses, as its users would write them: the same labels (`@node(labels: [<Type>, "Entity"])`),
 * relationships with their properties (`@relationshipProperties`; a relationship's `sources` is the
 * list of Source ids it is stored as), SOURCED_FROM as a relationship to Source, search through
 * `@fulltext` on the existing `entityText` index, and `@cypher` query fields where the library has no
 * feature of its own (shortest path, grouped totals, neighbourhood). The `@cypher` statements are the
 * raw floor's (bench/raw/queries.ts), returning maps shaped like the GraphQL types.
 *
 * `@fulltext` only accepts String fields, so it names `name`; the index itself also covers `aliases`
 * and the library uses only the index name in the query it runs (it never creates or checks indexes
 * here: the server does not call `assertIndexesAndConstraints`).
 */
export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Source @node(labels: ["Source", "Entity"]) {
    id: ID!
    name: String!
    publisher: String
  }

  type Sourced @relationshipProperties {
    sources: [String!]
  }
  type Role @relationshipProperties {
    role: String
    sources: [String!]
  }
  type Office @relationshipProperties {
    title: String
    since: Date
    until: Date
    sources: [String!]
  }
  type Signature @relationshipProperties {
    capacity: String
    date: Date
    sources: [String!]
  }
  type Coverage @relationshipProperties {
    pillar: String
    sources: [String!]
  }

  type Country @node(labels: ["Country", "Entity"]) {
    id: ID!
    name: String!
    events: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Role")
  }

  type Organization @node(labels: ["Organization", "Entity"]) {
    id: ID!
    name: String!
  }

  type Technology @node(labels: ["Technology", "Entity"]) {
    id: ID!
    name: String!
  }

  union Body = Organization | Country
  union Participant = Person | Organization | Country

  type Person @node(labels: ["Person", "Entity"]) {
    id: ID!
    name: String!
    offices: [Body!]! @relationship(type: "HOLDS_OFFICE", direction: OUT, properties: "Office")
  }

  type Event @node(labels: ["Event", "Entity"]) {
    id: ID!
    name: String!
    startDate: Date
    participants: [Participant!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Role")
    countries: [Country!]! @relationship(type: "HELD_IN", direction: OUT, properties: "Sourced")
  }

  type Agreement @node(labels: ["Agreement", "Entity"]) {
    id: ID!
    name: String!
    kind: String
    status: String
    signedOn: Date
    sources: [Source!]! @relationship(type: "SOURCED_FROM", direction: OUT)
    parties: [Body!]! @relationship(type: "PARTY_TO", direction: IN, properties: "Role")
    signatories: [Person!]! @relationship(type: "SIGNED", direction: IN, properties: "Signature")
    technologies: [Technology!]! @relationship(type: "COVERS", direction: OUT, properties: "Coverage")
    signedAt: [Event!]! @relationship(type: "SIGNED_AT", direction: OUT, properties: "Sourced")
  }

  type Entity
    @node(labels: ["Entity"])
    @fulltext(indexes: [{ indexName: "${FULLTEXT_INDEX}", queryName: "searchEntities", fields: ["name"] }]) {
    id: ID!
    name: String!
    aliases: [String!]
  }

  type EntityRef {
    id: ID!
    name: String!
  }
  type PathStep {
    type: String!
    direction: String!
    sources: [String!]!
  }
  type PathResult {
    length: Int!
    nodes: [EntityRef!]!
    relationships: [PathStep!]!
  }
  type Neighbor {
    node: EntityRef!
    distance: Int!
  }
  type NeighborRelationship {
    type: String!
    from: String!
    to: String!
    sources: [String!]!
  }
  type NeighborhoodResult {
    center: EntityRef!
    nodes: [Neighbor!]!
    relationships: [NeighborRelationship!]!
  }

  type Query {
    shortestPath(fromId: ID!, toId: ID!): PathResult @cypher(statement: ${block(SHORTEST_PATH_CYPHER)}, columnName: "path")
    neighborhood(id: ID!, first: Int!): NeighborhoodResult
      @cypher(statement: ${block(NEIGHBORHOOD_CYPHER)}, columnName: "neighborhood")
  }
`;
