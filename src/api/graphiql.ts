import type { IncomingMessage } from 'node:http';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions, GraphiQLOptionsOrFactory } from 'graphql-yoga';
import type { Config } from '../config.js';
import { tokenSettings } from '../access/settings.js';
import { signToken } from '../access/tokens.js';

/** GraphiQL's page with its scripts and styles inlined from the npm package: nothing comes from a CDN. */
export { renderGraphiQL };

const defaultQuery = `# Every request needs a token or API key:
# the Headers tab below.
{
  me { actor role via }
}
`;

/**
 * The GraphiQL page of each mode: none in production; in development, a fresh 12-hour ADMIN token
 * already in the Authorization header of every new tab, so the page works as soon as it opens;
 * in tests (NODE_ENV=test), the page without a token. A token is minted per page load, so a page
 * opened tomorrow still works, and only for a browser on this machine: a development service
 * listening on 0.0.0.0 hands no admin token to its network.
 */
export function graphiqlOf(config: Config): GraphiQLOptionsOrFactory<object> {
  if (config.NODE_ENV === 'production') return false;
  const page: GraphiQLOptions = { title: 'Customer graph: GraphiQL', defaultQuery };
  if (config.NODE_ENV !== 'development') return () => page;
  const settings = tokenSettings(config);
  if (!settings.secret) return () => page;
  return async (_request, serverContext) => {
    if (!fromThisMachine((serverContext as { req?: IncomingMessage } | undefined)?.req)) return page;
    const headers = JSON.stringify({ Authorization: `Bearer ${await signToken(settings, 'graphiql', 'ADMIN')}` }, null, 2);
    return { ...page, headers, defaultHeaders: headers };
  };
}

function fromThisMachine(req: IncomingMessage | undefined): boolean {
  const address = req?.socket.remoteAddress ?? '';
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}
