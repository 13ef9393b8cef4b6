// name: topics/names
// mode: read
// Every topic's name (to compute every topic's terms again when rules/topics.yaml changed).
MATCH (t:Topic)
RETURN t.name AS name
