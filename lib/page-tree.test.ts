import { describe, expect, it } from 'vitest';
import { descendantsOf, flattenTree } from './page-tree';

const n = (id: number, parentId: number | null, position: number) => ({ id, parentId, position });

describe('flattenTree', () => {
  it('lists each parent before its children, siblings by position then id', () => {
    const tree = flattenTree([n(4, 1, 1), n(1, null, 0), n(3, 1, 0), n(5, 3, 0), n(2, null, 0)]);
    expect(tree.map((t) => [t.id, t.depth])).toEqual([
      [1, 0],
      [3, 1],
      [5, 2],
      [4, 1],
      [2, 0],
    ]);
  });

  it('hangs a page whose parent is missing under its nearest present ancestor', () => {
    // 3's parent 2 is not live; 2's parent 1 is.
    const tree = flattenTree([n(1, null, 0), n(3, 2, 0)], new Map([[2, 1]]));
    expect(tree.map((t) => [t.id, t.depth])).toEqual([
      [1, 0],
      [3, 1],
    ]);
  });

  it('reads a page with no present ancestor as top-level', () => {
    expect(flattenTree([n(3, 2, 0)]).map((t) => [t.id, t.depth])).toEqual([[3, 0]]);
  });

  it('lists every page once even when rows form a cycle', () => {
    const tree = flattenTree([n(1, 2, 0), n(2, 1, 0), n(3, null, 0)]);
    expect(tree.map((t) => t.id).sort()).toEqual([1, 2, 3]);
  });
});

describe('descendantsOf', () => {
  it('holds the page and everything below it, not its siblings', () => {
    expect([...descendantsOf([n(1, null, 0), n(2, 1, 0), n(3, 2, 0), n(4, 1, 1), n(5, null, 1)], 2)].sort()).toEqual([2, 3]);
  });
});
