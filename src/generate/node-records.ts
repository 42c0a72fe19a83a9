import type { FigurePeriod } from '../domain/figures.ts';
import type { ClaimStatus, EntityType } from '../domain/model.ts';
import type { EntityRecord, FigureEntry, StatusEntry } from '../ingest/dataset.ts';
import { type GeneratorContext, dayString, nodeId } from './context.ts';
import { type Random, createRandom, hashSeed } from './random.ts';
import { labelAt } from './scales.ts';
import { slug } from './words.ts';

type Fields = Record<string, unknown>;

const TECHNOLOGIES = [
  ['Artificial intelligence', 'computing'],
  ['Quantum computing', 'computing'],
  ['Semiconductors', 'computing'],
  ['Civil nuclear energy', 'energy'],
  ['Telecommunications', 'telecoms'],
  ['Cyber security', 'security'],
  ['Space launch', 'space'],
  ['Biotechnology', 'health'],
  ['Robotics', 'computing'],
  ['Data centres', 'computing'],
  ['Fusion energy', 'energy'],
  ['Batteries', 'energy'],
] as const;
const TECH_SUFFIXES = ['computing', 'materials', 'networks', 'sensing', 'photonics', 'energy'];
const COMPANY_SUFFIXES = [
  'Systems',
  'Technologies',
  'Labs',
  'Networks',
  'Semiconductors',
  'Energy',
  'Robotics',
  'Cloud',
  'Dynamics',
];
const ORG_KINDS = [
  ['company', 50],
  ['government_body', 12],
  ['agency', 8],
  ['investment_firm', 10],
  ['research', 10],
  ['media', 3],
  ['ngo', 3],
  ['international', 2],
  ['other', 2],
] as const;
const PLACE_KINDS = [
  'city',
  'city',
  'town',
  'site',
  'region',
  'venue',
  'castle',
  'residence',
  'airport',
  'other',
] as const;
const EVENT_KINDS = [
  'summit',
  'state_visit',
  'meeting',
  'meeting',
  'signing',
  'announcement',
  'banquet',
  'press_conference',
  'panel',
  'ceremony',
  'opening',
  'other',
] as const;
const AGREEMENT_KINDS = ['mou', 'mou', 'deal', 'partnership', 'joint_statement', 'treaty', 'other'] as const;
const CURRENCIES = ['USD', 'USD', 'GBP', 'EUR', 'JPY', 'CNY', 'INR'];
const NEXT_STATUS: Readonly<Record<ClaimStatus, readonly ClaimStatus[]>> = {
  reported: ['announced', 'signed', 'cancelled'],
  announced: ['signed', 'confirmed', 'paused'],
  signed: ['confirmed', 'completed', 'paused', 'disputed'],
  confirmed: ['completed', 'paused'],
  completed: ['disputed'],
  paused: ['resumed', 'cancelled'],
  resumed: ['completed'],
  cancelled: ['resumed'],
  disputed: ['confirmed'],
};

const title = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).replace(/_/g, ' ');

function weighted<T extends string>(random: Random, table: readonly (readonly [T, number])[]): T {
  let roll = random.next() * table.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of table) if ((roll -= weight) < 0) return value;
  return table[0]?.[0] as T;
}

/** 1, 2 or 3 with the given odds of more than one. */
const howMany = (random: Random, two: number, three: number) => {
  const roll = random.next();
  return roll < three ? 3 : roll < three + two ? 2 : 1;
};

/** Distinct source ids, drawn from the mildly skewed citation sampler. */
export function citeSources(context: GeneratorContext, random: Random, count: number): string[] {
  const picked = new Set<number>();
  const wanted = Math.min(count, context.layout.Source.count);
  while (picked.size < wanted) picked.add(context.citations.sample(random));
  return [...picked].map((i) => nodeId(context, context.layout.Source.start + i));
}

function statusHistory(context: GeneratorContext, random: Random, start: number): StatusEntry[] {
  const entries: StatusEntry[] = [];
  let status: ClaimStatus = random.chance(0.5) ? 'reported' : 'announced';
  let day = start;
  for (let i = howMany(random, 0.3, 0.1); i > 0; i--) {
    entries.push({
      status,
      date: dayString(day),
      sources: citeSources(context, random, howMany(random, 0.15, 0)),
    });
    status = random.pick(NEXT_STATUS[status]);
    day += 1 + random.int(120);
  }
  return entries;
}

function figures(context: GeneratorContext, random: Random, period: FigurePeriod): FigureEntry[] {
  const base = (1 + random.int(200)) * 5_000_000;
  const currency = random.pick(CURRENCIES);
  return Array.from({ length: howMany(random, 0.25, 0.05) }, (_, i) => {
    const figure: FigureEntry = {
      amount: i === 0 ? base : base + (i * 7 + random.int(5)) * 1_000_000,
      unit: i === 2 ? 'USD' : currency,
      period,
      sources: citeSources(context, random, howMany(random, 0.1, 0)),
    };
    return i === 0 ? { ...figure, preferred: true } : { ...figure, bound: 'about' };
  });
}

/** The type-specific fields and name of one record. */
function describe(context: GeneratorContext, label: EntityType, local: number, random: Random): Fields {
  const { vocabulary: words } = context;
  const day = random.int(4000);
  switch (label) {
    case 'Source': {
      // A few outlets publish most reports.
      const publisher = context.publishers[Math.floor(random.next() ** 2 * context.publishers.length)] ?? '';
      const name = `${publisher}: ${words.common(random)} and ${words.common(random)} talks`;
      return {
        name,
        url: `https://news.example.org/${slug(publisher)}/${local}`,
        title: name,
        publisher,
        publishedOn: dayString(day),
        datePrecision: 'day',
        language: random.chance(0.7) ? 'en' : random.pick(['fr', 'de', 'ja', 'es']),
        reliability: random.pick(['official', 'primary', 'secondary', 'secondary', 'relay', 'mirror']),
      };
    }
    case 'Country': {
      // No iso2 or iso3: the real ISO 3166-1 countries are in the graph before any dataset, and made-up
      // ones must not take their codes (the draw for iso3 stays, so the rest of the stream is unchanged).
      const name = `${words.any(random)}${random.pick(['ia', 'land', 'ovia', 'stan', 'ora', 'a'])}`;
      random.int(26);
      return { name, aliases: [`République de ${name}`] };
    }
    case 'Technology': {
      const known = TECHNOLOGIES[local];
      if (known) return { name: known[0], category: known[1] };
      return {
        name: `${words.common(random)} ${random.pick(TECH_SUFFIXES)}`,
        category: random.pick(['computing', 'energy', 'telecoms', 'security', 'space']),
      };
    }
    case 'Person':
      return { name: `${words.any(random)} ${words.common(random)}` };
    case 'Organization': {
      const kind = weighted(random, ORG_KINDS);
      const word = words.common(random);
      if (kind !== 'company') return { name: `${word} ${title(kind)}`, kind };
      const name = `${word} ${random.pick(COMPANY_SUFFIXES)}`;
      return { name, kind, website: `https://${slug(name)}-${local}.example.com` };
    }
    case 'Place': {
      const kind = random.pick(PLACE_KINDS);
      return {
        name:
          kind === 'city' || kind === 'town'
            ? words.common(random)
            : `${words.common(random)} ${title(kind)}`,
        kind,
      };
    }
    case 'Event': {
      const kind = random.pick(EVENT_KINDS);
      const startDate = dayString(day);
      const event: Fields = {
        name: `${words.common(random)} ${title(kind)} ${startDate.slice(0, 4)}`,
        kind,
        startDate,
      };
      if (random.chance(0.4)) event.endDate = dayString(day + 1 + random.int(3));
      return { ...event, statusHistory: statusHistory(context, random, day - random.int(30)) };
    }
    case 'Agreement': {
      const kind = random.pick(AGREEMENT_KINDS);
      const name = `${words.common(random)}–${words.common(random)} ${title(kind === 'mou' ? 'memorandum' : kind)}`;
      const agreement: Fields = {
        name,
        kind,
        binding: kind === 'treaty' || kind === 'deal',
        signedOn: dayString(day),
      };
      if (random.chance(0.3)) agreement.formalName = `${name} on ${words.common(random)} cooperation`;
      return { ...agreement, statusHistory: statusHistory(context, random, day - random.int(30)) };
    }
    case 'Investment': {
      const year = 2015 + Math.floor(day / 365);
      const purpose = random.pick([
        'data centre',
        'AI campus',
        'chip plant',
        'research hub',
        'fibre network',
        'quantum lab',
      ]);
      const period = { from: String(year), to: String(year + 1 + random.int(5)) };
      random.chance(0.02); // was the version 1 `aggregate` flag: drawn still, so later draws stay put
      return {
        name: `${words.common(random)} ${purpose} investment`,
        purpose,
        figures: figures(context, random, period),
        statusHistory: statusHistory(context, random, day),
      };
    }
  }
}

/** The dataset record of node `index`: a pure function of (seed, index), so files can be written in any order. */
export function buildNodeRecord(
  context: GeneratorContext,
  index: number,
): { label: EntityType; record: EntityRecord } {
  const label = labelAt(context.layout, index);
  const random = createRandom(hashSeed(context.seed, 2, index));
  const fields = describe(context, label, index - context.layout[label].start, random);
  const record: EntityRecord = { id: nodeId(context, index), name: String(fields.name), ...fields };
  if (label !== 'Source')
    Object.assign(record, { sources: citeSources(context, random, howMany(random, 0.2, 0.05)) });
  return { label, record };
}

/** Provenance relationships a record becomes: SOURCED_FROM, REPORTS_STATUS and REPORTS_FIGURE. */
export function provenanceCount(record: EntityRecord): number {
  const statuses = (record.statusHistory ?? []).reduce((sum, entry) => sum + entry.sources.length, 0);
  const figureLinks = (record.figures ?? []).reduce((sum, figure) => sum + figure.sources.length, 0);
  return (record.sources?.length ?? 0) + statuses + figureLinks;
}
