import { describe, expect, it } from 'vitest';
import { figuresHeading, formatBaseQuantity, formatPeriod, formatQuantity } from './figure-format.ts';

describe('formatQuantity', () => {
  it('says money compact in its own currency, the bound in words', () => {
    expect(formatQuantity({ amount: 500_000_000, unit: 'GBP', bound: 'exact' })).toBe('£500m');
    expect(formatQuantity({ amount: 500_000_000, unit: 'GBP', bound: 'up_to' })).toBe('up to £500m');
    expect(formatQuantity({ amount: 678_000_000, unit: 'USD', bound: 'about' })).toBe('about US$678m');
    expect(formatQuantity({ amount: 6_800_000_000, unit: 'USD', bound: 'at_least' })).toBe(
      'at least US$6.8bn',
    );
    expect(formatQuantity({ amount: 40_000_000_000, unit: 'GBP', bound: 'target' })).toBe('aiming for £40bn');
  });

  it('draws a range from its lower to its upper end', () => {
    expect(formatQuantity({ amount: 1e9, amountMax: 2e9, unit: 'GBP', bound: 'range' })).toBe('£1bn–£2bn');
    expect(formatQuantity({ amount: 50, amountMax: 90, unit: 'MW', bound: 'range' })).toBe('50–90 MW');
  });

  it('says a physical quantity as a plain number with its unit', () => {
    expect(formatQuantity({ amount: 20_000, unit: 'gpus', bound: 'up_to' })).toBe('up to 20,000 GPUs');
    expect(formatQuantity({ amount: 5000, unit: 'jobs', bound: 'at_least' })).toBe('at least 5,000 jobs');
    expect(formatQuantity({ amount: 2.5, unit: 'km2', bound: 'about' })).toBe('about 2.5 km²');
  });

  it('names the unit `units` by what it counts', () => {
    expect(
      formatQuantity({ amount: 12, unit: 'units', bound: 'up_to', item: 'advanced modular reactors' }),
    ).toBe('up to 12 advanced modular reactors');
  });
});

describe('formatBaseQuantity', () => {
  it('says a physical amount in its base unit when the API converted it there', () => {
    expect(
      formatBaseQuantity({ amount: 2, unit: 'GW', bound: 'up_to', baseAmount: 2000, baseUnit: 'MW' }),
    ).toBe('up to 2,000 MW');
    expect(
      formatBaseQuantity({
        amount: 1,
        amountMax: 1.5,
        unit: 'GW',
        bound: 'range',
        baseAmount: 1000,
        baseUnit: 'MW',
      }),
    ).toBe('1,000–1,500 MW');
  });

  it('says nothing when the amount is already in its base unit (money, counts, MW)', () => {
    expect(formatBaseQuantity({ amount: 7e8, unit: 'USD', baseAmount: 7e8, baseUnit: 'USD' })).toBe('');
    expect(formatBaseQuantity({ amount: 50, unit: 'MW', baseAmount: 50, baseUnit: 'MW' })).toBe('');
    expect(formatBaseQuantity({ amount: 50, unit: 'MW', baseAmount: null, baseUnit: null })).toBe('');
  });
});

describe('formatPeriod', () => {
  it('gives the span, its length, or both', () => {
    expect(formatPeriod({ from: '2025', to: '2028', years: null })).toBe('2025–2028');
    expect(formatPeriod({ from: '2024', to: null, years: null })).toBe('from 2024');
    expect(formatPeriod({ from: null, to: '2027-03', years: null })).toBe('until 2027-03');
    expect(formatPeriod({ from: null, to: null, years: 2 })).toBe('over 2 years');
    expect(formatPeriod({ from: '2025', to: '2026', years: 1 })).toBe('2025–2026 (1 year)');
  });
});

describe('figuresHeading', () => {
  it('says disputed, and on which units when the API says', () => {
    expect(figuresHeading(false)).toBe('Figures');
    expect(figuresHeading(true)).toBe('Figures (disputed: sources disagree)');
    expect(figuresHeading(true, ['USD', 'gpus'])).toBe('Figures (disputed: sources disagree on USD, GPUs)');
  });
});
