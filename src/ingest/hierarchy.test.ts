import { describe, expect, it } from 'vitest';
import { findCycle } from './hierarchy.ts';

describe('findCycle', () => {
  it('finds none in a tree or a DAG', () => {
    expect(
      findCycle([
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
        ['d', 'c'],
      ]),
    ).toBeUndefined();
  });

  it('names the nodes of a cycle, the first repeated at the end', () => {
    expect(
      findCycle([
        ['x', 'a'],
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
      ]),
    ).toEqual(['a', 'b', 'c', 'a']);
  });

  it('handles a long chain without recursion', () => {
    const chain = Array.from({ length: 100_000 }, (_, i) => [`n${i}`, `n${i + 1}`] as [string, string]);
    expect(findCycle(chain)).toBeUndefined();
    expect(findCycle([...chain, ['n100000', 'n0']])).toHaveLength(100_002);
  });
});
