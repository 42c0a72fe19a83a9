import { describe, expect, it } from 'vitest';
import { normalizeFigureV1 } from './normalize.ts';

describe('normalizeFigureV1', () => {
  const base = { amount: 5, currency: 'GBP', sources: ['source:a'] };
  it.each([
    ['up to', 'up_to'],
    ['About', 'about'],
    ['around', 'about'],
    ['approximately', 'about'],
    ['over', 'at_least'],
    ['more than', 'at_least'],
    ['at least', 'at_least'],
    ['some', 'exact'],
  ])('reads the qualifier "%s" as bound %s, keeping it as the wording', (qualifier, bound) => {
    expect(normalizeFigureV1({ ...base, qualifier })).toEqual({
      amount: 5,
      unit: 'GBP',
      sources: ['source:a'],
      bound,
      wording: qualifier,
    });
  });

  it('turns currency into unit and keeps the rest', () => {
    expect(normalizeFigureV1({ ...base, preferred: true, converted: true, note: 'n' })).toEqual({
      amount: 5,
      unit: 'GBP',
      sources: ['source:a'],
      preferred: true,
      converted: true,
      note: 'n',
    });
  });
});
