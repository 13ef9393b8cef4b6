// name: segments/members
// mode: fragment
// param $name: the segment's name
// param $after: the id of the last member of the previous page ("" for the first page)
// param $limit: page size plus one
// A page of a segment's current members in id order, as the start of customers/list/view: rows
// `c, key` (key: the id, the cursor's sort key).
MATCH (:Segment {name: $name})<-[:MEMBER_OF]-(c:Customer)
WHERE c.id > $after
WITH c ORDER BY c.id
LIMIT $limit
WITH c, c.id AS key
