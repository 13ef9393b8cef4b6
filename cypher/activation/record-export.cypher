// name: activation/record-export
// mode: write
// param $key: destination|what was exported
// param $destination: the destination's name
// param $ids: the customers this export sent
// param $now: ISO instant of the export
// Remembers who an export sent, so the next one can tell who entered and who left, and counts a
// contact for each of them (the next best action honours a contact frequency cap).
MERGE (a:Activation {key: $key})
  ON CREATE SET a.destination = $destination
SET a.lastAt = datetime($now), a.lastSent = size($ids)
WITH a
CALL (a) {
  MATCH (a)<-[sent:IN_LAST_EXPORT]-()
  DELETE sent
}
CALL (a) {
  UNWIND $ids AS id
  MATCH (c:Customer {id: id})
  CREATE (c)-[:IN_LAST_EXPORT]->(a)
  CREATE (c)-[:CONTACTED {at: datetime($now)}]->(a)
}
