import { makeExecutableSchema } from '@graphql-tools/schema';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { changeLogResolvers } from '../resolvers/changes.ts';
import { createEdgeResolvers } from '../resolvers/edges.ts';
import { entityTypeResolvers } from '../resolvers/entities.ts';
import { mutationResolvers } from '../resolvers/mutation.ts';
import { queryResolvers } from '../resolvers/query.ts';
import { readTypeDefs } from './load-schema.ts';
import { DateScalar, DateTimeScalar, JsonScalar } from './scalars.ts';

/** The executable schema: schema.graphql with every resolver of the API. */
export function createSchema(): GraphQLSchema {
  const typeDefs = readTypeDefs();
  return makeExecutableSchema({
    typeDefs,
    resolvers: [
      { Date: DateScalar, DateTime: DateTimeScalar, JSON: JsonScalar },
      queryResolvers,
      mutationResolvers,
      changeLogResolvers,
      entityTypeResolvers,
      // Edge and connection types are many and alike: their resolvers are made from the schema itself.
      createEdgeResolvers(buildSchema(typeDefs)),
    ],
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
