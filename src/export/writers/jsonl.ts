import type { Output } from '../output.ts';
import type { GraphWriter } from '../types.ts';

/**
 * JSON Lines: one object per line, nodes first (`{"type":"node","id","labels","properties","sources",
 * "statusHistory","figures"}`), then relationships (`{"type":"relationship","id","label","start","end",
 * "kind","properties","sources"}`); sources as `{id, url}`. Close to APOC's JSON export.
 */
export function createJsonlWriter(output: Output): GraphWriter {
  const write = (value: object) => output.write(`${JSON.stringify(value)}\n`);
  return {
    begin: () => Promise.resolve(),
    node: ({ type: _mainLabel, ...node }) => write({ type: 'node', ...node }),
    beginRelationships: () => Promise.resolve(),
    relationship: ({ type, ...rest }) => write({ type: 'relationship', label: type, ...rest }),
    end: () => output.close(),
  };
}
