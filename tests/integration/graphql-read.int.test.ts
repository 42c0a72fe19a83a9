import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_ARRAYS } from '../../src/domain/model.ts';
import { startSeededGraphQL, type TestGraphQL } from '../helpers/graphql.ts';
import { testConfig } from '../helpers/neo4j.ts';

type Hit = { score: number; node: { id: string; name: string } };
type Page = {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  nodes: { id: string }[];
};

const seed = JSON.parse(
  readFileSync(new URL('../../seed/uk-us-2025.json', import.meta.url), 'utf8'),
) as Record<string, { id: string }[]>;
const firstIdOf = (array: string): string => seed[array]?.[0]?.id ?? '';

describe('the GraphQL read API', () => {
  const config = testConfig();
  let driver: Driver;
  let gql: TestGraphQL;

  beforeAll(async () => ({ driver, gql } = await startSeededGraphQL(config)));
  afterAll(async () => {
    await gql.stop();
    await driver.close();
  });

  describe('search', () => {
    const SEARCH = 'query($text: String!) { search(text: $text, first: 5) { score node { id name } } }';

    it('finds the United Kingdom first by its French name', async () => {
      const result = await gql.execute<{ search: Hit[] }>(SEARCH, { text: 'Royaume-Uni' });
      expect(result.errors).toBeUndefined();
      expect(result.data?.search[0]?.node.id).toBe('country:gb');
    });

    it('finds the United States first without the accent', async () => {
      const result = await gql.execute<{ search: Hit[] }>(SEARCH, { text: 'Etats-Unis' });
      expect(result.errors).toBeUndefined();
      expect(result.data?.search[0]?.node.id).toBe('country:us');
    });

    it('treats Lucene syntax as plain words', async () => {
      const result = await gql.execute<{ search: Hit[] }>(SEARCH, { text: 'AND OR (NOT "* ~:' });
      expect(result.errors).toBeUndefined();
    });

    it('filters by type', async () => {
      const result = await gql.execute<{ search: Hit[] }>(
        'query { search(text: "BlackRock", types: [Investment]) { node { id __typename } } }',
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.search.every((h) => h.node.id.startsWith('investment:'))).toBe(true);
    });
  });

  describe('shortestPath', () => {
    it('connects BlackRock to Liz Kendall in at most 4 hops, every step sourced', async () => {
      const result = await gql.execute<{
        shortestPath: {
          length: number;
          nodes: { id: string }[];
          relationships: {
            type: string;
            direction: string;
            properties: unknown;
            sources: { id: string }[];
          }[];
        };
      }>(`query {
        shortestPath(fromId: "org:blackrock", toId: "person:liz-kendall", maxHops: 4) {
          length
          nodes { id name }
          relationships { type direction properties from { id } to { id } sources { id url } }
        }
      }`);
      expect(result.errors).toBeUndefined();
      const path = result.data?.shortestPath;
      expect(path).toBeTruthy();
      expect(path?.length).toBeLessThanOrEqual(4);
      expect(path?.nodes[0]?.id).toBe('org:blackrock');
      expect(path?.nodes.at(-1)?.id).toBe('person:liz-kendall');
      expect(path?.relationships).toHaveLength(path?.length ?? -1);
      for (const step of path?.relationships ?? []) expect(step.sources.length).toBeGreaterThan(0);
    });
  });

  describe('node', () => {
    for (const [type, array] of Object.entries(DATASET_ARRAYS)) {
      it(`returns a ${type} by id with its sources`, async () => {
        const id = firstIdOf(array);
        const result = await gql.execute<{ node: { __typename: string; id: string; sources: unknown[] } }>(
          'query($id: ID!) { node(id: $id) { __typename id name aliases sources { id url } } }',
          { id },
        );
        expect(result.errors).toBeUndefined();
        expect(result.data?.node).toMatchObject({ __typename: type, id });
        if (type !== 'Source') expect(result.data?.node.sources.length).toBeGreaterThan(0);
      });
    }

    it('hands out both ends of a status report whole, whatever the query selected on the entity', async () => {
      const result = await gql.execute<{
        node: {
          statusHistory: { claim: { id: string; kind: string | null }; source: { publisher: string } }[];
        };
        full: { kind: string };
      }>(`{
        node(id: "agreement:uk-us-technology-prosperity-deal-2025") {
          ... on Agreement { statusHistory { claim { id ... on Agreement { kind } } source { publisher } } }
        }
        full: node(id: "agreement:uk-us-technology-prosperity-deal-2025") { ... on Agreement { kind } }
      }`);
      expect(result.errors).toBeUndefined();
      const history = result.data?.node.statusHistory ?? [];
      expect(history.length).toBeGreaterThan(0);
      expect(result.data?.full.kind).toBeTruthy();
      for (const report of history) {
        expect(report.claim.kind).toBe(result.data?.full.kind);
        expect(report.source.publisher).toBeTruthy();
      }
    });

    it('shows a partnership from both ends, each with its direction', async () => {
      const PARTNERS = `query($id: ID!) { node(id: $id) { ... on Organization { partners { edges { on direction node { id } sources { id } } } } } }`;
      type Partners = {
        node: {
          partners: { edges: { on: string; direction: string; node: { id: string }; sources: unknown[] }[] };
        };
      };
      const from = await gql.execute<Partners>(PARTNERS, { id: 'org:us-caisi' });
      const to = await gql.execute<Partners>(PARTNERS, { id: 'org:uk-ai-security-institute' });
      const on = 'AI security (Technology Prosperity Deal mechanism)';
      expect(from.data?.node.partners.edges).toContainEqual(
        expect.objectContaining({ on, direction: 'OUTGOING', node: { id: 'org:uk-ai-security-institute' } }),
      );
      expect(to.data?.node.partners.edges).toContainEqual(
        expect.objectContaining({ on, direction: 'INCOMING', node: { id: 'org:us-caisi' } }),
      );
    });

    it('returns null for an unknown id', async () => {
      const result = await gql.execute('{ node(id: "country:zz") { id } }');
      expect(result).toEqual({ data: { node: null } });
    });

    it('shows a disputed investment with every figure and its source', async () => {
      const result = await gql.execute<{
        node: {
          amount: number;
          currency: string;
          disputed: boolean;
          figures: { amount: number; preferred: boolean; source: { id: string } }[];
        };
      }>(`{ node(id: "investment:blackrock-uk-data-centres") {
        ... on Investment { amount currency disputed status figures { amount currency preferred converted attributedTo source { id } }
          statusHistory { status date source { id } } investors { edges { node { id } sources { id } } } } } }`);
      expect(result.errors).toBeUndefined();
      const investment = result.data?.node;
      expect(investment).toMatchObject({ amount: 500000000, currency: 'GBP', disputed: true });
      expect(investment?.figures[0]?.preferred).toBe(true);
      expect(investment?.figures.length).toBeGreaterThanOrEqual(3);
    });
  });

  describe('lists', () => {
    const EVENTS = `query($first: Int, $after: String, $last: Int, $before: String) {
      events(first: $first, after: $after, last: $last, before: $before) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id }
      }
    }`;

    it('pages forwards then backwards over the same items, with totalCount', async () => {
      const all = await gql.execute<{ events: Page }>(EVENTS, { first: 100 });
      const ids = all.data?.events.nodes.map((n) => n.id) ?? [];
      expect(ids.length).toBe(all.data?.events.totalCount);
      expect(ids.length).toBeGreaterThan(5);

      const page1 = await gql.execute<{ events: Page }>(EVENTS, { first: 3 });
      const page2 = await gql.execute<{ events: Page }>(EVENTS, {
        first: 3,
        after: page1.data?.events.pageInfo.endCursor,
      });
      expect(page1.data?.events.nodes.map((n) => n.id)).toEqual(ids.slice(0, 3));
      expect(page2.data?.events.nodes.map((n) => n.id)).toEqual(ids.slice(3, 6));
      expect(page2.data?.events.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
      expect(page2.data?.events.totalCount).toBe(ids.length);

      const back = await gql.execute<{ events: Page }>(EVENTS, {
        last: 3,
        before: page2.data?.events.pageInfo.startCursor,
      });
      expect(back.data?.events.nodes.map((n) => n.id)).toEqual(ids.slice(0, 3));
      expect(back.data?.events.pageInfo.hasPreviousPage).toBe(false);

      const tail = await gql.execute<{ events: Page }>(EVENTS, { last: 2 });
      expect(tail.data?.events.nodes.map((n) => n.id)).toEqual(ids.slice(-2));
      expect(tail.data?.events.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

      // Past the last item: no nodes, and still the total and a way back.
      const past = await gql.execute<{ events: Page }>(EVENTS, {
        first: 3,
        after: all.data?.events.pageInfo.endCursor,
      });
      expect(past.errors).toBeUndefined();
      expect(past.data?.events).toMatchObject({
        totalCount: ids.length,
        nodes: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
      });
    });

    it('pages by start date both ways, an event without a date (written over Bolt) included once', async () => {
      const SORTED = `query($sort: EventSort, $first: Int, $after: String, $last: Int, $before: String,
          $filter: EventFilter) {
        events(sort: $sort, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id startDate }
        }
      }`;
      type Sorted = { events: Omit<Page, 'nodes'> & { nodes: { id: string; startDate: string | null }[] } };
      const walk = async (sort: string, backward: boolean, filter?: object): Promise<string[]> => {
        const ids: string[] = [];
        let cursor: string | null | undefined = null;
        for (let guard = 0; guard < 100; guard += 1) {
          const page: { data?: Sorted | null; errors?: unknown } = await gql.execute<Sorted>(
            SORTED,
            backward ? { sort, filter, last: 2, before: cursor } : { sort, filter, first: 2, after: cursor },
          );
          expect(page.errors).toBeUndefined();
          const events = page.data?.events;
          const found = events?.nodes.map((n) => n.id) ?? [];
          if (backward) ids.unshift(...found);
          else ids.push(...found);
          const more = backward ? events?.pageInfo.hasPreviousPage : events?.pageInfo.hasNextPage;
          if (!more) break;
          cursor = backward ? events?.pageInfo.startCursor : events?.pageInfo.endCursor;
        }
        return ids;
      };
      await driver.executeQuery("CREATE (:Entity:Event {id: 'event:undated', name: 'Undated meeting'})");
      try {
        for (const sort of ['START_DATE_ASC', 'START_DATE_DESC']) {
          const all = await gql.execute<Sorted>(SORTED, { sort, first: 100 });
          const nodes = all.data?.events.nodes ?? [];
          const ids = nodes.map((n) => n.id);
          // Neo4j's order: a missing date after every date going up, before them going down.
          expect(ids.at(sort === 'START_DATE_ASC' ? -1 : 0)).toBe('event:undated');
          const dates = nodes.flatMap((n) => (n.startDate ? [n.startDate] : []));
          const sortedDates = [...dates].sort();
          expect(dates).toEqual(sort === 'START_DATE_ASC' ? sortedDates : sortedDates.reverse());
          expect(await walk(sort, false)).toEqual(ids);
          expect(await walk(sort, true)).toEqual(ids);
          // Pages that start or end at the undated event: its cursor carries no date.
          const at = ids.indexOf('event:undated');
          const cursorOf = async (index: number) =>
            (await gql.execute<Sorted>(SORTED, { sort, first: index + 1 })).data?.events.pageInfo.endCursor;
          const undated = await cursorOf(at);
          const after = await gql.execute<Sorted>(SORTED, { sort, first: 2, after: undated });
          const before = await gql.execute<Sorted>(SORTED, { sort, last: 2, before: undated });
          expect(after.data?.events.nodes.map((n) => n.id)).toEqual(ids.slice(at + 1, at + 3));
          expect(before.data?.events.nodes.map((n) => n.id)).toEqual(ids.slice(Math.max(0, at - 2), at));
          // In a date range (whose cursors also bound the index seek): the same order, without the
          // undated event and the events outside it.
          const range = { from: '2025-09-17', to: '2025-09-18' };
          const inRange = nodes
            .filter((n) => n.startDate !== null && n.startDate >= range.from && n.startDate <= range.to)
            .map((n) => n.id);
          expect(inRange.length).toBeGreaterThan(2);
          expect(inRange.length).toBeLessThan(dates.length);
          expect(await walk(sort, false, range)).toEqual(inRange);
          expect(await walk(sort, true, range)).toEqual(inRange);
        }
      } finally {
        await driver.executeQuery("MATCH (n:Event {id: 'event:undated'}) DETACH DELETE n");
      }
    });

    it('rejects a cursor of another sort order with BAD_USER_INPUT', async () => {
      const names = await gql.execute<{ events: Page }>(
        '{ events(sort: NAME_ASC, first: 1) { pageInfo { endCursor } } }',
      );
      const result = await gql.execute(
        'query($after: String) { events(sort: START_DATE_ASC, after: $after) { nodes { id } } }',
        {
          after: names.data?.events.pageInfo.endCursor,
        },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/^after: /);
    });

    it('rejects first: 100000 with BAD_USER_INPUT', async () => {
      const result = await gql.execute(EVENTS, { first: 100000 });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.data?.events ?? null).toBeNull();
    });

    it('filters by date range, country and status', async () => {
      const result = await gql.execute<{
        events: Page;
        agreements: Page;
        investments: Page;
        organizations: Page;
      }>(`{
        events(filter: { from: "2025-09-16", to: "2025-09-18", country: "country:gb" }, first: 50) { totalCount nodes { id } }
        agreements(filter: { statuses: [paused], technology: "technology:artificial-intelligence" }) { totalCount nodes { id } }
        investments(filter: { currency: "GBP", minAmount: 1000000000 }, sort: AMOUNT_DESC) { totalCount nodes { id } }
        organizations(filter: { kinds: [company, investment_firm], text: "black" }) { totalCount nodes { id } }
      }`);
      expect(result.errors).toBeUndefined();
      expect(result.data?.events.totalCount).toBeGreaterThan(0);
      expect(result.data?.agreements.nodes.map((n) => n.id)).toContain(
        'agreement:uk-us-technology-prosperity-deal-2025',
      );
      expect(result.data?.investments.nodes[0]?.id).toBe('investment:us-investment-package-150bn');
      expect(result.data?.organizations.nodes.map((n) => n.id)).toContain('org:blackrock');
    });
  });

  describe('investmentTotals', () => {
    it('sums preferred amounts per investor, largest first', async () => {
      const result = await gql.execute<{
        investmentTotals: {
          group: { id: string; name: string };
          count: number;
          totals: { currency: string; amount: number }[];
        }[];
      }>(
        '{ investmentTotals(groupBy: INVESTOR, currency: "GBP", sort: TOTAL_DESC) { group { id name } count totals { currency amount count } } }',
      );
      expect(result.errors).toBeUndefined();
      const amounts = result.data?.investmentTotals.map((g) => g.totals[0]?.amount ?? 0) ?? [];
      expect(amounts.length).toBeGreaterThan(1);
      expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
      const blackrock = result.data?.investmentTotals.find((g) => g.group.id === 'org:blackrock');
      expect(blackrock?.totals).toEqual([{ currency: 'GBP', amount: 500000000, count: 1 }]);
    });

    // The version 2 seed says which pledges sum others with INCLUDED_IN, not the version 1 `aggregate`
    // flag this resolver still reads: until investmentTotals follows the totals rules of
    // docs/data-model.md (issue 15, GraphQL side), it would count the £31bn and £150bn with their parts.
    it.skip('leaves aggregates out, so the UK total adds each single pledge once', async () => {
      const investments = seed.investments as unknown as {
        id: string;
        aggregate?: boolean;
        figures?: { amount: number; currency: string; preferred?: boolean }[];
      }[];
      const targetsGb = new Set(
        (seed.relationships as unknown as { type: string; from: string; to: string }[])
          .filter((r) => r.type === 'TARGETS' && r.to === 'country:gb')
          .map((r) => r.from),
      );
      const expected = investments
        .filter((i) => targetsGb.has(i.id) && i.aggregate !== true)
        .flatMap((i) => i.figures?.filter((f) => f.preferred && f.currency === 'GBP') ?? [])
        .reduce((sum, f) => sum + f.amount, 0);
      const result = await gql.execute<{
        investmentTotals: { group: { id: string }; totals: { amount: number }[] }[];
        node: { aggregate: boolean };
      }>(
        `{ investmentTotals(groupBy: TARGET_COUNTRY, currency: "GBP") { group { id } totals { amount } }
           node(id: "investment:us-investment-package-150bn") { ... on Investment { aggregate } } }`,
      );
      expect(result.errors).toBeUndefined();
      const gb = result.data?.investmentTotals.find((g) => g.group.id === 'country:gb');
      expect(gb?.totals[0]?.amount).toBe(expected);
      expect(investments.some((i) => i.aggregate === true && targetsGb.has(i.id))).toBe(true);
      expect(result.data?.node.aggregate).toBe(true);
    });

    it('answers one currency with the same sums as the all-currency totals, in every sort', async () => {
      type Totals = {
        investmentTotals: {
          group: { id: string; name: string };
          count: number;
          totals: { currency: string; amount: number; count: number }[];
        }[];
      };
      const all = await gql.execute<Totals>(
        '{ investmentTotals(groupBy: INVESTOR, sort: NAME, first: 100) { group { id name } count totals { currency amount count } } }',
      );
      expect(all.errors).toBeUndefined();
      const expected = (all.data?.investmentTotals ?? []).flatMap(({ group, totals }) =>
        totals.filter((t) => t.currency === 'USD').map((t) => ({ group, count: t.count, totals: [t] })),
      );
      expect(expected.length).toBeGreaterThan(1);
      for (const sort of ['NAME', 'TOTAL_DESC', 'TOTAL_ASC']) {
        const one = await gql.execute<Totals>(
          `{ investmentTotals(groupBy: INVESTOR, currency: "USD", sort: ${sort}, first: 100) { group { id name } count totals { currency amount count } } }`,
        );
        expect(one.errors).toBeUndefined();
        const groups = one.data?.investmentTotals ?? [];
        expect(groups.map((g) => g.group.id).sort()).toEqual(expected.map((g) => g.group.id).sort());
        expect([...groups].sort((a, b) => a.group.id.localeCompare(b.group.id))).toEqual(
          [...expected].sort((a, b) => a.group.id.localeCompare(b.group.id)),
        );
        if (sort === 'NAME') expect(groups.map((g) => g.group.id)).toEqual(expected.map((g) => g.group.id));
        const amounts = groups.map((g) => g.totals[0]!.amount);
        if (sort === 'TOTAL_DESC') expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
        if (sort === 'TOTAL_ASC') expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
      }
    });

    it('sorts ascending and groups by technology, target country and event', async () => {
      for (const groupBy of ['TECHNOLOGY', 'TARGET_COUNTRY', 'EVENT']) {
        const result = await gql.execute<{ investmentTotals: { totals: { amount: number }[] }[] }>(
          `{ investmentTotals(groupBy: ${groupBy}, sort: TOTAL_ASC) { group { id } totals { currency amount count } } }`,
        );
        expect(result.errors).toBeUndefined();
        const ranks =
          result.data?.investmentTotals.map((g) => Math.max(...g.totals.map((t) => t.amount))) ?? [];
        expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
      }
    });
  });

  describe('timeline', () => {
    it("lists an agreement's events and status changes in date order", async () => {
      const result = await gql.execute<{ timeline: { date: string; kind: string; status: string | null }[] }>(
        '{ timeline(agreementId: "agreement:uk-us-technology-prosperity-deal-2025") { date kind title status source { id } event { id } } }',
      );
      expect(result.errors).toBeUndefined();
      const entries = result.data?.timeline ?? [];
      const dates = entries.map((e) => e.date);
      expect([...dates].sort()).toEqual(dates);
      expect(entries.filter((e) => e.kind === 'STATUS_CHANGE').map((e) => e.status)).toEqual(
        expect.arrayContaining(['reported', 'signed', 'paused']),
      );
      expect(entries.some((e) => e.kind === 'EVENT')).toBe(true);
    });

    it('covers the whole graph between two dates', async () => {
      const result = await gql.execute<{ timeline: { date: string }[] }>(
        '{ timeline(from: "2025-09-16", to: "2025-09-18", first: 100) { date kind title } }',
      );
      expect(result.errors).toBeUndefined();
      const dates = result.data?.timeline.map((e) => e.date) ?? [];
      expect(dates.length).toBeGreaterThan(5);
      expect(dates.every((d) => d >= '2025-09-16' && d <= '2025-09-18')).toBe(true);
      expect([...dates].sort()).toEqual(dates);
    });
  });

  describe('neighborhood and all shortest paths', () => {
    it('explores outward from a node', async () => {
      const result = await gql.execute<{
        neighborhood: { center: { id: string }; nodes: { distance: number }[]; relationships: unknown[] };
      }>(
        '{ neighborhood(id: "org:blackrock", depth: 2, first: 30) { center { id } nodes { distance node { id name } } relationships { type from { id } to { id } sources { id } } } }',
      );
      expect(result.errors).toBeUndefined();
      const hood = result.data?.neighborhood;
      expect(hood?.center.id).toBe('org:blackrock');
      expect(hood?.nodes.length).toBeGreaterThan(0);
      const distances = hood?.nodes.map((n) => n.distance) ?? [];
      expect([...distances].sort()).toEqual(distances);
      expect(hood?.relationships.length).toBeGreaterThan(0);
    });

    it('gives relationship ends the fields selected on them, not only those selected on the nodes', async () => {
      type Hood = {
        neighborhood: {
          nodes: { node: { id: string; name?: string } }[];
          relationships: {
            from: { id: string; name: string; kind?: string | null };
            sources: { url: string }[];
          }[];
        };
      };
      const result = await gql.execute<Hood>(`{
        neighborhood(id: "org:blackrock", depth: 1, first: 30) {
          nodes { node { id } }
          relationships { from { id name ... on Organization { kind } } sources { url } }
        }
      }`);
      const full = await gql.execute<{ node: { kind: string } }>(
        '{ node(id: "org:blackrock") { ... on Organization { kind } } }',
      );
      expect(result.errors).toBeUndefined();
      const relationships = result.data?.neighborhood.relationships ?? [];
      expect(relationships.length).toBeGreaterThan(0);
      for (const rel of relationships) {
        expect(rel.from.name).toBeTruthy();
        expect(rel.sources.every((source) => typeof source.url === 'string' && source.url.length > 0)).toBe(
          true,
        );
      }
      const fromBlackRock = relationships.find((rel) => rel.from.id === 'org:blackrock');
      expect(fromBlackRock?.from.kind).toBe(full.data?.node.kind);
    });

    it('returns every shortest path when asked', async () => {
      const result = await gql.execute<{ allShortestPaths: { length: number }[] }>(
        '{ allShortestPaths(fromId: "org:blackrock", toId: "person:liz-kendall", maxHops: 4) { length nodes { id } } }',
      );
      expect(result.errors).toBeUndefined();
      const lengths = result.data?.allShortestPaths.map((p) => p.length) ?? [];
      expect(lengths.length).toBeGreaterThan(0);
      expect(new Set(lengths).size).toBe(1);
    });
  });
});
