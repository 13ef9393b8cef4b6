import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../project.js';

const pageFolder = join(projectRoot, 'src', 'explorer', 'page');

/**
 * Nothing on these pages may come from elsewhere: scripts, styles, data and images from this
 * service only. Inline styles are allowed because Cytoscape.js styles the elements it creates.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface Asset {
  type: string;
  body: () => Promise<string | Uint8Array>;
}

/**
 * The explorer's page, script and style sheet under /explorer. The script is the page's
 * TypeScript with lit-html and Cytoscape.js bundled by esbuild from node_modules, once per
 * process on first request; the data comes from /graphql with the credential the user signs in with.
 */
export function explorerRoutes(): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  let script: Promise<Uint8Array> | undefined;
  const assets: Record<string, Asset> = {
    '/explorer': { type: 'text/html; charset=utf-8', body: () => readFile(join(pageFolder, 'index.html'), 'utf8') },
    '/explorer/explorer.css': { type: 'text/css; charset=utf-8', body: () => readFile(join(pageFolder, 'explorer.css'), 'utf8') },
    '/explorer/explorer.js': {
      type: 'text/javascript; charset=utf-8',
      body: () =>
        (script ??= bundle().catch((error: unknown) => {
          script = undefined;
          throw error;
        })),
    },
  };
  return async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!.replace(/\/$/, '');
    const asset = assets[path];
    if (!asset || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(asset ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(asset ? 'Method not allowed' : 'Not found');
      return;
    }
    const body = await asset.body();
    res.writeHead(200, {
      'content-type': asset.type,
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

async function bundle(): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [join(pageFolder, 'main.ts')],
    tsconfig: join(pageFolder, 'tsconfig.json'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.contents;
}
