// name: audiences/said/min-sentiment
// mode: fragment
// param $minSentiment: -1 to 1
// The signal has a sentiment of at least this.
s.sentiment >= $minSentiment
