// name: audiences/page
// mode: fragment
// slot {{start}}: the clause that yields candidate customers c (everyone, or those reached from an anchor)
// slot {{conditions}} joined by AND: the audience filter, cheapest conditions first
// param $after: the id of the last customer of the previous page ("" for the first page)
// param $limit: page size plus one (to know whether more follow)
// A page of an audience: its members in id order after a keyset cursor.
{{start}}
WITH c
WHERE c.id > $after
  AND {{conditions}}
WITH c ORDER BY c.id LIMIT $limit
RETURN c.id AS id
