// name: test-support/name-of
// mode: read
// param $value: a map, or anything else to make the database refuse the statement for its data
// Used by the test suite only: a statement the database refuses for a value of the wrong type.
RETURN $value.name AS name
