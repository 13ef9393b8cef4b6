// name: audiences/profile/created-before
// mode: fragment
// param $createdBefore: an ISO-8601 instant
// The customer first appeared before this instant.
c.createdAt < datetime($createdBefore)
