// name: customers/list/descending
// mode: fragment
// param $after: the [key, id] of the last customer of the previous page, or null
// param $limit: page size plus one (to know whether more follow)
// A page of customers/list/page, largest key first: after the cursor, sorted and cut
// (one text per direction, so the sort is on the key itself rather than on a CASE of the direction).
WHERE $after IS NULL OR [key, c.id] < $after
WITH c, key ORDER BY key DESC, c.id DESC
LIMIT $limit
