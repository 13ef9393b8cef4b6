import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from '../../src/config.js';
import type { Neo4jConnection } from '../../src/graph/graph.js';
import { createLogger } from '../../src/observability/log.js';
import { createService, type Service } from '../../src/service.js';
import { productionCredentials } from '../../test/support/jwks.js';

/**
 * Our service over a bench graph as a user runs it (production mode, real tokens from a local
 * JWKS), listening on 127.0.0.1 (`port` 0: any free one). `stop` closes it all.
 */
export async function benchService(connection: Neo4jConnection, port = 0) {
  const credentials = await productionCredentials();
  const config: Config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'false',
    NEO4J_TX_TIMEOUT_MS: '600000',
    ...credentials.env,
  });
  const service: Service = await createService(config, connection, createLogger('silent'));
  await new Promise<void>((resolve) => service.server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(service.server.address() as AddressInfo).port}/graphql`;
  const stop = async () => {
    service.server.closeAllConnections();
    service.server.close();
    await service.close();
    credentials.close();
  };
  return { service, config, url, authorization: credentials.authorization, stop };
}
