// name: test-support/echo
// mode: read
// param $value: any value
// Used by the test suite only: returns its parameter, to check how values cross the driver.
RETURN $value AS value
