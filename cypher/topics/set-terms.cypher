// name: topics/set-terms
// mode: write
// param $topics: list of {name, terms}: terms are the topic's name and synonyms as stemmed words joined by spaces (src/topics/words.ts)
// Each topic's terms, the topic created when the graph does not have it yet (a topic of rules/topics.yaml).
UNWIND $topics AS topic
MERGE (t:Topic {name: topic.name})
SET t.terms = topic.terms
