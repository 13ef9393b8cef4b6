import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { extract } from 'tar-fs';
import { expect } from 'vitest';
import { projectRoot } from '../../src/project.js';

/**
 * The browser of the browser tests: the headless Chromium that the @sparticuz/chromium npm
 * package carries (brotli-compressed), so `npm ci` installs it from the npm registry like any
 * other package. It is unpacked once into .chromium/<version>/ with the NSS libraries the same
 * package carries, so it needs nothing from the machine but glibc. CHROMIUM_PATH uses another
 * Chromium instead (Debian's /usr/bin/chromium, say).
 */
export async function chromiumExecutable(): Promise<{ executablePath: string; args: string[]; env?: Record<string, string> }> {
  if (process.env.CHROMIUM_PATH) return { executablePath: process.env.CHROMIUM_PATH, args: ['--no-sandbox', '--headless=new'] };
  const folder = join(projectRoot, '.chromium', sparticuzVersion());
  if (!existsSync(join(folder, 'chromium'))) await unpack(folder);
  // What suits a serverless function but not a test of a real browser stays off.
  const unrealistic = new Set(['--disable-web-security', '--allow-running-insecure-content', '--single-process', '--no-zygote']);
  return {
    executablePath: join(folder, 'chromium'),
    args: sparticuz.args.filter((arg) => !unrealistic.has(arg)),
    env: { ...(process.env as Record<string, string>), LD_LIBRARY_PATH: join(folder, 'al2023', 'lib') },
  };
}

const sparticuzFolder = join(projectRoot, 'node_modules', '@sparticuz', 'chromium');

function sparticuzVersion(): string {
  return (JSON.parse(readFileSync(join(sparticuzFolder, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Unpacks into a fresh folder beside the target and renames it, so two runs never see half a browser. */
async function unpack(folder: string): Promise<void> {
  const bin = join(sparticuzFolder, 'bin');
  mkdirSync(dirname(folder), { recursive: true });
  const work = await mkdtemp(`${folder}.unpacking-`);
  await pipeline(
    createReadStream(join(bin, 'chromium.br')),
    createBrotliDecompress(),
    createWriteStream(join(work, 'chromium'), { mode: 0o755 }),
  );
  await pipeline(createReadStream(join(bin, 'swiftshader.tar.br')), createBrotliDecompress(), extract(work));
  await pipeline(createReadStream(join(bin, 'al2023.tar.br')), createBrotliDecompress(), extract(join(work, 'al2023')));
  try {
    renameSync(work, folder);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    if (!existsSync(join(folder, 'chromium'))) throw error;
  }
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args, env } = await chromiumExecutable();
  return chromium.launch({ executablePath, args, env, headless: true });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Requests to anywhere but this machine, refused before they left. */
  refused: string[];
  /** Uncaught errors and console errors of the page (a CSP violation is one). */
  errors: string[];
}

const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A page in its own context that may reach this machine only: anything else is aborted and listed. */
export async function watchedPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport });
  const watched: WatchedPage = { page: await context.newPage(), context, requests: [], refused: [], errors: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    watched.requests.push(url.href);
    if (url.protocol === 'data:' || url.protocol === 'blob:' || localHosts.has(url.hostname)) return route.continue();
    watched.refused.push(url.href);
    return route.abort('blockedbyclient');
  });
  watched.page.on('pageerror', (error) => watched.errors.push(error.message));
  watched.page.on('console', (message) => {
    // A 401 or 403 from /graphql is logged by Chromium too; the page shows those itself.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) watched.errors.push(message.text());
  });
  return watched;
}

/** Screenshots of the browser tests go to the git-ignored screenshots/ folder: a whole page, or one part of it. */
export async function screenshot(target: Page | Locator, name: string, fullPage = true): Promise<string> {
  const path = join(projectRoot, 'screenshots', `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await ('goto' in target ? target.screenshot({ path, fullPage }) : target.screenshot({ path }));
  return path;
}

/**
 * What a page shows once its requests are answered: polled for up to 30 s. A merge or a page of
 * the 360 takes well under a second alone, but several seconds on a two-core machine busy with
 * other test runs.
 */
export const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 100 });

/** A fresh watched tab of the explorer, signed in through its form as a person would, in a role. */
export async function explorerSignedIn(browser: Browser, serviceUrl: string, token: string, role: string): Promise<WatchedPage> {
  const watched = await watchedPage(browser);
  await watched.page.goto(`${serviceUrl}/explorer`);
  await watched.page.getByLabel('Token or API key').fill(token);
  await watched.page.getByRole('button', { name: 'Sign in' }).click();
  await eventually(() => watched.page.locator('#role').textContent()).toBe(role);
  return watched;
}
