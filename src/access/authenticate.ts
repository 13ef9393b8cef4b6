import { looksLikeApiKey, type ApiKeys } from './api-keys.js';
import type { Caller } from './caller.js';
import { TokenRefused } from './tokens.js';

/** The request did not say who is calling, or said it with a credential we refuse (HTTP 401). */
export class NotAuthenticated extends Error {
  constructor(reason: string) {
    super(`Not authenticated: ${reason}.`);
  }
}

export type Authenticate = (authorization: string | null) => Promise<Caller>;

/** `Authorization: Bearer <JWT or API key>` to a caller, or NotAuthenticated saying what was wrong. */
export function authenticator(verifyToken: (token: string) => Promise<Caller>, apiKeys: ApiKeys): Authenticate {
  return async (authorization) => {
    if (!authorization) throw new NotAuthenticated('send "Authorization: Bearer <token or API key>"');
    const [scheme, credential] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !credential)
      throw new NotAuthenticated('the Authorization header must be "Bearer <token or API key>"');
    if (looksLikeApiKey(credential)) {
      const caller = await apiKeys.verify(credential);
      if (!caller) throw new NotAuthenticated('the API key is unknown or revoked');
      return caller;
    }
    try {
      return await verifyToken(credential);
    } catch (error) {
      if (error instanceof TokenRefused) throw new NotAuthenticated(error.message);
      throw error;
    }
  };
}
