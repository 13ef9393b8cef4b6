// name: audiences/start/in-buyer-cluster
// mode: fragment
// param $id: the buyer cluster's id
// The members of a buyer cluster.
MATCH (:BuyerCluster {id: $id})<-[:IN_CLUSTER]-(c:Customer)
