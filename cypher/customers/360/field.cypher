// name: customers/360/field
// mode: fragment
// slot {{answer}}: a subquery body over c (and the answers so far) that returns one row, `answer`
// One selected field of the 360 view: its answer is appended to the list of answers (in a map,
// so that later fragments may read an answer's properties: Cypher types a list of mixed values as
// one that may hold lists).
CALL (c, answers) {
  {{answer}}
}
WITH c, answers + [{answer: answer}] AS answers
