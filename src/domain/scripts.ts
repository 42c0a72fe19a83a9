import { unicodeName } from 'unicode-name';

/**
 * Scripts whose letters look alike (a Cyrillic "е" is drawn as a Latin "e"): one word that mixes two of
 * them is the classic homoglyph spoof ("Unitеd Kingdom" with a Cyrillic е). Other mixes are ordinary
 * writing and allowed: Japanese mixes Han, Hiragana and Katakana; Chinese or Japanese words take Latin
 * letters ("GPU数"); digits and punctuation belong to no script.
 */
const CONFUSABLE_SCRIPTS = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
] as const;

/** A word that mixes confusable scripts, and the characters that are not of its main script. */
export interface MixedScriptWord {
  readonly word: string;
  readonly scripts: readonly string[];
  /** `U+0435 CYRILLIC SMALL LETTER IE`, for each offending character (once each). */
  readonly characters: readonly string[];
}

/** Words of `text` (runs of letters, marks and digits) that mix Latin, Cyrillic and Greek letters. */
export function findMixedScriptWords(text: string): MixedScriptWord[] {
  // ASCII letters are all Latin: most names need no look at their scripts.
  if (!/[^\p{ASCII}]/u.test(text)) return [];
  const found: MixedScriptWord[] = [];
  for (const word of text.split(/[^\p{L}\p{M}\p{N}]+/u)) {
    const byScript = new Map<string, string[]>();
    for (const char of word) {
      const script = CONFUSABLE_SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0];
      if (script !== undefined) byScript.set(script, [...(byScript.get(script) ?? []), char]);
    }
    if (byScript.size < 2) continue;
    // The script with the most letters is the word's own; the others' letters are the intruders.
    const [main] = [...byScript.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
    const intruders = [...byScript.entries()].filter(([script]) => script !== main).flatMap(([, c]) => c);
    found.push({
      word,
      scripts: [...byScript.keys()],
      characters: [...new Set(intruders)].map(describeCharacter),
    });
  }
  return found;
}

/** `U+0435 CYRILLIC SMALL LETTER IE`. */
export function describeCharacter(char: string): string {
  const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  const name = unicodeName(char);
  return name === undefined ? `U+${code}` : `U+${code} ${name}`;
}
