import { jaroWinkler } from '@skyra/jaro-winkler';

/**
 * Whether two entities may be the same thing, from their names and codes alone: the scoring behind
 * `possibleDuplicates`, `tdg duplicates` and the import's warnings. Names are compared folded (case,
 * accents, punctuation and legal forms set aside: "Nvidia Corp." and "NVIDIA" are one name), across
 * every language the aliases give; near spellings word by word with the Jaro–Winkler similarity (the npm
 * library @skyra/jaro-winkler), which suits short names and forgives a swapped pair of letters
 * ("Nvidai") where Levenshtein counts two edits.
 */

/** What the scoring reads of an entity. */
export interface DuplicateSubject {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly aliases?: readonly string[] | null;
  readonly iso2?: string | null;
  readonly iso3?: string | null;
  readonly website?: string | null;
  readonly url?: string | null;
  /** The countries it is in: headquarters, location, host or target (ids). */
  readonly countries?: readonly string[] | null;
}

/** One reason two entities may be one: a code, and the words of it. */
export interface DuplicateReason {
  readonly code:
    | 'same_name'
    | 'same_core_name'
    | 'name_is_alias'
    | 'shared_alias'
    | 'similar_name'
    | 'token_overlap'
    | 'same_code'
    | 'same_website'
    | 'same_country';
  readonly detail: string;
}

/** A scored pair (`a` before `b` by id). */
export interface DuplicatePair {
  readonly a: DuplicateSubject;
  readonly b: DuplicateSubject;
  readonly score: number;
  readonly reasons: readonly DuplicateReason[];
}

/** Words that name a company's legal form or a generic part of a name, not the thing itself. */
const LEGAL_FORMS = new Set(
  (
    'inc incorporated corp corporation co company ltd limited llc llp lp plc sa sas sarl srl spa ag gmbh kg ' +
    'nv bv ab as asa oy oyj kk pte pty bhd the group holding holdings'
  ).split(' '),
);

/** Letters NFD does not take apart. */
const LIGATURES: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};

/** Folds case, accents and ligatures, as the full-text index does (`États-Unis` → `etats-unis`). */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđı]/g, (c) => LIGATURES[c] ?? c)
    .replace(/&/g, ' and ')
    .trim();
}

// Folding is most of a pair's cost, and a search folds each name once per pair it is in: the words of
// the names seen last are kept (bounded, so a long-running server does not grow without end).
const TOKEN_CACHE = new Map<string, readonly string[]>();
const TOKEN_CACHE_SIZE = 200_000;

/** The words of a name, folded, punctuation dropped: `Nvidia Corp.` → `nvidia`, `corp`. */
export function nameTokens(text: string): readonly string[] {
  const cached = TOKEN_CACHE.get(text);
  if (cached) return cached;
  const tokens = foldName(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '');
  if (TOKEN_CACHE.size >= TOKEN_CACHE_SIZE) TOKEN_CACHE.clear();
  TOKEN_CACHE.set(text, tokens);
  return tokens;
}

/** A name folded to its words: `Royaume-Uni` and `Royaume Uni` are one key. */
export function nameKey(text: string): string {
  return nameTokens(text).join(' ');
}

/** A name's words without legal forms (`Nvidia Corp.` → `nvidia`), all of them if that leaves none. */
export function coreTokens(text: string): readonly string[] {
  const tokens = nameTokens(text);
  const core = tokens.filter((t) => !LEGAL_FORMS.has(t));
  return core.length > 0 ? core : tokens;
}

/** The core words run together: `Black Rock Inc` and `BlackRock` are one compact key. */
export function compactKey(text: string): string {
  return coreTokens(text).join('');
}

/** Jaro–Winkler similarity of two strings, 0–1. */
export function similarity(a: string, b: string): number {
  return a === b ? 1 : jaroWinkler(a, b);
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const x = new Set(a);
  const y = new Set(b);
  const shared = [...x].filter((t) => y.has(t)).length;
  return shared / (x.size + y.size - shared || 1);
}

const host = (url: string | null | undefined): string | null => {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
};

/** The names of an entity: its name, then its aliases. */
export const namesOf = (s: DuplicateSubject): string[] => [s.name, ...(s.aliases ?? [])];

/** Weights of the reasons: the score of a pair is its best reason's, plus 0.05 for each other. */
const WEIGHT: Readonly<Record<DuplicateReason['code'], number>> = {
  same_name: 1,
  same_core_name: 0.92,
  name_is_alias: 0.9,
  shared_alias: 0.8,
  same_code: 0.9,
  same_website: 0.85,
  similar_name: 0.85,
  token_overlap: 0.6,
  // Many entities share a country: it supports a likeness found by name, never makes one alone.
  same_country: 0.3,
};

/**
 * True when two names are the same words, some misspelt: as many core words, each close to its
 * counterpart (Jaro–Winkler 0.9 or more, words of 4 letters or more). "Department of Commerce" and
 * "Department of Energy" are alike as strings (0.95), but "commerce" is not a misspelling of "energy".
 */
export function isNearSpelling(a: string, b: string): boolean {
  const [x, y] = [coreTokens(a), coreTokens(b)];
  if (x.length !== y.length || x.join('').length < 4) return false;
  return x.every((word, i) => {
    const other = y[i]!;
    return word === other || (Math.min(word.length, other.length) >= 4 && similarity(word, other) >= 0.9);
  });
}

function nameReasons(a: DuplicateSubject, b: DuplicateSubject): [DuplicateReason, number][] {
  const reasons: [DuplicateReason, number][] = [];
  const [keyA, keyB] = [nameKey(a.name), nameKey(b.name)];
  if (keyA === keyB) return [[{ code: 'same_name', detail: `both are named "${a.name}"` }, WEIGHT.same_name]];
  const [compactA, compactB] = [compactKey(a.name), compactKey(b.name)];
  if (compactA === compactB)
    reasons.push([
      {
        code: 'same_core_name',
        detail: `"${a.name}" and "${b.name}" are one name without legal form, case or spacing`,
      },
      WEIGHT.same_core_name,
    ]);
  const aliasKeys = (s: DuplicateSubject) =>
    new Map((s.aliases ?? []).map((alias) => [nameKey(alias), alias]));
  const [aliasesA, aliasesB] = [aliasKeys(a), aliasKeys(b)];
  const aliasOf = aliasesB.get(keyA);
  if (aliasOf !== undefined)
    reasons.push([
      { code: 'name_is_alias', detail: `"${a.name}" is an alias of ${b.id}` },
      WEIGHT.name_is_alias,
    ]);
  const aliasOfA = aliasesA.get(keyB);
  if (aliasOfA !== undefined)
    reasons.push([
      { code: 'name_is_alias', detail: `"${b.name}" is an alias of ${a.id}` },
      WEIGHT.name_is_alias,
    ]);
  const shared = [...aliasesA.keys()].filter((key) => aliasesB.has(key) && key !== keyA && key !== keyB);
  if (shared.length > 0)
    reasons.push([
      { code: 'shared_alias', detail: `both have the alias "${aliasesA.get(shared[0]!) ?? shared[0]!}"` },
      WEIGHT.shared_alias,
    ]);
  const ratio = similarity(compactA, compactB);
  if (compactA !== compactB && ratio >= 0.9 && isNearSpelling(a.name, b.name))
    reasons.push([
      { code: 'similar_name', detail: `"${a.name}" and "${b.name}" are ${Math.round(ratio * 100)}% alike` },
      WEIGHT.similar_name * ratio,
    ]);
  const overlap = jaccard(coreTokens(a.name), coreTokens(b.name));
  if (overlap >= 0.5 && compactA !== compactB)
    reasons.push([
      { code: 'token_overlap', detail: `${Math.round(overlap * 100)}% of their names' words are shared` },
      WEIGHT.token_overlap * overlap,
    ]);
  return reasons;
}

function codeReasons(a: DuplicateSubject, b: DuplicateSubject): [DuplicateReason, number][] {
  const reasons: [DuplicateReason, number][] = [];
  for (const field of ['iso2', 'iso3'] as const)
    if (a[field] && a[field] === b[field])
      reasons.push([{ code: 'same_code', detail: `both have ${field} ${a[field]}` }, WEIGHT.same_code]);
  const [siteA, siteB] = [host(a.website ?? a.url), host(b.website ?? b.url)];
  if (siteA !== null && siteA === siteB && a.label !== 'Source')
    reasons.push([{ code: 'same_website', detail: `both are at ${siteA}` }, WEIGHT.same_website]);
  const shared = (a.countries ?? []).find((country) => (b.countries ?? []).includes(country));
  if (shared !== undefined)
    reasons.push([{ code: 'same_country', detail: `both are in ${shared}` }, WEIGHT.same_country]);
  return reasons;
}

/** Scores a pair of entities of one label: null when nothing suggests they are one. */
export function scorePair(a: DuplicateSubject, b: DuplicateSubject): DuplicatePair | null {
  if (a.id === b.id || a.label !== b.label) return null;
  const reasons = [...nameReasons(a, b), ...codeReasons(a, b)].sort((x, y) => y[1] - x[1]);
  const best = reasons[0];
  if (!best) return null;
  const score = Math.min(1, best[1] + 0.05 * (reasons.length - 1));
  const [first, second] = a.id < b.id ? [a, b] : [b, a];
  return { a: first, b: second, score: Math.round(score * 1000) / 1000, reasons: reasons.map(([r]) => r) };
}

/** Entities per block at most: a key shared by more is too common to tell anything (a name like "Summit"). */
const MAX_BLOCK = 200;

/**
 * The blocking keys of an entity (pairs are scored only within a block): each name and alias folded,
 * their core run together, the first three letters of the core (for near spellings), and codes.
 */
export function blockingKeys(s: DuplicateSubject): string[] {
  const keys = new Set<string>();
  for (const name of namesOf(s)) {
    const compact = compactKey(name);
    keys.add(`n:${nameKey(name)}`);
    keys.add(`c:${compact}`);
  }
  // Near spellings have as many core words, each close to its counterpart (isNearSpelling): the key is
  // the first three letters of each word (Jaro–Winkler weighs the start of a word most). A key of the
  // name's first three letters alone compared 2.5 million pairs on the generated M graph.
  const core = coreTokens(s.name);
  if (core.join('').length >= 4) keys.add(`p:${core.map((word) => word.slice(0, 3)).join(' ')}`);
  if (s.iso2) keys.add(`iso2:${s.iso2}`);
  if (s.iso3) keys.add(`iso3:${s.iso3}`);
  const site = host(s.website);
  if (site) keys.add(`w:${site}`);
  return [...keys].map((key) => `${s.label}|${key}`);
}

/**
 * The likely duplicate pairs among `subjects`, best first, at least `minScore`: blocked by name keys
 * (never all pairs), each pair scored once.
 */
export function findDuplicatePairs(
  subjects: readonly DuplicateSubject[],
  options: { minScore: number; first: number },
): { pairs: DuplicatePair[]; compared: number } {
  const blocks = new Map<string, number[]>();
  subjects.forEach((subject, i) => {
    for (const key of blockingKeys(subject)) {
      const block = blocks.get(key);
      if (block) block.push(i);
      else blocks.set(key, [i]);
    }
  });
  const seen = new Set<string>();
  const pairs: DuplicatePair[] = [];
  let compared = 0;
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > MAX_BLOCK) continue;
    for (let x = 0; x < block.length; x++)
      for (let y = x + 1; y < block.length; y++) {
        const [i, j] = [block[x]!, block[y]!];
        const key = i < j ? `${i},${j}` : `${j},${i}`;
        if (seen.has(key)) continue;
        seen.add(key);
        compared++;
        const pair = scorePair(subjects[i]!, subjects[j]!);
        if (pair && pair.score >= options.minScore) pairs.push(pair);
      }
  }
  pairs.sort((p, q) => q.score - p.score || p.a.id.localeCompare(q.a.id) || p.b.id.localeCompare(q.b.id));
  return { pairs: pairs.slice(0, options.first), compared };
}
