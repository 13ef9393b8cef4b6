import { html, render, type TemplateResult } from 'lit-html';
import { ask } from './api.js';
import type { Customer360, CustomerSources } from './customer.js';
import { customerLink, day, failure, fullName, loading, shown, when } from './format.js';
import { customerAttributes as profileAttributes } from '../../vocabulary.js';
import { drawJourney } from './journey-graph.js';
import { journeyMoments, type Moment } from './journey.js';
import { customer360, customerSources } from './operations.js';
import { leadSection } from './qualification.js';

/**
 * The customer 360: the profile with the source of each value, identities, metrics, consents with
 * their history, segments, household, orders, topics, lead qualification and the journey graph.
 * Sources are a request of their own: only some roles may read them, and the others see why not.
 */
export async function showCustomer(view: HTMLElement, id: string): Promise<void> {
  render(loading('the customer'), view);
  const [core, sources] = await Promise.allSettled([
    ask<{ customer: Customer360 | null }>(customer360, { id }),
    ask<{ customer: CustomerSources | null }>(customerSources, { id }),
  ]);
  if (core.status === 'rejected') {
    render(failure(core.reason), view);
    return;
  }
  const customer = core.value.customer;
  if (!customer) {
    render(html`<p class="empty">No customer has the id ${id}.</p>`, view);
    return;
  }
  const moments = journeyMoments(customer.journey.steps, customer.journey.entry?.id ?? null);
  render(page(customer, sources, moments), view);
  if (moments.length > 0) drawJourney(view.querySelector<HTMLElement>('#journey-graph')!, moments);
}

type SourcesAnswer = PromiseSettledResult<{ customer: CustomerSources | null }>;

function page(customer: Customer360, sources: SourcesAnswer, moments: Moment[]): TemplateResult {
  const known = sources.status === 'fulfilled' ? (sources.value.customer ?? undefined) : undefined;
  const refusal = sources.status === 'rejected' ? sources.reason : undefined;
  return html`
    <h1 id="customer-name">${fullName(customer)}</h1>
    <p class="summary">Customer <code id="customer-id">${customer.id}</code> · stage ${shown(customer.lifecycleStage)}
      · journey stage ${shown(customer.journey.currentStage)} · in the graph since ${day(customer.createdAt)}</p>
    <div class="grid">
      ${section('profile', 'Profile', profile(customer, known, refusal))}
      ${section('identities', 'Identities', identities(customer))}
      ${section('metrics', 'Metrics', metrics(customer))}
      ${section('consents', 'Consents', consents(customer))}
      ${section('segments', 'Segments and household', membership(customer))}
      ${section('topics', 'Topics', topics(customer))}
    </div>
    ${section('journey', 'Journey', journey(moments))}
    ${section('lead', 'Lead qualification', leadSection(customer))}
    ${section('orders', 'Orders', orders(customer))}
    ${known ? section('source-records', `Source records (${known.sourceRecords.totalCount})`, sourceRecords(known)) : ''}`;
}

const section = (id: string, title: string, body: TemplateResult): TemplateResult =>
  html`<section id=${id} class="panel"><h2>${title}</h2>${body}</section>`;

function profile(customer: Customer360, sources: CustomerSources | undefined, refusal: unknown): TemplateResult {
  const sourceOf = (attribute: string) => sources?.attributeSources.find((entry) => entry.attribute === attribute);
  return html`
    <table class="profile">
      <thead><tr><th>Attribute</th><th>Value</th><th>Source</th></tr></thead>
      <tbody>${profileAttributes.map((attribute) => {
        const source = sourceOf(attribute);
        return html`<tr data-attribute=${attribute}><th>${attribute}</th><td>${shown(customer[attribute])}</td>
          <td>${source ? html`${source.source} <code>${shown(source.sourceId)}</code>, ${day(source.saidAt)}` : ''}</td></tr>`;
      })}</tbody>
    </table>
    ${sources ? '' : html`<p class="note" id="sources-refused">Sources not shown: ${refusal instanceof Error ? refusal.message : 'not available'}</p>`}`;
}

const identities = (customer: Customer360) => html`
  <table><thead><tr><th>Type</th><th>Value</th><th>First seen</th></tr></thead>
  <tbody>${customer.identities.map((identity) => html`<tr><td>${identity.type}</td><td>${shown(identity.value)}</td><td>${day(identity.firstSeenAt)}</td></tr>`)}</tbody></table>`;

function metrics(customer: Customer360): TemplateResult {
  const m = customer.metrics;
  const money = (value: { amount: string; currency: string } | null) => (value ? `${value.amount} ${value.currency}` : '—');
  const rows: [string, unknown][] = [
    ['Orders', m.orderCount],
    ['Lifetime value', money(m.lifetimeValue)],
    ['Average order', money(m.averageOrderValue)],
    ['First seen', when(m.firstSeenAt)],
    ['Last seen', when(m.lastSeenAt)],
    ['Days since last order', m.recencyDays],
    ['RFM', m.recencyScore === null ? null : `${m.recencyScore} / ${m.frequencyScore} / ${m.monetaryScore}`],
  ];
  return html`<dl class="metrics">${rows.map(([label, value]) => html`<dt>${label}</dt><dd>${shown(value)}</dd>`)}</dl>`;
}

const consents = (customer: Customer360) =>
  customer.consents.length === 0
    ? html`<p class="empty">No consent recorded.</p>`
    : html`
  <ul class="consents">${customer.consents.map(
    (consent) => html`<li data-purpose=${consent.purpose}>
    <strong>${consent.purpose}</strong>: <span class="status ${consent.status.toLowerCase()}">${consent.status}</span> on ${day(consent.at)} (${consent.source})
    <ol class="history">${consent.history.map((event) => html`<li>${day(event.at)} ${event.status} (${event.source})</li>`)}</ol>
  </li>`,
  )}</ul>`;

const membership = (customer: Customer360) => html`
  <ul class="segments">${customer.segments.map((entry) => html`<li>${entry.segment.name}: since ${day(entry.entered)}${entry.left ? `, left ${day(entry.left)}` : ''}</li>`)}</ul>
  ${customer.segments.length === 0 ? html`<p class="empty">In no segment.</p>` : ''}
  ${
    customer.household
      ? html`<p id="household">Household of ${customer.household.size}, with ${customer.household.members
          .filter((member) => member.id !== customer.id)
          .map((member, index) => html`${index ? ', ' : ''}${customerLink(member)}`)}</p>`
      : html`<p class="empty">In no household.</p>`
  }`;

const topics = (customer: Customer360) =>
  customer.topics.length === 0
    ? html`<p class="empty">No topic yet.</p>`
    : html`
  <table><thead><tr><th>Topic</th><th>Signals</th><th>Touchpoints</th><th>Sentiment</th><th>Latest</th></tr></thead>
  <tbody>${customer.topics.map(
    (topic) => html`<tr><td>${topic.topic.name}</td><td>${topic.signals}</td><td>${topic.touchpoints}</td>
    <td>${shown(topic.sentiment)}</td><td>${day(topic.lastAt)}</td></tr>`,
  )}</tbody></table>`;

function journey(moments: Moment[]): TemplateResult {
  if (moments.length === 0) return html`<p class="empty">No touchpoint, order or signal yet.</p>`;
  return html`
    <p class="legend">Time runs left to right, one lane per channel (a platform for social signals). ● touchpoint ◆ order ▢ social signal; the thick border is where the customer entered, orange labels mark a change of stage.</p>
    <div id="journey-graph"></div>
    <details><summary>The same journey as a list</summary>
      <ol id="journey-steps">${moments.map(
        (moment) => html`<li data-id=${moment.id}>
        ${when(moment.at)} · ${moment.kind.toLowerCase().replace('_', ' ')} ${moment.type} on ${moment.channel} · ${moment.stage}
        ${moment.entry ? html` <strong>entry</strong>` : ''}${moment.stageChanged ? html` <em>stage change</em>` : ''}
      </li>`,
      )}</ol>
    </details>`;
}

const orders = (customer: Customer360) =>
  customer.orders.nodes.length === 0
    ? html`<p class="empty">No order.</p>`
    : html`
  <p class="count">${customer.orders.totalCount} orders${customer.orders.totalCount > customer.orders.nodes.length ? `, the latest ${customer.orders.nodes.length} shown` : ''}</p>
  <table class="orders"><thead><tr><th>Placed</th><th>Channel</th><th>Total</th><th>Lines</th></tr></thead>
  <tbody>${customer.orders.nodes.map(
    (order) => html`<tr><td>${when(order.placedAt)}</td><td>${shown(order.channel)}</td>
    <td>${order.total.amount} ${order.total.currency}</td>
    <td>${order.lines.map((line) => `${line.quantity} × ${line.product.name}`).join(', ')}</td></tr>`,
  )}</tbody></table>`;

const sourceRecords = (sources: CustomerSources) => html`
  <table><thead><tr><th>Source</th><th>Id</th><th>Kind</th><th>Updated</th><th>Imported</th></tr></thead>
  <tbody>${sources.sourceRecords.nodes.map(
    (record) => html`<tr><td>${record.source}</td><td>${shown(record.sourceId)}</td><td>${record.kind}</td>
    <td>${when(record.updatedAt)}</td><td>${when(record.importedAt)}</td></tr>`,
  )}</tbody></table>`;
