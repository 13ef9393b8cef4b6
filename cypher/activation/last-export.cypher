// name: activation/last-export
// mode: read
// param $key: destination|what was exported
// The customers the previous export of the same thing to the same destination sent.
MATCH (:Activation {key: $key})<-[:IN_LAST_EXPORT]-(c)
RETURN c.id AS id
