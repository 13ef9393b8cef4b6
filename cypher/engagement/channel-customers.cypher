// name: engagement/channel-customers
// mode: read
// param $name: channel name
// param $after: [uses, customerId] of the last customer of the previous page, or null
// param $limit: page size plus one
// Customers who used a channel (orders and touchpoints on it), most active first; `total` is how
// many there are.
MATCH (:Channel {name: $name})<-[:ON|VIA]-(event)<-[:DID|PLACED]-(c:Customer)
WITH c.id AS id, count(*) AS uses
ORDER BY uses DESC, id
WITH collect([uses, id]) AS ranked
RETURN size(ranked) AS total,
       [key IN ranked WHERE $after IS NULL OR key[0] < $after[0] OR (key[0] = $after[0] AND key[1] > $after[1])][..$limit] AS keys
