// name: migrations/0006-households
// mode: schema
// Households are found again by id.
CREATE CONSTRAINT household_id IF NOT EXISTS
FOR (h:Household) REQUIRE h.id IS UNIQUE
