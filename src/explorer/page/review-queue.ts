import { html, render, type TemplateResult } from 'lit-html';
import { ask } from './api.js';
import { failure, fullName, loading, shown } from './format.js';
import { confirmMatch, rejectMatch, reviewQueue } from './operations.js';

interface Side {
  id: string;
  givenName: string | null;
  familyName: string | null;
  birthDate: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  country: string | null;
  identities: { type: string; value: string }[];
  sourceRecords: { nodes: { source: string; sourceId: string; kind: string }[] };
}

interface PossibleMatch {
  customer: Side;
  other: Side;
  score: number;
  reasons: string[];
  at: string;
}

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: PossibleMatch[];
}

const compared = ['givenName', 'familyName', 'birthDate', 'street', 'postcode', 'city', 'country'] as const;

/**
 * The data steward's review queue: pairs that may be one person, strongest first, the two
 * records side by side (values that differ marked), the score and the evidence in words; confirm
 * merges them, reject (with a reason) keeps them apart for good. Both are audited by the API.
 */
export async function showReviewQueue(view: HTMLElement): Promise<void> {
  const filters: { minScore?: number; source?: string } = {};
  let cursors: (string | null)[] = [null];
  let outcome: TemplateResult = loading('the review queue');
  let notice: TemplateResult | string = '';
  const redraw = () => render(page(), view);

  const load = async () => {
    try {
      const answer = await ask<{ reviewQueue: Page }>(reviewQueue, { ...filters, after: cursors.at(-1) });
      outcome = pairs(answer.reviewQueue);
    } catch (error) {
      outcome = failure(error);
    }
    redraw();
  };
  const decide = async (pair: PossibleMatch, decision: 'confirm' | 'reject', reason?: string) => {
    const customerIds = [pair.customer.id, pair.other.id];
    try {
      if (decision === 'confirm') {
        const merged = (await ask<{ confirmMatch: Side }>(confirmMatch, { customerIds })).confirmMatch;
        notice = html`<p class="done" role="status">Merged: ${fullName(merged)} is one customer now (<a href="#/customer/${encodeURIComponent(merged.id)}">open the 360</a>).</p>`;
      } else {
        await ask<{ rejectMatch: boolean }>(rejectMatch, { customerIds, reason });
        notice = html`<p class="done" role="status">Kept apart: ${fullName(pair.customer)} and ${fullName(pair.other)} will not be proposed again.</p>`;
      }
    } catch (error) {
      notice = failure(error);
    }
    await load();
  };
  const filter = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const minScore = String(form.get('minScore') ?? '').trim();
    const source = String(form.get('source') ?? '').trim();
    if (minScore && !(Number(minScore) >= 0 && Number(minScore) <= 1)) {
      notice = failure(new Error(`Minimum score must be a number from 0 to 1, got "${minScore}".`));
      redraw();
      return;
    }
    filters.minScore = minScore ? Number(minScore) : undefined;
    filters.source = source || undefined;
    cursors = [null];
    notice = '';
    void load();
  };
  const next = (cursor: string) => {
    cursors.push(cursor);
    void load();
  };

  const pairs = (queue: Page) => html`
    <p class="count" id="queue-count">${queue.totalCount} pairs to review</p>
    ${queue.nodes.map((pair) => pairView(pair, decide))}
    ${
      queue.pageInfo.hasNextPage && queue.pageInfo.endCursor
        ? html`<button type="button" id="next-pairs" @click=${() => next(queue.pageInfo.endCursor!)}>Next pairs</button>`
        : ''
    }`;
  const page = () => html`
    <h1>Review queue</h1>
    <form id="queue-filter" @submit=${filter}>
      <label>Score at least <input name="minScore" inputmode="decimal" placeholder="0.8"></label>
      <label>Source <input name="source" placeholder="crm"></label>
      <button type="submit">Filter</button>
    </form>
    <div id="queue-notice">${notice}</div>
    <section id="queue">${outcome}</section>`;
  redraw();
  await load();
}

function pairView(
  pair: PossibleMatch,
  decide: (pair: PossibleMatch, decision: 'confirm' | 'reject', reason?: string) => Promise<void>,
): TemplateResult {
  const reject = (event: SubmitEvent) => {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '').trim();
    if (reason) void decide(pair, 'reject', reason);
  };
  return html`
    <article class="panel pair" data-customers="${pair.customer.id} ${pair.other.id}">
      <h2>${(pair.score * 100).toFixed(1)}% likely one person</h2>
      <table class="side-by-side">
        <thead><tr><th></th><th>${fullName(pair.customer)}</th><th>${fullName(pair.other)}</th></tr></thead>
        <tbody>
          ${compared.map(
            (
              attribute,
            ) => html`<tr class=${pair.customer[attribute] === pair.other[attribute] ? 'same' : 'differs'} data-attribute=${attribute}>
            <th>${attribute}</th><td>${shown(pair.customer[attribute])}</td><td>${shown(pair.other[attribute])}</td></tr>`,
          )}
          <tr data-attribute="identities"><th>identities</th><td>${identities(pair.customer)}</td><td>${identities(pair.other)}</td></tr>
          <tr data-attribute="records"><th>records</th><td>${records(pair.customer)}</td><td>${records(pair.other)}</td></tr>
        </tbody>
      </table>
      <ul class="reasons">${pair.reasons.map((reason) => html`<li>${reason}</li>`)}</ul>
      <div class="decision">
        <button type="button" class="confirm" @click=${() => void decide(pair, 'confirm')}>Same person: merge</button>
        <form class="reject" @submit=${reject}>
          <input name="reason" aria-label="Why they are different people" placeholder="Why they are different people" required>
          <button type="submit">Different people</button>
        </form>
      </div>
    </article>`;
}

const records = (side: Side) =>
  html`${side.sourceRecords.nodes.map((record, index) => html`${index ? html`<br>` : ''}${record.source} ${shown(record.sourceId)} (${record.kind})`)}`;

const identities = (side: Side) =>
  html`${side.identities.map((identity, index) => html`${index ? html`<br>` : ''}${identity.type} ${shown(identity.value)}`)}`;
