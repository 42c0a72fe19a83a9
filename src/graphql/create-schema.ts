import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from './generated/types.ts';
import { readTypeDefs } from './load-schema.ts';
import { edgeResolvers } from './resolvers/edge-resolvers.ts';
import { entityResolvers } from './resolvers/entity-resolvers.ts';
import { mutationResolvers } from './resolvers/mutation-resolvers.ts';
import { queryResolvers } from './resolvers/query-resolvers.ts';
import { DateScalar, DateTimeScalar, JsonScalar } from './scalars.ts';

/** Every resolver of the API, typed against the generated resolver types. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JsonScalar,
  ...queryResolvers,
  ...mutationResolvers,
  ...entityResolvers,
  ...edgeResolvers,
};

/** The executable schema: schema.graphql with its resolvers. */
export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readTypeDefs(),
    resolvers,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
