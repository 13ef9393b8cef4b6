// name: leads/about
// mode: fragment
// slot {{searchedAbout}}: the site search w is about the subject (topics/written-about)
// slot {{talkedAbout}}: the social signal w is about the subject (topics/written-about)
// param $subject: {sku, category (a category path), topic}: exactly one is given
// param $product: true when the subject is a product (its own buyers are then not an upsell)
// param $about: the subject's name, for the reasons of texts matched by its terms
// param $windows: {talked, searched, browsed, bought, complained}: days each kind of fact counts, and unknownResolution: days a support contact of unknown resolution is presumed open
// param $now: ISO instant the windows end at
// The people lead qualification weighs for a subject, each with the graph facts around them
// (rows `c, facts, now`): public talk about it (signals mentioning its products, or whose text
// matches its terms), searches matching its terms, browsing it, purchases in related categories,
// and recent service problems. A topic's products are those it covers (topics/reach: by the
// catalogue's links or by name). Each kind is found through its own index (time, type) rather
// than person by person; service problems only count for someone something else speaks for.
CALL () {
  MATCH (p:Product)
  WHERE p.sku = $subject.sku
     OR ($subject.topic IS NOT NULL AND EXISTS { (p)<-[:COVERS]-(:Topic {name: $subject.topic}) })
     OR ($subject.category IS NOT NULL AND EXISTS { (p)-[:IN_CATEGORY]->(:Category)-[:SUBCATEGORY_OF*0..]->(:Category {path: $subject.category}) })
  RETURN collect(p) AS products
}
CALL (products) {
  UNWIND products AS p
  MATCH (p)-[:IN_CATEGORY]->(leaf:Category)
  OPTIONAL MATCH (leaf)-[:SUBCATEGORY_OF]->(parent:Category)
  WITH DISTINCT coalesce(parent, leaf) AS scope
  MATCH (related:Product)-[:IN_CATEGORY]->(:Category)-[:SUBCATEGORY_OF*0..]->(scope)
  WHERE NOT ($product AND related.sku = $subject.sku)
  RETURN collect(DISTINCT related) AS relatedProducts
}
WITH products, relatedProducts, datetime($now) AS now
CALL (products, relatedProducts, now) {
  MATCH (c:Customer)-[:POSTED]->(w:SocialSignal)
  WHERE w.type IN ['MENTION', 'POST', 'REVIEW'] AND w.at >= now - duration({days: $windows.talked})
    AND (EXISTS { (w)-[:MENTIONS]->(p:Product) WHERE p IN products } OR {{talkedAbout}})
  RETURN c, {kind: 'talked', id: w.id, at: w.at, type: w.type, platform: w.platform, sentiment: w.sentiment,
             about: coalesce(head([(w)-[:MENTIONS]->(p:Product) WHERE p IN products | p.name]), $about)} AS fact
  UNION
  MATCH (c:Customer)-[:DID]->(w:Touchpoint {type: 'SITE_SEARCH'})
  WHERE w.at >= now - duration({days: $windows.searched}) AND {{searchedAbout}}
  RETURN c, {kind: 'searched', id: w.id, at: w.at, type: w.type, channel: w.channel, about: w.searchTerm} AS fact
  UNION
  UNWIND products AS p
  MATCH (p)<-[:ABOUT]-(t:Touchpoint)<-[:DID]-(c:Customer)
  WHERE t.type IN ['PAGE_VIEW', 'CART', 'AD_CLICK'] AND t.at >= now - duration({days: $windows.browsed})
  RETURN c, {kind: 'browsed', id: t.id, at: t.at, type: t.type, channel: t.channel, about: p.name} AS fact
  UNION
  UNWIND relatedProducts AS p
  MATCH (p)<-[:CONTAINS]-(o:Order)<-[:PLACED]-(c:Customer)
  WHERE o.placedAt >= now - duration({days: $windows.bought})
  RETURN c, {kind: 'bought', id: o.id, at: o.placedAt, type: 'ORDER', about: p.name} AS fact
  UNION
  MATCH (c:Customer)-[:DID]->(t:Touchpoint)
  WHERE t.type IN ['SUPPORT_CONTACT', 'SURVEY_ANSWER'] AND t.at >= now - duration({days: $windows.complained})
    AND ((t.type = 'SUPPORT_CONTACT' AND (t.resolved = false OR (t.resolved IS NULL AND t.at >= now - duration({days: $windows.unknownResolution}))))
      OR (t.type = 'SURVEY_ANSWER' AND t.score <= 6))
  RETURN c, {kind: 'complained', id: t.id, at: t.at, type: t.type, channel: t.channel, about: t.comment, score: t.score, resolved: t.resolved} AS fact
}
WITH c, collect(fact) AS facts, now
WHERE any(fact IN facts WHERE fact.kind <> 'complained')
