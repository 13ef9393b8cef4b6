import { html, render, type TemplateResult } from 'lit-html';
import { ask } from './api.js';
import { customerLink, failure, loading, shown } from './format.js';
import { byIdentity, search } from './operations.js';

interface CustomerRow {
  id: string;
  givenName: string | null;
  familyName: string | null;
  city: string | null;
  country: string | null;
  lifecycleStage: string | null;
}

interface Found {
  rows: CustomerRow[];
  total: number;
}

const identityTypes = ['EMAIL', 'PHONE', 'CRM_ID', 'LOYALTY_ID', 'DEVICE_ID', 'SOCIAL_HANDLE', 'NATIONAL_ID'];

/** Find a customer by full-text search over names, emails and handles, or by one identifier. */
export async function showFind(view: HTMLElement): Promise<void> {
  const show = (results: TemplateResult) => render(page(results), view);
  const run = async (what: string, lookUp: () => Promise<Found>) => {
    show(loading(what));
    try {
      show(table(await lookUp()));
    } catch (error) {
      show(failure(error));
    }
  };
  const onSearch = (event: SubmitEvent) => {
    event.preventDefault();
    const text = new FormData(event.target as HTMLFormElement).get('text')!.toString();
    void run('results', async () => {
      const found = (await ask<{ search: { totalCount: number; nodes: CustomerRow[] } }>(search, { text })).search;
      return { rows: found.nodes, total: found.totalCount };
    });
  };
  const onIdentity = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    void run('the customer', async () => {
      const holder = (
        await ask<{ customerByIdentity: CustomerRow | null }>(byIdentity, { type: form.get('type'), value: form.get('value') })
      ).customerByIdentity;
      return { rows: holder ? [holder] : [], total: holder ? 1 : 0 };
    });
  };
  const page = (results: TemplateResult) => html`
    <h1>Find a customer</h1>
    <div class="find-forms">
      <form id="search" @submit=${onSearch}>
        <label>Name, email or social handle <input name="text" type="search" required></label>
        <button type="submit">Search</button>
      </form>
      <form id="identity" @submit=${onIdentity}>
        <label>Identifier <select name="type">${identityTypes.map((type) => html`<option>${type}</option>`)}</select></label>
        <input name="value" aria-label="Identifier value" required>
        <button type="submit">Look up</button>
      </form>
    </div>
    <section id="results">${results}</section>`;
  show(html``);
}

function table({ rows, total }: Found): TemplateResult {
  if (rows.length === 0) return html`<p class="empty">No customer found.</p>`;
  return html`
    <p class="count">${total} found${total > rows.length ? `, the first ${rows.length} shown` : ''}</p>
    <table class="customers">
      <thead><tr><th>Name</th><th>City</th><th>Country</th><th>Stage</th></tr></thead>
      <tbody>${rows.map(
        (row) => html`<tr>
        <td>${customerLink(row)}</td><td>${shown(row.city)}</td><td>${shown(row.country)}</td><td>${shown(row.lifecycleStage)}</td>
      </tr>`,
      )}</tbody>
    </table>`;
}
