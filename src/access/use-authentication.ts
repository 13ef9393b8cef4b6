import type { Plugin } from 'graphql-yoga';
import { NotAuthenticated, type Authenticate } from './authenticate.js';
import type { Caller } from './caller.js';

const callers = new WeakMap<Request, Caller>();

/**
 * Who is calling is settled before a request is even parsed: without good credentials it gets
 * 401 and learns nothing of the schema (no validation errors, no suggestions). GraphiQL's page
 * itself is served before this runs; its requests carry the token typed into its headers tab.
 */
export function useAuthentication(authenticate: Authenticate): Plugin {
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      try {
        callers.set(request, await authenticate(request.headers.get('authorization')));
      } catch (error) {
        if (!(error instanceof NotAuthenticated)) throw error;
        const body = { errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] };
        endResponse(
          new fetchAPI.Response(JSON.stringify(body), {
            status: 401,
            headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer realm="customer-graph"' },
          }),
        );
      }
    },
  };
}

export function callerOf(request: Request): Caller {
  const caller = callers.get(request);
  if (!caller) throw new Error('the request reached execution without being authenticated');
  return caller;
}
