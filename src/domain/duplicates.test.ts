import { describe, expect, it } from 'vitest';
import {
  compactKey,
  coreTokens,
  type DuplicateSubject,
  findDuplicatePairs,
  foldName,
  isNearSpelling,
  nameKey,
  scorePair,
} from './duplicates.ts';

const org = (id: string, name: string, extra: Partial<DuplicateSubject> = {}): DuplicateSubject => ({
  id,
  label: 'Organization',
  name,
  ...extra,
});

describe('name normalisation', () => {
  it('folds case, accents and ligatures as the full-text index does', () => {
    expect(foldName('États-Unis')).toBe('etats-unis');
    expect(foldName('Straße Œuvre')).toBe('strasse oeuvre');
    expect(nameKey('Royaume-Uni')).toBe(nameKey('royaume uni'));
  });

  it('sets legal forms aside, and runs the words together', () => {
    expect(coreTokens('Nvidia Corp.')).toEqual(['nvidia']);
    expect(coreTokens('The Group')).toEqual(['the', 'group']);
    expect(compactKey('Black Rock Inc')).toBe(compactKey('BlackRock'));
  });

  it('tells a misspelling from another word', () => {
    expect(isNearSpelling('Nvidai Corporation', 'NVIDIA')).toBe(true);
    expect(isNearSpelling('Department of Commerce', 'Department of Energy')).toBe(false);
  });
});

describe('scorePair', () => {
  it('finds "Nvidia Corp." to be NVIDIA, and says why', () => {
    const pair = scorePair(
      org('org:nvidia', 'NVIDIA', { aliases: ['Nvidia'] }),
      org('org:nvidia-corp', 'Nvidia Corp.'),
    );
    expect(pair?.score).toBeGreaterThanOrEqual(0.9);
    expect(pair?.reasons.map((r) => r.code)).toContain('same_core_name');
  });

  it('matches a French name with an English alias across languages', () => {
    const pair = scorePair(
      org('org:un', 'United Nations', { label: 'Organization' }),
      org('org:onu', 'Organisation des Nations unies', { aliases: ['United Nations', 'ONU'] }),
    );
    expect(pair?.reasons.map((r) => r.code)).toContain('name_is_alias');
    expect(pair?.score).toBeGreaterThanOrEqual(0.9);
  });

  it('counts a shared website, and never pairs two types or an entity with itself', () => {
    const a = org('org:a', 'Alpha Labs', { website: 'https://www.alpha.example/about' });
    const b = org('org:b', 'Alpha Research', { website: 'http://alpha.example' });
    expect(scorePair(a, b)?.reasons.map((r) => r.code)).toContain('same_website');
    expect(scorePair(a, { ...b, label: 'Person' })).toBeNull();
    expect(scorePair(a, a)).toBeNull();
  });

  it('counts a shared country only beside a likeness of names', () => {
    const us = { countries: ['country:us'] };
    const named = scorePair(org('org:nvidia', 'NVIDIA', us), org('org:nvidia-corp', 'Nvidia Corp.', us));
    expect(named?.reasons.map((r) => r.code)).toEqual(['same_core_name', 'same_country']);
    const unnamed = scorePair(org('org:google', 'Google', us), org('org:apple', 'Apple', us));
    expect(unnamed === null || unnamed.score < 0.7).toBe(true);
  });

  it('leaves different departments of one government apart', () => {
    const pair = scorePair(
      org('org:doc', 'United States Department of Commerce'),
      org('org:doe', 'United States Department of Energy'),
    );
    expect(pair === null || pair.score < 0.7).toBe(true);
  });
});

describe('findDuplicatePairs', () => {
  it('blocks by name keys and lists the best pairs first', () => {
    const subjects = [
      org('org:nvidia', 'NVIDIA'),
      org('org:nvidia-corp', 'Nvidia Corp.'),
      org('org:nvidai', 'Nvidai'),
      org('org:blackrock', 'BlackRock'),
      org('org:google', 'Google'),
    ];
    const { pairs, compared } = findDuplicatePairs(subjects, { minScore: 0.7, first: 10 });
    expect(pairs[0]).toMatchObject({ a: { id: 'org:nvidia' }, b: { id: 'org:nvidia-corp' } });
    expect(pairs.map((p) => [p.a.id, p.b.id])).toContainEqual(['org:nvidai', 'org:nvidia']);
    expect(pairs.some((p) => p.a.id === 'org:blackrock' || p.b.id === 'org:google')).toBe(false);
    expect(compared).toBeLessThan(10);
  });
});
