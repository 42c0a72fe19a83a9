import type { EntityType } from '../domain/model.ts';
import { createRandom, hashSeed } from './random.ts';
import { type Layout, labelAt } from './scales.ts';
import { type Vocabulary, createVocabulary } from './words.ts';
import { type Zipf, createZipf } from './zipf.ts';

/** What every record builder shares: the seed, the layout, the vocabulary and the hubs' samplers. */
export interface GeneratorContext {
  readonly seed: number;
  readonly layout: Layout;
  readonly vocabulary: Vocabulary;
  /** Two-letter codes of the generated countries, one per country (distinct): only in their ids (`country:syn-gd`), never as iso2. */
  readonly isoCodes: readonly string[];
  readonly publishers: readonly string[];
  /** Which sources get cited: mildly skewed, so no source outgrows the real hubs. */
  readonly citations: Zipf;
  /** Per label: which node a relationship lands on (index 0 of a label is its biggest hub). */
  readonly hubs: Readonly<Record<EntityType, Zipf>>;
}

const ID_PREFIX: Readonly<Record<EntityType, string>> = {
  Source: 'source',
  Country: 'country',
  Person: 'person',
  Organization: 'org',
  Event: 'event',
  Agreement: 'agreement',
  Investment: 'investment',
  Technology: 'tech',
  Place: 'place',
};

const OUTLETS = ['Herald', 'Times', 'Post', 'Wire', 'Gazette', 'Observer', 'Journal', 'Courier', 'Monitor'];

/** Sets up the shared state for one (layout, seed). */
export function createContext(layout: Layout, seed: number): GeneratorContext {
  const random = createRandom(hashSeed(seed, 3));
  const vocabulary = createVocabulary();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes = [...letters].flatMap((a) => [...letters].map((b) => a + b));
  for (let i = codes.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [codes[i], codes[j]] = [codes[j] ?? '', codes[i] ?? ''];
  }
  const publishers = Array.from(
    { length: 60 },
    (_, i) => `The ${vocabulary.words[i * 7 + 3] ?? 'Daily'} ${OUTLETS[i % OUTLETS.length] ?? 'Post'}`,
  );
  const hubs = Object.fromEntries(
    (Object.keys(ID_PREFIX) as EntityType[]).map((label) => [
      label,
      createZipf(Math.max(1, layout[label].count), label === 'Event' ? 0.8 : 1),
    ]),
  ) as Record<EntityType, Zipf>;
  return {
    seed,
    layout,
    vocabulary,
    isoCodes: codes.slice(0, layout.Country.count),
    publishers,
    citations: createZipf(Math.max(1, layout.Source.count), 0.6),
    hubs,
  };
}

/** The id of node `index`: `person:syn-42`, `country:syn-ab` (the `syn-` keeps clear of real ids). */
export function nodeId(context: GeneratorContext, index: number): string {
  const label = labelAt(context.layout, index);
  const local = index - context.layout[label].start;
  if (label === 'Country') return `country:syn-${(context.isoCodes[local] ?? 'xx').toLowerCase()}`;
  return `${ID_PREFIX[label]}:syn-${local}`;
}

/** A YYYY-MM-DD date `days` after 2015-01-01. */
export function dayString(days: number): string {
  return new Date(Date.UTC(2015, 0, 1 + days)).toISOString().slice(0, 10);
}
