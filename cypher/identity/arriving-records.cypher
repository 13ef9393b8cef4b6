// name: identity/arriving-records
// mode: fragment
// param $customerIds: the customers a batch of records just created or changed
// slot {{features}}: identity/person-features
// The customer records of the customers a batch touched: what matching on arrival compares with
// their blocking neighbours.
UNWIND $customerIds AS id
MATCH (c:Customer {id: id})<-[:ABOUT]-(r:SourceRecord {kind: 'customer'})
WITH DISTINCT r, c
{{features}}
