/**
 * Launches Debian's Chromium with the built extension loaded, and serves test pages
 * from 127.0.0.1. Used by every browser test and by `npm start`.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Chromium's flags for loading the extension in `dir` on this closed network (without the
 * networking ones it keeps trying hosts it cannot reach).
 */
export function extensionLaunchArgs(dir = EXTENSION_DIR, extra: string[] = []): string[] {
  return [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    ...extra,
  ];
}

/** A private copy of the build, for benches that must not see a rebuild mid-run. */
export function privateBuildCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-lens-build-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  return dir;
}

export async function launchWithExtension(opts: { headless?: boolean; extensionDir?: string } = {}): Promise<ExtensionSession> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}: run npm run build first`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'dispatch-lens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    args: extensionLaunchArgs(dir),
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, close: () => context.close() };
}

export interface StaticServer {
  origin: string;
  /** Registers (or replaces) a page at `path`. */
  route(path: string, body: string, contentType?: string): void;
  close(): Promise<void>;
}

/** A tiny HTTP server on 127.0.0.1 with an ephemeral port; pages are registered in memory. */
export async function serveStatic(): Promise<StaticServer> {
  const routes = new Map<string, { body: string; type: string }>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const page = routes.get(path);
    if (!page) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': page.type }).end(page.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    route: (path, body, type = 'text/html; charset=utf-8') => routes.set(path, { body, type }),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
