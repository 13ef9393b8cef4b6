// name: audiences/any
// mode: fragment
// slot {{clauses}} joined by OR: conditions of which one is enough
// At least one of the conditions.
(
  {{clauses}}
)
