/**
 * Union-find: records joined by any chain of merges end up in one cluster. The cluster id is the
 * first of its records in `keys` order, so the result does not depend on the order of the merges.
 */
export function clusters<P extends { a: string; b: string }>(
  keys: Iterable<string>,
  mergePairs: Iterable<P>,
  mayJoin?: (left: string[], right: string[], pair: P) => boolean,
): Map<string, string> {
  const members = new Map<string, string[]>();
  const parent = new Map<string, string>();
  const order = new Map<string, number>();
  for (const key of keys) {
    parent.set(key, key);
    order.set(key, order.size);
    if (mayJoin) members.set(key, [key]);
  }
  const root = (key: string): string => {
    let top = key;
    while (parent.get(top) !== top) top = parent.get(top)!;
    // Path compression keeps later look-ups near constant time.
    for (let at = key; at !== top; ) {
      const next = parent.get(at)!;
      parent.set(at, top);
      at = next;
    }
    return top;
  };
  for (const pair of mergePairs) {
    const { a, b } = pair;
    if (!parent.has(a) || !parent.has(b)) throw new Error(`merge of an unknown record: ${parent.has(a) ? b : a}`);
    const [x, y] = [root(a), root(b)];
    if (x === y) continue;
    // The caller may veto a join on what the two clusters hold (e.g. two different people).
    if (mayJoin && !mayJoin(members.get(x)!, members.get(y)!, pair)) continue;
    const [top, under] = order.get(x)! < order.get(y)! ? [x, y] : [y, x];
    parent.set(under, top);
    if (mayJoin) members.set(top, [...members.get(top)!, ...members.get(under)!]);
  }
  return new Map([...parent.keys()].map((key) => [key, root(key)]));
}
