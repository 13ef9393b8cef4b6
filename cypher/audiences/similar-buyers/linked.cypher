// name: audiences/similar-buyers/linked
// mode: fragment
// param $customerId: the customer whose similar buyers are wanted
// Customer c buys like the given customer (a BUYS_LIKE link, as of the last buyer-cluster detection).
EXISTS { (c)-[:BUYS_LIKE]-(:Customer {id: $customerId}) }
