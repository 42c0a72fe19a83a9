import { describe, expect, it } from 'vitest';
import { escapeLucene, foldText, toLuceneQuery } from './search.ts';

describe('escapeLucene', () => {
  it('escapes every Lucene operator character', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^"i"~j*k?l:m\\n/o')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^\\"i\\"\\~j\\*k\\?l\\:m\\\\n\\/o',
    );
  });
});

describe('toLuceneQuery', () => {
  it('searches the words and the boosted phrase, in lower case so AND/OR/NOT stay words', () => {
    expect(toLuceneQuery(' Royaume-Uni ')).toBe('(royaume\\-uni) OR "royaume-uni"^3');
    expect(toLuceneQuery('NOT "x')).toBe('(not \\"x) OR "not \\"x"^3');
  });
});

describe('foldText', () => {
  it('folds case and accents as the index does', () => {
    expect(foldText('États-Unis')).toBe(foldText('etats-unis'));
  });
});
