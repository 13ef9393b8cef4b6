// name: communities/replace-households
// mode: write
// param $households: list of {id, members: [customer ids]}
// param $now: ISO instant of the detection
// Replaces the households with the ones just detected.
CALL () {
  MATCH (old:Household)
  DETACH DELETE old
}
WITH 1 AS once
UNWIND $households AS household
CREATE (h:Household {id: household.id, size: size(household.members), detectedAt: datetime($now)})
WITH h, household
UNWIND household.members AS id
MATCH (c:Customer {id: id})
CREATE (c)-[:IN_HOUSEHOLD]->(h)
RETURN count(DISTINCT h) AS households, count(c) AS customers
