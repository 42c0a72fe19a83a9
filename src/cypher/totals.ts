import { sumBound, type Bound } from '../domain/figures.ts';
import { badUserInput } from '../errors.ts';
import { toPlainRow } from '../neo4j/values.ts';
import { runWithoutCallerStack, type Executor } from './executor.ts';
import { READ_GRAPH_VERSION, versionOf } from './graph-version.ts';
import { checkSize } from './pagination.ts';
import { TOTALS_CACHE, totalsKey, type TotalsCache } from './totals-cache.ts';

/**
 * Pledge totals that count each pledge once, by the rules of docs/data-model.md ("Totals"): per unit
 * (currencies never converted; physical quantities in their base unit; counts apart), the preferred
 * figure of each pledge, targets left out, each pledge at one level of its INCLUDED_IN tree (the
 * leaves, or the top), joint pledges and pledges into several countries as groups of their own, and
 * every total saying what it counted and what it left out, and why. The reports pledges-by-investor,
 * pledges-by-country and technologies apply the same rules in Cypher; a test holds the two equal.
 *
 * One statement reads one compact row per pledge (its place in its tree, its preferred figures, its
 * group's members); the rules run here, in {@link totalPledges}, a pure function.
 */

/** How totals group pledges. */
export type InvestmentGrouping = 'INVESTOR' | 'TARGET_COUNTRY' | 'TECHNOLOGY' | 'EVENT';
/** How groups are ordered. */
export type TotalsSort = 'TOTAL_DESC' | 'TOTAL_ASC' | 'NAME';
/** Which pledges of a tree count: those not broken down, or those included in no other. */
export type TotalLevel = 'LEAVES' | 'TOP';

/** The pattern from a pledge `i` to a group node `g`: constants of the model. */
const GROUP_PATTERNS: Readonly<Record<InvestmentGrouping, string>> = {
  INVESTOR: '(g:Entity)-[:PLEDGED]->(i)',
  TARGET_COUNTRY: '(i)-[:TARGETS]->(g:Country)',
  TECHNOLOGY: '(i)-[:FOCUSES_ON]->(g:Technology)',
  EVENT: '(i)-[:ANNOUNCED_AT]->(g:Event)',
};

/** What a group of several members is called, and the group of pledges with none. */
const GROUP_WORDS: Readonly<Record<InvestmentGrouping, { several: string; none: string }>> = {
  INVESTOR: { several: 'joint', none: '(no investor named)' },
  TARGET_COUNTRY: { several: 'several', none: '(no target country named)' },
  TECHNOLOGY: { several: 'several', none: '(no technology named)' },
  EVENT: { several: 'several', none: '(not announced at an event)' },
};

/** The one statement of the totals: a row per pledge (exported for the benchmark's raw floor). */
export const pledgesCypher = (grouping: InvestmentGrouping): string => `
MATCH (i:Investment)
CALL (i) {
  OPTIONAL MATCH (i)-[:INCLUDED_IN]->+(top:Investment)
  WHERE NOT EXISTS { (top)-[:INCLUDED_IN]->(:Investment) }
  RETURN min(top.id) AS countedIn
}
CALL (i) {
  OPTIONAL MATCH (:Source)-[f:REPORTS_FIGURE]->(i)
  WHERE f.preferred
  WITH f.key AS key, collect(f)[0] AS f
  WHERE key IS NOT NULL
  RETURN collect([coalesce(f.quantity, f.currency), coalesce(f.baseUnit, f.currency), coalesce(f.unit, f.currency),
                  coalesce(f.dimension, 'money'), coalesce(f.baseAmount, f.amount),
                  coalesce(f.baseAmountMax, f.baseAmount, f.amount), coalesce(f.bound, 'exact')]) AS figures
}
CALL (i) {
  OPTIONAL MATCH ${GROUP_PATTERNS[grouping]}
  WITH g ORDER BY g.id
  RETURN collect(CASE WHEN g IS NOT NULL THEN [g.id, g.name] END) AS members
}
RETURN i.id AS id, coalesce(i.aggregate, false) AS aggregate, countedIn,
       COUNT { (:Investment)-[:INCLUDED_IN]->(i) } AS parts, figures, members`;

/** One preferred figure of a pledge, as the statement reads it. */
export interface PledgeFigure {
  /** What it adds with: a currency, a dimension (power), a count unit (gpus, units:reactors). */
  readonly quantity: string;
  /** The unit totals give it in: the currency, the base unit (MW), the count unit. */
  readonly unit: string;
  /** The unit as written (GW, EUR). */
  readonly given: string;
  readonly dimension: string;
  readonly amount: number;
  readonly amountMax: number;
  readonly bound: Bound;
}

/** One pledge as the statement reads it. */
export interface PledgeRow {
  readonly id: string;
  readonly aggregate: boolean;
  /** The top of its INCLUDED_IN tree, when it is part of another pledge. */
  readonly countedIn: string | null;
  /** How many pledges it is broken down into. */
  readonly parts: number;
  readonly figures: readonly PledgeFigure[];
  /** The group nodes it belongs to (investors, countries…), by id. */
  readonly members: readonly { readonly id: string; readonly name: string }[];
}

/** A total in one unit. */
export interface QuantityTotalRecord {
  readonly unit: string;
  /** The currency, when the unit is one. */
  readonly currency: string | null;
  readonly amount: number;
  /** The sum of the upper ends, when a counted figure is a range. */
  readonly amountMax: number | null;
  readonly bound: Bound | 'mixed';
  readonly count: number;
  /** The pledges counted, by id. */
  readonly investmentIds: readonly string[];
}

/** A group's totals. */
export interface TotalsGroupRecord {
  readonly kind: 'SINGLE' | 'JOINT' | 'SEVERAL' | 'NONE';
  readonly label: string;
  /** The group node's id (SINGLE), or null. */
  readonly groupId: string | null;
  readonly memberIds: readonly string[];
  readonly totals: readonly QuantityTotalRecord[];
  readonly count: number;
  /** Pledges of the group also counted in other groups (technologies only). */
  readonly shared: number;
}

/** A pledge left out of the totals asked for, and why. */
export interface LeftOutRecord {
  readonly investmentId: string;
  readonly reason: string;
}

/** Everything a totals request answers. */
export interface InvestmentTotalsRecord {
  readonly level: TotalLevel;
  readonly grandTotals: readonly QuantityTotalRecord[];
  readonly groups: readonly TotalsGroupRecord[];
  readonly leftOut: readonly LeftOutRecord[];
}

/** What a totals request asks. */
export interface TotalsArgs {
  readonly groupBy: InvestmentGrouping;
  /** A currency, a unit, a base unit, a dimension or a quantity; every unit when null. */
  readonly unit: string | null;
  readonly level: TotalLevel;
  readonly sort: TotalsSort;
  readonly first: number;
}

/**
 * The totals, from the cache when the graph's version has not moved since they were computed with the
 * same arguments (totals-cache.ts): then one statement reads the version and nothing else runs. A miss
 * reads every pledge's row and totals them ({@link totalPledges}), and caches the answer when no write
 * committed while it was read.
 */
export async function computeInvestmentTotals(
  executor: Executor,
  args: TotalsArgs,
  cache: TotalsCache = TOTALS_CACHE,
): Promise<InvestmentTotalsRecord> {
  checkSize(args.first, 'first');
  const key = totalsKey(args);
  const version = versionOf((await executor.read('graphVersion', READ_GRAPH_VERSION))[0]);
  const cached = version === null ? undefined : cache.get(version, key);
  if (cached) return cached;
  const { pledges, stableAt } = await readPledges(executor, args.groupBy);
  const totals = applyRules(pledges, args);
  if (stableAt !== null) cache.set(stableAt, key, totals);
  return totals;
}

/** The totals computed from the graph as it is, never from a cache (what the cache is tested against). */
export async function computeInvestmentTotalsUncached(
  executor: Executor,
  args: TotalsArgs,
): Promise<InvestmentTotalsRecord> {
  checkSize(args.first, 'first');
  return applyRules((await readPledges(executor, args.groupBy)).pledges, args);
}

function applyRules(pledges: readonly PledgeRow[], args: TotalsArgs): InvestmentTotalsRecord {
  checkUnit(args.unit, pledges);
  return totalPledges(pledges, args);
}

/**
 * Every pledge's row, and the version they are exactly the rows of: the version read before and after
 * them in one transaction (so on one cluster member), or null when a write committed in between (Neo4j
 * reads committed data, so the rows could mix the two) or the graph has no version.
 */
async function readPledges(
  executor: Executor,
  grouping: InvestmentGrouping,
): Promise<{ pledges: PledgeRow[]; stableAt: string | null }> {
  return executor.readTransaction(`investmentTotals:${grouping}`, async (tx) => {
    const version = async () => versionOf((await tx.run(READ_GRAPH_VERSION)).records[0]?.toObject());
    const before = await version();
    const result = await runWithoutCallerStack(() => tx.run(pledgesCypher(grouping)));
    const after = await version();
    const pledges = result.records.map((record) => toPledgeRow(toPlainRow(record.toObject())));
    return { pledges, stableAt: before !== null && before === after ? before : null };
  });
}

/** A row of {@link pledgesCypher} as a {@link PledgeRow}. */
export function toPledgeRow(row: Readonly<Record<string, unknown>>): PledgeRow {
  const figures = (row.figures as unknown[][]).map(
    ([quantity, unit, given, dimension, amount, amountMax, bound]): PledgeFigure => ({
      quantity: String(quantity),
      unit: String(unit),
      given: String(given),
      dimension: String(dimension),
      amount: Number(amount),
      amountMax: Number(amountMax),
      bound: String(bound) as Bound,
    }),
  );
  const members = (row.members as unknown[][]).map(([id, name]) => ({ id: String(id), name: String(name) }));
  return {
    id: String(row.id),
    aggregate: row.aggregate === true,
    countedIn: typeof row.countedIn === 'string' ? row.countedIn : null,
    parts: Number(row.parts),
    figures,
    members,
  };
}

/** An asked-for unit that no pledge of the graph has, and no dimension names, is a typo: say so. */
function checkUnit(unit: string | null, pledges: readonly PledgeRow[]): void {
  if (unit === null) return;
  const known = new Set(['money', 'count', 'power', 'energy', 'area']);
  for (const pledge of pledges)
    for (const f of pledge.figures) [f.given, f.unit, f.quantity, f.dimension].forEach((u) => known.add(u));
  if (known.has(unit)) return;
  throw badUserInput(
    `unit: no pledge has a figure in "${unit}"; the graph's units are ${[...known].sort().join(', ')}.`,
    [{ path: 'unit', message: 'unknown unit' }],
  );
}

/** Why a pledge is not counted at this level, whatever the unit. */
function structuralReason(pledge: PledgeRow, level: TotalLevel): string | null {
  if (pledge.aggregate) return 'marked aggregate in a version 1 file: sums pledges listed separately';
  if (level === 'LEAVES' && pledge.parts > 0)
    return `broken down into ${pledge.parts} pledges, counted through them`;
  if (level === 'TOP' && pledge.countedIn !== null) return `included in ${pledge.countedIn}, counted there`;
  return null;
}

const matches = (figure: PledgeFigure, unit: string | null): boolean =>
  unit === null || [figure.given, figure.unit, figure.dimension, figure.quantity].includes(unit);

/** The figures of a pledge that count, or why none does. */
function countedFigures(pledge: PledgeRow, args: TotalsArgs): PledgeFigure[] | string {
  const structural = structuralReason(pledge, args.level);
  if (structural) return structural;
  const wanted = pledge.figures.filter((f) => matches(f, args.unit));
  const committed = wanted.filter((f) => f.bound !== 'target');
  if (committed.length > 0) return committed;
  if (wanted.length > 0) return 'a target, not a commitment';
  if (pledge.figures.length === 0) return 'no figure at all';
  const has = [...new Set(pledge.figures.map((f) => f.given))].join(', ');
  return `no figure in ${args.unit ?? 'any unit'} (has ${has})`;
}

/** Adds figures of one quantity: the amount, the range's upper end, the bound of the sum. */
function addUp(
  figures: readonly { figure: PledgeFigure; id: string }[],
): Omit<QuantityTotalRecord, 'unit' | 'currency'> {
  const bounds = figures.map(({ figure }) => figure.bound);
  const bound = sumBound(bounds);
  return {
    amount: figures.reduce((sum, { figure }) => sum + figure.amount, 0),
    amountMax: bounds.includes('range')
      ? figures.reduce((sum, { figure }) => sum + figure.amountMax, 0)
      : null,
    bound,
    count: figures.length,
    investmentIds: figures.map(({ id }) => id),
  };
}

/** Totals per quantity of counted figures, largest first. */
function totalsOf(counted: readonly { figure: PledgeFigure; id: string }[]): QuantityTotalRecord[] {
  const byQuantity = new Map<string, { figure: PledgeFigure; id: string }[]>();
  for (const entry of counted) {
    const list = byQuantity.get(entry.figure.quantity) ?? [];
    list.push(entry);
    byQuantity.set(entry.figure.quantity, list);
  }
  return [...byQuantity.entries()]
    .map(([quantity, entries]) => {
      const first = entries[0]!.figure;
      const unit = quantity.startsWith('units:') ? quantity : first.unit;
      return { unit, currency: first.dimension === 'money' ? first.unit : null, ...addUp(entries) };
    })
    .sort((a, b) => b.amount - a.amount || a.unit.localeCompare(b.unit));
}

/** The group a pledge counts in: its one member, the several together, or none. */
function groupOf(
  pledge: PledgeRow,
  grouping: InvestmentGrouping,
): Pick<TotalsGroupRecord, 'kind' | 'label' | 'groupId' | 'memberIds'> {
  const words = GROUP_WORDS[grouping];
  const [only] = pledge.members;
  if (!only) return { kind: 'NONE', label: words.none, groupId: null, memberIds: [] };
  if (pledge.members.length === 1)
    return { kind: 'SINGLE', label: only.name, groupId: only.id, memberIds: [only.id] };
  return {
    kind: grouping === 'INVESTOR' ? 'JOINT' : 'SEVERAL',
    label: `${words.several}: ${pledge.members.map((m) => m.name).join(' + ')}`,
    groupId: null,
    memberIds: pledge.members.map((m) => m.id),
  };
}

/**
 * Applies the rules to every pledge. Each counted pledge is in exactly one group, so the groups add
 * up to the grand totals; by technology a pledge on two technologies is in both groups, counted as
 * `shared` there, and once in the grand totals.
 */
export function totalPledges(pledges: readonly PledgeRow[], args: TotalsArgs): InvestmentTotalsRecord {
  const counted: { figure: PledgeFigure; id: string }[] = [];
  const leftOut: LeftOutRecord[] = [];
  const groups = new Map<
    string,
    { base: ReturnType<typeof groupOf>; entries: typeof counted; ids: Set<string>; shared: Set<string> }
  >();
  const addTo = (base: ReturnType<typeof groupOf>, entries: typeof counted, id: string, shared: boolean) => {
    const key = base.groupId ?? `${base.kind}:${base.memberIds.join('+')}`;
    const group = groups.get(key) ?? { base, entries: [], ids: new Set<string>(), shared: new Set<string>() };
    group.entries.push(...entries);
    group.ids.add(id);
    if (shared) group.shared.add(id);
    groups.set(key, group);
  };
  for (const pledge of [...pledges].sort((a, b) => a.id.localeCompare(b.id))) {
    const figures = countedFigures(pledge, args);
    if (typeof figures === 'string') {
      leftOut.push({ investmentId: pledge.id, reason: figures });
      continue;
    }
    const entries = figures.map((figure) => ({ figure, id: pledge.id }));
    counted.push(...entries);
    if (args.groupBy === 'TECHNOLOGY' && pledge.members.length > 1) {
      for (const member of pledge.members)
        addTo(
          { kind: 'SINGLE', label: member.name, groupId: member.id, memberIds: [member.id] },
          entries,
          pledge.id,
          true,
        );
    } else addTo(groupOf(pledge, args.groupBy), entries, pledge.id, false);
  }
  const records = [...groups.values()].map(({ base, entries, ids, shared }): TotalsGroupRecord => ({
    ...base,
    totals: totalsOf(entries),
    count: ids.size,
    shared: shared.size,
  }));
  return { level: args.level, grandTotals: totalsOf(counted), groups: sortGroups(records, args), leftOut };
}

function sortGroups(groups: TotalsGroupRecord[], args: TotalsArgs): TotalsGroupRecord[] {
  const rank = (group: TotalsGroupRecord) => Math.max(...group.totals.map((t) => t.amount), 0);
  const byName = (a: TotalsGroupRecord, b: TotalsGroupRecord) =>
    a.label.localeCompare(b.label) || String(a.groupId).localeCompare(String(b.groupId));
  const order = {
    TOTAL_DESC: (a: TotalsGroupRecord, b: TotalsGroupRecord) => rank(b) - rank(a) || byName(a, b),
    TOTAL_ASC: (a: TotalsGroupRecord, b: TotalsGroupRecord) => rank(a) - rank(b) || byName(a, b),
    NAME: byName,
  }[args.sort];
  return groups.sort(order).slice(0, args.first);
}
