/**
 * Light lexical helpers over Cypher text. They do not parse Cypher (the server does that, in EXPLAIN);
 * they blank out comments and string literals so that keyword checks do not match inside them.
 */

/** The query with `//` and `/* *\/` comments and '...', "..." and `...` literals replaced by spaces. */
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

/** Where the comment or literal starting at `i` ends, or `i` when none starts there. */
function literalEnd(query: string, i: number): number {
  const c = query[i];
  if (c === '/' && query[i + 1] === '/') {
    const nl = query.indexOf('\n', i);
    return nl < 0 ? query.length : nl;
  }
  if (c === '/' && query[i + 1] === '*') {
    const close = query.indexOf('*/', i + 2);
    return close < 0 ? query.length : close + 2;
  }
  if (c === "'" || c === '"' || c === '`') {
    let j = i + 1;
    while (j < query.length && query[j] !== c) j += query[j] === '\\' ? 2 : 1;
    return Math.min(j + 1, query.length);
  }
  return i;
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
