// name: audiences/start/everyone
// mode: fragment
// Every customer, in id order: the start when no condition names a selective anchor.
MATCH (c:Customer)
