import { findNodes } from '../../cypher/index.ts';
import { requireWriter } from '../request/auth.ts';
import type { Resolvers } from '../schema/generated/types.ts';
import { wantNodes } from '../selection/index.ts';
import { importWholeDataset, upsertEntity, upsertRelationship } from './writes.ts';

/** Writes: the token is checked first, before any input is looked at (see also the auth plugin). */
export const mutationResolvers: Resolvers = {
  Mutation: {
    upsertEntity: (_parent, { input }, context, info) => {
      requireWriter(context);
      return upsertEntity(context, input, wantNodes(info, [[]]));
    },
    upsertRelationship: (_parent, { input }, context, info) => {
      requireWriter(context);
      return upsertRelationship(context, input, wantNodes(info, [['from'], ['to']]));
    },
    importDataset: async (_parent, { dataset }, context) => {
      requireWriter(context);
      const summary = await importWholeDataset(context, dataset);
      return { summary, changeId: summary.changeId ?? null };
    },
  },
  UpsertRelationshipPayload: {
    sources: async (relationship, { first }, context, info) => {
      const ids = relationship.sources.slice(0, first ?? relationship.sources.length);
      const nodes = await findNodes(context.executor, ids, wantNodes(info, [[]]));
      return nodes.filter((node) => node !== null);
    },
  },
};
