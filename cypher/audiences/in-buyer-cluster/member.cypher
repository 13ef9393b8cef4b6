// name: audiences/in-buyer-cluster/member
// mode: fragment
// param $id: the buyer cluster's id
// Customer c belongs to the buyer cluster (as of the last detection).
EXISTS { (c)-[:IN_CLUSTER]->(:BuyerCluster {id: $id}) }
