// name: migrations/0005-activations
// mode: schema
// What an activation sent last time is kept under a unique key (destination|what was exported).
CREATE CONSTRAINT activation_key IF NOT EXISTS
FOR (a:Activation) REQUIRE a.key IS UNIQUE
