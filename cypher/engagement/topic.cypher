// name: engagement/topic
// mode: read
// param $name: topic name
// A topic, if the graph has it.
MATCH (topic:Topic {name: $name})
RETURN topic.name AS name
