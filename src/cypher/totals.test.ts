import { describe, expect, it } from 'vitest';
import { totalPledges, type PledgeFigure, type PledgeRow, type TotalsArgs } from './totals.ts';

const gbp = (amount: number, bound: PledgeFigure['bound'] = 'exact'): PledgeFigure => ({
  quantity: 'GBP',
  unit: 'GBP',
  given: 'GBP',
  dimension: 'money',
  amount,
  amountMax: amount,
  bound,
});
const gw = (amount: number): PledgeFigure => ({
  quantity: 'power',
  unit: 'MW',
  given: 'GW',
  dimension: 'power',
  amount: amount * 1000,
  amountMax: amount * 1000,
  bound: 'exact',
});
const pledge = (
  id: string,
  figures: PledgeFigure[],
  members: string[],
  extra: Partial<PledgeRow> = {},
): PledgeRow => ({
  id,
  aggregate: false,
  countedIn: null,
  parts: 0,
  figures,
  members: members.map((m) => ({ id: m, name: m.replace(/^\w+:/, '') })),
  ...extra,
});
const args = (overrides: Partial<TotalsArgs> = {}): TotalsArgs => ({
  groupBy: 'INVESTOR',
  unit: null,
  level: 'LEAVES',
  sort: 'TOTAL_DESC',
  first: 100,
  ...overrides,
});

// A package of £150bn in two parts (£90bn and £31bn, the latter in two parts of £22bn and £5bn), a
// joint £10bn of two companies, a target of £1tn and a 1 GW campus.
const TREE: PledgeRow[] = [
  pledge('i:package', [gbp(150e9)], ['country:us'], { parts: 2 }),
  pledge('i:blackstone', [gbp(90e9)], ['org:blackstone'], { countedIn: 'i:package' }),
  pledge('i:tech-firms', [gbp(31e9)], ['country:us'], { countedIn: 'i:package', parts: 2 }),
  pledge('i:microsoft', [gbp(22e9)], ['org:microsoft'], { countedIn: 'i:package' }),
  pledge('i:google', [gbp(5e9, 'up_to')], ['org:google'], { countedIn: 'i:package' }),
  pledge('i:joint', [gbp(10e9)], ['org:centrica', 'org:x-energy']),
  pledge('i:aim', [gbp(1e12, 'target')], ['country:ae']),
  pledge('i:campus', [gw(1)], ['org:g42']),
];

describe('totalPledges', () => {
  it('counts the leaves of a tree once, a joint pledge once as its own group, and says what it left out', () => {
    const totals = totalPledges(TREE, args({ unit: 'GBP' }));
    // 90 + 22 + 5 (up to) + 10 (joint) = 127bn; the package and the tech firms count through their parts.
    expect(totals.grandTotals).toEqual([
      expect.objectContaining({ unit: 'GBP', currency: 'GBP', amount: 127e9, bound: 'up_to', count: 4 }),
    ]);
    expect(totals.groups.map((g) => [g.label, g.kind, g.totals[0]?.amount])).toEqual([
      ['blackstone', 'SINGLE', 90e9],
      ['microsoft', 'SINGLE', 22e9],
      ['joint: centrica + x-energy', 'JOINT', 10e9],
      ['google', 'SINGLE', 5e9],
    ]);
    const sum = totals.groups.reduce((n, g) => n + (g.totals[0]?.amount ?? 0), 0);
    expect(sum).toBe(127e9);
    expect(totals.leftOut).toEqual([
      { investmentId: 'i:aim', reason: 'a target, not a commitment' },
      { investmentId: 'i:campus', reason: 'no figure in GBP (has GW)' },
      { investmentId: 'i:package', reason: 'broken down into 2 pledges, counted through them' },
      { investmentId: 'i:tech-firms', reason: 'broken down into 2 pledges, counted through them' },
    ]);
  });

  it('counts the top of a tree instead, never a pledge and its parts', () => {
    const totals = totalPledges(TREE, args({ unit: 'GBP', level: 'TOP' }));
    // 150 (the package) + 10 (joint) = 160bn.
    expect(totals.grandTotals[0]).toMatchObject({ amount: 160e9, count: 2, bound: 'exact' });
    expect(totals.leftOut).toContainEqual({
      investmentId: 'i:microsoft',
      reason: 'included in i:package, counted there',
    });
  });

  it('keeps units apart and adds physical quantities in their base unit', () => {
    const totals = totalPledges(TREE, args());
    expect(totals.grandTotals.map((t) => [t.unit, t.amount])).toEqual([
      ['GBP', 127e9],
      ['MW', 1000],
    ]);
  });

  it('puts a pledge on two technologies in both groups, once in the grand total', () => {
    const rows = [
      pledge('i:a', [gbp(5)], ['technology:ai', 'technology:chips']),
      pledge('i:b', [gbp(3)], ['technology:ai']),
    ];
    const totals = totalPledges(rows, args({ groupBy: 'TECHNOLOGY' }));
    expect(totals.grandTotals[0]).toMatchObject({ amount: 8, count: 2 });
    expect(totals.groups.map((g) => [g.label, g.totals[0]?.amount, g.shared])).toEqual([
      ['ai', 8, 1],
      ['chips', 5, 1],
    ]);
  });

  it('sums a range into a range, and different bounds into mixed', () => {
    const range: PledgeFigure = { ...gw(1), bound: 'range', amountMax: 2000 };
    const rows = [pledge('i:a', [range], ['x:a']), pledge('i:b', [gw(1)], ['x:b'])];
    expect(totalPledges(rows, args()).grandTotals[0]).toMatchObject({
      amount: 2000,
      amountMax: 3000,
      bound: 'range',
    });
    const mixed = [pledge('i:a', [gbp(1, 'up_to')], ['x:a']), pledge('i:b', [gbp(1, 'at_least')], ['x:b'])];
    expect(totalPledges(mixed, args()).grandTotals[0]?.bound).toBe('mixed');
  });
});
