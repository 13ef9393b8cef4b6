/**
 * Strings an attacker or an unlucky source might send: Cypher and SQL syntax, quotes, backticks,
 * parameter and template look-alikes, control characters (no NUL), right-to-left and emoji text,
 * combining characters, and a long one. Mixed case, so standardisation leaves names as they are.
 */
export const hostileStrings = [
  `Ann'}) MATCH (n) DETACH DELETE n //`,
  `Bo" OR 1=1 --`,
  'Cy`) CALL db.labels() YIELD label RETURN label //',
  'Di $param $identities {value: 1}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the hostile text itself
  'Ed {{slot}} ${injection}',
  'Flo\u0001\u0007\u001b[31mred\u007f',
  'Gül \u202eRTL\u202c שלום عربي',
  'Hé 🙂🚀 👩‍👩‍👧',
  'Ine\u0301s Zoe\u0308 Nan\u0303a',
  `Jo\\'); DROP TABLE customers; -- ${'Long '.repeat(400)}`,
];

/** What ingestion stores for a text: whitespace runs become one space, ends trimmed. */
export const standardText = (value: string) => value.replace(/\s+/g, ' ').trim();
