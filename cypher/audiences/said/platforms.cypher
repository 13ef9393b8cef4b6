// name: audiences/said/platforms
// mode: fragment
// param $platforms: platform names (lower case)
// The signal is from one of these platforms.
s.platform IN $platforms
