// name: leads/facts
// mode: fragment
// slot {{about}}: leads/about: the people and their facts, rows `c, facts, now`
// slot {{channels}}: leads/channels
// slot {{consents}}: leads/consents
// param $only: the customer ids to qualify, or null for everyone
// The graph facts around each person that lead qualification weighs for a subject, with each
// person's channel use and consents, for choosing how to reach them: what src/leads/qualify.ts
// qualifies (one person, or everyone for an activation). Composed in src/leads/leads.ts.
{{about}}
WITH c, facts, now
WHERE $only IS NULL OR c.id IN $only
{{channels}}
{{consents}}
RETURN c.id AS customerId, facts, channels, consents
