// name: audiences/profile/created-since
// mode: fragment
// param $createdSince: an ISO-8601 instant
// The customer first appeared at or after this instant.
c.createdAt >= datetime($createdSince)
