// name: segments/apply-membership
// mode: write
// param $name: the segment
// param $members: the ids that belong to it now (among $among, when given)
// param $among: the ids whose membership was checked, or null when every customer was
// param $now: ISO instant of the refresh
// Makes a segment's membership what a refresh found: newcomers enter (MEMBER_OF since now),
// leavers keep their stint as WAS_MEMBER {entered, left}, and the size is recorded over time.
MATCH (s:Segment {name: $name})
// Two refreshes of one segment take turns (a label it has already: nothing written, the node write-locked).
SET s:Segment
WITH s
CALL (s) {
  OPTIONAL MATCH (c:Customer)-[m:MEMBER_OF]->(s)
  WHERE ($among IS NULL OR c.id IN $among) AND NOT c.id IN $members
  WITH c, m WHERE m IS NOT NULL
  CREATE (c)-[:WAS_MEMBER {entered: m.since, left: datetime($now)}]->(s)
  DELETE m
  RETURN count(c) AS left
}
CALL (s) {
  UNWIND $members AS id
  MATCH (c:Customer {id: id})
  WHERE NOT EXISTS { (c)-[:MEMBER_OF]->(s) }
  CREATE (c)-[:MEMBER_OF {since: datetime($now)}]->(s)
  RETURN count(c) AS entered
}
WITH s, entered, left, COUNT { (:Customer)-[:MEMBER_OF]->(s) } AS size
SET s.refreshedAt = datetime($now), s.size = size
FOREACH (_ IN CASE WHEN entered + left > 0 OR $among IS NULL THEN [1] ELSE [] END |
  CREATE (s)-[:HAD]->(:SegmentSize {at: datetime($now), size: size, entered: entered, left: left}))
RETURN size, entered, left
