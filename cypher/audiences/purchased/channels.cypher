// name: audiences/purchased/channels
// mode: fragment
// param $channels: channel names
// The order came through one of these channels.
o.channel IN $channels
