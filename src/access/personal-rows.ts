import type { AccessPolicy, BaseKind } from './policy.js';
import type { RequestAccess } from './request-access.js';

type Row = Record<string, unknown>;

/**
 * Rows of an analyst query, as the caller's role may see them: the same rule as personal fields
 * (rules/personal-data.yaml), applied per column. Visible personal columns are audited as
 * `<query>.<column>`, against the customer of the row's first customer-id column.
 */
export function guardRows(
  rows: Row[],
  columns: { name: string; kind: BaseKind }[],
  source: string,
  access: RequestAccess,
  policy: AccessPolicy,
): Row[] {
  const role = access.caller.role;
  const customerColumn = columns.find((column) => column.kind === 'CUSTOMER_ID')?.name;
  return rows.map((row) => {
    const guarded = { ...row };
    for (const { name, kind } of columns) {
      if (policy.sees(role, kind)) {
        if (kind !== 'CUSTOMER_ID') access.recordRead(customerColumn ? String(row[customerColumn]) : '', `${source}.${name}`);
      } else {
        guarded[name] = kind === 'CUSTOMER_ID' && typeof row[name] === 'string' ? access.pseudonym(row[name]) : null;
      }
    }
    return guarded;
  });
}
