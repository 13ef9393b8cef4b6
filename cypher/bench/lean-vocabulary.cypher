// name: bench/lean-vocabulary
// mode: write
// param $channels: every channel name the events use
// param $topics: every topic name the touchpoints and social signals use
// The lean ceiling of bench:ingest, first: the few shared nodes events link to, made once, so
// the event statements only look them up.
CALL () {
  UNWIND $channels AS name
  MERGE (:Channel {name: name})
}
UNWIND $topics AS name
MERGE (:Topic {name: name})
