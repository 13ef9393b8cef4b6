// name: privacy/lift-suppression
// mode: write
// param $hash: the keyed hash of the standardised identifier
// param $basis: the new lawful basis for holding the person's data again
// param $now: ISO instant of the lift
// Lifts a suppression knowingly: the entry becomes a SuppressionLift with its basis and time, so
// records carrying the identifier are accepted again and the decision stays on record.
MATCH (s:Suppression {hash: $hash})
REMOVE s:Suppression
SET s:SuppressionLift, s.liftedAt = datetime($now), s.basis = $basis
RETURN s.type AS type, s.since AS suppressedSince, s.liftedAt AS liftedAt, s.basis AS basis
