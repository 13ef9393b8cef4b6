// name: migrations/0012-blocking-keys
// mode: schema
// Matching on arrival finds a record's blocking neighbours through their shared keys.
CREATE CONSTRAINT blocking_key_value IF NOT EXISTS
FOR (k:BlockingKey) REQUIRE k.value IS UNIQUE
