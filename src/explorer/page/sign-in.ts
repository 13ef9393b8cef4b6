import { html, render } from 'lit-html';
import { credential } from './api.js';

/** The sign-in form: a bearer token or an API key (cgk_...), sent as `Authorization: Bearer`. */
export async function showSignIn(view: HTMLElement, signedIn: () => Promise<void>): Promise<void> {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const value = new FormData(event.target as HTMLFormElement).get('credential')?.toString().trim();
    if (!value) return;
    credential.set(value);
    void signedIn();
  };
  render(
    html`
    <section class="sign-in">
      <h1>Sign in</h1>
      <p>Paste a token from your identity provider or an API key. In development,
        <code>npm run access -- token --role SALES</code> mints a token for a role.</p>
      <form @submit=${submit}>
        <label>Token or API key <textarea name="credential" rows="4" required autocomplete="off"></textarea></label>
        <button type="submit">Sign in</button>
      </form>
      <p class="hint">You see what your role may see: other fields come back masked, and parts of the
        360 your role may not use say so.</p>
    </section>`,
    view,
  );
}
