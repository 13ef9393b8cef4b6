/**
 * Values people type when a form insists: they identify nobody, and many unrelated people share
 * them, so identity resolution must never link on them. Placeholder phones are not valid numbers,
 * so the current ingestion schema rejects the records that carry them (defect "placeholder-phone").
 */
export const placeholderEmails = ['test@test.com', 'noreply@example.com'] as const;
export const placeholderPhones = ['000000', '0000000000'] as const;
export const placeholderNames = ['unknown', 'n/a'] as const;
