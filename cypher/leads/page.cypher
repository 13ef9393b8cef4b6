// name: leads/page
// mode: fragment
// slot {{about}}: leads/about: the people and their facts, rows `c, facts, now`
// slot {{channels}}: leads/channels
// slot {{consents}}: leads/consents
// param $scoring: {weights: {kind: weight}, halfLifeDays, sentimentThreshold, recommendations: [{recommendation, when: [kind]}] in order, profilingPurpose} (rules/leads.yaml)
// param $recommendation: the one recommendation asked for, or null for every one but NONE
// param $after: the [score, id] of the last lead of the previous page, or null
// param $limit: page size plus one
// param $reasons: whether the request reads the leads' reasons or channel (qualify.ts then needs each person's facts)
// A page of leads for a subject, readiest first, as the start of customers/list/view: each person
// scored and recommended as src/leads/qualify.ts does (the same recency-weighted sum, added up
// largest first and rounded to four significant digits, the first recommendation whose facts are
// present, NONE for whoever withdrew profiling), ranked, cut to the page; only the page's people
// have their channel use read, and only when reasons or channels are asked for. Rows `c, key`,
// key {cursor: [score, id], total (the list's length), recommendation, person: the facts
// qualify.ts reads, or null when $reasons is false}.
{{about}}
{{consents}}
WITH c, facts, consents, now,
     any(k IN consents WHERE k.purpose = $scoring.profilingPurpose AND k.status = 'WITHDRAWN') AS withdrew
CALL (facts, now) {
  UNWIND facts AS fact
  WITH $scoring.weights[fact.kind]
       * CASE WHEN fact.kind <> 'talked' OR fact.sentiment IS NULL THEN 1
              WHEN fact.sentiment > $scoring.sentimentThreshold THEN 2
              WHEN fact.sentiment < -$scoring.sentimentThreshold THEN 0.5
              ELSE 1 END
       * 0.5 ^ ((CASE WHEN now.epochMillis > fact.at.epochMillis THEN now.epochMillis - fact.at.epochMillis ELSE 0 END / 86400000.0) / $scoring.halfLifeDays) AS worth
  ORDER BY worth DESC
  WITH collect(worth) AS worths
  WITH reduce(sum = 0.0, worth IN worths | sum + worth) AS sum
  WITH sum, CASE WHEN sum = 0 THEN 0 ELSE toInteger(floor(log10(sum))) END AS exponent
  RETURN CASE WHEN exponent <= 3 THEN round(sum, 3 - exponent) ELSE round(sum / 10.0 ^ (exponent - 3)) * 10.0 ^ (exponent - 3) END AS score
}
WITH c, facts, consents,
     CASE WHEN withdrew THEN 0 ELSE score END AS score,
     CASE WHEN withdrew THEN 'NONE'
          ELSE coalesce(head([rule IN $scoring.recommendations WHERE any(kind IN rule.when WHERE any(fact IN facts WHERE fact.kind = kind)) | rule.recommendation]), 'NONE') END AS recommendation
WHERE CASE WHEN $recommendation IS NULL THEN recommendation <> 'NONE' ELSE recommendation = $recommendation END
WITH c, facts, consents, score, recommendation ORDER BY score DESC, c.id
WITH collect({c: c, facts: facts, consents: consents, score: score, recommendation: recommendation}) AS ranked
UNWIND [lead IN ranked WHERE $after IS NULL OR lead.score < $after[0] OR (lead.score = $after[0] AND lead.c.id > $after[1])][..$limit] AS lead
WITH lead.c AS c, lead, size(ranked) AS total
CALL (c) {
  WITH c WHERE $reasons
  {{channels}}
  RETURN collect(channels)[0] AS channels
}
WITH c, {cursor: [lead.score, c.id], total: total, recommendation: lead.recommendation,
         person: CASE WHEN $reasons THEN {customerId: c.id, facts: lead.facts, channels: channels, consents: lead.consents} END} AS key
