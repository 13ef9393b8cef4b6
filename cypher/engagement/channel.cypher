// name: engagement/channel
// mode: read
// param $name: channel name
// A channel, if the graph has it.
MATCH (channel:Channel {name: $name})
RETURN channel.name AS name
