import { html, type TemplateResult } from 'lit-html';

/** What the API masked for the caller's role reads as masked; what is absent reads as a dash. */
export function shown(value: unknown): TemplateResult | string {
  if (value === null || value === undefined || value === '') return html`<span class="none">—</span>`;
  if (value === '[masked]') return html`<span class="masked" title="Your role may not see this value">[masked]</span>`;
  return String(value);
}

/** An instant as the API gives it (UTC), to the minute. */
export const when = (iso: string | null | undefined): string => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : '—');

export const day = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '—');

export const fullName = (person: { givenName?: string | null; familyName?: string | null }): string =>
  [person.givenName, person.familyName].filter((part) => part && part !== '[masked]').join(' ') || '(name not shown)';

/** A link to a customer's 360, except for an analyst's pseudonym, which opens nothing. */
export function customerLink(person: { id: string; givenName?: string | null; familyName?: string | null }): TemplateResult {
  if (person.id.startsWith('anon_')) return html`<span class="pseudonym">${person.id}</span>`;
  return html`<a href="#/customer/${encodeURIComponent(person.id)}">${fullName(person)}</a>`;
}

export const failure = (error: unknown): TemplateResult =>
  html`<p class="error" role="alert">${error instanceof Error ? error.message : String(error)}</p>`;

export const loading = (what: string): TemplateResult => html`<p class="loading">Loading ${what}…</p>`;
