import { readFileSync } from 'node:fs';
import { parse, print } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTER_OPERATION } from '../../src/server/sandbox.ts';
import { startSeededGraphQL, TEST_TOKEN, type TestGraphQL } from '../helpers/graphql.ts';
import { testConfig } from '../helpers/neo4j.ts';

const DOC = readFileSync(new URL('../../docs/graphql.md', import.meta.url), 'utf8');
const OPERATIONS = [...DOC.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
const nameOf = (operation: string): string =>
  /(?:query|mutation)\s+(\w+)/.exec(operation)?.[1] ?? '(anonymous)';

type Data = Record<string, unknown>;
const at = (data: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>(
    (value, key) => (value as Record<string | number, unknown> | null | undefined)?.[key],
    data,
  );

/** What each documented operation must show, beyond running without errors. */
const CHECKS: Record<string, (data: Data) => void> = {
  UkUsTechDeal: (d) => {
    expect(at(d, 'node', 'signatories', 'edges', 'length')).toBeGreaterThan(0);
    expect(at(d, 'search', 0, 'node', 'id')).toBe('country:gb');
  },
  SearchInFrench: (d) => {
    expect(at(d, 'uk', 0, 'node', 'id')).toBe('country:gb');
    expect(at(d, 'us', 0, 'node', 'id')).toBe('country:us');
  },
  Country: (d) => expect(at(d, 'node', 'agreements', 'edges', 'length')).toBeGreaterThan(0),
  PersonAndCompany: (d) => {
    expect(at(d, 'person', 'offices', 'edges', 'length')).toBeGreaterThan(0);
    expect(at(d, 'company', 'pledges', 'edges', 'length')).toBeGreaterThan(0);
  },
  SigningEvent: (d) => expect(at(d, 'node', 'participants', 'edges', 'length')).toBeGreaterThan(0),
  DisputedPledge: (d) => {
    expect(at(d, 'node', 'disputed')).toBe(true);
    expect(at(d, 'node', 'disputedUnits')).toEqual(['USD']);
  },
  GpusAndPounds: (d) =>
    expect(at(d, 'node', 'figures')).toContainEqual(
      expect.objectContaining({ unit: 'gpus', amount: 120000 }),
    ),
  PledgeTree: (d) => {
    expect(at(d, 'node', 'parts', 'totalCount')).toBe(3);
    expect(at(d, 'hartlepool', 'joint')).toBe(true);
    expect(at(d, 'visit', 'figures', 'length')).toBeGreaterThan(0);
  },
  Source: (d) => expect(at(d, 'node', 'supports', 'nodes', 'length')).toBeGreaterThan(0),
  EventsInBritain: (d) => expect(at(d, 'events', 'totalCount')).toBeGreaterThan(0),
  LastEvents: (d) => expect(at(d, 'events', 'nodes', 'length')).toBe(3),
  // The seed's import is in the log (and the writes above, which touch the deal, come first).
  WhatChangedTheDeal: (d) => {
    expect(at(d, 'changes', 'totalCount')).toBeGreaterThan(0);
    expect(at(d, 'changes', 'nodes', 0, 'actor')).toEqual(expect.any(String));
  },
  LikelyDuplicates: (d) => expect(Array.isArray(at(d, 'possibleDuplicates'))).toBe(true),
  Filters: (d) => expect(at(d, 'investments', 'nodes', 0, 'currency')).toBe('GBP'),
  BlackRockToKendall: (d) => expect(at(d, 'shortestPath', 'length')).toBeLessThanOrEqual(4),
  AllPaths: (d) => expect(at(d, 'allShortestPaths', 'length')).toBeGreaterThan(0),
  AroundBlackRock: (d) => expect(at(d, 'neighborhood', 'nodes', 'length')).toBeGreaterThan(0),
  WithoutTechnologyTags: (d) => {
    const types = (at(d, 'shortestPath', 'nodes') as { __typename: string }[] | undefined) ?? [];
    expect(types.slice(1, -1).some((n) => n.__typename === 'Technology')).toBe(false);
    expect(at(d, 'neighborhood', 'nodes', 'length')).toBeGreaterThan(0);
  },
  DealAsOf: (d) => {
    expect(at(d, 'node', 'today')).toBe('paused');
    expect(at(d, 'node', 'planned')).toBe('reported');
    expect(at(d, 'node', 'signed')).toBe('signed');
    expect(at(d, 'node', 'knownOnTheFifteenth')).toBe('reported');
    const published = (at(d, 'pledge', 'figures') as { source: { publishedOn: string } }[]).map(
      (f) => f.source.publishedOn,
    );
    expect(published.every((day) => day <= '2025-09-13')).toBe(true);
  },
  DealTimeline: (d) => expect(at(d, 'timeline', 'length')).toBeGreaterThan(3),
  StateVisitWeek: (d) => expect(at(d, 'timeline', 'length')).toBeGreaterThan(3),
  Totals: (d) => {
    expect(at(d, 'byInvestor', 'grandTotals', 0, 'amount')).toBe(171_900_000_000);
    expect(at(d, 'topOfEachTree', 'grandTotals', 0, 'amount')).toBe(201_000_000_000);
    expect(at(d, 'byTechnology', 'groups', 'length')).toBeGreaterThan(0);
  },
  Reports: (d) => {
    expect(at(d, 'reports', 'length')).toBeGreaterThan(0);
    expect(at(d, 'runReport', 'columns', 'length')).toBeGreaterThan(0);
  },
  AddTechnology: (d) => expect(at(d, 'upsertEntity', 'id')).toBe('technology:photonics'),
  LinkTechnology: (d) => expect(at(d, 'upsertRelationship', 'type')).toBe('COVERS'),
  ImportSmallDataset: (d) => expect(at(d, 'importDataset', 'summary', 'nodesCreated')).toBe(1),
};

describe('docs/graphql.md', () => {
  const config = testConfig();
  let driver: Driver;
  let gql: TestGraphQL;

  beforeAll(async () => ({ driver, gql } = await startSeededGraphQL(config)));
  afterAll(async () => {
    await gql.stop();
    await driver.close();
  });

  it('documents every operation it checks, and the Sandbox opens with the first one', () => {
    expect(OPERATIONS.map(nameOf).sort()).toEqual(Object.keys(CHECKS).sort());
    expect(print(parse(STARTER_OPERATION))).toBe(print(parse(OPERATIONS[0] ?? '')));
  });

  // In document order: the mutations build on each other (the technology, then its link).
  for (const operation of OPERATIONS) {
    const name = nameOf(operation);
    it(`runs ${name}`, async () => {
      const options = operation.trimStart().startsWith('mutation') ? { token: TEST_TOKEN } : {};
      const result = await gql.execute(operation, {}, options);
      expect(result.errors).toBeUndefined();
      CHECKS[name]?.(result.data ?? {});
    });
  }
});
