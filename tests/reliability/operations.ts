import {
  buildSchema,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLSchema,
  isCompositeType,
} from 'graphql';
import { readTypeDefs } from '../../src/graphql/schema/load-schema.ts';
import { toGraphQLLiteral, toJsonBody } from './hostile.ts';

/** The API's contract, parsed from schema.graphql (so new fields and arguments are fuzzed too). */
export const CONTRACT: GraphQLSchema = buildSchema(readTypeDefs());

/** A root field and whether it is a query or a mutation. */
export interface RootField {
  readonly operation: 'query' | 'mutation';
  readonly field: GraphQLField<unknown, unknown>;
}

/** Every field of Query and Mutation that takes arguments. */
export function fieldsWithArguments(schema: GraphQLSchema = CONTRACT): RootField[] {
  const query = Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({
    operation: 'query' as const,
    field,
  }));
  const mutation = Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({
    operation: 'mutation' as const,
    field,
  }));
  return [...query, ...mutation].filter(({ field }) => field.args.length > 0);
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  return isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
}

/**
 * The request body calling `field` with `args` (undefined values left out), the arguments passed as
 * variables or written inline as literals.
 */
export function buildRequestBody(
  { operation, field }: RootField,
  args: Readonly<Record<string, unknown>>,
  inline: boolean,
): string {
  const given: GraphQLArgument[] = field.args.filter((arg) => args[arg.name] !== undefined);
  const selection = selectionFor(field);
  if (inline) {
    const list = given.map((arg) => `${arg.name}: ${toGraphQLLiteral(args[arg.name], arg.type)}`).join(', ');
    const call = list ? `${field.name}(${list})` : field.name;
    return toJsonBody({ query: `${operation} Fuzz { ${call}${selection} }` });
  }
  const declarations = given.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const list = given.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const query =
    `${operation} Fuzz${declarations ? `(${declarations})` : ''} ` +
    `{ ${field.name}${list ? `(${list})` : ''}${selection} }`;
  const variables = Object.fromEntries(given.map((arg) => [arg.name, args[arg.name]]));
  return toJsonBody({ query, variables, operationName: 'Fuzz' });
}
