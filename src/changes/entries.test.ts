import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { findRevertConflicts } from './conflicts.ts';
import { invertEntry, type LogEntry, packEntry, unpackEntry } from './entries.ts';
import type { LoggedWrite } from './log-reads.ts';
import { decodeValue, encodeValue } from './values.ts';

const created: LogEntry = {
  target: 'technology:photonics',
  label: 'Technology',
  kind: 'created',
  fields: { name: { before: null, after: 'Photonics' }, sources: { before: null, after: ['source:a'] } },
};
const renamed: LogEntry = {
  target: 'org:nvidia',
  label: 'Organization',
  kind: 'updated',
  fields: { name: { before: 'NVIDIA', after: 'Nvidia' } },
};

const write = (seq: number, extra: Partial<LoggedWrite & { revertsSeq: number }> = {}) => ({
  id: `change:${seq}`,
  seq,
  actor: 'bob',
  operation: 'upsert',
  at: '2026-01-01T00:00:00.000Z',
  reverts: null,
  revertedBy: null,
  revertsSeq: null,
  ...extra,
});

describe('log entries', () => {
  it('pack and unpack to the same entry', () => {
    for (const entry of [created, renamed, invertEntry(created)])
      expect(
        unpackEntry(JSON.parse(JSON.stringify(packEntry(entry))) as ReturnType<typeof packEntry>),
      ).toEqual(entry);
  });

  it('invert: created becomes deleted, and before and after swap', () => {
    expect(invertEntry(created).kind).toBe('deleted');
    expect(invertEntry(renamed).fields.name).toEqual({ before: 'Nvidia', after: 'NVIDIA' });
    expect(invertEntry(invertEntry(renamed))).toEqual(renamed);
  });

  it('keep a value its Neo4j type: a date stays a date, an integer an integer', () => {
    const date = new neo4j.types.Date(2025, 9, 18);
    expect(encodeValue(date)).toEqual({ $date: '2025-09-18' });
    expect(String(decodeValue(encodeValue(date)))).toBe('2025-09-18');
    expect(neo4j.isInt(decodeValue(encodeValue(neo4j.int(12))))).toBe(true);
    expect(decodeValue(encodeValue(12))).toBe(12);
  });
});

describe('findRevertConflicts', () => {
  it('names a later write that changed the same field', () => {
    const later = { write: write(5), entry: renamed };
    const found = findRevertConflicts([renamed], 3, [later]);
    expect(found.map((c) => [c.write.id, c.targets])).toEqual([['change:5', ['org:nvidia']]]);
  });

  it('lets through a later change of another field, and writes already undone', () => {
    const other: LogEntry = {
      ...renamed,
      fields: { website: { before: null, after: 'https://nvidia.com' } },
    };
    expect(findRevertConflicts([renamed], 3, [{ write: write(5), entry: other }])).toEqual([]);
    const undone = { write: write(5, { revertedBy: 'change:6' }), entry: renamed };
    const undoing = { write: write(6, { reverts: 'change:5', revertsSeq: 5 }), entry: invertEntry(renamed) };
    expect(findRevertConflicts([renamed], 3, [undone, undoing])).toEqual([]);
  });

  it('counts a relationship added to an entity the revert would delete', () => {
    const tie: LogEntry = {
      target: 'FOCUSES_ON org:nvidia -> technology:photonics',
      label: 'FOCUSES_ON',
      kind: 'created',
      ends: { from: 'org:nvidia', to: 'technology:photonics', key: '' },
      fields: {},
    };
    const found = findRevertConflicts([created], 3, [{ write: write(4), entry: tie }]);
    expect(found).toHaveLength(1);
  });
});
