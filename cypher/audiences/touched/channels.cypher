// name: audiences/touched/channels
// mode: fragment
// param $channels: channel names
// The touchpoint happened on one of these channels.
t.channel IN $channels
