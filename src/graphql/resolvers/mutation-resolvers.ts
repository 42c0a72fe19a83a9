import { requireWriter } from '../auth.ts';
import type { Resolvers } from '../generated/types.ts';
import { importWholeDataset, upsertEntity, upsertRelationship } from '../writes.ts';
import { loadSources } from './fields.ts';

/** Writes: the token is checked first, before any input is looked at (see also auth-plugin.ts). */
export const mutationResolvers: Resolvers = {
  Mutation: {
    upsertEntity: (_parent, { input }, context) => {
      requireWriter(context);
      return upsertEntity(context, input);
    },
    upsertRelationship: (_parent, { input }, context) => {
      requireWriter(context);
      return upsertRelationship(context, input);
    },
    importDataset: async (_parent, { dataset }, context) => {
      requireWriter(context);
      return { summary: await importWholeDataset(context, dataset) };
    },
  },
  UpsertRelationshipPayload: {
    sources: (rel, _args, context) => loadSources(context, rel.sources),
  },
};
