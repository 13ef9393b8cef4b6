import { html, render, type TemplateResult } from 'lit-html';
import { ask } from './api.js';
import type { Customer360, LeadReason } from './customer.js';
import { day, failure, loading, shown, when } from './format.js';
import { qualification } from './operations.js';

interface Qualification {
  recommendation: string;
  score: number;
  channel: string | null;
  reasons: (LeadReason & { factId: string })[];
}

/** The next best action the graph suggests, and the qualification for any subject the user names. */
export function leadSection(customer: Customer360): TemplateResult {
  const action = customer.nextBestAction;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const subject = { [String(form.get('kind'))]: String(form.get('value')).trim() };
    const target = document.getElementById('qualification-result')!;
    render(loading('the qualification'), target);
    try {
      const answer = await ask<{ customer: { qualification: Qualification } }>(qualification, { id: customer.id, subject });
      render(result(answer.customer.qualification), target);
    } catch (error) {
      render(failure(error), target);
    }
  };
  return html`
    <div id="next-best-action">${
      action
        ? html`<p><strong>Next best action:</strong> ${action.recommendation} about <strong>${action.topic.name}</strong>
          on ${shown(action.channel)} at ${when(action.at)}${action.capped ? ' (pushed later by the contact cap)' : ''}</p>${reasons(action.reasons)}`
        : html`<p class="empty">Nothing in the graph calls for a contact now.</p>`
    }</div>
    <form id="qualify" @submit=${submit}>
      <label>Qualify for <select name="kind"><option value="topic">topic</option><option value="category">category</option><option value="sku">product (SKU)</option></select></label>
      <input name="value" aria-label="Subject" required placeholder="coffee, Home > Kitchen, SKU-1">
      <button type="submit">Qualify</button>
    </form>
    <div id="qualification-result"></div>`;
}

const result = (found: Qualification) => html`
  <p><strong class="recommendation">${found.recommendation}</strong> · score ${found.score.toFixed(2)} · channel ${shown(found.channel)}</p>
  ${reasons(found.reasons)}`;

const reasons = (list: LeadReason[]) =>
  list.length === 0
    ? html`<p class="empty">No fact in the graph speaks for it.</p>`
    : html`
  <ul class="reasons">${list.map((reason) => html`<li><span class="kind">${reason.kind}</span> ${day(reason.at)}: ${shown(reason.text)}</li>`)}</ul>`;
