// name: leads/channels
// mode: fragment
// How much customer c uses each channel (touchpoints and orders on it): the channel a lead is
// approached on is the most used one with consent (src/leads/qualify.ts).
CALL (c) {
  OPTIONAL MATCH (c)-[:DID|PLACED]->(event)-[:ON|VIA]->(channel:Channel)
  WITH channel.name AS channel, count(event) AS uses
  RETURN [x IN collect({channel: channel, uses: uses}) WHERE x.channel IS NOT NULL] AS channels
}
