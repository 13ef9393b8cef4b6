import neo4j from 'neo4j-driver';
import type { Neo4jConnection } from '../../src/graph/graph.js';
import { benchService } from '../api/service.js';
import { startPeer } from './peer-server.js';
import { peerLeads, type Vars } from './shapes.js';

/**
 * One server of bench:peer in a process of its own, as each would be deployed: `ours` (our service)
 * or `peer` (@neo4j/graphql), forked by bench/peer.ts with what it needs in the environment. It
 * tells its parent when it listens (ours with the token to call it) and stops when the parent
 * disconnects, so neither server's garbage or timers land in the other's or the client's times.
 */
const side = process.env.BENCH_PEER_SIDE as 'ours' | 'peer';
const port = Number(process.env.BENCH_PEER_PORT);
const connection = JSON.parse(process.env.BENCH_PEER_CONNECTION!) as Neo4jConnection;

if (side === 'ours') {
  const api = await benchService(connection, port);
  process.send!({ listening: true, authorization: api.authorization });
  process.on('disconnect', () => void api.stop().then(() => process.exit(0)));
} else {
  const leadParams = new Map(Object.entries(JSON.parse(process.env.BENCH_PEER_LEADS!) as Record<string, Vars>));
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  const server = await startPeer(driver, port, peerLeads, (topic) => leadParams.get(topic)!);
  process.send!({ listening: true });
  process.on('disconnect', () => {
    server.close();
    void driver.close().then(() => process.exit(0));
  });
}
