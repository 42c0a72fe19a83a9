import { describe, expect, it } from 'vitest';
import { CYPHER_WHITESPACE, findParameterNames, maskCommentsAndStrings } from './cypher-text.ts';

describe('maskCommentsAndStrings', () => {
  it('ends a quoted name at its backtick, whatever backslash comes before it', () => {
    const query = 'WITH 1 AS `a\\` LOAD CSV FROM $url AS l RETURN `a\\`';
    expect(maskCommentsAndStrings(query)).toBe('WITH 1 AS      LOAD CSV FROM $url AS l RETURN     ');
  });

  it('reads a doubled backtick as part of the name', () => {
    expect(maskCommentsAndStrings('RETURN 1 AS `a``$b` , $c')).toBe(`RETURN 1 AS ${' '.repeat(7)} , $c`);
  });

  it('keeps backslash escapes in string literals', () => {
    expect(maskCommentsAndStrings("RETURN 'a\\'$b' AS x, $c")).toBe(`RETURN ${' '.repeat(7)} AS x, $c`);
  });

  it('ends a line comment at a carriage return', () => {
    expect(maskCommentsAndStrings('// x\r$a')).toBe('    \r$a');
  });
});

describe('findParameterNames', () => {
  it('finds parameters after a quoted name that ends in a backslash', () => {
    expect(findParameterNames('WITH $a AS `x\\` RETURN $b, `x\\`')).toEqual(['a', 'b']);
  });
});

describe('CYPHER_WHITESPACE', () => {
  it('holds what JavaScript does not count as whitespace but Cypher does', () => {
    for (const c of ['\u001c', '\u001d', '\u001e', '\u001f']) {
      expect(/\s/.test(c)).toBe(false);
      expect(CYPHER_WHITESPACE).toContain(c);
    }
    expect(CYPHER_WHITESPACE).not.toContain('\u0085');
    expect(CYPHER_WHITESPACE).not.toContain('\uFEFF');
  });
});
