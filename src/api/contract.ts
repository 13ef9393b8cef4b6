import type { Role as SchemaRole, PersonalKind as SchemaPersonalKind } from './schema-types.generated.js';
import type { Role } from '../access/caller.js';
import type { PersonalKind } from '../access/policy.js';

/**
 * The domain keeps its own lists of what schema.graphql also enumerates, so that it needs no
 * GraphQL; these lines stop the type check the day the two differ.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const rolesAgree: Same<Role, SchemaRole> = true;
export const personalKindsAgree: Same<PersonalKind, SchemaPersonalKind> = true;
