import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type ValueNode,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields.js';
import { ENTITY_TYPES, isEntityType, type EntityType } from '../../domain/model.ts';
import type { DerivedValue, NodeShape, NodeWanted, RelationshipWanted } from '../../cypher/index.ts';
import { relationshipFieldOf, type RelationshipField } from '../schema/relationship-fields.ts';

/**
 * What a request wants below a field, as the plain tree the Cypher layer renders (cypher/wanted.ts),
 * built with graphql-js's own field collection (`collectSubfields`: fragments, type conditions,
 * `@skip` and `@include` as execution applies them), so the statement reads exactly what execution
 * will resolve.
 */

/** A relationship page of the tree: the field whose arguments (`first`, `after`) give its bounds. */
export interface PageSlot {
  readonly field: GraphQLField<unknown, unknown>;
  readonly node: FieldNode;
  /** Where the field sits (`Country.officials`), for error messages. */
  readonly where: string;
}

/** What is wanted below a field: nodes at some positions, and the page slots they use. */
export interface Wanted {
  readonly slots: readonly PageSlot[];
}

/** Leaf fields that are not stored properties (their resolvers compute them). */
const COMPUTED_LEAVES = new Set(['cursor', 'direction', '__typename']);

/** Leaf fields the Cypher layer computes for a node of a type. */
const DERIVED_LEAVES: Readonly<Record<string, Readonly<Record<string, DerivedValue>>>> = {
  ...Object.fromEntries(ENTITY_TYPES.map((type) => [type, { mergedIds: 'mergedIds' }])),
  Investment: { disputed: 'disputed', mergedIds: 'mergedIds' },
};

/** Collects a tree's page slots while it is built. */
class Builder {
  readonly slots: PageSlot[] = [];

  constructor(private readonly info: GraphQLResolveInfo) {}

  /** The field nodes at the end of `path` below `fieldNodes` (of type `type`), and the type there. */
  descend(
    fieldNodes: readonly FieldNode[],
    type: GraphQLNamedType,
    path: readonly string[],
  ): { nodes: FieldNode[]; type: GraphQLNamedType | null } {
    let nodes: FieldNode[] = [...fieldNodes];
    let current: GraphQLNamedType = type;
    for (const name of path) {
      const found: FieldNode[] = [];
      let next: GraphQLNamedType | null = null;
      for (const object of this.objectTypes(current)) {
        for (const [, fields] of this.collect(object, nodes)) {
          const first = fields[0];
          if (first?.name.value !== name) continue;
          found.push(...fields);
          next ??= getNamedType(object.getFields()[name]!.type);
        }
      }
      if (!next) return { nodes: [], type: null };
      nodes = found;
      current = next;
    }
    return { nodes, type: current };
  }

  /** True when the field being resolved selects `name` directly. */
  selectsBelow(name: string): boolean {
    return this.children(getNamedType(this.info.returnType), this.info.fieldNodes, name).length > 0;
  }

  /** What is wanted of the nodes at `paths` below the field being resolved. */
  nodeAt(paths: readonly (readonly string[])[]): NodeWanted {
    const { info } = this;
    const nodes: FieldNode[] = [];
    let type: GraphQLNamedType | null = null;
    for (const path of paths) {
      const found = this.descend(info.fieldNodes, getNamedType(info.returnType), path);
      nodes.push(...found.nodes);
      type ??= found.type;
    }
    return type ? this.node(nodes, type) : { shapes: [] };
  }

  /** What is wanted of the nodes the field nodes select on, of the possible types of `type`. */
  node(fieldNodes: readonly FieldNode[], type: GraphQLNamedType): NodeWanted {
    const byWants = new Map<string, { labels: EntityType[]; shape: Omit<NodeShape, 'labels'> }>();
    for (const object of this.objectTypes(type)) {
      if (!isEntityType(object.name)) continue;
      const shape = this.shape(object, fieldNodes);
      const key = JSON.stringify(shape);
      const entry = byWants.get(key);
      if (entry) entry.labels.push(object.name);
      else byWants.set(key, { labels: [object.name], shape });
    }
    return { shapes: [...byWants.values()].map(({ labels, shape }) => ({ labels, ...shape })) };
  }

  /** What is wanted of one entity type: properties, derived values and relationship pages. */
  private shape(type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): Omit<NodeShape, 'labels'> {
    const all = [...fieldNodes, ...this.selfEnds(type, fieldNodes)];
    const properties: string[] = [];
    const derived: DerivedValue[] = [];
    const relationships: RelationshipWanted[] = [];
    for (const [key, fields] of this.collect(type, all)) {
      const name = fields[0]!.name.value;
      const definition = type.getFields()[name];
      if (!definition || COMPUTED_LEAVES.has(name)) continue;
      const relationship = relationshipFieldOf(type.name, name);
      const derivedValue = DERIVED_LEAVES[type.name]?.[name];
      if (relationship) {
        // One page per distinct arguments: two positions merged here (a connection's `edges { node }`
        // and `nodes`) may ask the same field for different pages under one name.
        for (const group of groupByArguments(fields))
          relationships.push(this.relationship(type, key, group, definition, relationship));
      } else if (derivedValue) derived.push(derivedValue);
      else if (isLeafType(getNamedType(definition.type))) properties.push(name);
    }
    return { properties: [...new Set(properties)].sort(), derived, relationships };
  }

  /**
   * The selections on the node a field hangs from, made through its provenance edges (`statusHistory {
   * claim { … } }` selects on the claim itself): read with the node, since they are the node.
   */
  private selfEnds(type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): FieldNode[] {
    const found: FieldNode[] = [];
    for (const [, fields] of this.collect(type, fieldNodes)) {
      const relationship = relationshipFieldOf(type.name, fields[0]!.name.value);
      if (!relationship || !isProvenance(relationship)) continue;
      const itemType = getNamedType(type.getFields()[fields[0]!.name.value]!.type);
      const items = relationship.shape === 'list' ? fields : this.children(itemType, fields, 'edges');
      const edgeType = relationship.shape === 'list' ? itemType : this.childType(itemType, 'edges');
      if (!edgeType) continue;
      const selfField = selfEndField(edgeType.name, relationship);
      if (selfField) found.push(...this.children(edgeType, items, selfField));
    }
    return found;
  }

  private relationship(
    type: GraphQLObjectType,
    key: string,
    fields: readonly FieldNode[],
    definition: GraphQLField<unknown, unknown>,
    relationship: RelationshipField,
  ): RelationshipWanted {
    const slot = this.slots.length;
    this.slots.push({ field: definition, node: fields[0]!, where: `${type.name}.${definition.name}` });
    const fieldType = getNamedType(definition.type);
    const pageKey = pageKeyOf(key, fields[0]!);
    const base = { key: pageKey, spec: relationship.spec, slot };
    switch (relationship.shape) {
      case 'nodeList':
        return {
          ...base,
          total: false,
          item: 'node',
          properties: [],
          sources: null,
          node: this.node(fields, fieldType),
        };
      case 'nodes': {
        const nodes = [...this.children(fieldType, fields, 'nodes')];
        const edgesType = this.childType(fieldType, 'edges');
        if (edgesType)
          nodes.push(...this.children(edgesType, this.children(fieldType, fields, 'edges'), 'node'));
        const node = this.node(nodes, this.childType(fieldType, 'nodes') ?? fieldType);
        return {
          ...base,
          total: this.selects(fieldType, fields, 'totalCount'),
          item: 'node',
          properties: [],
          sources: null,
          node,
        };
      }
      case 'list':
        return this.edges(base, fieldType, fields, relationship);
      case 'edges': {
        const edgeType = this.childType(fieldType, 'edges');
        const edgeFields = this.children(fieldType, fields, 'edges');
        const wanted = this.edges(base, edgeType ?? fieldType, edgeFields, relationship);
        const nodes = this.children(fieldType, fields, 'nodes');
        const nodesType = this.childType(fieldType, 'nodes');
        const node =
          nodes.length > 0 && nodesType ? mergeNodes(wanted.node, this.node(nodes, nodesType)) : wanted.node;
        return { ...wanted, node, total: this.selects(fieldType, fields, 'totalCount') };
      }
    }
  }

  /** A page of edges of `edgeType`: the relationship's properties, its sources and the other node. */
  private edges(
    base: Pick<RelationshipWanted, 'key' | 'spec' | 'slot'>,
    edgeType: GraphQLNamedType,
    fields: readonly FieldNode[],
    relationship: RelationshipField,
  ): RelationshipWanted {
    const properties: string[] = [];
    let sources: NodeWanted | null = null;
    const otherNodes: FieldNode[] = [];
    let otherType: GraphQLNamedType | null = null;
    const provenance = isProvenance(relationship);
    const selfField = provenance ? selfEndField(edgeType.name, relationship) : null;
    const otherField = provenance ? otherEndField(edgeType.name, relationship) : 'node';
    for (const object of this.objectTypes(edgeType)) {
      for (const [, nodes] of this.collect(object, fields)) {
        const name = nodes[0]!.name.value;
        const definition = object.getFields()[name];
        if (!definition || COMPUTED_LEAVES.has(name) || name === selfField) continue;
        const named = getNamedType(definition.type);
        if (name === otherField) {
          otherNodes.push(...nodes);
          otherType ??= named;
        } else if (name === 'sources' && !provenance) {
          sources = this.node(nodes, named);
        } else if (name === 'figure' && provenance) {
          // SourceFigure.figure is the relationship itself: its properties are the figure's.
          properties.push(...this.leaves(named, nodes));
        } else if (isLeafType(named)) properties.push(name);
      }
    }
    return {
      ...base,
      total: false,
      item: 'edge',
      properties: [...new Set(properties)].sort(),
      sources,
      node: otherType ? this.node(otherNodes, otherType) : { shapes: [] },
    };
  }

  private leaves(type: GraphQLNamedType, fields: readonly FieldNode[]): string[] {
    const names: string[] = [];
    for (const object of this.objectTypes(type))
      for (const [, nodes] of this.collect(object, fields)) {
        const definition = object.getFields()[nodes[0]!.name.value];
        if (definition && isLeafType(getNamedType(definition.type)) && !COMPUTED_LEAVES.has(definition.name))
          names.push(definition.name);
      }
    return names;
  }

  /** True when the field nodes select `name` on `type`. */
  private selects(type: GraphQLNamedType, fields: readonly FieldNode[], name: string): boolean {
    return this.children(type, fields, name).length > 0;
  }

  /** The field nodes selecting `name` below `fields` (on `type`). */
  private children(type: GraphQLNamedType, fields: readonly FieldNode[], name: string): FieldNode[] {
    const found: FieldNode[] = [];
    for (const object of this.objectTypes(type))
      for (const [, nodes] of this.collect(object, fields))
        if (nodes[0]!.name.value === name) found.push(...nodes);
    return found;
  }

  private childType(type: GraphQLNamedType, name: string): GraphQLNamedType | null {
    if (!isObjectType(type)) return null;
    const field = type.getFields()[name];
    return field ? getNamedType(field.type) : null;
  }

  private collect(type: GraphQLObjectType, fieldNodes: readonly FieldNode[]) {
    const { schema, fragments, variableValues } = this.info;
    return collectSubfields(schema, fragments, variableValues, type, fieldNodes);
  }

  private objectTypes(type: GraphQLNamedType): readonly GraphQLObjectType[] {
    if (isAbstractType(type)) return this.info.schema.getPossibleTypes(type);
    return isObjectType(type) ? [type] : [];
  }
}

function isProvenance(field: RelationshipField): boolean {
  const type = field.spec.type;
  return type === 'REPORTS_STATUS' || type === 'REPORTS_FIGURE';
}

/**
 * Which field of a provenance edge type is the Source end and which the claim end: the Source starts
 * the relationship, so it is the other end of a field that follows it INCOMING (a claim's history), and
 * the node the field hangs from when OUTGOING (a source's reports).
 */
const PROVENANCE_ENDS: Readonly<Record<string, { source: string | null; claim: string }>> = {
  StatusReport: { source: 'source', claim: 'claim' },
  Figure: { source: 'source', claim: '' },
  SourceFigure: { source: '', claim: 'investment' },
};

function otherEndField(edgeType: string, field: RelationshipField): string | null {
  const ends = PROVENANCE_ENDS[edgeType];
  if (!ends) return null;
  return field.spec.direction === 'INCOMING' ? ends.source : ends.claim;
}

function selfEndField(edgeType: string, field: RelationshipField): string | null {
  const ends = PROVENANCE_ENDS[edgeType];
  if (!ends) return null;
  return field.spec.direction === 'INCOMING' ? ends.claim || null : ends.source || null;
}

function groupByArguments(fields: readonly FieldNode[]): FieldNode[][] {
  const groups = new Map<string, FieldNode[]>();
  for (const field of fields) {
    const key = argumentsKey(field);
    groups.set(key, [...(groups.get(key) ?? []), field]);
  }
  return [...groups.values()];
}

const argumentKeys = new WeakMap<FieldNode, string>();

/**
 * Where a field's page lands in its node's record: its response name and arguments as written. The
 * resolver of the field computes the same key from its own field node.
 */
export function pageKeyOf(responseKey: string, node: FieldNode): string {
  let args = argumentKeys.get(node);
  if (args === undefined) argumentKeys.set(node, (args = argumentsKey(node)));
  return `${responseKey}${args}`;
}

/** The field's arguments as written (`(first:5,after:$a)`): tells apart two pages under one name. */
function argumentsKey(node: FieldNode): string {
  const args = node.arguments ?? [];
  if (args.length === 0) return '';
  return `(${args.map((arg) => `${arg.name.value}:${printValue(arg.value)}`).join(',')})`;
}

function printValue(value: ValueNode): string {
  switch (value.kind) {
    case Kind.VARIABLE:
      return `$${value.name.value}`;
    case Kind.INT:
    case Kind.FLOAT:
    case Kind.ENUM:
      return value.value;
    case Kind.STRING:
      return JSON.stringify(value.value);
    case Kind.BOOLEAN:
      return String(value.value);
    case Kind.NULL:
      return 'null';
    case Kind.LIST:
      return `[${value.values.map(printValue).join(',')}]`;
    case Kind.OBJECT:
      return `{${value.fields.map((f) => `${f.name.value}:${printValue(f.value)}`).join(',')}}`;
  }
}

/** The union of two wants of one position (a connection's `edges { node }` and `nodes`). */
function mergeNodes(a: NodeWanted, b: NodeWanted): NodeWanted {
  if (a.shapes.length === 0) return b;
  if (b.shapes.length === 0) return a;
  const byLabel = new Map<EntityType, Omit<NodeShape, 'labels'>>();
  const add = (shape: NodeShape) => {
    for (const label of shape.labels) {
      const known = byLabel.get(label);
      byLabel.set(label, known ? mergeShapes(known, shape) : shape);
    }
  };
  a.shapes.forEach(add);
  b.shapes.forEach(add);
  const grouped = new Map<string, { labels: EntityType[]; shape: Omit<NodeShape, 'labels'> }>();
  for (const [label, shape] of byLabel) {
    const { properties, derived, relationships } = shape;
    const wants = { properties, derived, relationships };
    const key = JSON.stringify(wants);
    const entry = grouped.get(key);
    if (entry) entry.labels.push(label);
    else grouped.set(key, { labels: [label], shape: wants });
  }
  return { shapes: [...grouped.values()].map(({ labels, shape }) => ({ labels, ...shape })) };
}

function mergeShapes(a: Omit<NodeShape, 'labels'>, b: Omit<NodeShape, 'labels'>): Omit<NodeShape, 'labels'> {
  const properties =
    a.properties === 'all' || b.properties === 'all'
      ? 'all'
      : [...new Set([...a.properties, ...b.properties])].sort();
  const derived = [...new Set([...a.derived, ...b.derived])];
  const byKey = new Map<string, RelationshipWanted>();
  for (const relationship of [...a.relationships, ...b.relationships]) {
    const known = byKey.get(relationship.key);
    byKey.set(
      relationship.key,
      known
        ? {
            ...known,
            total: known.total || relationship.total,
            properties:
              known.properties === 'all' || relationship.properties === 'all'
                ? 'all'
                : [...new Set([...known.properties, ...relationship.properties])].sort(),
            sources:
              known.sources === null
                ? relationship.sources
                : relationship.sources === null
                  ? known.sources
                  : mergeNodes(known.sources, relationship.sources),
            node: mergeNodes(known.node, relationship.node),
          }
        : relationship,
    );
  }
  return { properties, derived, relationships: [...byKey.values()] };
}

export { Builder as WantBuilder };
