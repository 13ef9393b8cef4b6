// name: segments/members
// mode: read
// param $name: the segment's name
// param $after: the id of the last member of the previous page ("" for the first page)
// param $limit: page size plus one
// A page of a segment's current members in id order.
MATCH (:Segment {name: $name})<-[:MEMBER_OF]-(c:Customer)
WHERE c.id > $after
RETURN c.id AS id
ORDER BY id
LIMIT $limit
