import type { GraphQLResolveInfo } from 'graphql';
import {
  computeInvestmentTotals,
  findNodes,
  type LeftOutRecord,
  type NodeRecord,
  type TotalsArgs,
  type TotalsGroupRecord,
} from '../../cypher/index.ts';
import type { GraphQLContext } from '../request/context.ts';
import { selects, wantNodes } from '../selection/index.ts';

/** A group as the API returns it: its record, with its nodes read. */
export interface TotalsGroupResult extends TotalsGroupRecord {
  readonly group: NodeRecord | null;
  readonly members: readonly NodeRecord[];
}

/** A pledge left out, with its node read. */
export interface LeftOutResult extends LeftOutRecord {
  readonly investment: NodeRecord;
}

/** The totals as the API returns them. */
export interface TotalsResult {
  readonly level: TotalsArgs['level'];
  readonly grandTotals: TotalsGroupRecord['totals'];
  readonly groups: readonly TotalsGroupResult[];
  readonly leftOut: readonly LeftOutResult[];
}

/** Where the totals' nodes are selected: groups, members and pledges left out. */
const TOTALS_NODES = [
  ['groups', 'group'],
  ['groups', 'members'],
  ['leftOut', 'investment'],
];

/**
 * Totals (cypher/totals.ts), then the nodes the query selects on them (groups, members, pledges left
 * out) in one more statement, whatever their number.
 */
export async function resolveInvestmentTotals(
  context: GraphQLContext,
  args: TotalsArgs,
  info: GraphQLResolveInfo,
): Promise<TotalsResult> {
  const totals = await computeInvestmentTotals(context.executor, args);
  const want = wantNodes(info, TOTALS_NODES);
  const ids = new Set<string>();
  const needsNodes = selects(info, 'groups') || selects(info, 'leftOut');
  if (needsNodes) {
    for (const group of totals.groups) group.memberIds.forEach((id) => ids.add(id));
    for (const left of totals.leftOut.slice(0, 100)) ids.add(left.investmentId);
  }
  const found = ids.size > 0 ? await findNodes(context.executor, [...ids], want) : [];
  const byId = new Map(found.flatMap((node) => (node ? [[node.id, node] as const] : [])));
  const nodeOf = (id: string): NodeRecord => byId.get(id) ?? { id, name: id, __type: 'Investment' };
  return {
    level: totals.level,
    grandTotals: totals.grandTotals,
    groups: totals.groups.map((group) => ({
      ...group,
      group: group.groupId === null ? null : nodeOf(group.groupId),
      members: group.memberIds.map(nodeOf),
    })),
    leftOut: totals.leftOut.map((left) => ({ ...left, investment: nodeOf(left.investmentId) })),
  };
}
