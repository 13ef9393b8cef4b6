import { GraphQLError } from 'graphql';
import { looksLikeApiKey, type ApiKeys } from './api-keys.js';
import type { Caller } from './caller.js';
import { TokenRefused } from './tokens.js';

/** The request did not say who is calling, or said it with a credential we refuse (HTTP 401). */
export function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`Not authenticated: ${reason}.`, { extensions: { code: 'UNAUTHENTICATED' } });
}

export type Authenticate = (authorization: string | null) => Promise<Caller>;

/** `Authorization: Bearer <JWT or API key>` to a caller, or a 401 that says what was wrong. */
export function authenticator(verifyToken: (token: string) => Promise<Caller>, apiKeys: ApiKeys): Authenticate {
  return async (authorization) => {
    if (!authorization) throw unauthenticated('send "Authorization: Bearer <token or API key>"');
    const [scheme, credential] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !credential) throw unauthenticated('the Authorization header must be "Bearer <token or API key>"');
    if (looksLikeApiKey(credential)) {
      const caller = await apiKeys.verify(credential);
      if (!caller) throw unauthenticated('the API key is unknown or revoked');
      return caller;
    }
    try {
      return await verifyToken(credential);
    } catch (error) {
      if (error instanceof TokenRefused) throw unauthenticated(error.message);
      throw error;
    }
  };
}
