/**
 * Light lexical helpers over Cypher text. They do not parse Cypher (the server does that, in EXPLAIN);
 * they blank out comments, string literals and quoted names so that parameter names and the runner's
 * first, text-only refusals do not match inside them. They never decide whether a query may run: the
 * plan does (see plan-guard.ts).
 */

/**
 * The characters Cypher 5 takes as whitespace between tokens, as Neo4j 5.26 accepts them: every code
 * point of the Basic Multilingual Plane was tried between `LOAD` and `CSV` in an EXPLAIN, and these are
 * the ones it planned. U+001C–U+001F are not whitespace to JavaScript's `\s`; U+0085 and U+FEFF are not
 * whitespace to Cypher.
 */
export const CYPHER_WHITESPACE =
  '\t\n\u000B\f\r\u001C\u001D\u001E\u001F \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005' +
  '\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000';

const WHITESPACE_RUN = new RegExp(`[${CYPHER_WHITESPACE}]+`, 'g');

/** The query with `//` and `/* *\/` comments, '...' and "..." strings and `...` names replaced by spaces. */
export function maskCommentsAndStrings(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const end = literalEnd(query, i);
    if (end > i) {
      out += query.slice(i, end).replace(/[^\n]/g, ' ');
      i = end;
    } else {
      out += query[i];
      i += 1;
    }
  }
  return out;
}

/**
 * The query as the runner's text checks read it: comments, literals and quoted names blanked, then every
 * run of Cypher whitespace (see {@link CYPHER_WHITESPACE}) made one space, so `LOAD/ * x * /CSV` and
 * `LOAD` U+001C `CSV` both read `LOAD CSV`.
 */
export function normaliseForTextChecks(query: string): string {
  return maskCommentsAndStrings(query).replace(WHITESPACE_RUN, ' ');
}

/** Where the comment, literal or quoted name starting at `i` ends, or `i` when none starts there. */
function literalEnd(query: string, i: number): number {
  const c = query[i];
  if (c === '/' && query[i + 1] === '/') {
    // A line comment ends at either line terminator (a `\r` alone ends it too).
    const rest = query.slice(i).search(/[\r\n]/);
    return rest < 0 ? query.length : i + rest;
  }
  if (c === '/' && query[i + 1] === '*') {
    const close = query.indexOf('*/', i + 2);
    return close < 0 ? query.length : close + 2;
  }
  if (c === '`') return quotedNameEnd(query, i);
  if (c === "'" || c === '"') {
    let j = i + 1;
    while (j < query.length && query[j] !== c) j += query[j] === '\\' ? 2 : 1;
    return Math.min(j + 1, query.length);
  }
  return i;
}

/**
 * The end of a backtick-quoted name. Inside it a backslash is an ordinary character and a backtick is
 * written twice (`` `a``b` `` is the name a`b); so `` `a\` `` is the whole name `a\`, and what follows
 * it is Cypher again.
 */
function quotedNameEnd(query: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const close = query.indexOf('`', j);
    if (close < 0) return query.length;
    if (query[close + 1] !== '`') return close + 1;
    j = close + 2;
  }
}

/** The `$name` parameters a query uses, sorted and without duplicates. */
export function findParameterNames(query: string): string[] {
  const masked = maskCommentsAndStrings(query);
  const names = new Set<string>();
  for (const match of masked.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(match[1] ?? '');
  return [...names].sort();
}

/** The query without a trailing `;` (allowed at the end of a file, as in cypher-shell) and outer blank lines. */
export function trimStatement(query: string): string {
  return query.trim().replace(/;\s*$/, '').trimEnd();
}
