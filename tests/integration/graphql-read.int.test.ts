import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOMAIN_TYPES } from '../../src/cypher/graph.ts';
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

    it('shows a disputed investment with every figure, its unit, bound and source', async () => {
      type Figure = {
        amount: number;
        unit: string;
        bound: string;
        preferred: boolean;
        source: { id: string };
      };
      const FIGURES = (id: string) => `{ node(id: "${id}") {
        ... on Investment { amount currency unit bound disputed disputedUnits status
          figures { amount unit currency bound wording preferred converted attributedTo source { id } }
          statusHistory { status date source { id } } investors { edges { node { id } sources { id } } } } } }`;
      type Result = {
        node: {
          amount: number;
          currency: string;
          disputed: boolean;
          disputedUnits: string[];
          figures: Figure[];
        };
      };
      // NVIDIA's investment in Nscale: $700m and $670m from two sources, which no bound reconciles.
      const disputed = await gql.execute<Result>(FIGURES('investment:nvidia-nscale'));
      expect(disputed.errors).toBeUndefined();
      expect(disputed.data?.node).toMatchObject({ disputed: true, disputedUnits: ['USD'] });
      expect(disputed.data?.node.figures[0]?.preferred).toBe(true);
      // BlackRock's "up to £500m" and "£500m" agree, and "about $678m" fits $700m: no dispute.
      const agreed = await gql.execute<Result>(FIGURES('investment:blackrock-uk-data-centres'));
      expect(agreed.data?.node).toMatchObject({
        amount: 500000000,
        currency: 'GBP',
        disputed: false,
        disputedUnits: [],
      });
      expect(agreed.data?.node.figures.map((f) => [f.unit, f.bound])).toEqual(
        expect.arrayContaining([
          ['GBP', 'up_to'],
          ['USD', 'about'],
        ]),
      );
    });

    it('gives figures in units other than money, with what they count and their period', async () => {
      const result = await gql.execute<{
        node: {
          unit: string;
          figures: {
            amount: number;
            unit: string;
            currency: string | null;
            item: string | null;
            dimension: string;
          }[];
        };
      }>(`{ node(id: "investment:nvidia-uk-ai-infrastructure") { ... on Investment {
        unit figures { amount unit currency item dimension bound period { from to years } } } } }`);
      expect(result.errors).toBeUndefined();
      expect(result.data?.node.figures).toContainEqual(
        expect.objectContaining({
          amount: 120000,
          unit: 'gpus',
          currency: null,
          item: 'NVIDIA Blackwell',
          dimension: 'count',
        }),
      );
    });

    it('shows a pledge tree: parts, the pledge they are included in, the agreement it falls under', async () => {
      const result = await gql.execute<{
        node: {
          parts: { totalCount: number; nodes: { id: string; includedIn: { nodes: { id: string }[] } }[] };
          madeUnder: { nodes: { id: string }[] };
        };
      }>(`{ node(id: "investment:us-tech-firms-combined-pledges") { ... on Investment {
        parts { totalCount nodes { id includedIn { nodes { id } } } }
        madeUnder { nodes { id } } } } }`);
      expect(result.errors).toBeUndefined();
      const parts = result.data!.node.parts;
      expect(parts.totalCount).toBe(5);
      expect(parts.nodes.map((p) => p.id)).toContain('investment:microsoft-uk-2025-2028');
      expect(
        parts.nodes.every((p) =>
          p.includedIn.nodes.some((n) => n.id === 'investment:us-tech-firms-combined-pledges'),
        ),
      ).toBe(true);
      expect(result.data!.node.madeUnder.nodes).toEqual([
        { id: 'agreement:uk-us-technology-prosperity-deal-2025' },
      ]);
    });

    it('tells a joint pledge', async () => {
      const result = await gql.execute<{ joint: { joint: boolean }; single: { joint: boolean } }>(
        `{ joint: node(id: "investment:x-energy-centrica-hartlepool") { ... on Investment { joint } }
           single: node(id: "investment:blackrock-uk-data-centres") { ... on Investment { joint } } }`,
      );
      expect(result.data).toEqual({ joint: { joint: true }, single: { joint: false } });
    });
  });

  describe('as of a day', () => {
    it("gives the deal's status as its sources reported it for a day, and as known by a day", async () => {
      const result = await gql.execute<{ node: Record<string, string | null> }>(`{
        node(id: "agreement:uk-us-technology-prosperity-deal-2025") { ... on Agreement {
          now: status
          planned: status(asOf: "2025-09-15")
          signed: status(asOf: "2025-10-01")
          knownBefore: status(asOf: "2025-10-01", knownAsOf: "2025-09-15")
          early: statusHistory(knownAsOf: "2025-09-15") { status date }
        } } }`);
      expect(result.errors).toBeUndefined();
      const deal = result.data!.node;
      expect(deal).toMatchObject({
        now: 'paused',
        planned: 'reported',
        signed: 'signed',
        knownBefore: 'reported',
      });
      expect((deal.early as unknown as { status: string }[]).every((r) => r.status === 'reported')).toBe(
        true,
      );
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
    type Total = { unit: string; amount: number; amountMax: number | null; bound: string; count: number };
    type Totals = {
      investmentTotals: {
        level: string;
        grandTotals: Total[];
        groups: {
          kind: string;
          label: string;
          group: { id: string } | null;
          members: { id: string }[];
          totals: Total[];
          count: number;
        }[];
        leftOut: { investment: { id: string }; reason: string }[];
      };
    };
    const TOTALS = (args: string) => `{ investmentTotals(${args}) {
      level grandTotals { unit amount amountMax bound count }
      groups { kind label group { id } members { id } totals { unit amount amountMax bound count } count }
      leftOut { investment { id } reason }
    } }`;

    it('counts each pledge once, by the leaves of its tree, and says what it left out and why', async () => {
      const result = await gql.execute<Totals>(TOTALS('groupBy: INVESTOR, unit: "GBP"'));
      expect(result.errors).toBeUndefined();
      const totals = result.data!.investmentTotals;
      // The seed's GBP leaves (docs/data-model.md): 0.5 + 10 + 90 + 1.5 + 5 + 22 + 30 + 0.5 + 11 + 1.4 =
      // £171.9bn, "up to" because two of the figures are.
      expect(totals.grandTotals).toEqual([
        { unit: 'GBP', amount: 171_900_000_000, amountMax: null, bound: 'up_to', count: 10 },
      ]);
      // Each pledge in exactly one group: the groups add up to the grand total.
      const sum = totals.groups.reduce((n, g) => n + (g.totals[0]?.amount ?? 0), 0);
      expect(sum).toBeCloseTo(171_900_000_000, -3);
      const amounts = totals.groups.map((g) => g.totals[0]?.amount ?? 0);
      expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
      expect(totals.groups[0]).toMatchObject({ label: 'Blackstone', group: { id: 'org:blackstone' } });
      expect(totals.groups.find((g) => g.kind === 'NONE')).toMatchObject({
        label: '(no investor named)',
        totals: [expect.objectContaining({ amount: 30_000_000_000, bound: 'up_to' })],
      });
      expect(totals.leftOut).toContainEqual({
        investment: { id: 'investment:us-investment-package-150bn' },
        reason: 'broken down into 3 pledges, counted through them',
      });
      expect(totals.leftOut).toContainEqual({
        investment: { id: 'investment:openai-stargate-uk' },
        reason: 'no figure in GBP (has gpus)',
      });
    });

    it('counts the top of each tree instead, never a pledge and its parts', async () => {
      const result = await gql.execute<Totals>(TOTALS('groupBy: TARGET_COUNTRY, unit: "GBP", level: TOP'));
      expect(result.errors).toBeUndefined();
      const totals = result.data!.investmentTotals;
      // The £150bn package + £10bn + up to £30bn + up to £11bn (docs/data-model.md).
      expect(totals.grandTotals[0]).toMatchObject({ amount: 201_000_000_000, bound: 'up_to' });
      expect(totals.leftOut).toContainEqual({
        investment: { id: 'investment:microsoft-uk-2025-2028' },
        reason: 'included in investment:us-investment-package-150bn, counted there',
      });
    });

    it('forms a group of its own for a joint pledge, and adds power in megawatts apart from money', async () => {
      const result = await gql.execute<Totals>(TOTALS('groupBy: INVESTOR'));
      expect(result.errors).toBeUndefined();
      const totals = result.data!.investmentTotals;
      const joint = totals.groups.find((g) => g.kind === 'JOINT');
      expect(joint?.members.map((m) => m.id).sort()).toEqual(['org:centrica', 'org:x-energy']);
      expect(joint?.label).toMatch(/^joint: /);
      const units = totals.grandTotals.map((t) => t.unit);
      expect(units).toEqual(expect.arrayContaining(['GBP', 'USD', 'gpus', 'MW']));
      expect(new Set(units).size).toBe(units.length);
    });

    it('gives the same totals as the reports that follow the same rules', async () => {
      for (const level of ['leaves', 'top']) {
        const report = await gql.execute<{ runReport: { rows: Record<string, unknown>[] } }>(
          `{ runReport(name: "pledges-by-investor", params: { unit: "GBP", level: "${level}", limit: 1000 }) { rows } }`,
        );
        expect(report.errors).toBeUndefined();
        const rows = report.data!.runReport.rows;
        const api = await gql.execute<Totals>(
          TOTALS(`groupBy: INVESTOR, unit: "GBP", level: ${level.toUpperCase()}, first: 100`),
        );
        const all = rows.find((row) => row.investor === null && row.investorName === 'All investors');
        expect(api.data!.investmentTotals.grandTotals[0]?.amount).toBe(all?.total);
        const byGroup = new Map(
          api.data!.investmentTotals.groups.map((g) => [g.group?.id ?? g.label, g.totals[0]?.amount ?? null]),
        );
        for (const row of rows.filter((r) => r.investor !== null && typeof r.investor === 'string')) {
          const key = String(row.investor).startsWith('joint:')
            ? String(row.investorName)
            : String(row.investor);
          if (row.total !== null) expect(byGroup.get(key), key).toBe(row.total);
        }
      }
    });

    it('sorts ascending, by name, and groups by technology, target country and event', async () => {
      for (const groupBy of ['TECHNOLOGY', 'TARGET_COUNTRY', 'EVENT']) {
        const result = await gql.execute<Totals>(TOTALS(`groupBy: ${groupBy}, unit: "GBP", sort: TOTAL_ASC`));
        expect(result.errors).toBeUndefined();
        const ranks = result.data!.investmentTotals.groups.map((g) => g.totals[0]?.amount ?? 0);
        expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
      }
      const byName = await gql.execute<Totals>(TOTALS('groupBy: INVESTOR, sort: NAME'));
      const labels = byName.data!.investmentTotals.groups.map((g) => g.label);
      expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
    });

    it('refuses a unit no pledge has, listing the units', async () => {
      const result = await gql.execute<Totals>(TOTALS('groupBy: INVESTOR, unit: "GPU"'));
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/no pledge has a figure in "GPU".*gpus/);
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

    /** Every entity within `depth` domain steps by a walk of every path (what the API did before). */
    const everyPath = async (id: string, depth: number, exclude: string[]) => {
      const { records } = await driver.executeQuery(
        `MATCH p = (c:Entity {id: $id})-[:${DOMAIN_TYPES}*1..${depth}]-(m) WHERE m <> c
           AND none(x IN nodes(p)[1..-1] WHERE any(label IN labels(x) WHERE label IN $exclude))
         RETURN m.id AS id, min(length(p)) AS distance, COUNT { (m)--() } AS degree`,
        { id, exclude },
      );
      return records.map((r) => ({
        id: r.get('id') as string,
        distance: Number(r.get('distance')),
        degree: Number(r.get('degree')),
      }));
    };
    type Hood = { neighborhood: { nodes: { distance: number; node: { id: string } }[] } };
    const hood = async (id: string, depth: number, first: number, exclude: string[] = []) => {
      const result = await gql.execute<Hood>(
        `query($id: ID!, $depth: Int!, $first: Int!, $exclude: [EntityType!]) {
          neighborhood(id: $id, depth: $depth, first: $first, exclude: $exclude) { nodes { distance node { id } } }
        }`,
        { id, depth, first, exclude },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.neighborhood.nodes.map((n) => ({ id: n.node.id, distance: n.distance })) ?? [];
    };

    it('reaches the entities every path reaches, at the same distances, when the page holds them all', async () => {
      for (const [id, depth, exclude] of [
        ['org:blackrock', 2, []],
        ['org:blackrock', 2, ['Technology', 'Country']],
        ['person:liz-kendall', 3, ['Country']],
      ] as const) {
        const all = await everyPath(id, depth, [...exclude]);
        expect(all.length).toBeLessThanOrEqual(100);
        const got = await hood(id, depth, 100, [...exclude]);
        const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
        expect([...got].sort(byId)).toEqual(all.map(({ id, distance }) => ({ id, distance })).sort(byId));
      }
    });

    it('ranks nearest first, then best connected (most relationships), then by name', async () => {
      const all = new Map((await everyPath('country:gb', 2, [])).map((n) => [n.id, n]));
      const got = await hood('country:gb', 2, 40);
      expect(got).toHaveLength(40);
      const ranks = got.map((n) => [n.distance, -(all.get(n.id)?.degree ?? 0)] as const);
      for (let i = 1; i < ranks.length; i++) {
        const [[d0, g0], [d1, g1]] = [ranks[i - 1]!, ranks[i]!];
        expect(d0 < d1 || (d0 === d1 && g0 <= g1), `${got[i - 1]?.id} before ${got[i]?.id}`).toBe(true);
      }
      // The page is the best of the ring it ends in: nothing left out of it is better connected.
      const last = got.at(-1)!;
      const kept = new Set(got.map((n) => n.id));
      const cut = all.get(last.id)?.degree ?? 0;
      for (const n of all.values())
        if (!kept.has(n.id) && n.distance === last.distance) expect(n.degree).toBeLessThanOrEqual(cut);
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
