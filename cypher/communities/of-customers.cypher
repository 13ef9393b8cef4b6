// name: communities/of-customers
// mode: read
// param $ids: customer ids
// The household of each customer, with its members.
UNWIND $ids AS id
MATCH (:Customer {id: id})-[:IN_HOUSEHOLD]->(h:Household)
RETURN id AS customerId, h {.id, .size, .detectedAt, members: [(h)<-[:IN_HOUSEHOLD]-(member:Customer) | member.id]} AS household
