/**
 * Union-find: records joined by any chain of merges end up in one cluster. The cluster id is the
 * first of its records in `keys` order, so the result does not depend on the order of the merges.
 */
export function clusters(keys: Iterable<string>, mergePairs: Iterable<{ a: string; b: string }>): Map<string, string> {
  const parent = new Map<string, string>();
  const order = new Map<string, number>();
  for (const key of keys) {
    parent.set(key, key);
    order.set(key, order.size);
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
  for (const { a, b } of mergePairs) {
    if (!parent.has(a) || !parent.has(b)) throw new Error(`merge of an unknown record: ${parent.has(a) ? b : a}`);
    const [x, y] = [root(a), root(b)];
    if (x === y) continue;
    if (order.get(x)! < order.get(y)!) parent.set(y, x);
    else parent.set(x, y);
  }
  return new Map([...parent.keys()].map((key) => [key, root(key)]));
}
