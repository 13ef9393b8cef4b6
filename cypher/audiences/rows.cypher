// name: audiences/rows
// mode: fragment
// slot {{start}}: the clause that yields candidate customers c (everyone, or those reached from an anchor)
// slot {{conditions}} joined by AND: the audience filter, cheapest conditions first
// param $after: the id of the last customer of the previous page ("" for the first page)
// param $limit: page size plus one (to know whether more follow)
// The members of a page of an audience, rows `c` in id order after a keyset cursor.
{{start}}
WITH c
WHERE c.id > $after
  AND {{conditions}}
WITH c ORDER BY c.id LIMIT $limit
