// name: audiences/wrote/exists
// mode: fragment
// slot {{conditions}} joined by AND: what the text (w) must be
// Customer c wrote something matching the conditions: a site search's term, or the text of a
// mention, post or review (the texts lead qualification reads as searches and talk).
EXISTS {
  MATCH (c)-[:DID|POSTED]->(w)
  WHERE ((w:Touchpoint AND w.type = 'SITE_SEARCH') OR (w:SocialSignal AND w.type IN ['MENTION', 'POST', 'REVIEW']))
    AND {{conditions}}
}
