// name: topics/written-about
// mode: fragment
// param $terms: terms, each its stemmed words joined by spaces (src/topics/words.ts termsOf)
// param $topics: topic names (lower case)
// What w (a site search or a social signal) was written about: every word of one of the terms is
// among its words, in any order, or it names one of the topics (a search's topic, a signal's
// mention) or a product one of them covers. Lead qualification and audiences both match texts
// with this one fragment.
(any(term IN $terms WHERE all(word IN split(term, ' ') WHERE word IN w.words))
  OR EXISTS { (w)-[:ABOUT|MENTIONS]->(topic:Topic) WHERE topic.name IN $topics }
  OR EXISTS { (w)-[:ABOUT|MENTIONS]->(:Product)<-[:COVERS]-(topic:Topic) WHERE topic.name IN $topics })
