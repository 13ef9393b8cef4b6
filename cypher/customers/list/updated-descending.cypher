// name: customers/list/updated-descending
// mode: fragment
// param $after: the [instant, id] of the last customer of the previous page, or null
// param $limit: page size plus one (to know whether more follow)
// slot {{filter}}: customers/list/filter
// A page of customers by `updatedAt`, newest first, then by id, after a keyset cursor: walked in
// order through the customer_updated_at index from the cursor's instant, so a page reads
// about $limit customers rather than sorting all of them. Rows `c, key` for customers/list/view.
MATCH (c:Customer)
WHERE c.updatedAt <= datetime(coalesce($after[0], '9999-12-31T23:59:59.999999999Z'))
  AND ($after IS NULL OR c.updatedAt < datetime($after[0]) OR c.id < $after[1])
  AND {{filter}}
WITH c ORDER BY c.updatedAt DESC, c.id DESC
LIMIT $limit
WITH c, [toString(c.updatedAt), c.id] AS key
