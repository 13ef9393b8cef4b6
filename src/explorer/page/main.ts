import { html, render } from 'lit-html';
import { ask, credential } from './api.js';
import { showAudienceBuilder } from './audience.js';
import { showCustomer } from './customer-360.js';
import { showFind } from './find.js';
import { failure } from './format.js';
import { me } from './operations.js';
import { showReviewQueue } from './review-queue.js';
import { showSignIn } from './sign-in.js';

interface Caller {
  actor: string;
  role: string;
  via: string;
}

const top = document.getElementById('top')!;
const view = document.getElementById('view')!;

/** The views, by the address after '#': #/find, #/customer/<id>, #/audience, #/queue. */
async function route(): Promise<void> {
  if (!credential.get()) return showSignIn(view, start);
  const [, name, argument] = location.hash.split('/');
  if (name === 'customer' && argument) return showCustomer(view, decodeURIComponent(argument));
  if (name === 'audience') return showAudienceBuilder(view);
  if (name === 'queue') return showReviewQueue(view);
  return showFind(view);
}

/** Checks the credential with `me` (a bad one returns to the sign-in form, saying why), then routes. */
async function start(): Promise<void> {
  render(html``, top);
  if (!credential.get()) return route();
  try {
    const { me: caller } = await ask<{ me: Caller }>(me);
    render(header(caller), top);
  } catch (error) {
    credential.clear();
    await showSignIn(view, start);
    render(failure(error), top);
    return;
  }
  await route();
}

function header(caller: Caller) {
  const signOut = () => {
    credential.clear();
    location.hash = '';
    void start();
  };
  return html`
    <nav>
      <strong>Customer explorer</strong>
      <a href="#/find">Find a customer</a>
      <a href="#/audience">Audience builder</a>
      <a href="#/queue">Review queue</a>
    </nav>
    <p class="caller">Signed in as <span id="actor">${caller.actor}</span> (<span id="role">${caller.role}</span>, ${caller.via})
      <button type="button" @click=${signOut}>Sign out</button></p>`;
}

window.addEventListener('hashchange', () => void route());
view.replaceChildren(); // lit-html renders beside what is there: the page's "Loading" goes first
void start();
