// name: audiences/start/similar-buyers
// mode: fragment
// param $customerId: the customer whose similar buyers are wanted
// The customers who buy like the given customer.
MATCH (:Customer {id: $customerId})-[:BUYS_LIKE]-(c:Customer)
