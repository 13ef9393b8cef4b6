// name: customers/list/page
// mode: fragment
// param $filter: {country, lifecycleStage, familyName (lower case), createdSince, createdBefore}, each null when not asked
// param $field: CREATED_AT, FAMILY_NAME or UPDATED_AT
// slot {{order}}: customers/list/ascending or customers/list/descending: the cursor's condition, the order and the cut
// A page of customers, filtered, ordered by one attribute then id, after a keyset cursor. The
// sort key is a string (ISO instants and lower-case names sort as text), so one statement
// serves every field. Rows `c, key` for customers/list/view.
MATCH (c:Customer)
WHERE ($filter.country IS NULL OR c.country = $filter.country)
  AND ($filter.lifecycleStage IS NULL OR c.lifecycleStage = $filter.lifecycleStage)
  AND ($filter.familyName IS NULL OR toLower(c.familyName) = $filter.familyName)
  AND ($filter.createdSince IS NULL OR c.createdAt >= datetime($filter.createdSince))
  AND ($filter.createdBefore IS NULL OR c.createdAt < datetime($filter.createdBefore))
WITH c, CASE $field
  WHEN 'FAMILY_NAME' THEN toLower(coalesce(c.familyName, '') + ' ' + coalesce(c.givenName, ''))
  WHEN 'UPDATED_AT' THEN toString(c.updatedAt)
  ELSE toString(c.createdAt) END AS key
{{order}}
WITH c, [key, c.id] AS key
