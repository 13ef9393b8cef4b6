// name: audiences/said/max-sentiment
// mode: fragment
// param $maxSentiment: -1 to 1
// The signal has a sentiment of at most this.
s.sentiment <= $maxSentiment
