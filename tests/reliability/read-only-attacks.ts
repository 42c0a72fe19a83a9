/**
 * The class of queries an attacker used to get past the read-only guard of `tdg cypher` and reports,
 * generated in full rather than one string each: every way found to hide a keyword from a text check,
 * applied to every statement that must not run. What each one tries is observable afterwards (a URL
 * fetched, a transaction terminated, statistics collection stopped, the graph changed), so a test can
 * show that none ran.
 */

/** One generated attack: what it is, for messages, and the query. */
export interface Attack {
  readonly family: string;
  readonly query: string;
}

/**
 * Characters to put between two keywords: every one JavaScript's `\s` matches, the ones Cypher takes
 * as whitespace although `\s` does not (U+001C–U+001F), and look-alikes that are whitespace to neither
 * or to only one of them (U+0085, U+180E, U+200B, U+FEFF). Found by scanning the Basic Multilingual
 * Plane, not listed by hand, so the test does not share the guard's own list.
 */
export function separatorCharacters(): string[] {
  const found: string[] = [];
  for (let code = 0; code <= 0xffff; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const c = String.fromCharCode(code);
    if (/\s/.test(c) || [0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0x180e, 0x200b, 0xfeff].includes(code)) found.push(c);
  }
  return found;
}

const name = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Comments a keyword pair can be split with (Cypher ends a line comment at `\n` and at `\r`). */
const COMMENTS = ['/**/', '/* LOAD CSV */', '//\n', '// x\r', '/*\n*/'];

/** Statements whose two keywords a separator or comment goes between: `{0}` marks the gap. */
function gapStatements(csvUrl: string): readonly { readonly family: string; readonly template: string }[] {
  return [
    { family: 'LOAD CSV', template: `LOAD{0}CSV FROM '${csvUrl}' AS line RETURN line` },
    { family: 'LOAD CSV file', template: "LOAD{0}CSV FROM 'file:///etc/passwd' AS line RETURN line[0]" },
    {
      family: 'TERMINATE',
      template: 'SHOW TRANSACTIONS YIELD transactionId TERMINATE{0}TRANSACTIONS transactionId',
    },
    { family: 'TERMINATE', template: "TERMINATE{0}TRANSACTIONS 'neo4j-transaction-1'" },
    { family: 'SHOW', template: 'SHOW{0}TRANSACTIONS' },
    { family: 'IN TRANSACTIONS', template: 'CALL { CREATE (:Probe) }{0}IN{0}TRANSACTIONS' },
  ];
}

/** Every generated attack, with `csvUrl` the address of a server that counts the fetches it gets. */
export function generateAttacks(csvUrl: string): Attack[] {
  const attacks: Attack[] = [];
  for (const { family, template } of gapStatements(csvUrl)) {
    for (const c of separatorCharacters()) {
      attacks.push({ family: `${family}, ${name(c)} between`, query: template.replaceAll('{0}', c) });
    }
    for (const comment of COMMENTS) {
      attacks.push({ family: `${family}, comment between`, query: template.replaceAll('{0}', comment) });
    }
  }
  attacks.push(...quotedNameAttacks(csvUrl), ...procedureAttacks(), ...transactionAttacks());
  attacks.push(...administrationAttacks());
  return attacks;
}

/** A backtick-quoted name that ends in a backslash (Cypher has no escape there), hiding what follows. */
function quotedNameAttacks(csvUrl: string): Attack[] {
  const names = ['`a\\`', '`\\`', '`a\\\\`', '`a``\\`', '`\\``\\`'];
  const hidden = [
    `LOAD CSV FROM '${csvUrl}' AS l RETURN l[0] AS line`,
    'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l[0] AS line',
    'CALL db.stats.stop("QUERIES") YIELD section RETURN section AS line',
    'CALL { CREATE (:Probe) } IN TRANSACTIONS RETURN 1 AS line',
  ];
  return names.flatMap((quoted) =>
    hidden.map((rest) => ({
      family: `quoted name ${quoted}`,
      query: `WITH 1 AS ${quoted} ${rest}, ${quoted} LIMIT 2`,
    })),
  );
}

/**
 * Procedures that are not on the read-only list, most of which Neo4j plans as reads (query type 'r'):
 * `db.stats.stop` would stop the query statistics collection (observable), the others clear caches,
 * sample indexes, read the configuration or the DBMS.
 */
function procedureAttacks(): Attack[] {
  const calls = [
    "CALL db.stats.stop('QUERIES')",
    "CALL db.stats.collect('QUERIES')",
    "CALL db.stats.clear('QUERIES')",
    "CALL db.stats.retrieve('GRAPH COUNTS')",
    'CALL db.stats.status()',
    'CALL db.prepareForReplanning()',
    'CALL db.clearQueryCaches()',
    'CALL db.resampleOutdatedIndexes()',
    'CALL db.awaitIndexes(1)',
    'CALL db.info()',
    'CALL db.ping()',
    'CALL db.checkpoint()',
    'CALL dbms.components()',
    'CALL dbms.listConfig()',
    "CALL dbms.queryJmx('*:*')",
    'CALL dbms.showCurrentUser()',
    'CALL dbms.info()',
    "CALL tx.setMetaData({app: 'probe'})",
    "CALL db.createLabel('Probe')",
  ];
  return calls.flatMap((call) => [
    { family: 'procedure', query: call },
    { family: 'procedure in a subquery', query: `MATCH (c:Country) CALL { ${call} } RETURN count(*) AS n` },
    { family: 'procedure, other case', query: call.replace('CALL ', 'call ') },
  ]);
}

/** `CALL { … } IN TRANSACTIONS`, read-only body or not: it commits transactions of its own. */
function transactionAttacks(): Attack[] {
  return [
    'CALL { CREATE (:Probe) } IN TRANSACTIONS',
    'MATCH (n:Country) CALL (n) { SET n.touched = true } IN TRANSACTIONS OF 1 ROW',
    'UNWIND range(1, 3) AS i CALL (i) { CREATE (:Probe {i: i}) } IN 2 CONCURRENT TRANSACTIONS',
    'MATCH (n:Country) CALL (n) { DETACH DELETE n } IN TRANSACTIONS ON ERROR CONTINUE REPORT STATUS AS s RETURN s',
    'MATCH (n:Country) CALL (n) { RETURN n.id AS id } IN TRANSACTIONS RETURN id',
  ].map((query) => ({ family: 'IN TRANSACTIONS', query }));
}

/** Administration and transaction commands. */
function administrationAttacks(): Attack[] {
  return [
    'SHOW TRANSACTIONS',
    'SHOW TRANSACTIONS YIELD *',
    "TERMINATE TRANSACTION 'neo4j-transaction-1'",
    'SHOW USERS',
    'SHOW CURRENT USER',
    'SHOW DATABASES',
    'SHOW SETTINGS',
    'SHOW PROCEDURES',
    'SHOW FUNCTIONS',
    'SHOW INDEXES',
    'SHOW CONSTRAINTS',
    'SHOW PRIVILEGES',
    'SHOW ROLES',
    "ALTER CURRENT USER SET PASSWORD FROM 'x' TO 'yyyyyyyy'",
    'STOP DATABASE neo4j',
    'CREATE USER probe SET PASSWORD $p',
  ].map((query) => ({ family: 'administration', query }));
}
