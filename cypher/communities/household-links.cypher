// name: communities/household-links
// mode: read
// param $maxShared: an identifier or address shared by more customers than this is not a household tie (a shop's address, a shared kiosk device)
// Groups of customers tied together: holding the same identifier (a family email, a shared
// phone or device) or living at the same address (country, postcode and street).
CALL () {
  MATCH (i:Identity)<-[:HAS_IDENTITY]-(c:Customer)
  WITH i, collect(c.id) AS members
  WHERE 1 < size(members) <= $maxShared
  RETURN members
  UNION ALL
  MATCH (c:Customer)
  WHERE c.postcode IS NOT NULL AND c.street IS NOT NULL
  WITH coalesce(c.country, '') + '|' + c.postcode + '|' + toLower(c.street) AS address, collect(c.id) AS members
  WHERE 1 < size(members) <= $maxShared
  RETURN members
}
RETURN members
