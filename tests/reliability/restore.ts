import type { Driver } from 'neo4j-driver';
import { expect } from 'vitest';
import type { Config } from '../../src/config.ts';
import { fingerprintGraph, type GraphFingerprint, linesWithout } from '../helpers/fingerprint.ts';
import { loadSeed } from '../helpers/neo4j.ts';

/** The entity ids of a fingerprint's nodes. */
export function nodeIds(fingerprint: GraphFingerprint): Set<string> {
  return new Set(fingerprint.lines.filter((l) => l.text.startsWith('["node"')).flatMap((l) => l.ids));
}

/**
 * After a write that was accepted: everything not involving `touched` ids is as in `baseline` (the write
 * did nothing else). Returns the fingerprint after the write.
 */
export async function expectOnlyTouched(
  driver: Driver,
  config: Config,
  baseline: GraphFingerprint,
  touched: ReadonlySet<string>,
): Promise<GraphFingerprint> {
  const after = await fingerprintGraph(driver, config.neo4j.database);
  expect(linesWithout(after, touched)).toEqual(linesWithout(baseline, touched));
  return after;
}

/**
 * Puts the graph back to `baseline`: deletes the nodes the write added (cheap), and reloads the seed only
 * when that is not enough (an existing record was changed). Counts the reloads in `stats`.
 */
export async function restoreBaseline(
  driver: Driver,
  config: Config,
  baseline: GraphFingerprint,
  stats: { reseeds: number } = { reseeds: 0 },
): Promise<void> {
  const database = config.neo4j.database;
  let now = await fingerprintGraph(driver, database);
  if (now.hash === baseline.hash) return;
  const known = nodeIds(baseline);
  const added = [...nodeIds(now)].filter((id) => !known.has(id));
  await driver.executeQuery(
    'UNWIND $ids AS id MATCH (n {id: id}) DETACH DELETE n',
    { ids: added },
    { database },
  );
  now = await fingerprintGraph(driver, database);
  if (now.hash !== baseline.hash) {
    stats.reseeds += 1;
    await loadSeed(driver, config);
    now = await fingerprintGraph(driver, database);
  }
  expect(now.hash).toBe(baseline.hash);
}
