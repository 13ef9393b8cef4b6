import type { Config } from '../config.js';
import type { EmbeddedOptions } from './instance.js';

export function embeddedOptions(config: Config, log: (line: string) => void): EmbeddedOptions {
  return {
    home: config.NEO4J_EMBEDDED_HOME,
    boltPort: config.NEO4J_EMBEDDED_BOLT_PORT,
    heap: config.NEO4J_EMBEDDED_HEAP,
    pageCache: config.NEO4J_EMBEDDED_PAGECACHE,
    password: config.NEO4J_EMBEDDED_PASSWORD,
    log,
  };
}
