/**
 * Every port a test run binds, as an offset from one base (TDG_TEST_PORT_BASE, default 7688: the tests'
 * own Neo4j). Two checkouts can run their suites at once by giving each a base of its own.
 */
export const TEST_PORT_BASE = Number(process.env.TDG_TEST_PORT_BASE ?? 7688);

/** The port `offset` above the base: Bolt ports of the tests' extra Neo4j instances and HTTP ports. */
export function testPort(offset: number): number {
  return TEST_PORT_BASE + offset;
}
