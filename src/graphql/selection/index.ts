import {
  Kind,
  visit,
  type ASTNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import {
  checkSize,
  decodeOffsetCursor,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type NodeWanted,
  type PageParams,
  type PagePosition,
} from '../../cypher/index.ts';
import { createFieldMemo } from './field-memo.ts';
import { WantBuilder, type PageSlot } from './want.ts';

/**
 * What a resolver's statement must read, from the request's selection: the want trees of its nodes
 * (selection/want.ts) and the bounds of every relationship page below them. The trees are a function of
 * the document and of the variables that `@skip`/`@include` read, so they are built once per field of a
 * document and kept (field-memo.ts); the page bounds come from each request's variables.
 */

/** What is wanted of nodes at some paths below a field, and the bounds of the pages below them. */
export interface NodesWant {
  readonly node: NodeWanted;
  readonly pages: readonly PageParams[];
}

/** Paths and neighbourhoods: their nodes, their relationships' sources, and the pages below. */
export interface GraphWant extends NodesWant {
  readonly sources: NodeWanted | null;
}

/** A timeline's events, claims and sources. */
export interface TimelineWant {
  readonly event: NodeWanted;
  readonly claim: NodeWanted;
  readonly source: NodeWanted;
  readonly pages: readonly PageParams[];
}

interface Built<T> {
  readonly value: T;
  readonly slots: readonly PageSlot[];
}

const built = createFieldMemo<Built<unknown>>();

function memo<T>(info: GraphQLResolveInfo, kind: string, build: (builder: WantBuilder) => T): Built<T> {
  const key = `${kind}|${directiveValues(info)}`;
  return built(info.fieldNodes, key, () => {
    const builder = new WantBuilder(info);
    const value = build(builder);
    return { value, slots: builder.slots };
  }) as Built<T>;
}

/** The nodes at `paths` below the field being resolved (`[[]]`: the field's own). */
export function wantNodes(info: GraphQLResolveInfo, paths: readonly (readonly string[])[]): NodesWant {
  const { value, slots } = memo(info, `nodes:${JSON.stringify(paths)}`, (b) => b.nodeAt(paths));
  return { node: value, pages: bindPages(slots, info.variableValues) };
}

/** Nodes at `nodePaths`, and the Sources of the relationships at `sourcesPath`. */
export function wantGraph(
  info: GraphQLResolveInfo,
  nodePaths: readonly (readonly string[])[],
  sourcesPath: readonly string[],
): GraphWant {
  const { value, slots } = memo(info, `graph:${JSON.stringify([nodePaths, sourcesPath])}`, (b) => {
    const sources = b.nodeAt([sourcesPath]);
    return { node: b.nodeAt(nodePaths), sources: sources.shapes.length > 0 ? sources : null };
  });
  return { ...value, pages: bindPages(slots, info.variableValues) };
}

/** The nodes of a timeline's entries. */
export function wantTimeline(info: GraphQLResolveInfo): TimelineWant {
  const { value, slots } = memo(info, 'timeline', (b) => ({
    event: b.nodeAt([['event']]),
    claim: b.nodeAt([['claim']]),
    source: b.nodeAt([['source']]),
  }));
  return { ...value, pages: bindPages(slots, info.variableValues) };
}

/** The page size of a relationship field when `first` is not given (or null): its default in the schema. */
export function defaultFirst(field: GraphQLField<unknown, unknown> | undefined): number {
  const value = field?.args.find((arg) => arg.name === 'first')?.defaultValue;
  return typeof value === 'number' ? value : DEFAULT_PAGE_SIZE;
}

/** The page of a relationship field from its own arguments: where it starts and how many it shows. */
export function pagePosition(
  args: { readonly first?: number | null; readonly after?: string | null },
  fallback: number,
  where: string,
): PagePosition {
  const first = checkSize(args.first ?? fallback, `${where}: first`, MAX_PAGE_SIZE);
  const skip = args.after ? decodeOffsetCursor(args.after, `${where}: after`) + 1 : 0;
  return { skip, first };
}

/** The page of the relationship field being resolved. */
export function pageOfField(
  args: { readonly first?: number | null; readonly after?: string | null },
  info: GraphQLResolveInfo,
): PagePosition {
  const field = info.parentType.getFields()[info.fieldName];
  return pagePosition(args, defaultFirst(field), `${info.parentType.name}.${info.fieldName}`);
}

/**
 * Each slot's parameters, from its field's arguments in this request: a page (one more item than
 * shown, to see past it), and the days of "as of" values (null when not given).
 */
function bindPages(
  slots: readonly PageSlot[],
  variables: GraphQLResolveInfo['variableValues'],
): PageParams[] {
  return slots.map((slot) => {
    const args = getArgumentValues(slot.field, slot.node, variables) as {
      first?: number;
      after?: string;
      asOf?: string | null;
      knownAsOf?: string | null;
    };
    const written = new Set((slot.node.arguments ?? []).map((arg) => arg.name.value));
    const days =
      slot.field.name === 'status'
        ? { asOf: args.asOf ?? null, knownAsOf: args.knownAsOf ?? null }
        : written.has('knownAsOf')
          ? { knownAsOf: args.knownAsOf ?? null }
          : {};
    if (!slot.field.args.some((arg) => arg.name === 'first')) return days;
    const { skip, first } = pagePosition(args, defaultFirst(slot.field), slot.where);
    return { skip, limit: first + 1, ...days };
  });
}

const selections = createFieldMemo<boolean>();

/** True when the field being resolved selects `name` directly (through fragments, skip/include applied). */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const key = `selects:${name}|${directiveValues(info)}`;
  return selections(info.fieldNodes, key, () => new WantBuilder(info).selectsBelow(name));
}

const directiveVariables = new WeakMap<OperationDefinitionNode, readonly string[]>();

/**
 * The values of the variables that `@skip`/`@include` read in this request: the trees depend on them,
 * so they are part of the memo's key.
 */
function directiveValues(info: GraphQLResolveInfo): string {
  let names = directiveVariables.get(info.operation);
  if (!names) {
    const found = new Set<string>();
    const collect = (node: ASTNode) =>
      visit(node, {
        Directive(directive) {
          if (directive.name.value !== 'skip' && directive.name.value !== 'include') return;
          for (const arg of directive.arguments ?? [])
            if (arg.value.kind === Kind.VARIABLE) found.add(arg.value.name.value);
        },
      });
    collect(info.operation);
    Object.values(info.fragments).forEach(collect);
    names = [...found].sort();
    directiveVariables.set(info.operation, names);
  }
  if (names.length === 0) return '';
  return JSON.stringify(names.map((name) => info.variableValues[name] ?? null));
}
