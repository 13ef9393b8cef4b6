// name: audiences/all
// mode: fragment
// slot {{clauses}} joined by AND: conditions that must all hold
// Every one of the conditions.
(
  {{clauses}}
)
