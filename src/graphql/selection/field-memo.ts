import type { FieldNode } from 'graphql';

interface Entry<T> {
  readonly nodes: readonly FieldNode[];
  readonly answers: Map<string, T>;
}

/** Remembers answers per field of a parsed document; see {@link createFieldMemo}. */
export type FieldMemo<T> = (fieldNodes: readonly FieldNode[], key: string, compute: () => T) => T;

/**
 * A cache of answers that are a pure function of a field's place in a document (what it selects below
 * it). Apollo Server keeps parsed documents, so the same query text brings back the same `FieldNode`
 * objects request after request, while graphql-js builds a new `fieldNodes` array for each execution:
 * entries are keyed by the nodes themselves, held weakly, and go when Apollo drops the document.
 */
export function createFieldMemo<T>(): FieldMemo<T> {
  const byFirstNode = new WeakMap<FieldNode, Entry<T>[]>();
  return (fieldNodes, key, compute) => {
    const first = fieldNodes[0];
    if (first === undefined) return compute();
    let entries = byFirstNode.get(first);
    if (!entries) byFirstNode.set(first, (entries = []));
    let entry = entries.find(({ nodes }) => sameNodes(nodes, fieldNodes));
    if (!entry) entries.push((entry = { nodes: [...fieldNodes], answers: new Map() }));
    let answer = entry.answers.get(key);
    if (answer === undefined) entry.answers.set(key, (answer = compute()));
    return answer;
  };
}

function sameNodes(a: readonly FieldNode[], b: readonly FieldNode[]): boolean {
  return a.length === b.length && a.every((node, i) => node === b[i]);
}
