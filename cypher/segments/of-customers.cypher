// name: segments/of-customers
// mode: read
// param $ids: customer ids
// Each customer's segment memberships, current ones (left null) and past stints, newest first.
UNWIND $ids AS id
MATCH (c:Customer {id: id})
CALL (c) {
  MATCH (c)-[m:MEMBER_OF|WAS_MEMBER]->(s:Segment)
  WITH s, coalesce(m.since, m.entered) AS entered, m.left AS left
  ORDER BY entered DESC, s.name
  RETURN collect({segment: s.name, entered: entered, left: left}) AS memberships
}
RETURN id AS customerId, memberships
