import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { CustomerRecord } from '../customers.js';
import { customerAttributes } from '../../vocabulary.js';
import { fieldNodes } from '../selection.js';

/** The profile values a Customer node holds, as customers/360/view and customers/list/view read them. */
export const profileFields = ['id', ...customerAttributes, 'createdAt', 'updatedAt'] as const;

/**
 * The profile values a request selects of its customers (`$profile` of the views): only those
 * are read and sent, the id always (it keys everything else). A page of 100 asking names only
 * sends a fraction of the bytes; a customer record is then partial, so it is not put in the
 * request's customer loader, where another selection could find fields missing.
 */
export function selectedProfile(
  info: Pick<GraphQLResolveInfo, 'fragments' | 'variableValues'>,
  sets: readonly (SelectionSetNode | undefined)[],
) {
  const asked = new Set(fieldNodes(info, sets).map((node) => node.name.value));
  const fields: string[] = profileFields.filter((field) => field === 'id' || asked.has(field));
  return { fields, whole: fields.length === profileFields.length };
}

/** The record of a customer from the values the view projected, in the order of the fields. */
export function profileRecord(fields: readonly string[], values: unknown[]): CustomerRecord {
  const record: Record<string, unknown> = {};
  fields.forEach((field, index) => {
    record[field] = values[index];
  });
  return record as unknown as CustomerRecord;
}
