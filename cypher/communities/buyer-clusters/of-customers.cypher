// name: communities/buyer-clusters/of-customers
// mode: read
// param $ids: customer ids
// The buyer cluster of each customer (as of the last detection).
UNWIND $ids AS id
MATCH (:Customer {id: id})-[:IN_CLUSTER]->(cluster:BuyerCluster)
RETURN id AS customerId, cluster {.*} AS cluster
