// name: audiences/members
// mode: fragment
// slot {{start}}: the clause that yields candidate customers c (everyone, an anchor, or the ids of $among)
// slot {{conditions}} joined by AND: the audience filter, cheapest conditions first
// Every member of an audience, for a segment to take as its membership.
{{start}}
WITH c
WHERE {{conditions}}
RETURN c.id AS id
