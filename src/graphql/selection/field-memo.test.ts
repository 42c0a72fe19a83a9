import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createFieldMemo } from './field-memo.ts';

/** The top-level field nodes of a parsed query. */
function fieldsOf(query: string): FieldNode[] {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  return operation.selectionSet.selections as FieldNode[];
}

describe('createFieldMemo', () => {
  it('computes once per field of a document, whatever array graphql-js hands the nodes in', () => {
    const memo = createFieldMemo<string>();
    const [node] = fieldsOf('{ node(id: "a") { id } }');
    let calls = 0;
    const compute = () => `answer ${++calls}`;
    expect(memo([node!], 'k', compute)).toBe('answer 1');
    // Each execution builds a new fieldNodes array around the same cached nodes.
    expect(memo([node!], 'k', compute)).toBe('answer 1');
    expect(memo([node!], 'other key', compute)).toBe('answer 2');
  });

  it('keeps apart documents with the same text parsed twice, and merged field lists', () => {
    const memo = createFieldMemo<string>();
    const [first] = fieldsOf('{ node(id: "a") { id } }');
    const [again] = fieldsOf('{ node(id: "a") { id } }');
    const [a, b] = fieldsOf('{ node(id: "a") { id } node(id: "a") { name } }');
    expect(memo([first!], 'k', () => 'first')).toBe('first');
    expect(memo([again!], 'k', () => 'again')).toBe('again');
    expect(memo([a!, b!], 'k', () => 'both')).toBe('both');
    expect(memo([a!], 'k', () => 'a alone')).toBe('a alone');
    expect(memo([a!, b!], 'k', () => 'recomputed')).toBe('both');
  });
});
