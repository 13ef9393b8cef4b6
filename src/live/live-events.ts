import { EventEmitter, on } from 'node:events';
import type { Graph } from '../graph/graph.js';
import type { Merge } from '../identity/resolve.js';
import { qualificationsOf, rankedLeads, type LeadSubject } from '../leads/leads.js';
import type { Qualification } from '../leads/qualify.js';
import type { LeadRules, Recommendation } from '../leads/rules.js';
import { membershipsOf, refreshAmong } from '../segments/segments.js';

/**
 * What happens to customers, pushed to whoever listens as it happens: a person's lead
 * recommendation for a subject changes, a customer enters or leaves a segment, customers are
 * merged or split. Fed after each ingestion batch (and by unmerges).
 *
 * The bus is this process's: a listener hears the batches this copy of the service wrote. Where
 * several copies run, each subscriber hears the events of the copy it is connected to (see
 * docs/subscriptions.md).
 */
export interface LeadChange {
  subject: LeadSubject;
  qualification: Qualification;
  previous: Recommendation;
  at: string;
}

export interface AudienceChange {
  segment: string;
  customerId: string;
  change: 'ENTERED' | 'LEFT';
  at: string;
}

export interface CustomerMerged {
  survivor: string;
  absorbed: string[];
  reason: string;
  at: string;
}

export interface CustomerSplit {
  restored: string;
  from: string[];
  at: string;
}

/** One subject's watch: the recommendation every person had when last looked at, while someone listens. */
interface LeadWatch {
  subject: LeadSubject;
  listeners: number;
  known: Promise<Map<string, Recommendation>>;
}

export class LiveEvents {
  private readonly bus = new EventEmitter().setMaxListeners(0);
  private readonly leadWatches = new Map<string, LeadWatch>();

  constructor(
    private readonly graph: Graph,
    private readonly leadRules: LeadRules,
  ) {}

  /** After each ingestion batch: segments re-check the changed customers, then what changed is told. */
  readonly afterBatch = async (customerIds: string[], merges: Merge[]): Promise<void> => {
    const at = new Date().toISOString();
    const audiences = this.bus.listenerCount('audience') > 0;
    const before = audiences ? await this.currentSegments(customerIds) : undefined;
    await refreshAmong(this.graph, customerIds);
    if (before) this.tellAudienceChanges(customerIds, before, await this.currentSegments(customerIds), at);
    this.customersMerged(merges, at);
    for (const watch of this.leadWatches.values()) await this.requalify(watch, customerIds, at);
  };

  /** Merges made elsewhere than in the batch's own writing (matching on arrival). */
  readonly customersMerged = (merges: Merge[], at = new Date().toISOString()): void => {
    for (const merge of merges) this.bus.emit('merged', { ...merge, at } satisfies CustomerMerged);
  };

  customerSplit(split: Omit<CustomerSplit, 'at'>): void {
    this.bus.emit('split', { ...split, at: new Date().toISOString() } satisfies CustomerSplit);
  }

  audienceChanges(segment: string): AsyncIterableIterator<AudienceChange> {
    return this.listen<AudienceChange>('audience', (event) => event.segment === segment);
  }

  merges(): AsyncIterableIterator<CustomerMerged> {
    return this.listen<CustomerMerged>('merged');
  }

  splits(): AsyncIterableIterator<CustomerSplit> {
    return this.listen<CustomerSplit>('split');
  }

  /**
   * Changes of people's recommendation for a subject. The first listener of a subject takes stock
   * of everyone's current recommendation, so a change is told against what the person had.
   * Resolves once listening, so nothing that happens after is missed.
   */
  async leadChanges(subject: LeadSubject): Promise<AsyncIterableIterator<LeadChange>> {
    const key = subjectKey(subject);
    const watch = this.leadWatches.get(key) ?? { subject, listeners: 0, known: this.takeStock(subject) };
    this.leadWatches.set(key, watch);
    watch.listeners += 1;
    const stop = () => {
      watch.listeners -= 1;
      if (watch.listeners === 0) this.leadWatches.delete(key);
    };
    try {
      await watch.known;
    } catch (error) {
      stop();
      throw error;
    }
    return this.listen<LeadChange>('lead', (event) => subjectKey(event.subject) === key, stop);
  }

  /** Listens at once (events are queued from now on); closing the iterator stops listening, even before its first event. */
  private listen<T>(
    topic: string,
    wanted: (event: T) => boolean = () => true,
    stop: () => void = () => undefined,
  ): AsyncIterableIterator<T> {
    const events = on(this.bus, topic) as AsyncIterableIterator<[T]>;
    let open = true;
    const close = async () => {
      if (open) stop();
      open = false;
      await events.return?.();
      return { done: true as const, value: undefined };
    };
    return {
      async next() {
        for (;;) {
          const { done, value } = await events.next();
          if (done) return { done: true, value: undefined };
          if (wanted(value[0])) return { done: false, value: value[0] };
        }
      },
      return: close,
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  private async takeStock(subject: LeadSubject): Promise<Map<string, Recommendation>> {
    return new Map(
      (await rankedLeads(this.graph, this.leadRules, subject, null, new Date())).map((lead) => [lead.customerId, lead.recommendation]),
    );
  }

  private async requalify(watch: LeadWatch, customerIds: string[], at: string): Promise<void> {
    // A watch whose stock-taking failed has already refused its subscriber; it must not fail the import.
    const known = await watch.known.catch(() => undefined);
    if (!known) return;
    for (const qualification of await qualificationsOf(this.graph, this.leadRules, watch.subject, customerIds)) {
      const { customerId } = qualification;
      const previous = known.get(customerId) ?? 'NONE';
      if (qualification.recommendation === previous) continue;
      known.set(customerId, qualification.recommendation);
      this.bus.emit('lead', { subject: watch.subject, qualification, previous, at } satisfies LeadChange);
    }
  }

  private async currentSegments(customerIds: string[]): Promise<Set<string>[]> {
    return (await membershipsOf(this.graph, customerIds)).map(
      (memberships) => new Set(memberships.filter((m) => m.left === null).map((m) => m.segment)),
    );
  }

  private tellAudienceChanges(customerIds: string[], before: Set<string>[], after: Set<string>[], at: string): void {
    customerIds.forEach((customerId, index) => {
      for (const segment of after[index]!)
        if (!before[index]!.has(segment))
          this.bus.emit('audience', { segment, customerId, change: 'ENTERED', at } satisfies AudienceChange);
      for (const segment of before[index]!)
        if (!after[index]!.has(segment)) this.bus.emit('audience', { segment, customerId, change: 'LEFT', at } satisfies AudienceChange);
    });
  }
}

const subjectKey = (subject: LeadSubject) =>
  JSON.stringify([subject.sku ?? null, subject.category ?? null, subject.topic?.toLowerCase() ?? null]);
