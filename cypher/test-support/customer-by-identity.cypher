// name: test-support/customer-by-identity
// mode: read
// param $type: identifier type (EMAIL, PHONE, CRM_ID, LOYALTY_ID, DEVICE_ID, USER_ID, SOCIAL_HANDLE, NATIONAL_ID)
// param $value: the identifier, standardised
// The customers holding an identifier (more than one when it is shared, e.g. a family email).
MATCH (:Identity {type: $type, value: $value})<-[:HAS_IDENTITY]-(c:Customer)
RETURN c.id AS id
ORDER BY c.createdAt, c.id
