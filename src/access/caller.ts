/** The roles a caller acts in; schema.graphql's enum Role lists the same (src/api/contract.ts checks). */
export const roles = ['SALES', 'MARKETING', 'SERVICE', 'ANALYST', 'ADMIN', 'INGEST'] as const;
export type Role = (typeof roles)[number];

/** Who is calling: the subject of a token or the name of an API key, and the one role it acts in. */
export interface Caller {
  actor: string;
  role: Role;
  via: 'token' | 'api-key';
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}
