// name: customers/list/created-descending
// mode: fragment
// param $after: the [instant, id] of the last customer of the previous page, or null
// param $limit: page size plus one (to know whether more follow)
// param $filter: as customers/list/filter (its creation bound also starts the walk)
// slot {{filter}}: customers/list/filter
// A page of customers by `createdAt`, newest first, then by id, after a keyset cursor: walked in
// order through the customer_created_at index from the cursor's instant (or the filter's
// creation bound), so a page reads about $limit customers rather than sorting all of them.
// Rows `c, key` for customers/list/view.
MATCH (c:Customer)
WHERE c.createdAt <= datetime(coalesce($after[0], $filter.createdBefore, '9999-12-31T23:59:59.999999999Z'))
  AND ($after IS NULL OR c.createdAt < datetime($after[0]) OR c.id < $after[1])
  AND {{filter}}
WITH c ORDER BY c.createdAt DESC, c.id DESC
LIMIT $limit
WITH c, [toString(c.createdAt), c.id] AS key
