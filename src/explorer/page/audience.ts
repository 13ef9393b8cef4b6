import { html, render, type TemplateResult } from 'lit-html';
import { ask } from './api.js';
import { categories, filterOf, type ConditionRow, type FieldSpec } from './audience-conditions.js';
import { customerLink, failure, loading, shown } from './format.js';
import { audiencePreview } from './operations.js';

interface Preview {
  totalCount: number;
  nodes: {
    id: string;
    givenName: string | null;
    familyName: string | null;
    city: string | null;
    country: string | null;
    lifecycleStage: string | null;
  }[];
  compiled: { cypher: string; parameters: string };
}

/** Pick conditions across categories, then see how many match, the first ten, and the Cypher it compiles to. */
export async function showAudienceBuilder(view: HTMLElement): Promise<void> {
  const rows: ConditionRow[] = [{ category: 'purchased', negated: false, values: {} }];
  let combine: 'all' | 'any' = 'all';
  let outcome: TemplateResult = html``;
  const redraw = () => render(page(), view);
  const preview = async (event: SubmitEvent) => {
    event.preventDefault();
    try {
      const filter = filterOf(rows, combine);
      outcome = loading('the audience');
      redraw();
      outcome = result((await ask<{ audience: Preview }>(audiencePreview, { filter })).audience);
    } catch (error) {
      outcome = failure(error);
    }
    redraw();
  };
  const rowView = (row: ConditionRow, index: number) => html`
    <fieldset class="condition" data-index=${index}>
      <legend>Condition ${index + 1}</legend>
      <label><input type="checkbox" .checked=${row.negated} @change=${(e: Event) => {
        row.negated = (e.target as HTMLInputElement).checked;
      }}> not</label>
      <select name="category" aria-label="Category" .value=${row.category}
        @change=${(e: Event) => {
          row.category = (e.target as HTMLSelectElement).value;
          row.values = {};
          redraw();
        }}>
        ${Object.entries(categories).map(([name, category]) => html`<option value=${name} ?selected=${name === row.category}>${category.label}</option>`)}
      </select>
      ${categories[row.category]!.fields.map((field) => input(field, row))}
      <button type="button" class="remove" @click=${() => {
        rows.splice(index, 1);
        redraw();
      }}>Remove</button>
    </fieldset>`;
  const page = () => html`
    <h1>Audience builder</h1>
    <form id="audience" @submit=${preview}>
      <label>Customers matching <select name="combine" @change=${(e: Event) => {
        combine = (e.target as HTMLSelectElement).value as 'all' | 'any';
      }}>
        <option value="all">all</option><option value="any">any</option></select> of these conditions</label>
      ${rows.map(rowView)}
      <button type="button" id="add-condition" @click=${() => {
        rows.push({ category: 'profile', negated: false, values: {} });
        redraw();
      }}>Add a condition</button>
      <button type="submit">Preview</button>
    </form>
    <section id="audience-result">${outcome}</section>`;
  redraw();
}

function input(field: FieldSpec, row: ConditionRow): TemplateResult {
  const set = (e: Event) => {
    row.values[field.name] = (e.target as HTMLInputElement | HTMLSelectElement).value;
  };
  if (field.kind === 'choice') {
    return html`<label>${field.label} <select name=${field.name} @change=${set}>
      <option value="">—</option>${field.choices!.map((choice) => html`<option ?selected=${row.values[field.name] === choice}>${choice}</option>`)}</select></label>`;
  }
  const type = field.kind === 'date' ? 'date' : 'text';
  return html`<label>${field.label} <input name=${field.name} type=${type} .value=${row.values[field.name] ?? ''} @input=${set}></label>`;
}

const result = (audience: Preview) => html`
  <p class="count" id="audience-count">${audience.totalCount} customers</p>
  ${
    audience.nodes.length === 0
      ? ''
      : html`
    <table class="customers"><thead><tr><th>Customer</th><th>City</th><th>Country</th><th>Stage</th></tr></thead>
    <tbody>${audience.nodes.map(
      (member) => html`<tr><td>${customerLink(member)}</td><td>${shown(member.city)}</td>
      <td>${shown(member.country)}</td><td>${shown(member.lifecycleStage)}</td></tr>`,
    )}</tbody></table>`
  }
  <h2>Compiled Cypher</h2>
  <p class="hint">What analysts run in cypher-shell or Neo4j Browser (the first page of 100; change <code>$after</code> and <code>$limit</code> to page).</p>
  <pre id="compiled-cypher">${audience.compiled.cypher}</pre>
  <pre id="compiled-parameters">${JSON.stringify(JSON.parse(audience.compiled.parameters), null, 2)}</pre>`;
