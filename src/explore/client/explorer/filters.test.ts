import { describe, expect, it } from 'vitest';
import { isNodeVisible, NO_FILTERS } from './filters.ts';

const event = { entityType: 'Event', startDate: '2025-09-18', statusDates: ['2025-09-14'] };
const country = { entityType: 'Country', startDate: null, statusDates: [] };

describe('isNodeVisible', () => {
  it('shows everything without filters', () => {
    expect(isNodeVisible(event, NO_FILTERS)).toBe(true);
  });

  it('hides a hidden type', () => {
    expect(isNodeVisible(event, { ...NO_FILTERS, hiddenTypes: new Set(['Event']) })).toBe(false);
  });

  it('keeps a dated node with one date in range, inclusive', () => {
    expect(isNodeVisible(event, { ...NO_FILTERS, from: '2025-09-18', to: '2025-09-18' })).toBe(true);
    expect(isNodeVisible(event, { ...NO_FILTERS, to: '2025-09-14' })).toBe(true);
  });

  it('hides a dated node with no date in range, never an undated one', () => {
    const range = { ...NO_FILTERS, from: '2026-01-01' };
    expect(isNodeVisible(event, range)).toBe(false);
    expect(isNodeVisible(country, range)).toBe(true);
  });
});
