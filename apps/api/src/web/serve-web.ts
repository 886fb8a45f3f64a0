import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

const API_PREFIXES = ['/graphql', '/health', '/kalender', '/api'];

/** Precompressed siblings the web build writes next to each asset (see apps/web/compress-assets.ts). */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

type Encoding = (typeof ENCODINGS)[number]['name'];

/**
 * Vite inlines nothing at run time, so scripts and styles come from our own origin only. The
 * identity provider's origin is allowed for the token calls and the silent-renew iframe.
 */
export function webContentSecurityPolicy(authorityOrigin: string | undefined): string {
  const idp = authorityOrigin ? ` ${authorityOrigin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${idp}`,
    `frame-src 'self'${idp}`,
    "frame-ancestors 'self'",
    "base-uri 'self'",
    `form-action 'self'${idp}`,
    "object-src 'none'",
  ].join('; ');
}

/** The encodings the client accepts (RFC 9110 §12.5.3), `q=0` meaning refused. */
export function acceptedEncodings(header: string | undefined): ReadonlySet<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q !== undefined && Number(q.slice(2)) === 0) continue;
    accepted.add(name);
  }
  return accepted;
}

/**
 * Picks the smallest precompressed variant the client accepts: brotli, then gzip, else the file
 * itself. `*` counts as accepting both.
 */
export function chooseEncoding(header: string | undefined, available: ReadonlySet<Encoding>): Encoding | undefined {
  const accepted = acceptedEncodings(header);
  return ENCODINGS.find(({ name }) => available.has(name) && (accepted.has(name) || accepted.has('*')))?.name;
}

/** Which precompressed variants exist, looked up once per file: assets never change while running. */
function variantFinder(): (file: string) => ReadonlySet<Encoding> {
  const known = new Map<string, ReadonlySet<Encoding>>();
  return (file) => {
    let variants = known.get(file);
    if (!variants) {
      variants = new Set(ENCODINGS.filter(({ suffix }) => existsSync(file + suffix)).map(({ name }) => name));
      known.set(file, variants);
    }
    return variants;
  };
}

/**
 * Hashed assets: the precompressed variant chosen by Accept-Encoding, cached for a year (their
 * name changes with their content), and a plain 404 for a missing file, never index.html, so a
 * stale chunk fails visibly instead of being parsed as HTML.
 */
function serveAssets(assetsDir: string) {
  const variants = variantFinder();
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next();
      return;
    }
    const name = decodeURIComponentSafe(req.path.slice(1));
    const file = name === undefined ? undefined : path.join(assetsDir, name);
    // Stay inside the assets folder, and never hand out the precompressed files by their own name.
    const inside = file !== undefined && file.startsWith(assetsDir + path.sep) && !/\.(br|gz)$/.test(file);
    if (!inside || !isFile(file)) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    // Every response depends on Accept-Encoding, also the uncompressed one, so caches keep them apart.
    res.vary('Accept-Encoding');
    const encoding = chooseEncoding(req.headers['accept-encoding'], variants(file));
    const suffix = ENCODINGS.find((e) => e.name === encoding)?.suffix ?? '';
    // Typed by the original name; send() keeps a Content-Type that is already set.
    res.type(path.extname(file));
    if (encoding) res.setHeader('Content-Encoding', encoding);
    res.sendFile(file + suffix, { maxAge: '1y', immutable: true, acceptRanges: !encoding, dotfiles: 'deny' }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  };
}

function decodeURIComponentSafe(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the built web app on the API's origin: hashed assets precompressed and cached for good,
 * and index.html (revalidated on every load, so a new deploy is picked up) for every other GET,
 * so client-side routes work on reload and from bookmarks.
 */
export function serveWeb(app: Express, distDir: string | undefined, authorityOrigin?: string): boolean {
  const csp = webContentSecurityPolicy(authorityOrigin);
  if (!distDir || !existsSync(path.join(distDir, 'index.html'))) return false;
  const indexFile = path.resolve(distDir, 'index.html');
  app.use('/assets', serveAssets(path.resolve(distDir, 'assets')));
  const indexHeaders = (res: Response) => {
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('Cache-Control', 'no-cache');
  };
  app.use(
    express.static(distDir, {
      index: false,
      maxAge: '1h',
      // /index.html by its own name gets the same headers as every client-side route below.
      setHeaders: (res, file) => {
        if (path.resolve(file) === indexFile) indexHeaders(res as Response);
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`))) {
      next();
      return;
    }
    indexHeaders(res);
    res.sendFile(indexFile);
  });
  return true;
}
