import { mergeEntities } from '../../changes/merge.ts';
import { revertWrite } from '../../changes/revert.ts';
import {
  checkSize,
  countChanges,
  findChanges,
  findNodes,
  findPossibleDuplicates,
  findWrite,
  type NodeRecord,
  type WriteRecord,
} from '../../cypher/index.ts';
import type { DuplicateCandidateRecord } from '../../cypher/records.ts';
import { requireWriter } from '../request/auth.ts';
import type { GraphQLContext } from '../request/context.ts';
import type { Resolvers } from '../schema/generated/types.ts';
import { wantNodes } from '../selection/index.ts';

/** What `mergeEntities` answers: the write, and the kept entity's id (read as the query wants it). */
export interface MergePayloadRecord {
  readonly changeId: string;
  readonly keep: string;
}

/** What `revertChange` answers. */
export interface RevertPayloadRecord {
  readonly changeId: string;
  readonly reverted: string;
}

const actorOf = (context: GraphQLContext): string => context.writer ?? 'anonymous';

/** The change log, duplicates and merges (docs/changes.md): thin, over src/cypher and src/changes. */
export const changeLogResolvers: Resolvers = {
  Query: {
    changes: (_parent, args, context) => findChanges(context.executor, args),
    write: (_parent, { id }, context) => findWrite(context.executor, id),
    possibleDuplicates: async (_parent, { types, first, minScore }, context, info) => {
      const { pairs } = await findPossibleDuplicates(context.executor, {
        types,
        first: checkSize(first ?? 20, 'first'),
        minScore,
      });
      const ids = [...new Set(pairs.flatMap((pair) => [pair.a.id, pair.b.id]))];
      const nodes = await findNodes(context.executor, ids, wantNodes(info, [['a'], ['b']]));
      const byId = new Map(nodes.filter((n): n is NodeRecord => n !== null).map((n) => [n.id, n]));
      return pairs.flatMap((pair): DuplicateCandidateRecord[] => {
        const [a, b] = [byId.get(pair.a.id), byId.get(pair.b.id)];
        return a && b ? [{ score: pair.score, a, b, reasons: pair.reasons }] : [];
      });
    },
  },
  Mutation: {
    mergeEntities: async (_parent, { keep, merge }, context) => {
      requireWriter(context);
      const write = await context.executor.write('mergeEntities', (tx) =>
        mergeEntities(tx, { keep, merge, actor: actorOf(context) }),
      );
      return { changeId: write.id, keep };
    },
    revertChange: async (_parent, { id }, context) => {
      requireWriter(context);
      const write = await context.executor.write('revertChange', (tx) =>
        revertWrite(tx, id, actorOf(context)),
      );
      return { changeId: write.id, reverted: id };
    },
  },
  ChangeConnection: {
    totalCount: (connection, _args, context) => countChanges(context.executor, connection.filters),
  },
  MergePayload: {
    kept: async (payload, _args, context, info) =>
      (await findNodes(context.executor, [payload.keep], wantNodes(info, [[]])))[0] ?? null,
    write: (payload, _args, context): Promise<WriteRecord | null> =>
      findWrite(context.executor, payload.changeId),
  },
  RevertPayload: {
    write: (payload, _args, context): Promise<WriteRecord | null> =>
      findWrite(context.executor, payload.changeId),
  },
  UpsertRelationshipPayload: {
    changeId: (payload) => payload.changeId ?? null,
  },
};
