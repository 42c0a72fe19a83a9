import { describe, expect, it } from 'vitest';
import {
  type FigureValue,
  figureKey,
  figuresConflict,
  isDisputed,
  storedFigureValue,
  sumBound,
} from './figures.ts';

const gbp = (amount: number, extra: Partial<FigureValue> = {}): FigureValue => ({
  amount,
  unit: 'GBP',
  ...extra,
});

describe('figuresConflict', () => {
  it('finds two exact figures of one currency that differ', () => {
    expect(figuresConflict(gbp(500e6), gbp(700e6))).toBe(true);
    expect(figuresConflict(gbp(500e6), gbp(500e6))).toBe(false);
  });

  it('never compares currencies, nor counts of different things', () => {
    expect(figuresConflict(gbp(500e6), { amount: 700e6, unit: 'USD' })).toBe(false);
    expect(figuresConflict({ amount: 8000, unit: 'gpus' }, { amount: 5000, unit: 'jobs' })).toBe(false);
    const reactors = { amount: 12, unit: 'units', item: 'reactors' };
    expect(figuresConflict(reactors, { amount: 18000, unit: 'units', item: 'GB300' })).toBe(false);
    expect(figuresConflict(reactors, { ...reactors, amount: 6 })).toBe(true);
  });

  it('reads bounds as intervals: "over" and "up to" do not contradict an exact figure inside them', () => {
    expect(figuresConflict(gbp(300e9, { bound: 'at_least' }), gbp(310e9))).toBe(false);
    expect(figuresConflict(gbp(300e9, { bound: 'at_least' }), gbp(250e9))).toBe(true);
    expect(figuresConflict(gbp(400e9, { bound: 'up_to' }), gbp(350e9))).toBe(false);
    expect(figuresConflict(gbp(400e9, { bound: 'up_to' }), gbp(450e9))).toBe(true);
    expect(figuresConflict(gbp(100, { bound: 'range', amountMax: 200 }), gbp(150))).toBe(false);
    expect(figuresConflict(gbp(100, { bound: 'range', amountMax: 200 }), gbp(201))).toBe(true);
  });

  it('allows ±10% around "about", and never counts a target against anything', () => {
    expect(
      figuresConflict({ amount: 678e6, unit: 'USD', bound: 'about' }, { amount: 700e6, unit: 'USD' }),
    ).toBe(false);
    expect(figuresConflict(gbp(100, { bound: 'about' }), gbp(111))).toBe(true);
    expect(figuresConflict(gbp(1e12, { bound: 'target' }), gbp(1))).toBe(false);
  });

  it('compares power in one base unit, and only figures of the same period', () => {
    expect(figuresConflict({ amount: 1, unit: 'GW' }, { amount: 1000, unit: 'MW' })).toBe(false);
    expect(figuresConflict({ amount: 1, unit: 'GW' }, { amount: 500, unit: 'MW' })).toBe(true);
    expect(figuresConflict(gbp(90e9, { period: { years: 10 } }), gbp(100e9))).toBe(false);
    expect(figuresConflict(gbp(90e9, { period: { years: 10 } }), gbp(100e9, { period: { years: 10 } }))).toBe(
      true,
    );
  });

  it('isDisputed looks at every pair', () => {
    expect(isDisputed([gbp(1), { amount: 2, unit: 'USD' }, gbp(1)])).toBe(false);
    expect(isDisputed([gbp(1), { amount: 2, unit: 'USD' }, { amount: 3, unit: 'USD' }])).toBe(true);
    expect(isDisputed([])).toBe(false);
  });
});

describe('figureKey', () => {
  it('keeps the version 1 key of an exact figure and tells every other detail apart', () => {
    expect(figureKey(gbp(500000000))).toBe('GBP:500000000');
    const keys = [
      gbp(5e9),
      gbp(5e9, { bound: 'up_to' }),
      gbp(5e9, { bound: 'range', amountMax: 6e9 }),
      gbp(5e9, { period: { years: 2 } }),
      gbp(5e9, { period: { from: '2026', to: '2026' } }),
      { amount: 5e9, unit: 'units', item: 'reactors' },
    ].map(figureKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('sumBound', () => {
  it('says how sure a sum is', () => {
    expect(sumBound(['exact', 'exact'])).toBe('exact');
    expect(sumBound(['exact', 'at_least'])).toBe('at_least');
    expect(sumBound(['up_to', 'exact', 'up_to'])).toBe('up_to');
    expect(sumBound(['about', 'exact'])).toBe('about');
    expect(sumBound(['about', 'up_to'])).toBe('mixed');
    expect(sumBound([])).toBe('exact');
  });
});

describe('storedFigureValue', () => {
  it('reads a stored REPORTS_FIGURE back, version 1 ones included', () => {
    expect(storedFigureValue({ amount: 5, currency: 'GBP' })).toEqual({
      amount: 5,
      unit: 'GBP',
      bound: 'exact',
      amountMax: undefined,
      period: undefined,
      item: undefined,
    });
    expect(storedFigureValue({ amount: 5, unit: 'MW', bound: 'up_to', periodYears: 2 }).period).toEqual({
      years: 2,
    });
  });
});

describe('disputedQuantities', () => {
  it('names the quantities in conflict', async () => {
    const { disputedQuantities } = await import('./figures.ts');
    expect(
      disputedQuantities([
        { amount: 500e6, unit: 'GBP' },
        { amount: 700e6, unit: 'USD' },
        { amount: 670e6, unit: 'USD' },
        { amount: 1, unit: 'GW' },
        { amount: 500, unit: 'MW' },
      ]),
    ).toEqual(['USD', 'power']);
  });
});
