/** The one way the explorer reads and writes: the same GraphQL API as every other client. */

const credentialKey = 'customer-graph.credential';

/** The token or API key the user signed in with, kept for this browser tab only. */
export const credential = {
  get: (): string | null => sessionStorage.getItem(credentialKey),
  set: (value: string) => sessionStorage.setItem(credentialKey, value),
  clear: () => sessionStorage.removeItem(credentialKey),
};

/** A refusal or failure as the API worded it (401, 403, a bad argument...). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${credential.get() ?? ''}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<T>;
  const errors = body.errors ?? [];
  if (errors.length > 0 || !body.data) {
    const message = errors.map((error) => error.message).join(' ') || `The service answered HTTP ${response.status}.`;
    throw new ApiError(message, errors[0]?.extensions?.code, response.status);
  }
  return body.data;
}
