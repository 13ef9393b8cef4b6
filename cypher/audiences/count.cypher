// name: audiences/count
// mode: fragment
// slot {{start}}: the clause that yields candidate customers c
// slot {{conditions}} joined by AND: the audience filter, cheapest conditions first
// How many customers an audience has.
{{start}}
WITH c
WHERE {{conditions}}
RETURN count(c) AS count
