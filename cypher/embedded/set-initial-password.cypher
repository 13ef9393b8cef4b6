// name: embedded/set-initial-password
// mode: system
// param $password: the password of the embedded database's neo4j user
// Run by the embedded Neo4j launcher against the system database at the first start of a store and
// whenever the password in the project's 0600 password file (or NEO4J_EMBEDDED_PASSWORD) changed.
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
