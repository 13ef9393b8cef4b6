// name: customers/360/by-identity
// mode: fragment
// param $type: identifier type (EMAIL, PHONE, CRM_ID, LOYALTY_ID, DEVICE_ID, USER_ID, SOCIAL_HANDLE, NATIONAL_ID)
// param $value: the identifier, standardised
// The first customer (oldest, then by id) holding an identifier, as customers/by-identity orders them.
MATCH (:Identity {type: $type, value: $value})<-[:HAS_IDENTITY]-(c:Customer)
WITH c ORDER BY c.createdAt, c.id LIMIT 1
