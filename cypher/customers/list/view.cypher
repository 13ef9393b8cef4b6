// name: customers/list/view
// mode: fragment
// param $profile: the profile values to read, by name (src/customers/selection/profile.ts): only those the request selects
// slot {{start}}: clauses ending with the list's customers as rows `c, key` in the list's order (key: the cursor's sort key)
// slot {{fields}} one after another: one customers/360/field per field the request selects
// A list of customers (a page, a search, an audience) and, for each, the fields its request
// selects, in one statement: the 360's field fragments run once per customer of the list.
// Instants leave as ISO text (toString), here and in the field fragments: the driver's decoding
// of temporal values cost more than the rest of a page of 100; the DateTime scalar normalises them.
{{start}}
WITH collect({c: c, key: key}) AS rows
UNWIND range(0, size(rows) - 1) AS at
WITH rows[at].c AS c, rows[at].key AS key, at
CALL (c) {
  WITH c, [] AS answers
  {{fields}}
  RETURN answers
}
RETURN [field IN $profile | CASE WHEN field IN ['createdAt', 'updatedAt'] THEN toString(c[field]) ELSE c[field] END] AS profile, key, answers
ORDER BY at
