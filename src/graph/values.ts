import neo4j from 'neo4j-driver';

/**
 * Neo4j values as plain JSON-friendly values. Integers become numbers when they fit in a double
 * without loss and decimal strings when they do not, so nothing is silently rounded; temporal
 * values become ISO-8601 strings; nodes and relationships become their properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return typeof value === 'bigint' ? plainBigInt(value) : value; // most values: no driver type to check
  if (Array.isArray(value)) return value.map(toPlain);
  // A Cypher map is a plain object, and no driver type is: checked first, since a big answer is mostly maps.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isTemporal(value)) return String(value);
  if (isEntity(value)) return toPlain(value.properties);
  return plainMap(value as Record<string, unknown>);
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(value)) plain[key] = toPlain(value[key]);
  return plain;
}

const plainBigInt = (value: bigint) => (Number.isSafeInteger(Number(value)) ? Number(value) : value.toString());

/**
 * Parameters for the driver. A JavaScript integer is sent as a Neo4j integer (the driver would
 * send a float, which LIMIT, SKIP and range() refuse); fractional numbers stay floats.
 */
export function toParameters(params: Record<string, unknown>): Record<string, unknown> {
  return toParameter(params) as Record<string, unknown>;
}

// Loops rather than entries/fromEntries: ingestion sends every record through here.
function toParameter(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toParameter);
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const converted: Record<string, unknown> = {};
  for (const key in value) converted[key] = toParameter((value as Record<string, unknown>)[key]);
  return converted;
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDateTime(value) ||
    neo4j.isDate(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}

function isEntity(value: unknown): value is { properties: Record<string, unknown> } {
  return neo4j.isNode(value) || neo4j.isRelationship(value);
}
