// name: test-support/value-kinds
// mode: read
// Used by the test suite only: one value of each kind that needs converting on the way out.
RETURN 42 AS small, 9007199254740993 AS beyondDouble, -9223372036854775808 AS minLong,
       datetime('2026-01-02T03:04:05.123456789Z') AS instant, date('2026-01-02') AS day,
       duration('P1DT2H') AS span, {count: 7, nested: [1, 2]} AS map
