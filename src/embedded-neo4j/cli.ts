import { loadConfig } from '../config.js';
import { embeddedOptions } from './from-config.js';
import { embeddedStatus, startEmbedded, stopEmbedded } from './instance.js';

/** `npm run neo4j:start|stop|status`: the embedded Neo4j on its own, e.g. for Neo4j Browser or cypher-shell. */
const command = process.argv[2];
const options = embeddedOptions(loadConfig(process.env), (line) => console.log(line));

if (command === 'start') {
  const db = await startEmbedded(options);
  console.log(
    `${db.started ? 'Started' : 'Already running:'} Neo4j pid ${db.pid} at ${db.uri} (user neo4j, password in ${options.home}/password)`,
  );
} else if (command === 'stop') {
  console.log((await stopEmbedded(options.home)) ? 'Stopped.' : 'Not running.');
} else if (command === 'status') {
  const status = embeddedStatus(options.home);
  console.log(status.running ? `Running, pid ${status.pid}, data in ${status.home}` : `Not running (data in ${status.home})`);
} else {
  console.error('usage: cli.ts start|stop|status');
  process.exitCode = 2;
}
