import { describe, expect, it } from 'vitest';
import { describeUnit, isCurrency, isKnownUnit, quantityOf, suggestUnits, toBaseAmount } from './units.ts';

describe('units', () => {
  it('knows ISO 4217 currencies from the runtime, and nothing that only looks like one', () => {
    expect(isCurrency('GBP')).toBe(true);
    expect(isCurrency('USD')).toBe(true);
    expect(isCurrency('GPU')).toBe(false);
    expect(isKnownUnit('gpus')).toBe(true);
    expect(isKnownUnit('GPU')).toBe(false);
  });

  it('converts within a dimension exactly, to its base unit', () => {
    expect(toBaseAmount(1, 'GW')).toBe(1000);
    expect(toBaseAmount(1500, 'kW')).toBe(1.5);
    expect(toBaseAmount(2, 'TWh')).toBe(2_000_000);
    expect(toBaseAmount(10, 'sq_mi')).toBeCloseTo(25.89988110336, 10);
    expect(toBaseAmount(250, 'ha')).toBe(2.5);
    expect(describeUnit('acres')).toEqual({ dimension: 'area', base: 'km2', factor: 0.0040468564224 });
    expect(describeUnit('EUR')).toEqual({ dimension: 'money', base: 'EUR', factor: 1 });
  });

  it('keeps counts of different things apart', () => {
    expect(quantityOf('gpus')).toBe('gpus');
    expect(quantityOf('jobs')).toBe('jobs');
    expect(quantityOf('units', 'Advanced modular reactors ')).toBe('units:advanced modular reactors');
    expect(quantityOf('GW')).toBe('power');
    expect(quantityOf('GBP')).toBe('GBP');
  });

  it('suggests close units for a typo', () => {
    expect(suggestUnits('GPU')[0]).toBe('gpus');
    expect(suggestUnits('gbp')[0]).toBe('GBP');
    expect(suggestUnits('GPB')).toContain('GBP');
    expect(suggestUnits('mw')[0]).toBe('MW');
    expect(suggestUnits('zzzzzz')).toEqual([]);
  });
});
