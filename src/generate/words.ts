import { createRandom, type Random } from './random.ts';
import { createZipf, type Zipf } from './zipf.ts';

const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'dr',
  'kr',
  'st',
  'tr',
  'th',
  'sh',
  'ch',
  'gl',
  'pl',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ia', 'ae', 'ou', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'th', 'x', 'm', 'nd', 'rk'];
// The full-text analyzer drops English stop words: a name made of one would not be found.
const AVOID = new Set(['into', 'then', 'there', 'these', 'they', 'this', 'will', 'such', 'that', 'their']);

/** Syllable-built, pronounceable words: searchable like real names, but clearly synthetic. */
export interface Vocabulary {
  /** Capitalised words; a Zipf draw makes a few words common and most rare. */
  readonly words: readonly string[];
  /** A word, common words far more often than rare ones. */
  common(random: Random): string;
  /** Any word, uniformly. */
  any(random: Random): string;
}

function syllable(random: Random): string {
  return random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Builds `size` distinct words from a fixed seed, so every dataset shares one vocabulary. */
export function createVocabulary(size = 4000): Vocabulary {
  const random = createRandom(0x5eed);
  const seen = new Set<string>();
  const words: string[] = [];
  while (words.length < size) {
    const count = 2 + random.int(2);
    let word = '';
    for (let i = 0; i < count; i++) word += syllable(random);
    if (word.length < 4 || word.length > 12 || seen.has(word) || AVOID.has(word)) continue;
    seen.add(word);
    words.push(capitalise(word));
  }
  const zipf: Zipf = createZipf(words.length, 0.9);
  return {
    words,
    common: (r) => words[zipf.sample(r)] ?? '',
    any: (r) => r.pick(words),
  };
}

/** Lower-case words of a name, as the full-text analyzer would split it. */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** `Korvath Systems` → `korvath-systems`, for URLs. */
export function slug(text: string): string {
  return nameWords(text).join('-');
}
