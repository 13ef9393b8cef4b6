// name: customers/360/view
// mode: fragment
// param $profile: the profile values to read, by name (src/customers/selection/profile.ts): only those the request selects
// slot {{start}}: the clause that finds the one customer c (by id or by identifier)
// slot {{fields}} one after another: one customers/360/field per field the request selects
// One customer's 360 view in one statement: the profile, then one answer per selected field, in
// the order the fields were planned (src/customers/view-360.ts reads them by position).
// Instants leave as ISO text (toString), here and in the field fragments: the driver's decoding
// of temporal values cost more than the rest of a page of 100; the DateTime scalar normalises them.
{{start}}
WITH c, [] AS answers
{{fields}}
RETURN [field IN $profile | CASE WHEN field IN ['createdAt', 'updatedAt'] THEN toString(c[field]) ELSE c[field] END] AS profile, answers
