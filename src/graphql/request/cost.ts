import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_HOPS, MAX_PAGE_SIZE, relationshipLimit } from '../../cypher/index.ts';
import { AppError, ErrorCode } from '../../errors.ts';
import type { GraphQLContext } from './context.ts';

/**
 * The cost of a query: the number of objects its answer holds at worst, with every list counted at its
 * page size (the `first` it passes, or the field's default) and the work of the expensive root fields
 * added. It is known before anything runs, so a query whose worst case is too large is refused
 * unexecuted, and the rate limiter (rate-limit.ts) charges clients by it.
 */

/** Lists that take no `first`, with the most items they can hold. */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'Neighborhood.nodes': MAX_PAGE_SIZE,
  'Neighborhood.relationships': relationshipLimit(MAX_PAGE_SIZE),
  'Path.nodes': MAX_HOPS + 1,
  'Path.relationships': MAX_HOPS,
  'InvestmentTotalGroup.totals': 20,
  'InvestmentTotalGroup.members': 20,
  'InvestmentTotals.grandTotals': 20,
  'InvestmentTotals.groups': MAX_PAGE_SIZE,
  'Query.reports': 100,
  'ReportInfo.params': 20,
  // The change log and duplicates: a change lists the fields of one record (a few dozen at most).
  'Change.fields': 60,
  'DuplicateCandidate.reasons': 10,
};

/** Work that an answer's size does not show: searches, graph walks, aggregations, reports, writes. */
export const FIELD_WORK: Readonly<Record<string, number>> = {
  'Query.search': 20,
  'Query.shortestPath': 200,
  'Query.allShortestPaths': 400,
  'Query.neighborhood': 200,
  'Query.timeline': 100,
  'Query.investmentTotals': 500,
  'Query.runReport': 1_000,
  'Mutation.upsertEntity': 100,
  'Mutation.upsertRelationship': 100,
  'Mutation.importDataset': 5_000,
  'Query.changes': 100,
  // Reads every entity's names and compares them within blocks: the largest read of the API.
  'Query.possibleDuplicates': 5_000,
  'Mutation.mergeEntities': 500,
  'Mutation.revertChange': 1_000,
};

/** True for the connection types (a page of edges): their `edges` and `nodes` are counted at the field. */
function isConnection(type: GraphQLNamedType): boolean {
  return isObjectType(type) && 'pageInfo' in type.getFields() && 'edges' in type.getFields();
}

/**
 * How many items a list-valued field can return: its `first` (or `last`), its default, the length of
 * `ids`, or a bound from {@link LIST_BOUNDS}; undefined when none is known (a schema test forbids that).
 */
export function listSize(
  parent: string,
  field: GraphQLField<unknown, unknown>,
  args: Readonly<Record<string, unknown>>,
): number | undefined {
  const sized = args.first ?? args.last;
  if (typeof sized === 'number') return Math.max(0, Math.min(sized, MAX_PAGE_SIZE));
  if (field.args.some((arg) => arg.name === 'first' || arg.name === 'last')) {
    const fallback = field.args.find((arg) => arg.name === 'first')?.defaultValue;
    return typeof fallback === 'number' ? fallback : 20;
  }
  if (Array.isArray(args.ids)) return args.ids.length;
  return LIST_BOUNDS[`${parent}.${field.name}`];
}

/** The estimator: objects count 1, lists multiply by their size, leaves are free. */
export const estimateCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  const named = getNamedType(field.type);
  const work = FIELD_WORK[`${type.name}.${field.name}`] ?? 0;
  if (isLeafType(named)) return work;
  const own = 1 + childComplexity;
  // A connection's edges and nodes are counted once per item by the field that returns the connection.
  if (isConnection(type) && (field.name === 'edges' || field.name === 'nodes')) return own;
  const list = isListType(getNullableType(field.type)) || isConnection(named);
  if (!list) return work + own;
  const size = listSize(type.name, field, args) ?? MAX_PAGE_SIZE;
  return work + size * own;
};

/** The cost of an operation (see the module's comment). */
export function costOf(
  schema: GraphQLSchema,
  document: Parameters<typeof getComplexity>[0]['query'],
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  return getComplexity({ schema, query: document, operationName, variables, estimators: [estimateCost] });
}

/** A query over the cost limit: refused before it runs (HTTP 400, like the other request limits). */
function tooCostly(max: number, cost: number): AppError {
  return new AppError(
    ErrorCode.ValidationFailed,
    `Query cost limit of ${max} exceeded, found ${cost}: every list counts at its page size (first), so ask for smaller pages or fewer levels.`,
    { cost, maxCost: max, http: { status: 400 } },
  );
}

/**
 * Computes each operation's cost once it is known (variables included), refuses it over `maxCost`, and
 * hands it to `charge` (the rate limiter) and to the context.
 */
export function createCostPlugin(
  maxCost: number,
  charge?: (context: GraphQLContext, cost: number) => Promise<void>,
): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: async ({ schema, document, request, operationName, contextValue }) => {
          let cost: number;
          try {
            cost = costOf(schema, document, operationName ?? undefined, request.variables ?? {});
          } catch {
            // Bad variables: execution refuses them with graphql-js's own message (BAD_USER_INPUT).
            return;
          }
          contextValue.cost = cost;
          if (cost > maxCost) throw tooCostly(maxCost, cost);
          await charge?.(contextValue, cost);
        },
      }),
  };
}
