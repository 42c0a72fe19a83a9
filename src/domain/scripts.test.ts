import { describe, expect, it } from 'vitest';
import { findMixedScriptWords } from './scripts.ts';

describe('findMixedScriptWords', () => {
  it('finds a Cyrillic letter inside a Latin word and names it', () => {
    expect(findMixedScriptWords('Unit\u0435d Kingdom')).toEqual([
      {
        word: 'Unit\u0435d',
        scripts: ['Latin', 'Cyrillic'],
        characters: ['U+0435 CYRILLIC SMALL LETTER IE'],
      },
    ]);
    expect(findMixedScriptWords('\u0391pple')[0]?.characters).toEqual(['U+0391 GREEK CAPITAL LETTER ALPHA']);
  });

  it.each([
    ['Korean', '대한민국 과학기술정보통신부'],
    ['Japanese (Han, Hiragana, Katakana)', '東京タワーとソフトバンクの投資'],
    ['Chinese', '中华人民共和国商务部'],
    ['Arabic', 'المملكة العربية السعودية'],
    ['French', 'Royaume-Uni, États-Unis, Élysée'],
    ['German', 'Bundesministerium für Wirtschaft, Straße'],
    ['Russian', 'Российская Федерация'],
    ['Greek', 'Ελληνική Δημοκρατία'],
    ['Latin letters in a Japanese word', 'NVIDIA製GPU数'],
    ['digits and punctuation', 'G7 (2025) — 5G/6G'],
  ])('accepts %s', (_language, text) => {
    expect(findMixedScriptWords(text)).toEqual([]);
  });
});
