/** Latency figures of one side of a benchmark: `count` calls one after another. */
export interface Figures {
  p50: number;
  p95: number;
  perSecond: number;
}

export async function measure(count: number, call: (index: number) => Promise<unknown>): Promise<Figures> {
  for (let index = 0; index < Math.min(5, count); index += 1) await call(index); // warm caches and plans
  const durations: number[] = [];
  const started = performance.now();
  for (let index = 0; index < count; index += 1) {
    const at = performance.now();
    await call(index);
    durations.push(performance.now() - at);
  }
  const total = performance.now() - started;
  durations.sort((a, b) => a - b);
  const at = (share: number) => durations[Math.min(durations.length - 1, Math.floor(share * durations.length))]!;
  return { p50: at(0.5), p95: at(0.95), perSecond: (count * 1000) / total };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
