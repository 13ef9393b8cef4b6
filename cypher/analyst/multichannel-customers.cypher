// name: analyst/multichannel-customers
// mode: read
// param $minChannels: the fewest channels a customer must have used (3 for "three or more")
// column customer: CUSTOMER_ID
// column givenName: NAME
// column familyName: NAME
// Customers active on several channels through their orders and touchpoints, most channels first.
MATCH (c:Customer)-[:DID|PLACED]->()-[:ON|VIA]->(channel:Channel)
WITH c, collect(DISTINCT channel.name) AS channels
WHERE size(channels) >= $minChannels
RETURN c.id AS customer, c.givenName AS givenName, c.familyName AS familyName, size(channels) AS channelCount, channels
ORDER BY channelCount DESC, customer
