import { RELATIONSHIP_TYPES, type RelationshipType } from '../domain/model.ts';

/** The index of each relationship type in the model's list: how edges store their type. */
export const TYPE_INDEX: Readonly<Record<RelationshipType, number>> = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type, index) => [type, index]),
) as Record<RelationshipType, number>;

/**
 * Domain relationships held as three typed arrays (type, from, to) rather than objects, so scale L
 * fits in memory; a relationship appears once per (type, from, to), as MERGE would keep it.
 */
export class EdgeList {
  types = new Uint8Array(1024);
  from = new Int32Array(1024);
  to = new Int32Array(1024);
  count = 0;
  private readonly seen = new Set<number>();

  constructor(private readonly nodeCount: number) {}

  /** Adds an edge unless the same one is already there (or it is a loop); true when added. */
  add(type: RelationshipType, from: number, to: number): boolean {
    if (from === to) return false;
    const typeIndex = TYPE_INDEX[type];
    const key = (typeIndex * this.nodeCount + from) * this.nodeCount + to;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    if (this.count === this.types.length) this.grow();
    this.types[this.count] = typeIndex;
    this.from[this.count] = from;
    this.to[this.count] = to;
    this.count++;
    return true;
  }

  /**
   * Edge indexes grouped by their later endpoint (the higher node index), in a stable order: `starts[n]`
   * to `starts[n + 1]` of `order` are the edges to write right after node `n`, in the same file.
   */
  orderByLaterEnd(): { order: Int32Array; starts: Int32Array } {
    const starts = new Int32Array(this.nodeCount + 1);
    const later = (e: number) => Math.max(this.from[e] ?? 0, this.to[e] ?? 0);
    for (let e = 0; e < this.count; e++) starts[later(e) + 1]!++;
    for (let n = 1; n <= this.nodeCount; n++) starts[n]! += starts[n - 1]!;
    const cursor = starts.slice(0, this.nodeCount);
    const order = new Int32Array(this.count);
    for (let e = 0; e < this.count; e++) order[cursor[later(e)]!++] = e;
    return { order, starts };
  }

  /** Frees the duplicate check once generation is over. */
  seal(): void {
    this.seen.clear();
  }

  private grow(): void {
    const size = this.types.length * 2;
    const types = new Uint8Array(size);
    types.set(this.types);
    const from = new Int32Array(size);
    from.set(this.from);
    const to = new Int32Array(size);
    to.set(this.to);
    [this.types, this.from, this.to] = [types, from, to];
  }
}
