import type { CypherExecutor } from './executor.ts';
import { nodeProjection } from './loaders.ts';
import { checkSize } from './pagination.ts';
import type { NodeRecord } from './records.ts';

/** How `investmentTotals` groups investments. */
export type InvestmentGrouping = 'INVESTOR' | 'TARGET_COUNTRY' | 'TECHNOLOGY' | 'EVENT';
/** How it orders the groups. */
export type TotalsSort = 'TOTAL_DESC' | 'TOTAL_ASC' | 'NAME';

const GROUP_PATTERNS: Readonly<Record<InvestmentGrouping, string>> = {
  INVESTOR: '(g:Entity)-[:PLEDGED]->(i)',
  TARGET_COUNTRY: '(i)-[:TARGETS]->(g:Country)',
  TECHNOLOGY: '(i)-[:FOCUSES_ON]->(g:Technology)',
  EVENT: '(i)-[:ANNOUNCED_AT]->(g:Event)',
};

const totalsCypher = (grouping: InvestmentGrouping): string => `
MATCH (i:Investment)
WHERE i.amount IS NOT NULL AND i.currency IS NOT NULL AND ($currency IS NULL OR i.currency = $currency)
  AND NOT coalesce(i.aggregate, false)
MATCH ${GROUP_PATTERNS[grouping]}
WITH DISTINCT g, i
WITH g, i.currency AS currency, sum(i.amount) AS amount, count(i) AS count
ORDER BY amount DESC
RETURN ${nodeProjection('g')} AS group, collect({currency: currency, amount: amount, count: count}) AS totals`;

/** One group's totals. */
export interface TotalsGroupRecord {
  readonly group: NodeRecord;
  readonly totals: readonly { readonly currency: string; readonly amount: number; readonly count: number }[];
  readonly count: number;
}

/** The total a group is ranked by: its largest per-currency total (the only one when a currency is set). */
const rankOf = (group: TotalsGroupRecord): number => Math.max(0, ...group.totals.map((t) => t.amount));

/**
 * Sums preferred amounts per group and currency (aggregates, which sum other pledges, are left out so
 * nothing is counted twice), then sorts the groups (in code: there are few).
 */
export async function computeInvestmentTotals(
  executor: CypherExecutor,
  args: { groupBy: InvestmentGrouping; currency?: string | null; sort: TotalsSort; first: number },
): Promise<TotalsGroupRecord[]> {
  const first = checkSize(args.first, 'first');
  const rows = await executor.read(`investmentTotals:${args.groupBy}`, totalsCypher(args.groupBy), {
    currency: args.currency ?? null,
  });
  const groups = rows.map((row): TotalsGroupRecord => {
    const totals = row.totals as TotalsGroupRecord['totals'];
    return { group: row.group as NodeRecord, totals, count: totals.reduce((n, t) => n + t.count, 0) };
  });
  const byName = (a: TotalsGroupRecord, b: TotalsGroupRecord): number =>
    a.group.name.localeCompare(b.group.name);
  const comparators: Record<TotalsSort, (a: TotalsGroupRecord, b: TotalsGroupRecord) => number> = {
    TOTAL_DESC: (a, b) => rankOf(b) - rankOf(a) || byName(a, b),
    TOTAL_ASC: (a, b) => rankOf(a) - rankOf(b) || byName(a, b),
    NAME: byName,
  };
  return groups.sort(comparators[args.sort]).slice(0, first);
}
