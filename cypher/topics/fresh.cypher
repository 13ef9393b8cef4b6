// name: topics/fresh
// mode: read
// Topics whose terms were never computed: created by an import since (a product's, a touchpoint's
// or a signal's topic), so they reach nothing yet.
MATCH (t:Topic)
WHERE t.terms IS NULL
RETURN t.name AS name
